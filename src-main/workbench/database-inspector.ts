/**
 * The database inspector's operations on one lesson's database: the schema, pages, whole cells,
 * edits, the SQL console and exports. Reads run beside everything else; writes wait their turn
 * in the lesson's queue, report what they changed, and tell the page to refresh.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type {
  DbCellRequest,
  DbChanges,
  DbDeleteRequest,
  DbDeleteResponse,
  DbInsertRequest,
  DbPage,
  DbPageRequestSchema,
  DbRowResponse,
  DbSchema,
  DbTable,
  DbUpdateRequest,
  DbValue,
  ExportFormat,
  SqlRunResult,
  WorkbenchEvent,
} from '../contract/workbench.js';
import type { Lesson } from '../lessons/lesson.js';
import { HttpError } from '../server/http/http-error.js';
import type { SqlHistoryStore } from '../store/sql-history-store.js';
import { diffSnapshots, takeSnapshot } from './change-tracker.js';
import type { ExportFile } from './export-rows.js';
import { requireTable } from './identifiers.js';
import { quoteIdentifier } from '../sqlite/quote-identifier.js';
import type { LessonDatabases } from './lesson-database.js';
import { deleteRows, insertRow, readCell, updateCell } from './row-edits.js';
import { countRows, readTable, readTables } from './schema-reader.js';
import type { SqlConsoleProcess } from './sql-console-process.js';
import { splitStatements } from './sql-statements.js';
import { readPage } from './table-page.js';
import { asHttpError } from './sqlite-errors.js';

export class DatabaseInspector {
  constructor(
    private readonly databases: LessonDatabases,
    private readonly sqlHistory: SqlHistoryStore,
    private readonly sqlConsole: SqlConsoleProcess,
    private readonly publish: (event: WorkbenchEvent) => void,
  ) {}

  schema(lesson: Lesson): Promise<DbSchema> {
    return this.read(lesson, (db) => ({ tables: readTables(db).map((table) => ({ ...table, rowCount: countRows(db, table) })) }));
  }

  page(lesson: Lesson, tableName: string, request: z.infer<typeof DbPageRequestSchema>): Promise<DbPage> {
    return this.read(lesson, (db) => readPage(db, tableOf(db, tableName), request));
  }

  cell(lesson: Lesson, tableName: string, request: DbCellRequest): Promise<DbValue> {
    return this.read(lesson, (db) => readCell(db, tableOf(db, tableName), request));
  }

  async insert(lesson: Lesson, tableName: string, request: DbInsertRequest): Promise<DbRowResponse> {
    const { result, changes } = await this.writeTracked(lesson, (db) => {
      const table = tableOf(db, tableName);
      return { columns: table.columns.map((column) => column.name), row: insertRow(db, table, request) };
    });
    return { ...result, changes };
  }

  async update(lesson: Lesson, tableName: string, request: DbUpdateRequest): Promise<DbRowResponse> {
    const { result, changes } = await this.writeTracked(lesson, (db) => {
      const table = tableOf(db, tableName);
      return { columns: table.columns.map((column) => column.name), row: updateCell(db, table, request) };
    });
    return { ...result, changes };
  }

  async delete(lesson: Lesson, tableName: string, request: DbDeleteRequest): Promise<DbDeleteResponse> {
    const { result, changes } = await this.writeTracked(lesson, (db) => deleteRows(db, tableOf(db, tableName), request));
    return { deleted: result, changes };
  }

  async runSql(lesson: Lesson, sql: string, maxRows: number): Promise<SqlRunResult> {
    const result = await this.databases.writeFile(lesson, (databasePath) => this.sqlConsole.run({ databasePath, sql, maxRows }));
    this.sqlHistory.add(lesson.id, { sql, ok: result.ok, durationMs: result.durationMs, ...(result.error ? { error: result.error.message } : {}) });
    if (result.changes.tables.length > 0) this.publish({ type: 'database.changed', lessonId: lesson.id, source: 'sql', changes: result.changes });
    return result;
  }

  /** The SELECT is built here from the live schema; it runs, like every export, in the killable runner (a view can be as slow as any query). */
  async exportTable(lesson: Lesson, tableName: string, format: ExportFormat): Promise<ExportFile> {
    const sql = await this.read(lesson, (db) => {
      const table = tableOf(db, tableName);
      const order = table.key.length > 0 ? ` ORDER BY ${table.key.map(quoteIdentifier).join(', ')}` : '';
      const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
      return `SELECT ${columns} FROM ${quoteIdentifier(table.name)}${order}`;
    });
    return this.exportQuery(lesson, sql, format);
  }

  /** One statement that reads, on a read-only connection: an export never writes. */
  exportSql(lesson: Lesson, sql: string, format: ExportFormat): Promise<ExportFile> {
    const statements = splitStatements(sql);
    if (statements.length !== 1) throw new HttpError(400, 'Export runs exactly one SELECT statement.');
    return this.exportQuery(lesson, statements[0]!.sql, format);
  }

  /** In the runner's own process with the console's deadline: a query that never ends must not hold the backend. */
  private exportQuery(lesson: Lesson, sql: string, format: ExportFormat): Promise<ExportFile> {
    return this.databases.readFile(lesson, (databasePath) => this.sqlConsole.export({ databasePath, sql, format }));
  }

  private async read<T>(lesson: Lesson, work: (db: Database) => T): Promise<T> {
    try {
      return await this.databases.read(lesson, work);
    } catch (error) {
      throw asHttpError(error);
    }
  }

  private async writeTracked<T>(lesson: Lesson, work: (db: Database) => T): Promise<{ result: T; changes: DbChanges }> {
    let tracked: { result: T; changes: DbChanges };
    try {
      tracked = await this.databases.write(lesson, (db) => {
        const before = takeSnapshot(db);
        const result = work(db);
        return { result, changes: diffSnapshots(before, takeSnapshot(db)) };
      });
    } catch (error) {
      throw asHttpError(error);
    }
    this.publish({ type: 'database.changed', lessonId: lesson.id, source: 'inspector', changes: tracked.changes });
    return tracked;
  }
}

function tableOf(db: Database, name: string): DbTable {
  return requireTable(readTable(db, name), name);
}

