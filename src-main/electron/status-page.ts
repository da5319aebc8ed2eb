/**
 * The screens the window shows while it has no backend to show ("restarting…", "it keeps
 * crashing"): self-contained data: URLs, so they need no backend and no file on disk. The page
 * carries its own Content-Security-Policy that allows nothing but its inline style — no script,
 * no request — and every text is escaped, since a log line can contain anything.
 */

export interface StatusPage {
  title: string;
  message: string;
  /** Shown as preformatted text, e.g. the backend's last output. */
  details?: string[];
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 60rem; padding: 2rem; }
  pre { max-height: 50vh; overflow: auto; padding: 1rem; border: 1px solid GrayText; white-space: pre-wrap; }
`;

export function statusPageUrl(page: StatusPage): string {
  const details = page.details?.length ? `<pre>${escapeHtml(page.details.join('\n'))}</pre>` : '';
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    `<title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head>`,
    `<body><main role="status"><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>${details}</main></body></html>`,
  ].join('');
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
