/** The ready line as the launcher reads it (src-main/server/ready-line.ts). */
import { describe, expect, it } from 'vitest';
import { formatReadyLine, parseReadyLine } from '../../../src-main/server/ready-line.js';

const info = { port: 4123, token: 'a'.repeat(64), dataDir: '/home/learner/.local/share/backend-sandbox' };

describe('parseReadyLine', () => {
  it('reads back what formatReadyLine wrote', () => {
    expect(parseReadyLine(formatReadyLine(info))).toEqual(info);
  });

  it('ignores every other line the backend prints', () => {
    expect(parseReadyLine('listening on 127.0.0.1:4123')).toBeUndefined();
    expect(parseReadyLine('')).toBeUndefined();
    expect(parseReadyLine(` ${formatReadyLine(info)}`)).toBeUndefined();
  });

  it.each([
    ['a port out of range', { ...info, port: 70000 }],
    ['a short token', { ...info, token: 'short' }],
    ['no data dir', { port: info.port, token: info.token }],
  ])('rejects a ready line with %s', (_what, bad) => {
    expect(parseReadyLine(formatReadyLine(bad as typeof info))).toBeUndefined();
  });
});

describe('parseReadyLine on damaged input', () => {
  it('answers undefined, not an exception, when the JSON after the prefix is broken', () => {
    expect(parseReadyLine('BACKEND_SANDBOX_READY {"port":')).toBeUndefined();
  });
});
