/** A plain object plays Electron's Session: Electron's binary cannot be installed here. */
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../src-main/electron/permissions.js';

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    const answers: boolean[] = [];
    let checkHandler: (() => boolean) | undefined;
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => {
        for (const permission of ['media', 'notifications', 'geolocation', 'openExternal']) {
          handler({}, permission, (granted) => answers.push(granted));
        }
      },
      setPermissionCheckHandler: (handler) => (checkHandler = handler),
    };

    denyAllPermissions(session);

    expect(answers).toEqual([false, false, false, false]);
    expect(checkHandler?.()).toBe(false);
  });
});
