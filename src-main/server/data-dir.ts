/** Where learner data lives when nobody says otherwise: the platform's usual per-user data folder. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'BACKEND_SANDBOX_DATA_DIR';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()): string {
  const override = env[DATA_DIR_ENV];
  if (override) return override;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Backend Sandbox');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Backend Sandbox');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'backend-sandbox');
}
