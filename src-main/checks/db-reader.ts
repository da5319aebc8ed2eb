/**
 * `t.db`: one read-only connection per run, opened on first use and shared by its checks, with
 * prepared statements reused. Read-only twice over: the connection itself, and a refusal of any
 * statement that would write, with a message that tells the author why.
 */
import Database from 'better-sqlite3';
import type { DbReader } from './tester-api.js';

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

  close(): void {
    this.statements.clear();
    this.db?.close();
    this.db = undefined;
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
