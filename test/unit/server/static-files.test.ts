import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../src-main/server/static-files.js';

describe('resolveInside', () => {
  it('resolves paths inside the root', () => {
    expect(resolveInside('/app/renderer', '/assets/index.js')).toBe('/app/renderer/assets/index.js');
  });

  it('refuses every way out of the root', () => {
    for (const path of ['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/..%2fsecret', '/a%00b', '/%E0%A4%A']) {
      expect(resolveInside('/app/renderer', path), path).toBeUndefined();
    }
  });

  it('does not confuse a sibling folder with the same prefix for the root', () => {
    expect(resolveInside('/app/renderer', '/../renderer-evil/x')).toBeUndefined();
  });
});
