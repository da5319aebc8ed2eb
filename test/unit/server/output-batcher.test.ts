import { describe, expect, it } from 'vitest';
import { OutputBatcher } from '../../../src-main/server/output-batcher.js';

describe('OutputBatcher', () => {
  it('joins consecutive text of one stream and keeps the order of streams', () => {
    const flushed: [string, string][] = [];
    const batcher = new OutputBatcher((stream, text) => flushed.push([stream, text]));
    batcher.push('stdout', 'a');
    batcher.push('stdout', 'b');
    batcher.push('stderr', 'c');
    batcher.push('stdout', 'd');
    batcher.flush();
    expect(flushed).toEqual([
      ['stdout', 'ab'],
      ['stderr', 'c'],
      ['stdout', 'd'],
    ]);
  });

  it('keeps the newest output when a server floods the console', () => {
    const flushed: string[] = [];
    const batcher = new OutputBatcher((_stream, text) => flushed.push(text));
    for (let i = 0; i < 10_000; i++) batcher.push('stdout', `line ${i}\n`);
    batcher.flush();
    const all = flushed.join('');
    expect(all.length).toBeLessThan(70 * 1024);
    expect(all).toContain('line 9999');
    expect(all).toContain('earlier output dropped');
  });

  it('flushes by itself shortly after output arrives', async () => {
    const flushed: string[] = [];
    const batcher = new OutputBatcher((_stream, text) => flushed.push(text));
    batcher.push('stdout', 'hello');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(flushed).toEqual(['hello']);
  });
});
