/** localStorage that never throws (it can be disabled, full, or hold garbage). */
export function readLocal(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeLocal(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not being able to remember a preference is not worth bothering the learner about.
  }
}
