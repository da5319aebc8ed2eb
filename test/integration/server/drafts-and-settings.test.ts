/** Drafts, progress and settings survive a backend restart on the same data dir. */
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../support/backend.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const startBackend = useBackend();

describe('drafts and settings', () => {
  it('keeps a saved draft and a setting across a backend restart', async () => {
    const dataDir = tempDir();
    const first = await startBackend(dataDir);
    const lessonId = ((await (await first.api('/api/lessons')).json()).lessons[0].id) as string;
    const detail = await (await first.api(`/api/lessons/${lessonId}`)).json();
    const file = detail.files[0].path as string;
    expect((await first.putDraft(lessonId, file, '// my work\n')).status).toBe(204);
    const saveSetting = await first.api('/api/settings/theme', { method: 'PUT', body: JSON.stringify({ value: 'dark' }) });
    expect(saveSetting.status).toBe(204);
    await first.close();

    const second = await startBackend(dataDir);
    const again = await (await second.api(`/api/lessons/${lessonId}`)).json();
    expect(again.files.find((f: { path: string }) => f.path === file).content).toBe('// my work\n');
    expect(await (await second.api('/api/settings')).json()).toEqual({ settings: { theme: 'dark' } });
  });

  it('refuses a setting with a bad name', async () => {
    const backend = await startBackend(tempDir());
    const res = await backend.api('/api/settings/..%2Fx', { method: 'PUT', body: JSON.stringify({ value: 1 }) });
    expect(res.status).toBe(400);
  });
});
