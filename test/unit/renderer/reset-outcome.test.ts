import { describe, expect, it } from 'vitest';
import { DATABASE_RESET, resetOutcome } from '../../../src-renderer/features/database/reset-outcome.js';

describe('resetOutcome', () => {
  it('says the data is back to the start, marked like a status line in the console', () => {
    expect(resetOutcome(DATABASE_RESET, undefined)).toEqual({
      words: 'Database reset to the lesson’s starting data.',
      consoleLine: '▸ Database reset to the lesson’s starting data.',
    });
  });

  it("passes on the backend's words when it failed", () => {
    expect(resetOutcome(DATABASE_RESET, 'No such lesson.')).toEqual({
      words: 'The database could not be reset: No such lesson.',
      consoleLine: '✖ The database could not be reset: No such lesson.',
    });
  });
});
