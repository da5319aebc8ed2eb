/** Whether a learner server still answers HTTP at all: any status counts, silence does not. */
import { request } from 'node:http';

const PROBE_TIMEOUT_MS = 1_000;

export function isResponsive(port: number, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'HEAD', path: '/', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}
