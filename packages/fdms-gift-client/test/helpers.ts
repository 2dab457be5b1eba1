// Shared set-up of the end-to-end tests: a fresh simulator per test (its own ledger) and a client
// for the simulator's registered test merchant, over real HTTPS on loopback.

import {
  DATAWIRE_TEST_CARDS,
  DATAWIRE_TEST_MERCHANT,
  DATAWIRE_UNKNOWN_CARD,
  type DatawireHost,
  type DatawireHostOptions,
  type Simulators,
  startSimulators,
} from '@paywire/simulator';
import { registerSecret } from '../../../tools/test-guard/src/index.js';
import {
  createGiftClient,
  type GiftClient,
  type GiftClientError,
  type GiftClientOptions,
  type GiftPacket,
  isGiftClientError,
} from '../src/index.js';

// The simulator's card numbers, EANs and SCV-free tracks are card data for the guard too.
for (const c of Object.values(DATAWIRE_TEST_CARDS)) registerSecret(c.cardNumber);
registerSecret(DATAWIRE_UNKNOWN_CARD);

export const CARDS = DATAWIRE_TEST_CARDS;
export const MERCHANT = DATAWIRE_TEST_MERCHANT;
/** A fixed local date and time (reproducible payloads; the sim's cards have no expiry before it). */
export const AT = { date: '06012025', time: '120000' };

export interface Harness {
  sim: Simulators;
  host: DatawireHost;
  client: GiftClient;
  packets: GiftPacket[];
  /** Transaction requests the client sent with this SVdot request code. */
  sent(code: string): number;
  /** Transaction requests the host logged with this SVdot request code. */
  received(code: string): number;
}

export function clientOptions(
  h: { sim: Simulators; host: DatawireHost },
  packets: GiftPacket[],
): GiftClientOptions {
  return {
    discoveryUrl: h.host.discoveryUrl,
    app: MERCHANT.app,
    did: MERCHANT.did,
    merchantId: MERCHANT.mid,
    terminalId: MERCHANT.tid,
    merchant: { terminalId: '0001' },
    ca: h.sim.ca,
    timeouts: { transactionMs: 3_000, pingMs: 2_000 },
    reversalRetryDelayMs: 20,
    hooks: { onPacketOut: (p) => packets.push(p), onPacketIn: (p) => packets.push(p) },
  };
}

/** Runs `fn` against a fresh Datawire host and client; always closes the host. */
export async function withGift<T>(
  fn: (h: Harness) => Promise<T>,
  options: { host?: DatawireHostOptions; client?: Partial<GiftClientOptions> } = {},
): Promise<T> {
  const sim = await startSimulators({ hosts: ['datawire'], hostOptions: { datawire: options.host ?? {} } });
  try {
    const host = sim.datawire!;
    const packets: GiftPacket[] = [];
    const client = createGiftClient({ ...clientOptions({ sim, host }, packets), ...options.client });
    // Counted on the client's side (the packet hook sees every request that goes out); the host's
    // log would miss a request whose delayed answer is still pending.
    const sent = (code: string) =>
      packets.filter((p) => p.direction === 'out' && p.service === 'Transaction' && p.requestCode === code)
        .length;
    const received = (code: string) =>
      sim.log
        .forHost('datawire')
        .filter((e) => new RegExp(`^POST \\S+ Transaction \\d+ .* ${code} `).test(e.request)).length;
    return await fn({ sim, host, client, packets, sent, received });
  } finally {
    await sim.close();
  }
}

/** The rejection of `p` (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<GiftClientError> {
  try {
    await p;
  } catch (e) {
    if (!isGiftClientError(e)) throw e;
    return e;
  }
  throw new Error('expected the call to fail');
}
