import { describe, expect, it } from 'vitest';
import { CookieJar, parseSetCookie } from '../../../src-main/checks/cookie-jar.js';

const NOW = Date.UTC(2030, 0, 1);

describe('parseSetCookie', () => {
  it('reads the pair and the attributes a security lesson asks about', () => {
    expect(parseSetCookie('sid=abc123; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=60', '/login', NOW)).toEqual({
      name: 'sid',
      value: 'abc123',
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      expiresAt: NOW + 60_000,
    });
  });

  it('defaults the path to the request directory, reads Expires, and lets Max-Age win over it', () => {
    expect(parseSetCookie('a=1', '/api/login?next=/', NOW)).toMatchObject({ path: '/api', httpOnly: false, secure: false });
    expect(parseSetCookie('a=1', '/login', NOW)).toMatchObject({ path: '/' });
    expect(parseSetCookie('a=1; Expires=Wed, 01 Jan 2031 00:00:00 GMT', '/', NOW)!.expiresAt).toBe(Date.UTC(2031, 0, 1));
    expect(parseSetCookie('a=1; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=0', '/', NOW)!.expiresAt).toBe(NOW);
  });

  it('keeps "=" inside a value and ignores a header without a name', () => {
    expect(parseSetCookie('token=a=b==; path=/x', '/', NOW)).toMatchObject({ name: 'token', value: 'a=b==', path: '/x' });
    expect(parseSetCookie('=nameless', '/', NOW)).toBeUndefined();
    expect(parseSetCookie('no-equals-sign', '/', NOW)).toBeUndefined();
  });
});

describe('CookieJar', () => {
  it('sends back what the server set, to matching paths only, longer paths first', () => {
    const jar = new CookieJar();
    jar.store(['sid=1; Path=/', 'pref=dark; Path=/settings'], '/login', NOW);
    expect(jar.header('/todos', NOW)).toBe('sid=1');
    expect(jar.header('/settings/theme?x=1', NOW)).toBe('pref=dark; sid=1');
    expect(jar.header('/settingsx', NOW)).toBe('sid=1');
  });

  it('replaces a cookie with the same name and path, and forgets one set to expire', () => {
    const jar = new CookieJar();
    jar.store(['sid=1; Path=/'], '/', NOW);
    jar.store(['sid=2; Path=/'], '/', NOW);
    expect(jar.header('/', NOW)).toBe('sid=2');
    jar.store(['sid=; Path=/; Max-Age=0'], '/logout', NOW);
    expect(jar.header('/', NOW)).toBeUndefined();
    expect(jar.list(NOW)).toEqual([]);
  });

  it('drops cookies once their time has passed', () => {
    const jar = new CookieJar();
    jar.store(['short=1; Max-Age=1'], '/', NOW);
    expect(jar.header('/', NOW + 999)).toBe('short=1');
    expect(jar.header('/', NOW + 1000)).toBeUndefined();
  });

  it('hands out copies, so a check cannot change what is sent', () => {
    const jar = new CookieJar();
    jar.store(['sid=1'], '/', NOW);
    jar.list(NOW)[0]!.value = 'forged';
    expect(jar.header('/', NOW)).toBe('sid=1');
  });
});
