/**
 * A loopback port nobody is listening on right now: the kernel picks one for a throwaway
 * server, and the learner's server is told to use it. Another program could take it in the
 * moment between, which is rare enough on a desktop that the learner just runs again.
 */
import { createServer } from 'node:net';

export function pickFreeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('the loopback probe server has no port'));
      });
    });
  });
}
