/**
 * Debounced, per-file autosave. Each file's saves run one after another (never two PUTs of the
 * same file racing), a burst of edits becomes one save of the latest text, and a failed save keeps
 * its text so the next flush retries it. Timers are injected so the logic is testable without a DOM.
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface DraftKey {
  lessonId: string;
  path: string;
}

export type SaveDraft = (key: DraftKey, content: string, options: { keepalive: boolean }) => Promise<void>;

export interface AutosaveOptions {
  delayMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

interface Entry {
  key: DraftKey;
  /** Text typed but not yet handed to a save. */
  pending: string | undefined;
  timer: unknown;
  saving: number;
  chain: Promise<void>;
  error: unknown;
  saved: boolean;
}

export class AutosaveQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly delayMs: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly save: SaveDraft,
    options: AutosaveOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Records new text for a file and (re)starts its debounce timer. */
  change(lessonId: string, path: string, content: string): void {
    const entry = this.entry({ lessonId, path });
    entry.pending = content;
    if (entry.timer !== undefined) this.clearTimer(entry.timer);
    entry.timer = this.setTimer(() => {
      entry.timer = undefined;
      void this.flushEntry(entry).catch(() => undefined);
    }, this.delayMs);
    this.emit();
  }

  /**
   * Saves everything pending now (for one lesson, or all) and waits for every save in flight.
   * Rejects with the first failure, so a run never starts on stale files.
   */
  async flush(lessonId?: string): Promise<void> {
    const entries = [...this.entries.values()].filter((e) => lessonId === undefined || e.key.lessonId === lessonId);
    const results = await Promise.allSettled(entries.map((entry) => this.flushEntry(entry)));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /** The page is going away: send whatever is pending right now, with requests that outlive the page. */
  flushForUnload(): void {
    for (const entry of this.entries.values()) {
      if (entry.pending === undefined) continue;
      if (entry.timer !== undefined) this.clearTimer(entry.timer);
      entry.timer = undefined;
      const content = entry.pending;
      entry.pending = undefined;
      void this.save(entry.key, content, { keepalive: true }).catch(() => undefined);
    }
  }

  /**
   * The lesson's files were just replaced (a reset): drop any text not yet saved, so a retry or a
   * late timer cannot write the old text over the new files. Saves already in flight finish.
   */
  discard(lessonId: string): void {
    for (const entry of this.entries.values()) {
      if (entry.key.lessonId !== lessonId) continue;
      if (entry.timer !== undefined) this.clearTimer(entry.timer);
      entry.timer = undefined;
      entry.pending = undefined;
      entry.error = undefined;
    }
    this.emit();
  }

  /** The combined state of a lesson's files (or of all files), for the save indicator. */
  status(lessonId?: string): SaveStatus {
    return combinedStatus([...this.entries.values()].filter((e) => lessonId === undefined || e.key.lessonId === lessonId));
  }

  /** One file's state, for marking files with unsaved changes. */
  fileStatus(lessonId: string, path: string): SaveStatus {
    const entry = this.entries.get(entryId({ lessonId, path }));
    return combinedStatus(entry ? [entry] : []);
  }


  lastError(lessonId?: string): unknown {
    return [...this.entries.values()].find((e) => (lessonId === undefined || e.key.lessonId === lessonId) && e.error !== undefined)?.error;
  }

  hasPending(): boolean {
    return [...this.entries.values()].some((e) => e.pending !== undefined || e.saving > 0);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private entry(key: DraftKey): Entry {
    const id = entryId(key);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { key, pending: undefined, timer: undefined, saving: 0, chain: Promise.resolve(), error: undefined, saved: false };
      this.entries.set(id, entry);
    }
    return entry;
  }

  private flushEntry(entry: Entry): Promise<void> {
    if (entry.timer !== undefined) {
      this.clearTimer(entry.timer);
      entry.timer = undefined;
    }
    if (entry.pending === undefined) {
      // Nothing new: wait for the save in flight; if it failed, its text is pending again, so retry once.
      return entry.chain.catch(() => undefined).then(() => (entry.pending === undefined ? undefined : this.flushEntry(entry)));
    }
    const run = entry.chain
      .catch(() => undefined)
      .then(async () => {
        const content = entry.pending;
        if (content === undefined) return;
        entry.pending = undefined;
        entry.saving += 1;
        this.emit();
        try {
          await this.save(entry.key, content, { keepalive: false });
          entry.error = undefined;
          entry.saved = true;
        } catch (error) {
          entry.error = error;
          // Keep the text so the next flush tries again, unless newer text has arrived meanwhile.
          entry.pending ??= content;
          throw error;
        } finally {
          entry.saving -= 1;
          this.emit();
        }
      });
    entry.chain = run;
    return run;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function entryId(key: DraftKey): string {
  return `${key.lessonId}\n${key.path}`;
}

function combinedStatus(entries: readonly Entry[]): SaveStatus {
  if (entries.some((e) => e.error !== undefined)) return 'error';
  if (entries.some((e) => e.saving > 0)) return 'saving';
  if (entries.some((e) => e.pending !== undefined)) return 'pending';
  if (entries.some((e) => e.saved)) return 'saved';
  return 'idle';
}
