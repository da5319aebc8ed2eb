/**
 * The ER diagram of the live schema, drawn as SVG from er-layout.ts; colours come from the theme.
 * Its description says the same in words. Clicking a box opens that table (the table list does
 * the same from the keyboard).
 */
import { useMemo } from 'react';
import type { DbTable } from '../../../src-main/contract/workbench.js';
import { describeEr, ER, layoutEr } from './er-layout.js';

export function ErDiagram({ tables, onOpenTable }: { tables: DbTable[]; onOpenTable: (name: string) => void }) {
  const layout = useMemo(() => layoutEr(tables), [tables]);
  const description = useMemo(() => describeEr(tables), [tables]);
  return (
    <div className="er-diagram scroll-area">
      <svg
        role="img"
        aria-labelledby="er-title"
        aria-describedby="er-desc"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="er-svg"
        data-testid="er-diagram"
      >
        <title id="er-title">Entity–relationship diagram of the lesson database</title>
        <desc id="er-desc">{description}</desc>
        <defs>
          <marker id="er-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="er-arrow" />
          </marker>
        </defs>
        {layout.edges.map((edge, i) => (
          <path key={i} d={edge.path} className={edge.dangling ? 'er-edge er-edge-dangling' : 'er-edge'} markerEnd="url(#er-arrow)">
            <title>{`${edge.from.table}.${edge.from.columns.join('+')} → ${edge.to.table}${edge.to.columns.length ? `.${edge.to.columns.join('+')}` : ''}`}</title>
          </path>
        ))}
        {layout.boxes.map((box) => (
          <g
            key={box.table}
            transform={`translate(${box.x} ${box.y})`}
            className={`er-box er-${box.kind}`}
            data-table={box.table}
            onClick={() => onOpenTable(box.table)}
          >
            <rect width={box.width} height={box.height} rx={6} className="er-box-frame" />
            <path d={`M 0 ${ER.header} H ${box.width}`} className="er-box-rule" />
            <text x={ER.padding} y={ER.header / 2 + 4} className="er-box-title">
              {box.table}
              {box.kind === 'view' ? ' (view)' : ''}
            </text>
            {box.columns.map((column, i) => (
              <text key={column.name} x={ER.padding} y={ER.header + i * ER.row + ER.row / 2 + 4} className={column.primaryKey ? 'er-column er-pk' : 'er-column'}>
                <tspan className="er-key">{column.primaryKey ? 'PK ' : column.foreignKey ? 'FK ' : '   '}</tspan>
                <tspan>{column.name}</tspan>
                <tspan className="er-type"> {column.type}</tspan>
              </text>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
