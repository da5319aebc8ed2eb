/**
 * `npm start -- …`'s options, read strictly: a typo is answered with the usage, not ignored.
 * The port and the data folder reach the backend as the environment variables it reads
 * (BACKEND_SANDBOX_PORT, BACKEND_SANDBOX_DATA_DIR), in the window and in web mode alike.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface StartArgs {
  /** Always the browser, even where Electron could run. */
  web: boolean;
  /** Web mode opens the system browser (unless --no-open). */
  open: boolean;
  /** A fixed port for the backend instead of a random free one. */
  port?: number;
  /** Absolute. */
  dataDir?: string;
}

export const START_USAGE = 'Usage: npm start -- [--web] [--no-open] [--port <1-65535>] [--data-dir <folder>]';

const PortSchema = z.coerce.number().int().min(1).max(65535);

export function parseStartArgs(argv: readonly string[]): StartArgs {
  let values: { web?: boolean; 'no-open'?: boolean; port?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { web: { type: 'boolean' }, 'no-open': { type: 'boolean' }, port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${START_USAGE}`, { cause: error });
  }
  const port = values.port === undefined ? undefined : PortSchema.safeParse(values.port);
  if (port && !port.success) throw new Error(`--port must be a whole number from 1 to 65535, not ${JSON.stringify(values.port)}.\n${START_USAGE}`);
  if (values['data-dir'] === '') throw new Error(`--data-dir needs a folder.\n${START_USAGE}`);
  return { web: values.web ?? false, open: !values['no-open'], port: port?.data, dataDir: values['data-dir'] === undefined ? undefined : resolve(values['data-dir']) };
}

/** The environment variables that carry the options to the backend. */
export function backendEnvFor(args: StartArgs): NodeJS.ProcessEnv {
  return {
    ...(args.port === undefined ? {} : { BACKEND_SANDBOX_PORT: String(args.port) }),
    ...(args.dataDir === undefined ? {} : { BACKEND_SANDBOX_DATA_DIR: args.dataDir }),
  };
}
