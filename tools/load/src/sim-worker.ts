/**
 * Child process of a load run: starts the simulators given in argv[2] (a `SimSpec` as JSON), sends
 * their endpoints, answers `records` requests and exits on `close` or when the parent goes away.
 */

import type { FromWorker, SimSpec, ToWorker } from './sim-handle.js';
import { startHosts } from './sim-handle.js';

const send = (m: FromWorker) => process.send?.(m);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{"hosts":[]}') as SimSpec;
  const hosts = await startHosts(spec);
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await hosts.close();
    process.disconnect?.();
    process.exit(0);
  };
  process.on('disconnect', () => void close());
  process.on('message', (m: ToWorker) => {
    if (m.type === 'records') send({ type: 'records', id: m.id, records: hosts.records(m.host) });
    else if (m.type === 'close') void close();
  });
  send({ type: 'ready', endpoints: hosts.endpoints });
}

main().catch((e: unknown) => {
  send({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  process.exit(1);
});
