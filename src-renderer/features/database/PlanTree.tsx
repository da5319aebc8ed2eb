/** `EXPLAIN QUERY PLAN` as the tree SQLite means it: each step under the step it belongs to. */
import type { PlanNode } from '../../../src-main/contract/workbench.js';

export function PlanTree({ nodes }: { nodes: PlanNode[] }) {
  return (
    <div className="plan-tree" aria-label="Query plan">
      <Nodes nodes={nodes} />
    </div>
  );
}

function Nodes({ nodes }: { nodes: PlanNode[] }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <span className={/\bSCAN\b/.test(node.detail) && !/USING (COVERING )?INDEX/.test(node.detail) ? 'plan-scan' : 'plan-step'}>{node.detail}</span>
          {node.children.length > 0 && <Nodes nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}
