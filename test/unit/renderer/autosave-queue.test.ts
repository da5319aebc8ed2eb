import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type DraftKey } from '../../../src-renderer/features/editor/autosave-queue.js';

interface Call {
  key: DraftKey;
  content: string;
  keepalive: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function controllableSave() {
  const calls: Call[] = [];
  const save = (key: DraftKey, content: string, options: { keepalive: boolean }) =>
    new Promise<void>((resolve, reject) => calls.push({ key, content, keepalive: options.keepalive, resolve, reject }));
  return { calls, save };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it("tracks each file's own state, so the tree can mark the unsaved ones", async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'routes/todos.ts', 'x');
    expect(queue.fileStatus('a/b', 'routes/todos.ts')).toBe('pending');
    expect(queue.fileStatus('a/b', 'server.ts')).toBe('idle');
    expect(queue.fileStatus('a/c', 'routes/todos.ts')).toBe('idle');
    vi.advanceTimersByTime(400);
    await settle();
    expect(queue.fileStatus('a/b', 'routes/todos.ts')).toBe('saving');
    calls[0]!.reject(new Error('disk full'));
    await settle();
    expect(queue.fileStatus('a/b', 'routes/todos.ts')).toBe('error');
    const retried = queue.flush('a/b');
    await settle();
    calls[1]!.resolve();
    await retried;
    expect(queue.fileStatus('a/b', 'routes/todos.ts')).toBe('saved');
  });

  it('saves once, with the latest text, after the typing pauses', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'server.ts', 'h');
    vi.advanceTimersByTime(200);
    queue.change('a/b', 'server.ts', 'he');
    vi.advanceTimersByTime(399);
    expect(calls).toHaveLength(0);
    expect(queue.status('a/b')).toBe('pending');
    vi.advanceTimersByTime(1);
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['he']);
    expect(queue.status('a/b')).toBe('saving');
    calls[0]!.resolve();
    await settle();
    expect(queue.status('a/b')).toBe('saved');
  });

  it('discards a lesson’s unsaved text after its files were replaced, so a late save cannot undo a reset', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'server.ts', 'typed before the reset');
    queue.change('c/d', 'server.ts', 'another lesson');
    queue.discard('a/b');
    expect(queue.status('a/b')).toBe('idle');
    vi.advanceTimersByTime(400);
    await queue.flush('a/b');
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['another lesson']);
  });

  it('debounces each file on its own', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'one.ts', '1');
    queue.change('a/b', 'two.ts', '2');
    vi.advanceTimersByTime(400);
    await settle();
    expect(calls.map((c) => c.key.path).sort()).toEqual(['one.ts', 'two.ts']);
  });

  it('flush saves at once and waits for the save', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'server.ts', 'x');
    let flushed = false;
    const flushing = queue.flush('a/b').then(() => (flushed = true));
    await settle();
    expect(calls).toHaveLength(1);
    expect(flushed).toBe(false);
    calls[0]!.resolve();
    await flushing;
    expect(flushed).toBe(true);
    // The debounce timer was cancelled: no second save later.
    vi.advanceTimersByTime(1000);
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('flush of one lesson leaves other lessons alone', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'x.ts', 'x');
    queue.change('c/d', 'y.ts', 'y');
    void queue.flush('a/b');
    await settle();
    expect(calls.map((c) => c.key.lessonId)).toEqual(['a/b']);
  });

  it('never runs two saves of one file at once, and saves the newest text last', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'server.ts', 'first');
    void queue.flush();
    await settle();
    queue.change('a/b', 'server.ts', 'second');
    const second = queue.flush();
    await settle();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['first', 'second']);
    calls[1]!.resolve();
    await second;
    expect(queue.status()).toBe('saved');
  });

  it('a failed save reports the error, keeps the text, and the next flush retries it', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'server.ts', 'text');
    const first = queue.flush('a/b');
    await settle();
    calls[0]!.reject(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    expect(queue.status('a/b')).toBe('error');
    expect((queue.lastError('a/b') as Error).message).toBe('disk full');

    const retry = queue.flush('a/b');
    await settle();
    expect(calls.map((c) => c.content)).toEqual(['text', 'text']);
    calls[1]!.resolve();
    await retry;
    expect(queue.status('a/b')).toBe('saved');
  });

  it('flush with nothing pending resolves at once', async () => {
    const queue = new AutosaveQueue(controllableSave().save);
    await expect(queue.flush()).resolves.toBeUndefined();
    expect(queue.status()).toBe('idle');
  });

  it('on unload sends pending text straight away with keepalive', () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save, { delayMs: 400 });
    queue.change('a/b', 'server.ts', 'unsaved');
    queue.flushForUnload();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ content: 'unsaved', keepalive: true });
  });

  it('tells subscribers when the state changes', async () => {
    const { calls, save } = controllableSave();
    const queue = new AutosaveQueue(save);
    const seen: string[] = [];
    queue.subscribe(() => seen.push(queue.status()));
    queue.change('a/b', 'f.ts', 'x');
    const flushing = queue.flush();
    await settle();
    calls[0]!.resolve();
    await flushing;
    expect(seen).toEqual(['pending', 'saving', 'saved']);
  });
});
