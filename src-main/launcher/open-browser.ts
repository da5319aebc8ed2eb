/** Opens a URL in the system browser, best effort: web mode prints the URL anyway. */
import { spawn } from 'node:child_process';

export interface Command {
  command: string;
  args: string[];
}

export function browserCommand(platform: NodeJS.Platform, url: string): Command {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in whose first quoted argument is a window title: Node quotes the empty one as "".
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  return { command: 'xdg-open', args: [url] };
}

export function openInBrowser(url: string): void {
  const { command, args } = browserCommand(process.platform, url);
  const opener = spawn(command, args, { detached: true, stdio: 'ignore' });
  // A missing opener (a headless machine) is not an error: the URL is on screen.
  opener.on('error', () => undefined);
  opener.unref();
}
