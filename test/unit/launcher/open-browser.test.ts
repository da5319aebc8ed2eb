import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../../src-main/launcher/open-browser.js';

const url = 'http://127.0.0.1:4123/#token=abc';

describe('browserCommand', () => {
  it.each([
    ['linux', { command: 'xdg-open', args: [url] }],
    ['darwin', { command: 'open', args: [url] }],
    ['win32', { command: 'cmd', args: ['/c', 'start', '', url] }],
  ] as const)('on %s', (platform, command) => {
    expect(browserCommand(platform, url)).toEqual(command);
  });
});
