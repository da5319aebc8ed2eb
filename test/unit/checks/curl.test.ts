import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, toBurstCurl, toCurl } from '../../../src-main/checks/curl.js';

/** What a POSIX shell makes of the words: the real test of quoting. */
function shellWords(command: string): string[] {
  const out = execFileSync('sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it('leaves plain words alone', () => {
    expect(shellQuote('http://127.0.0.1:4000/todos/3')).toBe('http://127.0.0.1:4000/todos/3');
  });

  it('quotes words a shell would change', () => {
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it('round-trips hostile words through a real shell', () => {
    const words = ["it's", '$(rm -rf /)', '`id`', 'a\\b', '"double"', 'new\nline', '*', '!', ';&|<>', ''];
    expect(shellWords(words.map(shellQuote).join(' '))).toEqual(words);
  });
});

describe('toCurl', () => {
  it('writes a GET as plainly as possible', () => {
    expect(toCurl({ method: 'GET', url: 'http://127.0.0.1:4000/todos', headers: {} })).toBe('curl -i http://127.0.0.1:4000/todos');
  });

  it('sends a JSON POST with its header and body, without a redundant -X', () => {
    const body = JSON.stringify({ title: "Bob's groceries" });
    const curl = toCurl({ method: 'POST', url: 'http://127.0.0.1:4000/todos', headers: { 'content-type': 'application/json' }, body });
    expect(curl).toBe(`curl -i http://127.0.0.1:4000/todos -H 'content-type: application/json' --data-raw '{"title":"Bob'\\''s groceries"}'`);
    expect(shellWords(curl.replace(/^curl /, ''))).toEqual(['-i', 'http://127.0.0.1:4000/todos', '-H', 'content-type: application/json', '--data-raw', body]);
  });

  it('names any other method', () => {
    expect(toCurl({ method: 'DELETE', url: 'http://h/todos/1', headers: {} })).toBe('curl -i -X DELETE http://h/todos/1');
    expect(toCurl({ method: 'PUT', url: 'http://h/todos/1', headers: {}, body: '{}' })).toBe("curl -i -X PUT http://h/todos/1 --data-raw '{}'");
  });
});

describe('curl for other requests', () => {
  it('asks for the headers only for HEAD', () => {
    expect(toCurl({ method: 'HEAD', url: 'http://h/todos', headers: {} })).toBe('curl -I http://h/todos');
  });

  it('loops a burst at its rate, by concurrency, or all at once', () => {
    const request = { method: 'POST', url: 'http://h/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'user=a' };
    const curl = "curl -s -o /dev/null -w '%{http_code}\\n' http://h/login -H 'content-type: application/x-www-form-urlencoded' --data-raw user=a";
    expect(toBurstCurl(request, 12, { ratePerSecond: 20 })).toBe(`for i in $(seq 12); do ${curl} & sleep 0.05; done; wait`);
    expect(toBurstCurl(request, 12, { concurrency: 3 })).toBe(`seq 12 | xargs -P 3 -I{} ${curl}`);
    expect(toBurstCurl(request, 12, { ratePerSecond: 20, concurrency: 1 })).toBe(`for i in $(seq 12); do ${curl}; sleep 0.05; done`);
    expect(toBurstCurl(request, 12, {})).toBe(`for i in $(seq 12); do ${curl} & done; wait`);
  });

  it('writes a burst loop a real shell accepts', () => {
    const loop = toBurstCurl({ method: 'GET', url: "http://h/it's", headers: {} }, 2, { ratePerSecond: 1000 });
    expect(() => execFileSync('sh', ['-n', '-c', loop])).not.toThrow();
  });
});
