import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../createEngine';
import { startBridge } from '../../../server/startBridge';

/**
 * Child process of the bridge fuzz test: a real bridge over a fresh engine, serving a one-page renderer build from
 * `<work>/static`; prints `READY <port> <token>` and runs until killed, so the test can tell whether a request killed it.
 * Usage: node --import tsx bridgeChild.ts <work>
 */
async function main(work: string): Promise<void> {
  fs.mkdirSync(path.join(work, 'static'), { recursive: true });
  fs.writeFileSync(path.join(work, 'static', 'index.html'), '<!doctype html><title>fuzz</title>');
  const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  const bridge = await startBridge({ service: engine.api, staticDir: path.join(work, 'static') });
  process.stdout.write(`READY ${bridge.port} ${bridge.token}\n`);
}

const [work] = process.argv.slice(2);
if (!work) {
  process.stderr.write('usage: bridgeChild <work>\n');
  process.exit(64);
}
main(work).catch((e: Error) => {
  process.stderr.write(`ERROR ${e.message}\n`);
  process.exit(1);
});
