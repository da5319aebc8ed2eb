import type { ServerFailure } from '../../../src-main/contract/api.js';

const TITLES: Record<ServerFailure['reason'], string> = {
  syntax: 'Your code has a syntax error',
  crash: 'Your server crashed while starting',
  'start-timeout': 'Your server did not start in time',
  memory: 'Your server ran out of memory',
  'not-listening': 'Your server never started listening',
};

const HINTS: Record<ServerFailure['reason'], string> = {
  syntax: 'Fix the error below, then run the checks again.',
  crash: 'The error below stopped it. Read it from the top: the first line usually names the problem.',
  'start-timeout': 'Make sure your code calls listen() on the port it is given, and does not wait forever before that.',
  memory: 'Something kept growing without limit: look for a loop that never ends or data that is never let go.',
  'not-listening': 'Make sure your code calls listen() with the port it is given.',
};

/** The run could not reach the checks because the learner's server did not come up: say why, in words. */
export function ServerFailureNotice({ failure }: { failure: ServerFailure }) {
  return (
    <div className="server-failure" role="alert">
      <h3>{TITLES[failure.reason]}</h3>
      <p className="server-failure-message">{failure.message}</p>
      <p className="muted">{HINTS[failure.reason]}</p>
      {failure.output.trim() !== '' && (
        <>
          <h4>What your server printed</h4>
          <pre className="body-block server-failure-output">{failure.output}</pre>
        </>
      )}
    </div>
  );
}
