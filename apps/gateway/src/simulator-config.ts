/**
 * A configuration that points four merchants at running simulators (`startSimulators`): one per
 * card processor, and gift on the TSYS merchant. Used by `pnpm start` (local play) and the tests;
 * it doubles as an example of the configuration's shape.
 */

import { DATAWIRE_TEST_MERCHANT, type Simulators } from '@paywire/simulator';
import type { GatewayConfig, StorageConfig } from './config.js';

export const SIMULATOR_API_KEYS = {
  'tsys-store': 'local-tsys-key-0123456789',
  'paymentech-shop': 'local-paymentech-key-0123456789',
  'tc-shop': 'local-tc-key-0123456789',
} as const;

export function simulatorConfig(
  sim: Simulators,
  options: { storage: StorageConfig; cardDataKey: string; port?: number },
): GatewayConfig {
  const tsys = sim.tsys;
  const ptech = sim.paymentech;
  const tc = sim.trustcommerce;
  const dw = sim.datawire;
  if (!tsys || !ptech || !tc || !dw) throw new Error('start the simulators with all four hosts');
  return {
    listen: { host: '127.0.0.1', port: options.port ?? 0 },
    storage: options.storage,
    cardDataKey: options.cardDataKey,
    merchants: {
      'tsys-store': {
        processor: 'tsys',
        apiKeys: [SIMULATOR_API_KEYS['tsys-store']],
        tsys: {
          transport: {
            kind: 'socket',
            host: tsys.socket.host,
            port: tsys.socket.port,
            ca: sim.ca,
            servername: 'localhost',
          },
          merchant: {
            acquirerBin: '999995',
            merchantNumber: '999999999911',
            storeNumber: '0011',
            terminalNumber: '9911',
            merchantCategoryCode: '5999',
            name: 'PAYWIRE TEST STORE',
            city: 'TEMPE',
            state: 'AZ',
            zip: '85284',
            developerId: '000136',
            applicationId: 'B248',
          },
          applicationType: 4,
          timeouts: { responseMs: 10_000, settlementMs: 10_000 },
          // No answer to an authorization: repeat it (EIS 1080 §6.201) and reverse what the repeat
          // approved, so a lost answer never leaves a hold the gateway does not know about.
          onUnknownOutcome: 'reverse',
          settlement: {
            header: {
              agentBankNumber: '000000',
              agentChainNumber: '000000',
              deviceCode: 'Q',
              industryCode: 'R',
            },
            parameter: { terminalIdNumber: '00000001' },
          },
        },
        gift: {
          discoveryUrl: dw.discoveryUrl,
          registrationUrl: dw.srsUrl,
          app: DATAWIRE_TEST_MERCHANT.app,
          did: DATAWIRE_TEST_MERCHANT.did,
          merchantId: DATAWIRE_TEST_MERCHANT.mid,
          terminalId: DATAWIRE_TEST_MERCHANT.tid,
          merchant: { terminalId: '0001' },
          ca: sim.ca,
          timeouts: { transactionMs: 10_000 },
        },
      },
      'paymentech-shop': {
        processor: 'paymentech',
        apiKeys: [SIMULATOR_API_KEYS['paymentech-shop']],
        paymentech: {
          urls: [ptech.url],
          credentials: {
            merchant: ptech.credentials.merchantNumber,
            terminal: ptech.credentials.terminalNumber,
            user: ptech.credentials.userId,
            password: ptech.credentials.password,
          },
          ca: sim.ca,
          servername: 'localhost',
          timeouts: { connectMs: 5_000, responseMs: 10_000 },
        },
      },
      'tc-shop': {
        processor: 'trustcommerce',
        apiKeys: [SIMULATOR_API_KEYS['tc-shop']],
        trustcommerce: {
          transport: 'socket',
          custid: 'TestMerchant',
          password: 'password',
          hosts: [{ host: '127.0.0.1', port: tc.port }],
          ca: sim.ca,
          servername: 'localhost',
          demo: true,
          timeouts: { connectMs: 5_000, totalConnectMs: 10_000, responseMs: 10_000 },
        },
      },
    },
  };
}
