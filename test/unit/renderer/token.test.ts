import { describe, expect, it } from 'vitest';
import { resolveToken, takeTokenFromHash, TOKEN_STORAGE_KEY, type TokenEnvironment } from '../../../src-renderer/api/token.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

function env(overrides: Partial<TokenEnvironment> & { hash?: string } = {}) {
  const replaced: string[] = [];
  const storage = memoryStorage();
  const environment: TokenEnvironment = {
    bridge: undefined,
    location: { pathname: '/', search: '', hash: overrides.hash ?? '' },
    storage,
    replaceUrl: (url) => void replaced.push(url),
    ...overrides,
  };
  return { environment, replaced, storage };
}

describe('takeTokenFromHash', () => {
  it('reads the token and leaves nothing behind', () => {
    expect(takeTokenFromHash('#token=abc123')).toEqual({ token: 'abc123', rest: '' });
  });

  it('keeps other fragment parameters', () => {
    expect(takeTokenFromHash('#token=abc&view=list')).toEqual({ token: 'abc', rest: '#view=list' });
  });

  it('decodes an encoded token', () => {
    expect(takeTokenFromHash('#token=a%2Bb').token).toBe('a+b');
  });

  it('returns no token for an empty or unrelated fragment', () => {
    expect(takeTokenFromHash('')).toEqual({ token: undefined, rest: '' });
    expect(takeTokenFromHash('#section-2')).toEqual({ token: undefined, rest: '#section-2' });
    expect(takeTokenFromHash('#token=')).toEqual({ token: undefined, rest: '#token=' });
  });
});

describe('resolveToken', () => {
  it('prefers the desktop bridge and leaves the URL alone', () => {
    const { environment, replaced } = env({ bridge: { token: 'from-preload', platform: 'linux' }, hash: '#token=from-url' });
    expect(resolveToken(environment)).toBe('from-preload');
    expect(replaced).toEqual([]);
  });

  it('takes the fragment token, stores it and removes it from the address bar', () => {
    const { environment, replaced, storage } = env({ hash: '#token=t0k3n', location: { pathname: '/index.html', search: '?x=1', hash: '#token=t0k3n' } });
    expect(resolveToken(environment)).toBe('t0k3n');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('t0k3n');
    expect(replaced).toEqual(['/index.html?x=1']);
  });

  it('falls back to the stored token after a reload', () => {
    const { environment } = env({ storage: memoryStorage({ [TOKEN_STORAGE_KEY]: 'stored' }) });
    expect(resolveToken(environment)).toBe('stored');
  });

  it('a new fragment token replaces a stored one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    const { environment } = env({ storage, hash: '#token=new' });
    expect(resolveToken(environment)).toBe('new');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('has no token when nothing provides one', () => {
    expect(resolveToken(env().environment)).toBeUndefined();
  });

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(resolveToken(env({ storage: throwing, hash: '#token=x' }).environment)).toBe('x');
    expect(resolveToken(env({ storage: throwing }).environment)).toBeUndefined();
  });
});
