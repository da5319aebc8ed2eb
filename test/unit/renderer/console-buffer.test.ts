import { describe, expect, it } from 'vitest';
import { appendOutput, appendSystemLine, consoleText, emptyConsole, MAX_LINE_CHARS } from '../../../src-renderer/features/console/console-buffer.js';

describe('console buffer', () => {
  it('splits chunks into lines', () => {
    const buffer = appendOutput(emptyConsole(), 'stdout', 'one\ntwo\n');
    expect(buffer.lines.map((l) => [l.text, l.complete])).toEqual([
      ['one', true],
      ['two', true],
    ]);
  });

  it('continues a line across chunks of the same stream', () => {
    let buffer = appendOutput(emptyConsole(), 'stdout', 'Listen');
    buffer = appendOutput(buffer, 'stdout', 'ing on 3000\nnext');
    expect(buffer.lines.map((l) => l.text)).toEqual(['Listening on 3000', 'next']);
    expect(buffer.lines.at(-1)?.complete).toBe(false);
  });

  it('does not glue stderr onto an open stdout line', () => {
    let buffer = appendOutput(emptyConsole(), 'stdout', 'half');
    buffer = appendOutput(buffer, 'stderr', 'Error!\n');
    expect(buffer.lines.map((l) => [l.stream, l.text])).toEqual([
      ['stdout', 'half'],
      ['stderr', 'Error!'],
    ]);
  });

  it('a lone newline closes the open line', () => {
    let buffer = appendOutput(emptyConsole(), 'stdout', 'a');
    buffer = appendOutput(buffer, 'stdout', '\n');
    buffer = appendOutput(buffer, 'stdout', 'b\n');
    expect(buffer.lines.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('normalises CRLF', () => {
    expect(appendOutput(emptyConsole(), 'stdout', 'a\r\nb\r\n').lines.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('keeps at most the newest lines and counts the dropped ones', () => {
    let buffer = emptyConsole();
    for (let i = 0; i < 12; i++) buffer = appendOutput(buffer, 'stdout', `line ${i}\n`, 10);
    expect(buffer.lines).toHaveLength(10);
    expect(buffer.lines[0]?.text).toBe('line 2');
    expect(buffer.dropped).toBe(2);
  });

  it('cuts a gigantic line', () => {
    const buffer = appendOutput(emptyConsole(), 'stdout', 'x'.repeat(MAX_LINE_CHARS * 2));
    expect(buffer.lines[0]!.text.length).toBeLessThan(MAX_LINE_CHARS + 20);
  });

  it('system lines are whole lines of their own, and ids stay unique', () => {
    let buffer = appendOutput(emptyConsole(), 'stdout', 'open');
    buffer = appendSystemLine(buffer, 'Server stopped');
    buffer = appendOutput(buffer, 'stdout', 'again\n');
    expect(buffer.lines.map((l) => [l.stream, l.text])).toEqual([
      ['stdout', 'open'],
      ['system', 'Server stopped'],
      ['stdout', 'again'],
    ]);
    expect(new Set(buffer.lines.map((l) => l.id)).size).toBe(3);
    expect(consoleText(buffer)).toBe('open\nServer stopped\nagain');
  });
});
