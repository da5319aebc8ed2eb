import { describe, expect, it } from 'vitest';
import type { DbColumn } from '../../../src-main/contract/workbench.js';
import { affinity, describeFilter, filterValue, jumpColumn, PAGE_SIZE, pageRequest } from '../../../src-renderer/features/database/table-query.js';

const column = (name: string, type: string, primaryKey = 0): DbColumn => ({ name, type, notNull: false, defaultValue: null, primaryKey, generated: false });

describe('table browsing', () => {
  it('follows SQLite type affinity', () => {
    expect(affinity('INTEGER')).toBe('integer');
    expect(affinity('BIGINT')).toBe('integer');
    expect(affinity('VARCHAR(20)')).toBe('text');
    expect(affinity('')).toBe('blob');
    expect(affinity('DOUBLE PRECISION')).toBe('real');
    expect(affinity('DECIMAL(10,2)')).toBe('numeric');
  });

  it('compares numeric columns with numbers and text columns with text', () => {
    expect(filterValue('9', column('id', 'INTEGER'))).toBe(9);
    expect(filterValue('9', column('code', 'TEXT'))).toBe('9');
    expect(filterValue('nine', column('id', 'INTEGER'))).toBe('nine');
    expect(filterValue(' ', column('id', 'INTEGER'))).toBe(' ');
  });

  it('builds the page request: sort, filters, the cursor, and a jump as a bound on the sort column', () => {
    const filters = [{ column: 'done', op: '=' as const, value: 0 }];
    expect(pageRequest({ sort: undefined, filters, jump: undefined }, undefined)).toEqual({ filters, limit: PAGE_SIZE });
    expect(pageRequest({ sort: { column: 'id', direction: 'desc' }, filters: [], jump: { column: 'id', value: 500_000 } }, 'cursor')).toEqual({
      sort: { column: 'id', direction: 'desc' },
      filters: [{ column: 'id', op: '<=', value: 500_000 }],
      after: 'cursor',
      limit: PAGE_SIZE,
    });
    expect(pageRequest({ sort: undefined, filters: [], jump: { column: 'id', value: 10 } }, undefined).filters).toEqual([{ column: 'id', op: '>=', value: 10 }]);
  });

  it('jumps on the sorted column, else the primary key, else the first column', () => {
    const columns = [column('title', 'TEXT'), column('id', 'INTEGER', 1)];
    expect(jumpColumn(columns, { column: 'title', direction: 'asc' })?.name).toBe('title');
    expect(jumpColumn(columns, undefined)?.name).toBe('id');
    expect(jumpColumn([column('a', 'TEXT')], undefined)?.name).toBe('a');
  });

  it('describes a filter in words', () => {
    expect(describeFilter({ column: 'title', op: 'contains', value: 'milk' })).toBe('title contains "milk"');
    expect(describeFilter({ column: 'done', op: 'is-null' })).toBe('done is NULL');
    expect(describeFilter({ column: 'id', op: '>=', value: 3 })).toBe('id ≥ 3');
  });
});
