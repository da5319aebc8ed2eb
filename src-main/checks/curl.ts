/** Builds the curl commands a learner can paste into a terminal to send recorded requests again. */
import type { HttpRequestRecord } from '../contract/api.js';

/** Quotes one word for a POSIX shell: single quotes keep everything literal except `'` itself. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_\-+=/:.,@%]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** `curl <flags> [-X METHOD] URL -H … --data-raw …`, quoted for a shell. */
function curlWithFlags(request: HttpRequestRecord, flags: string[]): string {
  const words = ['curl', ...flags];
  // curl sends GET, or POST once it has a body; any other method must be named (HEAD by -I).
  const implied = request.body === undefined ? 'GET' : 'POST';
  if (request.method !== implied && request.method !== 'HEAD') words.push('-X', request.method);
  words.push(request.url);
  for (const [name, value] of Object.entries(request.headers)) words.push('-H', `${name}: ${value}`);
  // --data-raw, unlike -d, never reads a file when the body starts with "@".
  if (request.body !== undefined) words.push('--data-raw', request.body);
  return words.map(shellQuote).join(' ');
}

export function toCurl(request: HttpRequestRecord): string {
  // -X HEAD would wait for a body that never comes; -I asks for the headers only.
  return curlWithFlags(request, [request.method === 'HEAD' ? '-I' : '-i']);
}

/**
 * A shell loop sending `count` copies of the request and printing each status: paced by `sleep`
 * for a rate, by `xargs -P` for a concurrency, or all at once. A rate with a concurrency above 1
 * is approximated by the rate alone.
 */
export function toBurstCurl(request: HttpRequestRecord, count: number, pace: { ratePerSecond?: number; concurrency?: number }): string {
  const curl = curlWithFlags(request, ['-s', '-o', '/dev/null', '-w', '%{http_code}\\n']);
  if (pace.ratePerSecond !== undefined) {
    const gap = Number((1 / pace.ratePerSecond).toFixed(3));
    // One at a time waits for each answer; otherwise each curl runs in the background to keep the rate.
    if (pace.concurrency === 1) return `for i in $(seq ${count}); do ${curl}; sleep ${gap}; done`;
    return `for i in $(seq ${count}); do ${curl} & sleep ${gap}; done; wait`;
  }
  if (pace.concurrency !== undefined && pace.concurrency < count) {
    return `seq ${count} | xargs -P ${pace.concurrency} -I{} ${curl}`;
  }
  return `for i in $(seq ${count}); do ${curl} & done; wait`;
}
