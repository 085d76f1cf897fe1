import { requireCase } from '../case/requireCase';
import { createEngine } from '../createEngine';
import { queryRows } from '../db/queryRows';

/**
 * Child process of the crash-safety test: opens the case, loads the small file, then starts loading the
 * big one and prints `LOADING` once its source row says so, `DONE` if the load ever finishes.
 * Usage: node --import tsx ingestChild.ts <caseDir> <userDataDir> <small.csv> <big.csv>
 */
async function main(caseDir: string, userDataDir: string, small: string, big: string): Promise<void> {
  const engine = createEngine({ userDataDir, transport: 'http' });
  await engine.service.openCase({ dir: caseDir, create: true });
  const first = await engine.service.addSource({ path: small, kind: 'transfer' });
  process.stdout.write(`SMALL ${first.id} ${first.rowsLoaded}\n`);
  const load = engine.service.addSource({ path: big, kind: 'transfer' }).then(() => process.stdout.write('DONE\n'));
  for (;;) {
    const rows = await requireCase(engine.ctx).withConnection((c) => queryRows<{ status: string }>(c, `SELECT status FROM sources WHERE path = $1`, [big]));
    if (rows[0]?.status === 'loading') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.stdout.write('LOADING\n');
  await load;
}

const [caseDir, userDataDir, small, big] = process.argv.slice(2);
if (!caseDir || !userDataDir || !small || !big) {
  process.stderr.write('usage: ingestChild <caseDir> <userDataDir> <small.csv> <big.csv>\n');
  process.exit(64);
}
main(caseDir, userDataDir, small, big).catch((e: Error) => {
  process.stderr.write(`ERROR ${e.message}\n`);
  process.exit(1);
});
