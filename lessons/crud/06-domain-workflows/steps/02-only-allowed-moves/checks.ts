import type { Check } from 'backend-sandbox/checks';
import { ACTIONS, STATUSES, TRANSITIONS, type Status } from '../../../loans-checks.js';
import { applicationIn, aStatus, expectRefusedMove } from '../../application-checks.js';

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "approve, reject and close" */
function spoken(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words.join('');
}

/** One check per status: every action the lifecycle does not allow from it is refused. */
function refusalsFrom(status: Status): Check {
  const refused = ACTIONS.filter((action) => !TRANSITIONS[action].from.includes(status));
  return {
    name: `${capitalized(aStatus(status))} application refuses ${spoken(refused)} with 409, naming its status, and nothing changes`,
    run: async (t) => {
      const { id } = await applicationIn(t, status);
      for (const action of refused) await expectRefusedMove(t, id, action, status);
    },
  };
}

const checks: Check[] = STATUSES.map(refusalsFrom);

export default checks;
