/** Small pieces every learner-facing message is built from, so they all read alike. */

const MAX_VALUE_LENGTH = 60;
const MAX_LIST_LINES = 5;

/** A value as JSON, shortened: enough to recognise it inside a sentence. */
export function formatValue(value: unknown): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** `['todos', 0, 'title']` → `todos[0].title`; the empty path is `fallback`. */
export function formatPath(path: readonly PropertyKey[], fallback: string): string {
  const text = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return text === '' ? fallback : text.replace(/^\./, '');
}

/** An indented list, cut short after a few lines so the message stays readable. */
export function bulletList(lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_LIST_LINES).map((line) => `  - ${line}`);
  const hidden = lines.length - shown.length;
  if (hidden > 0) shown.push(`  - …and ${hidden} more`);
  return shown.join('\n');
}

/** `3000` → `3 s`, `2500` → `2.5 s`. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
