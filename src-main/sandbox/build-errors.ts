/**
 * Turns esbuild's messages into the lines a learner sees when their code does not compile:
 * one `file:line:column: text` line per error, like a compiler in a terminal, so the editor can
 * jump to each one.
 */
import type { Message } from 'esbuild';

/** esbuild counts columns in bytes from 0; editors count characters from 1. */
export function characterColumn(lineText: string, byteColumn: number): number {
  return Buffer.from(lineText, 'utf8').subarray(0, byteColumn).toString('utf8').length + 1;
}

export function formatBuildMessage(message: Pick<Message, 'text' | 'location'>): string {
  const { location, text } = message;
  if (location === null) return text;
  return `${location.file}:${location.line}:${characterColumn(location.lineText, location.column)}: ${text}`;
}

export function formatBuildMessages(messages: readonly Pick<Message, 'text' | 'location'>[]): string {
  return messages.map(formatBuildMessage).join('\n');
}
