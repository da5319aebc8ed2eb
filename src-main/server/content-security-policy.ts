/**
 * The page's Content-Security-Policy, the same in the Electron window and in a browser tab:
 * only our own scripts, no inline script, no eval, no plugins, no framing, and network access
 * only back to this backend (HTTP and its one WebSocket). Monaco injects <style> elements, so
 * inline styles are allowed; its workers are our own bundled files.
 */
export function contentSecurityPolicy(host: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    `connect-src 'self' ws://${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
