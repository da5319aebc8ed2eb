import { describe, expect, it } from 'vitest';
import { gaveUpDialog, gaveUpPage, QUIT_BUTTON, RETRY_BUTTON, restartingPage } from '../../../src-main/electron/crash-screens.js';
import { statusPageUrl } from '../../../src-main/electron/status-page.js';

const html = (url: string): string => {
  const prefix = 'data:text/html;charset=utf-8,';
  expect(url.startsWith(prefix)).toBe(true);
  return decodeURIComponent(url.slice(prefix.length));
};

describe('statusPageUrl', () => {
  it('is a self-contained page whose own policy allows no script and no request', () => {
    const page = html(statusPageUrl({ title: 'Restarting…', message: 'A moment.' }));
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`);
    expect(page).not.toMatch(/<script|src=|href=/i);
    expect(page).toContain('<h1>Restarting…</h1>');
  });

  it('escapes what it shows: a log line is text, never markup', () => {
    const page = html(statusPageUrl({ title: 'x', message: 'y', details: ['<script>alert("1")</script>', "it's & done"] }));
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;alert(&#34;1&#34;)&#60;/script&#62;\nit&#39;s &#38; done');
  });
});

describe('crash screens', () => {
  it('tells the learner on restart that their work is kept', () => {
    expect(html(restartingPage('The backend stopped unexpectedly (SIGKILL).'))).toContain(
      'The backend stopped unexpectedly (SIGKILL). Your drafts and progress are saved',
    );
  });

  it("shows the backend's last output when it gives up, or says it printed nothing", () => {
    expect(html(gaveUpPage({ reason: 'It exited.', logTail: ['Error: disk full'] }))).toContain('<pre>Error: disk full</pre>');
    expect(html(gaveUpPage({ reason: 'It exited.', logTail: [] }))).toContain('<pre>(it printed nothing)</pre>');
  });

  it('asks Retry or Quit, Retry first, and treats closing the box as Quit', () => {
    const dialog = gaveUpDialog({ reason: 'It exited (code 3).', logTail: [] });
    expect(dialog.buttons?.[RETRY_BUTTON]).toBe('Retry');
    expect(dialog.buttons?.[QUIT_BUTTON]).toBe('Quit');
    expect(dialog).toMatchObject({ type: 'error', defaultId: RETRY_BUTTON, cancelId: QUIT_BUTTON });
    expect(dialog.detail).toContain('It exited (code 3).');
  });
});
