import { expect, it } from 'vitest';

// Every published package registers its error codes in core's shared table when it loads; two
// packages giving one number different names would throw at import. Load them all in one process,
// as an application using several of them would.
const PACKAGES = [
  '@paywire/core',
  '@paywire/tsys',
  '@paywire/paymentech',
  '@paywire/datawire',
  '@paywire/fdms-gift',
  '@paywire/trustcommerce',
  '@paywire/transport-common',
  '@paywire/transport-tls',
  '@paywire/transport-https',
  '@paywire/simulator',
  '@paywire/tsys-client',
  '@paywire/paymentech-client',
  '@paywire/fdms-gift-client',
  '@paywire/tclink',
];

it('every package loads together with the others (no clashing error codes)', async () => {
  const loaded = [];
  for (const name of PACKAGES) loaded.push(await import(name));
  expect(loaded).toHaveLength(PACKAGES.length);
  const core = loaded[0] as typeof import('@paywire/core');
  expect(core.errorNameOf(518)).toBe('LRC_CHECK_FAILED');
  expect(core.errorNameOf(522)).toBe('HOST_DISCONNECTED');
});
