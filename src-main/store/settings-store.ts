/** Small key → JSON value settings (theme, last lesson, layout). */
import type { Database, Statement } from 'better-sqlite3';

export class SettingsStore {
  private readonly upsert: Statement<[string, string]>;
  private readonly selectAll: Statement<[], { key: string; value: string }>;

  constructor(db: Database) {
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.selectAll = db.prepare('SELECT key, value FROM settings ORDER BY key');
  }

  all(): Record<string, unknown> {
    return Object.fromEntries(this.selectAll.all().map((row) => [row.key, JSON.parse(row.value) as unknown]));
  }

  set(key: string, value: unknown): void {
    this.upsert.run(key, JSON.stringify(value));
  }
}
