/** Why a lesson could not load, pinned to the file an author has to fix. */
export class LessonError extends Error {
  constructor(
    /** Absolute path of the offending file or folder. */
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
