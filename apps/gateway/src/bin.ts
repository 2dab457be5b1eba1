#!/usr/bin/env node
/**
 * `paywire-gateway <config.json>`: runs the gateway with a configuration file (see README). The
 * card data key comes from the file or PAYWIRE_CARD_DATA_KEY.
 */

import { loadConfig } from './config.js';
import { createGateway } from './server.js';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: paywire-gateway <config.json>');
  process.exit(2);
}
const gateway = await createGateway({
  config: loadConfig(path),
  log: { level: 'info', write: (line) => process.stdout.write(line) },
});
console.log(`paywire gateway listening on ${await gateway.listen()}`);
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
