import { describe, expect, it } from 'vitest';
import { parseTokenArgument, tokenArgument } from '../../../src-main/electron/token-argument.js';

const token = 'f'.repeat(64);

describe('the preload token argument', () => {
  it('is found among the renderer arguments Chromium adds around it', () => {
    const argv = ['/opt/electron', '--type=renderer', tokenArgument(token), '--enable-sandbox'];
    expect(parseTokenArgument(argv)).toBe(token);
  });

  it('is undefined when missing or empty', () => {
    expect(parseTokenArgument(['/opt/electron', '--type=renderer'])).toBeUndefined();
    expect(parseTokenArgument([tokenArgument('')])).toBeUndefined();
  });

  it('does not take a look-alike argument', () => {
    expect(parseTokenArgument([`--backend-sandbox-tokens=${token}`, `x--backend-sandbox-token=${token}`])).toBeUndefined();
  });
});
