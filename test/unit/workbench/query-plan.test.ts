import { describe, expect, it } from 'vitest';
import { planTree } from '../../../src-main/workbench/query-plan.js';

describe('query plan tree', () => {
  it('nests rows under their parents, in order', () => {
    const tree = planTree([
      { id: 2, parent: 0, detail: 'SCAN a' },
      { id: 5, parent: 0, detail: 'CORRELATED SCALAR SUBQUERY 1' },
      { id: 9, parent: 5, detail: 'SEARCH b USING INDEX b_a (a=?)' },
      { id: 12, parent: 9, detail: 'deeper' },
    ]);
    expect(tree.map((node) => node.detail)).toEqual(['SCAN a', 'CORRELATED SCALAR SUBQUERY 1']);
    expect(tree[1]!.children[0]!.detail).toBe('SEARCH b USING INDEX b_a (a=?)');
    expect(tree[1]!.children[0]!.children[0]).toMatchObject({ id: 12, parent: 9, children: [] });
  });

  it('keeps a row whose parent is missing as a root instead of losing it', () => {
    expect(planTree([{ id: 3, parent: 7, detail: 'orphan' }]).map((node) => node.id)).toEqual([3]);
  });
});
