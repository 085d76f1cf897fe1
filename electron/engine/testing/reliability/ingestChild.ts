import { requireCase } from '../../case/requireCase';
import { createEngine } from '../../createEngine';
import { addSource } from '../../sources/addSource';

/**
 * Child process of the crash-safety test: opens the case, loads the small file, then loads the big one and,
 * once its rows are inserted but not committed, prints `LOADING` and waits there for the parent's SIGKILL
 * (`DONE` would mean the load finished, which the pause rules out).
 * Usage: node --import tsx ingestChild.ts <caseDir> <userDataDir> <small.csv> <big.csv>
 */
async function main(caseDir: string, userDataDir: string, small: string, big: string): Promise<void> {
  const engine = createEngine({ userDataDir, transport: 'http' });
  await engine.service.openCase({ dir: caseDir, create: true });
  const first = await engine.service.addSource({ path: small, kind: 'transfer' });
  process.stdout.write(`SMALL ${first.id} ${first.rowsLoaded}\n`);
  const midLoad = async () => {
    process.stdout.write('LOADING\n');
    // A timer keeps the process alive: a bare pending promise would let Node exit and drop the case lock.
    await new Promise(() => setInterval(() => undefined, 60_000));
  };
  await addSource(requireCase(engine.ctx), { file: big, kind: 'transfer', maxRejectShare: 0, beforeCommit: midLoad });
  process.stdout.write('DONE\n');
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
