import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../../../src-main/checks/check-failure.js';
import { describeDifferences } from '../../../src-main/checks/diff.js';
import { offlineTester } from './offline-tester.js';

describe('describeDifferences', () => {
  it('finds nothing between equal values', () => {
    expect(describeDifferences({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });

  it('names the path of each difference', () => {
    const actual = [{ id: 1, title: 'buy milk', done: 0 }, { id: 2, title: 'Walk', extra: true }];
    const expected = [{ id: 1, title: 'Buy milk', done: 0 }, { id: 2, title: 'Walk', done: 1 }];
    expect(describeDifferences(actual, expected)).toEqual([
      '[0].title is "buy milk", expected "Buy milk"',
      '[1].done is missing, expected 1',
      '[1].extra is true, expected no such field',
    ]);
  });

  it('reports different lengths and compares what they share', () => {
    expect(describeDifferences({ todos: [1, 2] }, { todos: [1, 3, 4] })).toEqual(['todos has 2 items, expected 3', 'todos[1] is 2, expected 3']);
  });

  it('describes values of different kinds', () => {
    expect(describeDifferences('1', 1)).toEqual(['the value is "1", expected 1']);
    expect(describeDifferences({ a: [] }, { a: {} })).toEqual(['a is [], expected {}']);
    expect(describeDifferences(undefined, null)).toEqual(['the value is undefined, expected null']);
  });

  it('shortens long values', () => {
    const [line] = describeDifferences('x'.repeat(200), 'y');
    expect(line!.length).toBeLessThan(90);
    expect(line).toContain('…');
  });
});

describe('t.expectEqual', () => {
  const t = offlineTester();

  it('passes equal values', () => {
    expect(() => t.expectEqual({ id: 1 }, { id: 1 }, 'same')).not.toThrow();
  });

  it('fails with the expectation and a short list of differences', () => {
    const actual = Array.from({ length: 8 }, (_, i) => i);
    const expected = Array.from({ length: 8 }, (_, i) => i + 1);
    let failure: unknown;
    try {
      t.expectEqual(actual, expected, 'GET /numbers should count from 1');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CheckFailure);
    expect((failure as CheckFailure).message).toBe(
      [
        'GET /numbers should count from 1, but:',
        '  - [0] is 0, expected 1',
        '  - [1] is 1, expected 2',
        '  - [2] is 2, expected 3',
        '  - [3] is 3, expected 4',
        '  - [4] is 4, expected 5',
        '  - …and 3 more',
      ].join('\n'),
    );
  });

  it('fails with the given message', () => {
    expect(() => t.fail('Nope.')).toThrow(new CheckFailure('Nope.'));
  });
});
