/**
 * Which hints the learner has revealed, per lesson step. Hints come one at a time in order, so a
 * count per step says it all. Kept as one preference so it survives reloads and restarts. Pure.
 */
import { progressKey } from '../progress/progress.js';

/** `progressKey(lessonId, stepId)` → how many hints are showing; the most recently touched last. */
export type RevealedHints = Readonly<Record<string, number>>;

/** The backend refuses settings over 16 KiB; past this size the steps touched longest ago are forgotten. */
export const MAX_REVEALED_HINTS_CHARS = 12 * 1024;

/** Keeps the well-formed entries of a stored value; anything else counts as "nothing revealed". */
export function parseRevealedHints(value: unknown): RevealedHints | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, number] => entry[0].includes('#') && Number.isInteger(entry[1]) && (entry[1] as number) > 0,
  );
  return Object.fromEntries(entries);
}

export function revealedHintCount(revealed: RevealedHints, lessonId: string, stepId: string, total: number): number {
  return Math.min(revealed[progressKey(lessonId, stepId)] ?? 0, total);
}

/** One more hint for this step (never past the last one), moved to the end as the most recent. */
export function revealNextHint(revealed: RevealedHints, lessonId: string, stepId: string, total: number): RevealedHints {
  const shown = revealedHintCount(revealed, lessonId, stepId, total);
  if (shown >= total) return revealed;
  const key = progressKey(lessonId, stepId);
  const others = Object.entries(revealed).filter(([k]) => k !== key);
  return forgetOldest([...others, [key, shown + 1]]);
}

function forgetOldest(entries: [string, number][]): RevealedHints {
  // The JSON length of `{"key":n,…}`: each entry's key and count, a colon and a comma (or a brace).
  const sizes = entries.map(([key, count]) => JSON.stringify(key).length + String(count).length + 2);
  let size = sizes.reduce((sum, n) => sum + n, 1);
  let first = 0;
  while (first < entries.length - 1 && size > MAX_REVEALED_HINTS_CHARS) size -= sizes[first++]!;
  return Object.fromEntries(entries.slice(first));
}
