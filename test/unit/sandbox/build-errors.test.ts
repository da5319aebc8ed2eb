import type { Location } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { characterColumn, formatBuildMessage, formatBuildMessages } from '../../../src-main/sandbox/build-errors.js';

function at(file: string, line: number, column: number, lineText: string): Location {
  return { file, namespace: 'file', line, column, length: 1, lineText, suggestion: '' };
}

describe('build error formatting', () => {
  it('turns esbuild byte columns (0-based) into editor columns (1-based, in characters)', () => {
    expect(characterColumn('const app = express(;', 20)).toBe(21);
    // 'é' is two bytes in UTF-8 but one character for the learner.
    expect(characterColumn("const café = 'x' +;", Buffer.byteLength("const café = 'x' +"))).toBe(19);
  });

  it('writes file:line:column: text', () => {
    const message = { text: 'Unexpected ";"', location: at('server.ts', 12, 4, '    x;') };
    expect(formatBuildMessage(message)).toBe('server.ts:12:5: Unexpected ";"');
  });

  it('keeps a message without a location as it is', () => {
    expect(formatBuildMessage({ text: 'Could not resolve "server.ts"', location: null })).toBe('Could not resolve "server.ts"');
  });

  it('puts every error on its own line', () => {
    const messages = [
      { text: 'first', location: at('server.ts', 1, 0, 'x') },
      { text: 'second', location: at('db.ts', 2, 3, 'abcd') },
    ];
    expect(formatBuildMessages(messages)).toBe('server.ts:1:1: first\ndb.ts:2:4: second');
  });
});
