/**
 * Loopback simulators of the payment hosts paywire speaks to. Start them in-process:
 *
 *   const sim = await startSimulators();
 *   // sim.tsys.socket.port, sim.tsys.gateway.url, sim.paymentech.url, sim.datawire.discoveryUrl,
 *   // sim.trustcommerce.endpoints, sim.ca ...
 *   await sim.close();
 *
 * Every host decodes requests with the project's own codecs and answers as the processor
 * documents it. Faults are set per host and per request with `sim.faults.add(host, rule)`;
 * `sim.log` holds a masked entry for every exchange.
 */

import type { HostContext, RunningHost } from './context.js';
import { FaultController } from './faults.js';
import { ExchangeLog, type ExchangeLogEntry } from './log.js';
import { checkLoopback, type TlsMaterial } from './servers.js';
import * as fixtures from './tls-fixtures.js';

export type { HostContext, RunningHost } from './context.js';
export {
  FAULT_MODES,
  FaultController,
  type FaultMode,
  type FaultRule,
  type HostName,
  type RequestInfo,
} from './faults.js';
export { ExchangeLog, type ExchangeLogEntry } from './log.js';
export { type Listening, startHttpsServer, startTlsServer, type TlsMaterial } from './servers.js';
/** Test-only certificates (a local CA, a loopback leaf, and bad ones for negative tests). */
export * as testCertificates from './tls-fixtures.js';

import { type DatawireHost, type DatawireHostOptions, startDatawireHost } from './datawire/index.js';
import { type PaymentechHost, type PaymentechHostOptions, startPaymentechHost } from './paymentech/index.js';
// import { startTrustCommerceHost, type TrustCommerceHost, type TrustCommerceHostOptions } from './trustcommerce/index.js';
import {
  startTrustCommerceHost,
  type TrustCommerceHost,
  type TrustCommerceHostOptions,
} from './trustcommerce/index.js';
// Each host module adds itself to these three places.
import { startTsysHost, type TsysHost, type TsysHostOptions } from './tsys/index.js';

export {
  DATAWIRE_NEW_MERCHANT,
  DATAWIRE_TEST_CARDS,
  DATAWIRE_TEST_KEY_EXCHANGE,
  DATAWIRE_TEST_MERCHANT,
  DATAWIRE_TEST_WORKING_KEY,
  DATAWIRE_UNKNOWN_CARD,
  type DatawireHost,
  type DatawireHostOptions,
  type DatawireMerchant,
  type DatawireMerchantState,
  type GiftCardSetup,
  type GiftCardState,
  type GiftCardStatus,
  GiftLedger,
  type GiftLock,
  GiftService,
  type GiftServiceOptions,
  type LedgerEffect,
  type LedgerTransaction,
  type LedgerTransactionState,
  startDatawireHost,
} from './datawire/index.js';
export {
  NETCONNECT_CONTENT_TYPES,
  NETCONNECT_ERRORS,
  NETCONNECT_PATH,
  PAYMENTECH_AVS_NO_MATCH_ZIP,
  PAYMENTECH_CVV_MISMATCH,
  PAYMENTECH_DECLINE_AMOUNTS,
  PAYMENTECH_TEST_CREDENTIALS,
  type PaymentechCredentials,
  PaymentechEngine,
  type PaymentechEngineOptions,
  type PaymentechHost,
  type PaymentechHostOptions,
  type PaymentechKind,
  type PaymentechState,
  type PaymentechTransaction,
  startPaymentechHost,
} from './paymentech/index.js';
export {
  startTrustCommerceHost,
  TRUSTCOMMERCE_HTTPS_PATH,
  type TrustCommerceCredentials,
  type TrustCommerceEndpoints,
  TrustCommerceEngine,
  type TrustCommerceEngineOptions,
  type TrustCommerceHost,
  type TrustCommerceHostOptions,
  type TrustCommerceState,
  type TrustCommerceTransaction,
  type TrustCommerceVaultEntry,
} from './trustcommerce/index.js';

