/**
 * The learner servers' recent output, numbered as it arrives, so a request or a check can take
 * exactly what was printed between its start and its end. Fed the raw output, ahead of the
 * console's batching, so nothing slides into the next request's share.
 */
import type { OutputChunk } from '../contract/workbench.js';

/** Per lesson: enough for any one request; older chunks are dropped. */
const KEPT_CHUNKS = 500;
/** Text per chunk kept for the timeline (the console has the whole of it). */
const MAX_CHUNK_CHARS = 16 * 1024;

interface Numbered extends OutputChunk {
  seq: number;
}

export class ServerOutputLog {
  private readonly chunks = new Map<string, Numbered[]>();
  private seq = 0;

  push(lessonId: string, stream: OutputChunk['stream'], text: string): void {
    const list = this.chunks.get(lessonId) ?? [];
    const kept = text.length > MAX_CHUNK_CHARS ? `${text.slice(0, MAX_CHUNK_CHARS)}… (cut)` : text;
    list.push({ seq: ++this.seq, stream, text: kept, at: Date.now() });
    if (list.length > KEPT_CHUNKS) list.splice(0, list.length - KEPT_CHUNKS);
    this.chunks.set(lessonId, list);
  }

  /** A position to take output from later. */
  mark(): number {
    return this.seq;
  }

  since(lessonId: string, mark: number): OutputChunk[] {
    return (this.chunks.get(lessonId) ?? []).filter((chunk) => chunk.seq > mark).map(({ stream, text, at }) => ({ stream, text, at }));
  }
}
