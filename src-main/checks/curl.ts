/** Builds the curl command a learner can paste into a terminal to send a recorded request again. */
import type { CheckExchange } from '../contract/api.js';

/** Quotes one word for a POSIX shell: single quotes keep everything literal except `'` itself. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_\-+=/:.,@%]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function toCurl(request: CheckExchange['request']): string {
  const words = ['curl', '-i'];
  // curl sends GET, or POST once it has a body; any other method must be named.
  const implied = request.body === undefined ? 'GET' : 'POST';
  if (request.method !== implied) words.push('-X', request.method);
  words.push(request.url);
  for (const [name, value] of Object.entries(request.headers)) words.push('-H', `${name}: ${value}`);
  // --data-raw, unlike -d, never reads a file when the body starts with "@".
  if (request.body !== undefined) words.push('--data-raw', request.body);
  return words.map(shellQuote).join(' ');
}
