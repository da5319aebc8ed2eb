/**
 * The ER diagram's layout, from the live schema: each table a box listing its columns; tables
 * placed in columns so that a table stands to the right of the tables it references; each
 * foreign key a curve from its column to the referenced column. Pure: numbers in, numbers out.
 */
import type { DbTable } from '../../../src-main/contract/workbench.js';

export const ER = {
  header: 28,
  row: 20,
  /** Width of one character of the 12px monospace text, a little generous. */
  char: 7.4,
  padding: 10,
  minWidth: 150,
  gapX: 80,
  gapY: 28,
  margin: 16,
} as const;

export interface ErColumn {
  name: string;
  type: string;
  primaryKey: boolean;
  foreignKey: boolean;
  notNull: boolean;
}

export interface ErBox {
  table: string;
  kind: DbTable['kind'];
  x: number;
  y: number;
  width: number;
  height: number;
  columns: ErColumn[];
}

export interface ErEdge {
  from: { table: string; columns: string[] };
  to: { table: string; columns: string[] };
  /** SVG path data. */
  path: string;
  /** The referenced table is not in the schema (a dangling foreign key). */
  dangling: boolean;
}

export interface ErLayout {
  width: number;
  height: number;
  boxes: ErBox[];
  edges: ErEdge[];
}

/** Each table's column in the layout: 0 for tables that reference nothing, else one more than the deepest table they reference. */
export function layerOf(tables: readonly DbTable[]): Map<string, number> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (name: string): number => {
    const known = layers.get(name);
    if (known !== undefined) return known;
    // A cycle (two tables referencing each other) is cut where it closes.
    if (visiting.has(name)) return -1;
    visiting.add(name);
    const table = byName.get(name)!;
    let layer = 0;
    for (const fk of table.foreignKeys) {
      if (fk.table !== name && byName.has(fk.table)) layer = Math.max(layer, visit(fk.table) + 1);
    }
    visiting.delete(name);
    layers.set(name, layer);
    return layer;
  };
  for (const table of tables) visit(table.name);
  return layers;
}

export function layoutEr(tables: readonly DbTable[]): ErLayout {
  const layers = layerOf(tables);
  const columnsOfLayout: DbTable[][] = [];
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const layer = layers.get(table.name) ?? 0;
    (columnsOfLayout[layer] ??= []).push(table);
  }

  const boxes: ErBox[] = [];
  let x = ER.margin;
  let height = 0;
  for (const layerTables of columnsOfLayout) {
    if (!layerTables) continue;
    const sized = layerTables.map((table) => ({ table, width: boxWidth(table) }));
    const width = Math.max(...sized.map((s) => s.width));
    let y = ER.margin;
    for (const { table } of sized) {
      const box: ErBox = {
        table: table.name,
        kind: table.kind,
        x,
        y,
        width,
        height: ER.header + Math.max(1, table.columns.length) * ER.row + ER.padding / 2,
        columns: table.columns.map((column) => ({
          name: column.name,
          type: column.type,
          primaryKey: column.primaryKey > 0,
          foreignKey: table.foreignKeys.some((fk) => fk.columns.includes(column.name)),
          notNull: column.notNull,
        })),
      };
      boxes.push(box);
      y += box.height + ER.gapY;
    }
    height = Math.max(height, y - ER.gapY + ER.margin);
    x += width + ER.gapX;
  }
  const width = Math.max(ER.margin * 2, x - ER.gapX + ER.margin);

  const byName = new Map(boxes.map((box) => [box.table, box]));
  const edges: ErEdge[] = [];
  for (const table of tables) {
    const source = byName.get(table.name)!;
    for (const fk of table.foreignKeys) {
      const target = byName.get(fk.table);
      const to = fk.to.length > 0 ? fk.to : primaryKeyOf(tables.find((t) => t.name === fk.table));
      edges.push({
        from: { table: table.name, columns: fk.columns },
        to: { table: fk.table, columns: to },
        path: target ? edgePath(source, fk.columns[0], target, to[0]) : danglingPath(source, fk.columns[0]),
        dangling: !target,
      });
    }
  }
  return { width, height: Math.max(height, ER.margin * 2), boxes, edges };
}

function boxWidth(table: DbTable): number {
  const longest = Math.max(table.name.length + 4, ...table.columns.map((c) => c.name.length + c.type.length + 6));
  return Math.max(ER.minWidth, Math.ceil(longest * ER.char + ER.padding * 2));
}

function primaryKeyOf(table: DbTable | undefined): string[] {
  if (!table) return [];
  return table.columns.filter((c) => c.primaryKey > 0).sort((a, b) => a.primaryKey - b.primaryKey).map((c) => c.name);
}

/** The vertical middle of a column's row in its box (the header's middle when the column is unknown). */
export function rowY(box: ErBox, column: string | undefined): number {
  const index = column === undefined ? -1 : box.columns.findIndex((c) => c.name === column);
  if (index < 0) return box.y + ER.header / 2;
  return box.y + ER.header + index * ER.row + ER.row / 2;
}

function edgePath(source: ErBox, fromColumn: string | undefined, target: ErBox, toColumn: string | undefined): string {
  const y1 = rowY(source, fromColumn);
  const y2 = rowY(target, toColumn);
  if (source === target) {
    // A table referencing itself: a loop off its right side.
    const x = source.x + source.width;
    return `M ${x} ${y1} C ${x + 40} ${y1}, ${x + 40} ${y2}, ${x} ${y2}`;
  }
  if (target.x + target.width <= source.x) {
    // The usual case: the referenced table stands in a column to the left.
    const x1 = source.x;
    const x2 = target.x + target.width;
    const bend = Math.max(24, (x1 - x2) / 2);
    return `M ${x1} ${y1} C ${x1 - bend} ${y1}, ${x2 + bend} ${y2}, ${x2} ${y2}`;
  }
  // The same column (a cycle): a loop off the left sides.
  const x = Math.min(source.x, target.x);
  return `M ${source.x} ${y1} C ${x - 40} ${y1}, ${x - 40} ${y2}, ${target.x} ${y2}`;
}

function danglingPath(source: ErBox, fromColumn: string | undefined): string {
  const y = rowY(source, fromColumn);
  return `M ${source.x} ${y} l -24 0`;
}

/** The diagram in words, for its accessible description. */
export function describeEr(tables: readonly DbTable[]): string {
  if (tables.length === 0) return 'The database has no tables yet.';
  const names = tables.map((t) => t.name).join(', ');
  const links = tables.flatMap((t) =>
    t.foreignKeys.map((fk) => `${t.name}.${fk.columns.join('+')} references ${fk.table}${fk.to.length ? `.${fk.to.join('+')}` : ''}`),
  );
  const tablesPart = `${tables.length} ${tables.length === 1 ? 'table' : 'tables'}: ${names}.`;
  return links.length === 0 ? `${tablesPart} No foreign keys.` : `${tablesPart} ${links.join('; ')}.`;
}
