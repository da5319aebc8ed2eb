/**
 * The page's policy, directive by directive. That it is enough for the real page — Monaco's
 * workers included — is shown in Chromium by test/e2e/editor-workers.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/server/content-security-policy.js';

const directives = new Map(
  contentSecurityPolicy('127.0.0.1:4123')
    .split('; ')
    .map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources] as const;
    }),
);

describe('contentSecurityPolicy', () => {
  it('runs only our own scripts: no inline script, no eval, no plugins', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it("starts workers only from our own files (Monaco's bundled workers), never from blob: or data:", () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });

  it('talks only to this backend, over HTTP and its one WebSocket', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:4123']);
  });

  it('cannot be framed, re-based, or post forms anywhere', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});
