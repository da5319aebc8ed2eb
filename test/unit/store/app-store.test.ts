import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_STORE_FILE, openAppStore } from '../../../src-main/store/app-store.js';
import { currentVersion, migrate, migrations as shipped, type Migration } from '../../../src-main/store/migrations.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

describe('app store', () => {
  it('keeps drafts, progress and settings across reopening the file', () => {
    const dir = tempDir();
    const first = openAppStore(dir);
    first.drafts.save('crud/01-x', 'server.ts', 'one');
    first.drafts.save('crud/01-x', 'server.ts', 'two');
    first.drafts.save('crud/01-x', 'db.ts', 'db');
    first.progress.markPassed('crud/01-x', '01-list');
    first.settings.set('theme', 'dark');
    first.close();

    const again = openAppStore(dir);
    expect([...again.drafts.forLesson('crud/01-x')]).toEqual([
      ['db.ts', 'db'],
      ['server.ts', 'two'],
    ]);
    expect(again.progress.all()).toMatchObject([{ lessonId: 'crud/01-x', stepId: '01-list' }]);
    expect(again.settings.all()).toEqual({ theme: 'dark' });
    again.close();
  });

  it('keeps the first pass date when a step passes again', async () => {
    const store = openAppStore(tempDir());
    store.progress.markPassed('crud/01-x', '01-list');
    const [first] = store.progress.all();
    await new Promise((resolve) => setTimeout(resolve, 5));
    store.progress.markPassed('crud/01-x', '01-list');
    expect(store.progress.all()).toEqual([first]);
    store.close();
  });

});

describe('migrations', () => {
  const extra: Migration = { version: shipped.at(-1)!.version + 1, description: 'notes', sql: 'CREATE TABLE notes (body TEXT)' };

  it('upgrades an existing store in place, keeping its data', () => {
    const dir = tempDir();
    openAppStore(dir).drafts.save('crud/01-x', 'server.ts', 'kept');
    const db = new Database(join(dir, APP_STORE_FILE));
    // The shipped migrations have run; one newer than them all is the upgrade.
    const next = { ...extra, version: shipped.at(-1)!.version + 1 };
    expect(migrate(db, [...shipped, next])).toEqual([next.version]);
    expect(currentVersion(db)).toBe(next.version);
    expect(db.prepare('SELECT content FROM drafts').pluck().get()).toBe('kept');
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    const broken: Migration = { version: 1, description: 'bad', sql: 'CREATE TABLE a (x); THIS IS NOT SQL' };
    expect(() => migrate(db, [broken])).toThrow();
    expect(currentVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
  });

  it('refuses a store written by a newer app rather than damaging it', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this app knows/);
  });
});
