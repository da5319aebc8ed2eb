/**
 * What the window says while the backend starts, restarts or keeps crashing, and the Retry/Quit
 * question once the supervisor has given up.
 */
import type { MessageBoxOptions } from 'electron';
import type { GiveUp } from './backend-supervisor.js';
import { statusPageUrl } from './status-page.js';

export const startingPage = (): string =>
  statusPageUrl({ title: 'Starting Backend Sandbox…', message: 'The lessons appear in a moment.' });

export const restartingPage = (reason: string): string =>
  statusPageUrl({
    title: 'Restarting the backend…',
    message: `${reason} Your drafts and progress are saved; the lesson comes back in a moment.`,
  });

export const gaveUpPage = (failure: GiveUp): string =>
  statusPageUrl({
    title: 'The backend keeps crashing',
    message: `${failure.reason} It was restarted and crashed again, so it is not restarted any more. Its last output:`,
    details: failure.logTail.length > 0 ? failure.logTail : ['(it printed nothing)'],
  });

/** The buttons of gaveUpDialog(), by index as Electron answers them. */
export const RETRY_BUTTON = 0;
export const QUIT_BUTTON = 1;

export function gaveUpDialog(failure: GiveUp): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Backend Sandbox',
    message: 'The backend keeps crashing.',
    detail: `${failure.reason}\n\nIts last output is shown in the window. Retry starts it again; your drafts and progress are saved.`,
    buttons: ['Retry', 'Quit'],
    defaultId: RETRY_BUTTON,
    cancelId: QUIT_BUTTON,
    noLink: true,
  };
}
