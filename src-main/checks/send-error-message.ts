/** Network failures in the learner's words: what happened and where to look, never an errno alone. */
import { SendError } from './send-request.js';
import { seconds } from './message-format.js';

export interface Described {
  message: string;
  /** What the check was waiting for, shown on the exchange. */
  expected: string;
}

export function describeSendError(error: unknown, request: string, url: URL, timeoutMs: number): Described {
  const code = error instanceof SendError ? error.code : '';
  switch (code) {
    case 'timeout':
      return {
        expected: `an answer within ${seconds(timeoutMs)}`,
        message: `Your server did not answer ${request} within ${seconds(timeoutMs)}. Does every path through the route send a response, for example with res.json(...)?`,
      };
    case 'ECONNREFUSED':
      return {
        expected: 'a server accepting connections',
        message: `Could not send ${request}: nothing is listening on port ${url.port}. Did your server stop or crash? Its output may say why.`,
      };
    case 'ECONNRESET':
      return {
        expected: 'an answer',
        message: `Your server closed the connection without answering ${request}. Did it crash? Its output may say why.`,
      };
    case 'too-large':
      return { expected: 'a smaller answer', message: `Your server's answer to ${request} is larger than 1 MiB, too large to check.` };
    default:
      return { expected: 'an answer', message: `Could not send ${request}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
