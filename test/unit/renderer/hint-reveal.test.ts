import { describe, expect, it } from 'vitest';
import {
  MAX_REVEALED_HINTS_CHARS,
  parseRevealedHints,
  revealedHintCount,
  revealNextHint,
  type RevealedHints,
} from '../../../src-renderer/features/lesson/hint-reveal.js';

const lesson = 'crud/01-first-endpoints';

describe('hint reveal', () => {
  it('shows nothing until asked, then one more hint per request, never past the last', () => {
    let revealed: RevealedHints = {};
    expect(revealedHintCount(revealed, lesson, '01-list', 3)).toBe(0);
    revealed = revealNextHint(revealed, lesson, '01-list', 3);
    expect(revealedHintCount(revealed, lesson, '01-list', 3)).toBe(1);
    revealed = revealNextHint(revealed, lesson, '01-list', 3);
    revealed = revealNextHint(revealed, lesson, '01-list', 3);
    expect(revealedHintCount(revealed, lesson, '01-list', 3)).toBe(3);
    expect(revealNextHint(revealed, lesson, '01-list', 3)).toBe(revealed);
  });

  it('keeps each step of each lesson apart', () => {
    const revealed = revealNextHint(revealNextHint({}, lesson, '01-list', 3), 'crud/02-other', '01-list', 3);
    expect(revealedHintCount(revealed, lesson, '01-list', 3)).toBe(1);
    expect(revealedHintCount(revealed, lesson, '02-one', 3)).toBe(0);
    expect(revealedHintCount(revealed, 'crud/02-other', '01-list', 3)).toBe(1);
  });

  it('never counts more hints than the step has now (an author removed one)', () => {
    expect(revealedHintCount({ [`${lesson}#01-list`]: 3 }, lesson, '01-list', 2)).toBe(2);
  });

  it('drops malformed stored values instead of trusting them', () => {
    expect(parseRevealedHints({ [`${lesson}#s`]: 2, 'no-step': 1, [`${lesson}#t`]: -1, [`${lesson}#u`]: 1.5, [`${lesson}#v`]: '2' })).toEqual({
      [`${lesson}#s`]: 2,
    });
    expect(parseRevealedHints([1, 2])).toBeUndefined();
    expect(parseRevealedHints('3')).toBeUndefined();
    expect(parseRevealedHints(null)).toBeUndefined();
  });

  it('stays under the settings size limit by forgetting the steps touched longest ago', () => {
    let revealed: RevealedHints = {};
    // Long step names reach the limit sooner: about 70 entries fit.
    const step = (i: number) => `step-${i}-${'x'.repeat(150)}`;
    for (let i = 0; i < 200; i++) revealed = revealNextHint(revealed, lesson, step(i), 3);
    expect(JSON.stringify(revealed).length).toBeLessThanOrEqual(MAX_REVEALED_HINTS_CHARS);
    expect(JSON.stringify(revealed).length).toBeGreaterThan(MAX_REVEALED_HINTS_CHARS - 100);
    expect(revealedHintCount(revealed, lesson, step(199), 3)).toBe(1);
    expect(revealedHintCount(revealed, lesson, step(0), 3)).toBe(0);
    // Revealing again on an older step makes it the most recent one.
    const oldest = Object.keys(revealed)[0]!;
    expect(Object.keys(revealNextHint(revealed, lesson, oldest.split('#')[1]!, 3)).at(-1)).toBe(oldest);
  });
});
