/** The learner server's live console and state for one lesson, fed by the event socket. */
import { useReducer } from 'react';
import type { LearnerServerState } from '../../../src-main/contract/api.js';
import { useServerEvents } from '../../app/hooks.js';
import { appendOutput, appendSystemLine, emptyConsole, type ConsoleBuffer } from './console-buffer.js';
import { serverStatusLine, type ServerState } from './server-status.js';

interface ConsoleState {
  buffer: ConsoleBuffer;
  server: ServerState | undefined;
}

type ConsoleAction =
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'status'; server: ServerState }
  | { type: 'note'; text: string }
  | { type: 'clear' };

function reducer(state: ConsoleState, action: ConsoleAction): ConsoleState {
  switch (action.type) {
    case 'output':
      return { ...state, buffer: appendOutput(state.buffer, action.stream, action.text) };
    case 'status':
      return { server: action.server, buffer: appendSystemLine(state.buffer, serverStatusLine(action.server)) };
    case 'note':
      return { ...state, buffer: appendSystemLine(state.buffer, action.text) };
    case 'clear':
      return { ...state, buffer: emptyConsole() };
  }
}

/** `initial` is the server's state when the lesson was loaded, so a reload does not show a running server as "Not started". */
export function useConsole(lessonId: string, initial: LearnerServerState) {
  const [state, dispatch] = useReducer(reducer, initial, (server) => ({ buffer: emptyConsole(), server }));
  useServerEvents((event) => {
    if (event.type === 'server.output' && event.lessonId === lessonId) {
      dispatch({ type: 'output', stream: event.stream, text: event.text });
    } else if (event.type === 'server.status' && event.lessonId === lessonId) {
      const server: ServerState = { status: event.status };
      if (event.port !== undefined) server.port = event.port;
      if (event.message !== undefined) server.message = event.message;
      dispatch({ type: 'status', server });
    }
  });
  return {
    buffer: state.buffer,
    server: state.server,
    clear: () => dispatch({ type: 'clear' }),
    /** A line of the app's own, e.g. the outcome of a database reset. */
    note: (text: string) => dispatch({ type: 'note', text }),
  };
}
