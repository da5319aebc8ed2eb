/** Words for the learner server's state. Pure. */
import type { LearnerServerStatus } from '../../../src-main/contract/events.js';

export interface ServerState {
  status: LearnerServerStatus;
  port?: number;
  message?: string;
}

export function describeServerState(state: ServerState | undefined): string {
  if (!state) return 'Not started';
  switch (state.status) {
    case 'starting':
      return 'Starting…';
    case 'running':
      return state.port ? `Running on port ${state.port}` : 'Running';
    case 'stopped':
      return 'Stopped';
    case 'crashed':
      return 'Crashed';
    case 'killed':
      return 'Stopped by the sandbox';
  }
}

/** The line written into the console when the state changes. */
export function serverStatusLine(state: ServerState): string {
  const detail = state.message ? `: ${state.message}` : '';
  switch (state.status) {
    case 'starting':
      return `▸ Starting your server…${detail}`;
    case 'running':
      return `▸ Your server is listening${state.port ? ` on port ${state.port}` : ''}${detail}`;
    case 'stopped':
      return `▸ Server stopped${detail}`;
    case 'crashed':
      return `✖ Your server crashed${detail}`;
    case 'killed':
      return `✖ The sandbox stopped your server${detail}`;
  }
}

export function isServerActive(state: ServerState | undefined): boolean {
  return state?.status === 'starting' || state?.status === 'running';
}
