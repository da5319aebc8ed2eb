/** Small key → JSON value settings (theme, last lesson, layout). */
import type { Database, Statement } from 'better-sqlite3';

export class SettingsStore {
  private readonly select: Statement<[string], { value: string }>;
  private readonly upsert: Statement<[string, string]>;
  private readonly selectAll: Statement<[], { key: string; value: string }>;

  constructor(db: Database) {
    this.select = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.selectAll = db.prepare('SELECT key, value FROM settings ORDER BY key');
  }

  get(key: string): unknown {
    const row = this.select.get(key);
    return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
  }

  all(): Record<string, unknown> {
    return Object.fromEntries(this.selectAll.all().map((row) => [row.key, JSON.parse(row.value) as unknown]));
  }

  set(key: string, value: unknown): void {
    this.upsert.run(key, JSON.stringify(value));
  }
}
