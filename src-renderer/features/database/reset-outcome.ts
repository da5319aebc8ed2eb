/** What the learner is told after a reset (of the database, a step or a lesson). Pure. */
export interface ResetOutcome {
  /** For a screen reader: the words alone. */
  words: string;
  /** For the console: marked like the server's own status lines (▸ fine, ✖ went wrong). */
  consoleLine: string;
}

/** The words of one kind of reset. */
export interface ResetWords {
  /** A sentence saying what the reset did. */
  done: string;
  /** What could not be done; the error's message follows it. */
  failed: string;
}

export const DATABASE_RESET: ResetWords = {
  done: 'Database reset to the lesson’s starting data.',
  failed: 'The database could not be reset',
};

/** `failure` is the error's message, or undefined when the reset worked. */
export function resetOutcome(kind: ResetWords, failure: string | undefined): ResetOutcome {
  if (failure === undefined) return { words: kind.done, consoleLine: `▸ ${kind.done}` };
  const words = `${kind.failed}: ${failure}`;
  return { words, consoleLine: `✖ ${words}` };
}
