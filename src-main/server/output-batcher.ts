/**
 * Groups a learner server's output into one event per stream every few milliseconds, so a
 * server that prints in a tight loop sends the page a steady trickle of events, not a flood.
 */
const FLUSH_INTERVAL_MS = 30;
/** Past this much pending text per flush, older text is dropped: the console shows the latest output. */
const MAX_PENDING_CHARS = 64 * 1024;

export type Stream = 'stdout' | 'stderr';

export class OutputBatcher {
  private pending: { stream: Stream; text: string }[] = [];
  private pendingChars = 0;
  private dropped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly flushTo: (stream: Stream, text: string) => void) {}

  push(stream: Stream, text: string): void {
    const last = this.pending.at(-1);
    if (last?.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingChars += text.length;
    this.trim();
    this.timer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const chunks = this.pending;
    if (this.dropped && chunks[0]) chunks[0].text = `…(earlier output dropped)\n${chunks[0].text}`;
    this.pending = [];
    this.pendingChars = 0;
    this.dropped = false;
    for (const chunk of chunks) this.flushTo(chunk.stream, chunk.text);
  }

  private trim(): void {
    while (this.pendingChars > MAX_PENDING_CHARS) {
      const first = this.pending[0]!;
      const excess = this.pendingChars - MAX_PENDING_CHARS;
      this.dropped = true;
      if (first.text.length <= excess) {
        this.pending.shift();
        this.pendingChars -= first.text.length;
      } else {
        first.text = first.text.slice(excess);
        this.pendingChars -= excess;
      }
    }
  }
}
