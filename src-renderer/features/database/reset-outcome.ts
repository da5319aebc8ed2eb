/** What the learner is told after a database reset. Pure. */
export interface ResetOutcome {
  /** For a screen reader: the words alone. */
  words: string;
  /** For the console: marked like the server's own status lines (▸ fine, ✖ went wrong). */
  consoleLine: string;
}

/** `failure` is the error's message, or undefined when the reset worked. */
export function resetOutcome(failure: string | undefined): ResetOutcome {
  if (failure === undefined) {
    const words = 'Database reset to the lesson’s starting data.';
    return { words, consoleLine: `▸ ${words}` };
  }
  const words = `The database could not be reset: ${failure}`;
  return { words, consoleLine: `✖ ${words}` };
}
