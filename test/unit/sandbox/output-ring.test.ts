import { describe, expect, it } from 'vitest';
import { OutputRing } from '../../../src-main/sandbox/output-ring.js';

describe('OutputRing', () => {
  it('joins chunks that split lines anywhere', () => {
    const ring = new OutputRing();
    ring.push('listen');
    ring.push('ing on 3000\nGET /no');
    ring.push('tes 200\n');
    expect(ring.text()).toBe('listening on 3000\nGET /notes 200');
  });

  it('keeps only the last lines, counting an unfinished one', () => {
    const ring = new OutputRing(3);
    ring.push('1\n2\n3\n4\n5\npartial');
    expect(ring.text()).toBe('4\n5\npartial');
  });

  it('keeps memory bounded however much is printed', () => {
    const ring = new OutputRing(40, 100);
    for (let i = 0; i < 10_000; i++) ring.push(`line ${i}\n`);
    ring.push('x'.repeat(1_000_000));
    ring.push('y'.repeat(1_000_000));
    const text = ring.text();
    expect(text.split('\n')).toHaveLength(40);
    expect(text.split('\n').at(-2)).toBe('line 9999');
    expect(text.split('\n').at(-1)).toBe(`${'x'.repeat(100)}…`);
  });

  it('is empty before anything is printed', () => {
    expect(new OutputRing().text()).toBe('');
  });
});
