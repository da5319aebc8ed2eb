// The attack catalog (test/fixtures/sandbox/attacks.ts) at every isolation level this machine
// has: each attack must end as the README's security section says. `npm run security:report`
// prints the same runs as a table, plus bubblewrap with the Node-level layers switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectIsolation } from '../../../src-main/sandbox/isolation.js';
import { Sandbox } from '../../../src-main/sandbox/sandbox.js';
import { attacks, openAttackGrounds, runAttack, type AttackLevel } from '../../fixtures/sandbox/attacks.js';
import { useTempDir } from '../../support/temp-dir.js';

const isolation = await detectIsolation();
const bubblewrapNote = isolation.level === 'bubblewrap' ? '' : ` — skipped: ${isolation.reason}`;
const tempDir = useTempDir('attack-grounds-');

const levels: { level: AttackLevel; title: string; sandbox: () => Sandbox; skip: boolean }[] = [
  { level: 'bubblewrap', title: `bubblewrap${bubblewrapNote}`, sandbox: () => new Sandbox(isolation), skip: isolation.level !== 'bubblewrap' },
  { level: 'permission-model', title: 'permission model only (the fallback)', sandbox: () => new Sandbox(), skip: false },
];

for (const { level, title, sandbox: makeSandbox, skip } of levels) {
  describe.skipIf(skip)(`attacks at the ${title} level`, () => {
    let sandbox: Sandbox;
    let grounds: Awaited<ReturnType<typeof openAttackGrounds>>;
    beforeAll(async () => {
      sandbox = makeSandbox();
      grounds = await openAttackGrounds(tempDir());
    });
    afterAll(async () => {
      await sandbox.stopAll();
      await grounds.close();
    });

    it.each(attacks.map((attack) => [attack.title, attack] as const))('%s', async (_title, attack) => {
      const verdict = await runAttack(sandbox, level, attack, grounds);
      expect(verdict.outcome, verdict.how).toBe(attack.expected[level]);
    });
  });
}
