/**
 * `t.db`: one read-only connection per run, opened on first use and shared by its checks, with
 * prepared statements reused. Read-only twice over: the connection itself, and a refusal of any
 * statement that would write, with a message that tells the author why. Table names are looked up
 * in the schema and quoted; they never reach SQL as given.
 */
import Database from 'better-sqlite3';
import { CheckFailure } from './check-failure.js';
import { toQueryPlan } from './query-plan.js';
import type { ColumnInfo, DbReader, IndexInfo, QueryPlan } from './tester-api.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';

interface TableInfoRow {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  dflt_value: string | null;
}

interface IndexListRow {
  name: string;
  unique: number;
  origin: IndexInfo['origin'];
  partial: number;
}

export class RunDbReader implements DbReader {
  private db: Database.Database | undefined;
  private readonly statements = new Map<string, Database.Statement<unknown[]>>();

  constructor(private readonly databasePath: string) {}

  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  count(table: string, where?: string, ...params: unknown[]): number {
    const condition = where === undefined ? '' : ` WHERE ${where}`;
    const row = this.get<{ count: number }>(`SELECT COUNT(*) AS count FROM ${quoteIdentifier(this.tableName(table))}${condition}`, ...params);
    return row?.count ?? 0;
  }

  tables(): string[] {
    return this.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").map(
      (row) => row.name,
    );
  }

  columns(table: string): ColumnInfo[] {
    // The table-valued form of the pragma takes the name as a bound parameter.
    return this.all<TableInfoRow>('SELECT name, type, "notnull", pk, dflt_value FROM pragma_table_info(?) ORDER BY cid', this.tableName(table)).map((row) => ({
      name: row.name,
      type: row.type,
      notnull: row.notnull === 1,
      pk: row.pk > 0,
      defaultValue: row.dflt_value,
    }));
  }

  indexes(table: string): IndexInfo[] {
    const list = this.all<IndexListRow>('SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name', this.tableName(table));
    return list.map((index) => ({
      name: index.name,
      unique: index.unique === 1,
      columns: this.all<{ name: string | null }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno', index.name).map((column) => column.name ?? '(expression)'),
      origin: index.origin,
      partial: index.partial === 1,
    }));
  }

  queryPlan(sql: string, ...params: unknown[]): QueryPlan {
    return toQueryPlan(this.all<QueryPlan['rows'][number]>(`EXPLAIN QUERY PLAN ${sql}`, ...params));
  }

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = undefined;
  }

  /** The table's name as the schema spells it; a missing table fails the check, naming the ones there are. */
  private tableName(table: string): string {
    const found = this.get<{ name: string }>("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE", table);
    if (found) return found.name;
    const tables = this.tables();
    const existing = tables.length === 0 ? 'it has no tables at all' : `it has ${tables.map((name) => `"${name}"`).join(', ')}`;
    throw new CheckFailure(`The database has no table "${table}" (${existing}).`);
  }

  private open(): Database.Database {
    try {
      this.db ??= new Database(this.databasePath, { readonly: true, fileMustExist: true });
    } catch (error) {
      throw new Error(`Could not open the lesson database ${this.databasePath}: ${(error as Error).message}`, { cause: error });
    }
    return this.db;
  }

  private statement(sql: string): Database.Statement<unknown[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.open().prepare<unknown[]>(sql);
      if (!statement.reader) throw new Error(`t.db only reads; this statement returns no rows: ${sql}`);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