export {
  AUTH_CONTENT_TYPE as TSYS_AUTH_CONTENT_TYPE,
  ERROR_CONTENT_TYPE as TSYS_ERROR_CONTENT_TYPE,
  GATEWAY_PATH as TSYS_GATEWAY_PATH,
  gatewayErrorBody as tsysGatewayErrorBody,
  type InterleaveOrder as TsysInterleaveOrder,
  RESPONSE_CONTENT_TYPE as TSYS_RESPONSE_CONTENT_TYPE,
  SETTLE_CONTENT_TYPE as TSYS_SETTLE_CONTENT_TYPE,
  startTsysHost,
  type TsysAcceptedBatch,
  type TsysAuthorization,
  type TsysHost,
  type TsysHostOptions,
  tsysTestData,
} from './tsys/index.js';

/** The running hosts by name. */
export type HostMap = {
  tsys: TsysHost;
  datawire: DatawireHost;
  trustcommerce: TrustCommerceHost;
  paymentech: PaymentechHost;
};
/** Per-host options by name. */
export type HostOptionsMap = {
  tsys: TsysHostOptions;
  datawire: DatawireHostOptions;
  trustcommerce: TrustCommerceHostOptions;
  paymentech: PaymentechHostOptions;
};

type Starters = {
  [K in keyof HostMap]: (
    ctx: HostContext,
    options: HostOptionsMap[K & keyof HostOptionsMap],
  ) => Promise<HostMap[K]>;
};
const starters: Starters = {
  tsys: startTsysHost,
  datawire: startDatawireHost,
  trustcommerce: startTrustCommerceHost,
  paymentech: startPaymentechHost,
};

export interface SimulatorOptions {
  /** Which hosts to start (default: all of them). */
  hosts?: readonly (keyof HostMap)[];
  /** Loopback address to bind: 127.0.0.1 (default) or ::1. */
  bind?: '127.0.0.1' | '::1' | 'localhost';
  /** Server certificate and CA (default: the committed test certificates). */
  tls?: Partial<TlsMaterial>;
  /** Called for every exchange (entries are masked). */
  onExchange?: (entry: ExchangeLogEntry) => void;
  /** Per-host options. */
  hostOptions?: Partial<HostOptionsMap>;
}

export type Simulators = Partial<HostMap> & {
  /** PEM of the CA that issued the servers' certificate: give it to clients as `ca`. */
  ca: string;
  faults: FaultController;
  log: ExchangeLog;
  close(): Promise<void>;
};

export async function startSimulators(options: SimulatorOptions = {}): Promise<Simulators> {
  const bind = options.bind ?? '127.0.0.1';
  checkLoopback(bind);
  const material: TlsMaterial = {
    server: options.tls?.server ?? fixtures.server,
    ca: options.tls?.ca ?? fixtures.ca.cert,
    ...(options.tls?.requestClientCert ? { requestClientCert: true } : {}),
  };
  const faults = new FaultController();
  const log = new ExchangeLog();
  if (options.onExchange) log.onEntry(options.onExchange);
  const ctx: HostContext = { material, faults, log, bind };
  const wanted = options.hosts ?? (Object.keys(starters) as (keyof HostMap)[]);
  const running: Partial<Record<string, RunningHost>> = {};
  try {
    for (const name of wanted) {
      const start = starters[name] as unknown as
        | ((c: HostContext, o: unknown) => Promise<RunningHost>)
        | undefined;
      if (!start) throw new Error(`no simulator for host '${String(name)}'`);
      running[name] = await start(
        ctx,
        (options.hostOptions as Record<string, unknown> | undefined)?.[name] ?? {},
      );
    }
  } catch (e) {
    await Promise.allSettled(Object.values(running).map((h) => h!.close()));
    throw e;
  }
  return {
    ...(running as Partial<HostMap>),
    ca: material.ca,
    faults,
    log,
    async close() {
      await Promise.allSettled(Object.values(running).map((h) => h!.close()));
    },
  };
}
