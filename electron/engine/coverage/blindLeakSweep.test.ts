import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../testing/withTempCase';
import { blindShapes } from '../testing/blindLeak/blindLeak';
import { blindLeakKnown, blindLeakReport, blindLeakWrongs } from '../testing/blindLeak/blindLeakReport';
import { scoreBlindLeak, type BlindLeakScore } from '../testing/blindLeak/scoreBlindLeak';

/**
 * The blind leak run (docs/coverage-scenarios.md): opt-in, about a minute. `BREACHDESK_BLIND_LEAK=1 npx vitest run
 * electron/engine/coverage/blindLeakSweep.test.ts`; `BREACHDESK_BLIND_LEAK_SEEDS` seeds per file shape (3 by default),
 * `BREACHDESK_BLIND_LEAK_SHAPES` a comma list of shapes (all by default),
 * `BREACHDESK_BLIND_LEAK_OUT` names a markdown file for the figures.
 */
describe.runIf(process.env.BREACHDESK_BLIND_LEAK === '1')('PII coverage on leaks nobody here wrote', () => {
  it('classes every column, counts its shares and the people as the truth says, but for the documented limits', async () => {
    const seeds = Number(process.env.BREACHDESK_BLIND_LEAK_SEEDS ?? 3);
    const shapes = blindShapes.filter((s) => (process.env.BREACHDESK_BLIND_LEAK_SHAPES ?? s).split(',').includes(s));
    const scores: BlindLeakScore[] = [];
    await withTempCase(async (engine, { work }) => {
      for (let seed = 1; seed <= seeds; seed += 1)
        for (const shape of shapes) scores.push(await scoreBlindLeak(engine, work, { seed, rows: [300, 1200, 4000][seed % 3] as number, shape }));
    });
    const wrongs = scores.flatMap(blindLeakWrongs);
    const known = scores.flatMap(blindLeakKnown);
    const report = `${blindLeakReport(scores)}\n\nDefects:\n${wrongs.map((w) => `- ${w}`).join('\n')}\n\nKnown limits (${known.length}):\n${known.map((w) => `- ${w}`).join('\n')}\n`;
    if (process.env.BREACHDESK_BLIND_LEAK_OUT) fs.writeFileSync(process.env.BREACHDESK_BLIND_LEAK_OUT, report);
    else console.log(report);
    expect(wrongs).toEqual([]);
  }, 600_000);
});
