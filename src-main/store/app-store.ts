/** The app's own SQLite file: drafts, progress and settings. Never handed to learner code. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrations.js';
import { DraftStore } from './draft-store.js';
import { HttpHistoryStore } from './http-history-store.js';
import { ProgressStore } from './progress-store.js';
import { SettingsStore } from './settings-store.js';
import { SnapshotStore } from './snapshot-store.js';
import { SqlHistoryStore } from './sql-history-store.js';

export interface AppStore {
  drafts: DraftStore;
  progress: ProgressStore;
  settings: SettingsStore;
  snapshots: SnapshotStore;
  /** Runs `work` in one transaction: a change across several stores lands whole or not at all. */
  transaction<T>(work: () => T): T;
  httpHistory: HttpHistoryStore;
  sqlHistory: SqlHistoryStore;
  close(): void;
}

export const APP_STORE_FILE = 'app.db';

export function openAppStore(dataDir: string): AppStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, APP_STORE_FILE));
  // WAL keeps autosaves cheap and lets readers run while a draft is written.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return {
    drafts: new DraftStore(db),
    progress: new ProgressStore(db),
    settings: new SettingsStore(db),
    snapshots: new SnapshotStore(db),
    transaction: (work) => db.transaction(work)(),
    httpHistory: new HttpHistoryStore(db),
    sqlHistory: new SqlHistoryStore(db),
    close: () => db.close(),
  };
}
