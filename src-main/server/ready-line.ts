/**
 * The one line the backend prints on stdout when it accepts connections. Whoever started it
 * (the Electron shell, `npm start`, a test) reads the port and the per-launch token from it;
 * a pipe to the parent is the only place the token ever travels besides the page itself.
 */
import { z } from 'zod';

const PREFIX = 'BACKEND_SANDBOX_READY ';

const ReadyInfoSchema = z.object({
  port: z.number().int().min(1).max(65535),
  token: z.string().min(32),
  dataDir: z.string(),
});
export type ReadyInfo = z.infer<typeof ReadyInfoSchema>;

export function formatReadyLine(info: ReadyInfo): string {
  return PREFIX + JSON.stringify(info);
}

/** Returns the ready info if `line` is the ready line, otherwise undefined. */
export function parseReadyLine(line: string): ReadyInfo | undefined {
  if (!line.startsWith(PREFIX)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(line.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  const parsed = ReadyInfoSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
