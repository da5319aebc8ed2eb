/** `EXPLAIN QUERY PLAN` answers flat rows (id, parent, detail); the page draws them as the tree they describe. */
import type { PlanNode } from '../contract/workbench.js';

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export function planTree(rows: readonly PlanRow[]): PlanNode[] {
  const nodes = new Map<number, PlanNode>();
  const roots: PlanNode[] = [];
  for (const row of rows) nodes.set(row.id, { id: row.id, parent: row.parent, detail: row.detail, children: [] });
  for (const node of nodes.values()) {
    const parent = nodes.get(node.parent);
    // SQLite lists parents before children; a parent it never listed makes a root rather than a lost node.
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
