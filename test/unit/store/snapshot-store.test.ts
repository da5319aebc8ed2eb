import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_STORE_FILE, openAppStore } from '../../../src-main/store/app-store.js';
import { currentVersion, migrate, migrations } from '../../../src-main/store/migrations.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const LESSON = 'crud/01-x';

describe('step snapshots', () => {
  it('keep the files a step began with, per lesson and step, across reopening the store', () => {
    const dir = tempDir();
    const first = openAppStore(dir);
    first.snapshots.save(LESSON, '02-one', [
      { path: 'server.ts', content: 'after step 1' },
      { path: 'db.ts', content: 'db' },
    ]);
    first.snapshots.save('crud/02-y', '02-one', [{ path: 'server.ts', content: 'another lesson' }]);
    first.close();

    const again = openAppStore(dir);
    expect(again.snapshots.forStep(LESSON, '02-one')).toEqual([
      { path: 'db.ts', content: 'db' },
      { path: 'server.ts', content: 'after step 1' },
    ]);
    expect(again.snapshots.forStep(LESSON, '03-create')).toBeUndefined();
    again.close();
  });

  it('replace a step’s earlier snapshot whole, leaving no file of it behind', () => {
    const store = openAppStore(tempDir());
    store.snapshots.save(LESSON, '02-one', [
      { path: 'server.ts', content: 'old' },
      { path: 'extra.ts', content: 'old extra' },
    ]);
    store.snapshots.save(LESSON, '02-one', [{ path: 'server.ts', content: 'new' }]);
    expect(store.snapshots.forStep(LESSON, '02-one')).toEqual([{ path: 'server.ts', content: 'new' }]);
    store.close();
  });

  it('forget only the steps named, of the lesson named', () => {
    const store = openAppStore(tempDir());
    for (const step of ['02-one', '03-create']) store.snapshots.save(LESSON, step, [{ path: 'server.ts', content: step }]);
    store.snapshots.save('crud/02-y', '03-create', [{ path: 'server.ts', content: 'kept' }]);
    store.snapshots.forget(LESSON, ['03-create']);
    expect(store.snapshots.forStep(LESSON, '02-one')).toEqual([{ path: 'server.ts', content: '02-one' }]);
    expect(store.snapshots.forStep(LESSON, '03-create')).toBeUndefined();
    expect(store.snapshots.forStep('crud/02-y', '03-create')).toEqual([{ path: 'server.ts', content: 'kept' }]);
    store.close();
  });

  it('roll back with the rest of a store transaction that fails', () => {
    const store = openAppStore(tempDir());
    store.drafts.save(LESSON, 'server.ts', 'draft');
    expect(() =>
      store.transaction(() => {
        store.snapshots.save(LESSON, '02-one', [{ path: 'server.ts', content: 'half' }]);
        store.drafts.replaceForLesson(LESSON, []);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(store.snapshots.forStep(LESSON, '02-one')).toBeUndefined();
    expect(store.drafts.forLesson(LESSON).get('server.ts')).toBe('draft');
    store.close();
  });

  it('arrive in a version 1 store by migration, keeping its drafts and progress', () => {
    const dir = tempDir();
    const v1 = new Database(join(dir, APP_STORE_FILE));
    migrate(v1, migrations.filter((m) => m.version === 1));
    v1.prepare("INSERT INTO drafts VALUES ('crud/01-x', 'server.ts', 'kept', '2025-01-01')").run();
    v1.prepare("INSERT INTO step_progress VALUES ('crud/01-x', '01-list', '2025-01-01')").run();
    v1.close();

    const store = openAppStore(dir);
    expect(store.drafts.forLesson(LESSON).get('server.ts')).toBe('kept');
    expect(store.progress.all()).toMatchObject([{ lessonId: LESSON, stepId: '01-list' }]);
    store.snapshots.save(LESSON, '02-one', [{ path: 'server.ts', content: 'kept' }]);
    expect(store.snapshots.forStep(LESSON, '02-one')).toHaveLength(1);
    store.close();
    const raw = new Database(join(dir, APP_STORE_FILE));
    expect(currentVersion(raw)).toBe(migrations.at(-1)!.version);
    raw.close();
  });
});

describe('progress', () => {
  it('tells a first pass from a repeated one, and starts over after the step is forgotten', () => {
    const store = openAppStore(tempDir());
    expect(store.progress.markPassed(LESSON, '01-list')).toBe(true);
    expect(store.progress.markPassed(LESSON, '01-list')).toBe(false);
    store.progress.markPassed(LESSON, '02-one');
    store.progress.forget(LESSON, ['01-list']);
    expect(store.progress.all().map((p) => p.stepId)).toEqual(['02-one']);
    expect(store.progress.markPassed(LESSON, '01-list')).toBe(true);
    store.close();
  });
});
