/**
 * `pnpm --filter @paywire/gateway start`: starts the simulators and the gateway in one process for
 * local play, prints the merchants, their API keys and a curl example, and runs until Ctrl-C.
 * Data goes to `.data/gateway.db` (override with PAYWIRE_GATEWAY_DB); the card data key is made up
 * per run unless PAYWIRE_CARD_DATA_KEY is set (then a restart can still settle what is stored).
 */

import { randomBytes } from 'node:crypto';
import { startSimulators } from '@paywire/simulator';
import { createGateway } from './server.js';
import { SIMULATOR_API_KEYS, simulatorConfig } from './simulator-config.js';

const sim = await startSimulators();
const cardDataKey = process.env.PAYWIRE_CARD_DATA_KEY ?? randomBytes(32).toString('base64');
const config = simulatorConfig(sim, {
  storage: { kind: 'sqlite', file: process.env.PAYWIRE_GATEWAY_DB ?? '.data/gateway.db' },
  cardDataKey,
  port: Number(process.env.PORT ?? 8080),
});
const gateway = await createGateway({
  config,
  log: { level: 'info', write: (line) => process.stdout.write(line) },
});
const url = await gateway.listen();
console.log(`\npaywire gateway on ${url} (simulators on loopback)\n`);
for (const [id, key] of Object.entries(SIMULATOR_API_KEYS))
  console.log(`  merchant ${id.padEnd(16)} Bearer ${key}`);
console.log('\n  Try the requests in apps/gateway/README.md (Ctrl-C to stop).\n');

const stop = async () => {
  await gateway.close();
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
