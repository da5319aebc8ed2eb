import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src-main/server/data-dir.js';

describe('defaultDataDir', () => {
  it('honours the override first', () => {
    expect(defaultDataDir({ BACKEND_SANDBOX_DATA_DIR: '/tmp/x' }, 'linux', '/home/a')).toBe('/tmp/x');
  });
  it('follows each platform convention', () => {
    expect(defaultDataDir({}, 'linux', '/home/a')).toBe('/home/a/.local/share/backend-sandbox');
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/a')).toBe('/data/backend-sandbox');
    expect(defaultDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Backend Sandbox');
  });
});
