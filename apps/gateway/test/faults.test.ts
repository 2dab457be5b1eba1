/**
 * Fault matrix (issue 12): every simulator fault mode that means something for a host, applied to a
 * sale (or a gift redemption) sent through the gateway with an Idempotency-Key. Each case checks
 * the gateway's status and error JSON, the host's own state (at most one charge, and it reversed
 * where the protocol has a reversal: TSYS repeat + 59, Paymentech 46, gift 0704), that the gateway
 * stored nothing it could settle, and that a retry with the same key sends nothing again.
 * Then the TSYS settlement close with each fault on the batch answer: resent once, never deposited twice.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DATAWIRE_TEST_CARDS,
  type FaultMode,
  type HostName,
  type Simulators,
  startSimulators,
} from '@paywire/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayConfig } from '../src/config.js';
import { createGateway, type Gateway } from '../src/server.js';
import { SIMULATOR_API_KEYS, simulatorConfig } from '../src/simulator-config.js';
import { KEYED_VISA } from './helpers.js';

let sim: Simulators;
let gw: Gateway;
let url: string;

/** Short client timeouts, so `delay` (answer after 1.5 s) is a lost answer within the test budget. */
const TIMEOUT_MS = 800;
const DELAY_MS = 1_500;

beforeAll(async () => {
  sim = await startSimulators();
  const dir = mkdtempSync(join(tmpdir(), 'paywire-gateway-faults-'));
  const config: GatewayConfig = simulatorConfig(sim, {
    storage: { kind: 'sqlite', file: join(dir, 'gateway.db') },
    cardDataKey: randomBytes(32).toString('base64'),
  });
  const m = config.merchants;
  const tsys = m['tsys-store'];
  const ptech = m['paymentech-shop'];
  const tc = m['tc-shop'];
  if (tsys?.processor !== 'tsys' || ptech?.processor !== 'paymentech' || tc?.processor !== 'trustcommerce')
    throw new Error('unexpected simulator configuration');
  tsys.tsys.timeouts = { responseMs: TIMEOUT_MS, settlementMs: TIMEOUT_MS };
  if (tsys.gift) tsys.gift.timeouts = { transactionMs: TIMEOUT_MS };
  ptech.paymentech.timeouts = { connectMs: 2_000, responseMs: TIMEOUT_MS };
  tc.trustcommerce.timeouts = { connectMs: 2_000, totalConnectMs: 2_000, responseMs: TIMEOUT_MS };
  gw = await createGateway({ config });
  url = await gw.listen();
});

afterAll(async () => {
  await gw?.close();
  await sim?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are read as loose JSON in the tests
async function post(merchant: string, path: string, body: unknown, key?: string): Promise<any> {
  const auth = SIMULATOR_API_KEYS[merchant as keyof typeof SIMULATOR_API_KEYS];
  const res = await fetch(`${url}/v1/merchants/${merchant}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key === undefined ? {} : { 'idempotency-key': key }),
      ...(auth === undefined ? {} : { authorization: `Bearer ${auth}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json(), replayed: res.headers.get('idempotent-replayed') };
}

/** Applies one fault to the next matching request of `host`, runs `fn`, and checks the fault was used. */
async function withFault<T>(
  host: HostName,
  mode: FaultMode,
  fn: () => Promise<T>,
  match?: (r: { kind: string; operation?: string }) => boolean,
): Promise<T> {
  sim.faults.clear();
  sim.faults.add(host, { mode, delayMs: DELAY_MS, ...(match ? { match } : {}) });
  try {
    const out = await fn();
    expect(sim.faults.pending(host), `the ${mode} fault was applied`).toBe(0);
    return out;
  } finally {
    sim.faults.clear();
  }
}

/** What the gateway itself stored for an amount (nothing, for a sale whose outcome stayed unknown). */
async function stored(merchant: string, amount: number) {
  return (await gw.store.listTransactions(merchant)).filter((t) => t.amount === amount);
}

let nextAmount = 6_000;
/** A fresh amount per case (cents 00: the TSYS simulator approves them), so host records name the case. */
const freshAmount = () => {
  nextAmount += 100;
  return nextAmount;
};

/** The retry with the same key: the stored answer, nothing sent again. */
async function expectReplay(
  merchant: string,
  path: string,
  body: unknown,
  key: string,
  first: { status: number; body: unknown },
  hostCount: () => number,
) {
  const before = hostCount();
  const again = await post(merchant, path, body, key);
  expect(again.status).toBe(first.status);
  expect(again.body).toEqual(first.body);
  expect(again.replayed).toBe('true');
  expect(hostCount()).toBe(before);
}

const UNKNOWN = { code: 807, name: 'PROCESSOR_OUTCOME_UNKNOWN', family: 'gateway', outcome: 'unknown' };

describe('TSYS (socket, interleaved): repeat + 59 reversal after a lost answer', () => {
  const cases: [FaultMode, string][] = [
    ['drop', 'HOST_DISCONNECTED'],
    ['delay', 'PENDING_RESPONSE_TIMEOUT'],
    ['truncate', 'RESPONSE_TRUNCATED'],
    ['corrupt-lrc', 'LRC_CHECK_FAILED'],
    ['wrong-parity', 'PARITY_ERROR'],
    ['garbage', 'CORRUPT_RESPONSE'],
    ['nak', 'HOST_NAK'],
    ['disconnect-mid', 'RESPONSE_TRUNCATED'],
  ];
  for (const [mode, upstream] of cases) {
    it(`${mode}: 502 ${upstream}, one authorization at the host and it is reversed; the retry sends nothing`, async () => {
      const amount = freshAmount();
      const body = { amount, capture: true, card: KEYED_VISA };
      const key = `tsys-${mode}`;
      const auths = () => [...sim.tsys!.authorizations.values()].filter((a) => a.requestedAmount === amount);
      const r = await withFault(
        'tsys',
        mode,
        () => post('tsys-store', '/payments', body, key),
        (q) => q.kind === 'tsys-auth-request',
      );
      expect(r.status).toBe(502);
      expect(r.body.error).toMatchObject({ ...UNKNOWN, upstream: { name: upstream, family: 'tsys-client' } });
      expect(r.body.error.reversal).toMatchObject({ status: 'reversed', message: '59', responseCode: '00' });
      const host = auths();
      expect(host).toHaveLength(1); // the repeat (66) got the original's answer, not a second hold
      expect(host[0]).toMatchObject({ approvedAmount: amount, reversed: true });
      expect(await stored('tsys-store', amount)).toEqual([]); // nothing for a batch to pick up
      await expectReplay('tsys-store', '/payments', body, key, r, () => sim.tsys!.authorizations.size);
    });
  }
});

describe('Paymentech NetConnect: reversal advice 46 after a lost or unreadable answer', () => {
  const processed: [FaultMode, string][] = [
    ['drop', 'HOST_DISCONNECTED'],
    ['delay', 'NO_RESPONSE'],
    ['truncate', 'TRUNCATED'],
    ['corrupt-lrc', 'LRC_CHECK_FAILED'],
    ['garbage', 'CORRUPT_RESPONSE'],
    ['disconnect-mid', 'RESPONSE_TRUNCATED'],
    ['netconnect-error', 'NETCONNECT_ERROR'],
  ];
  const txs = (amount: number) => sim.paymentech!.state.transactions().filter((t) => t.amount === amount);
  for (const [mode, upstream] of processed) {
    it(`${mode}: 502 ${upstream}, the sale reversed by a 46; the retry sends nothing`, async () => {
      const amount = freshAmount();
      const body = { amount, capture: true, card: KEYED_VISA };
      const key = `ptech-${mode}`;
      const r = await withFault('paymentech', mode, () => post('paymentech-shop', '/payments', body, key));
      expect(r.status).toBe(502);
      expect(r.body.error).toMatchObject({
        ...UNKNOWN,
        upstream: { name: upstream, family: 'paymentech-client' },
      });
      expect(r.body.error.reversal).toMatchObject({
        status: 'sent',
        message: '46',
        responseText: 'REVERSED',
      });
      const host = txs(amount);
      expect(host.filter((t) => t.transactionCode === '01').map((t) => t.state)).toEqual(['reversed']);
      expect(host.filter((t) => t.transactionCode === '46')).toHaveLength(1);
      expect(await stored('paymentech-shop', amount)).toEqual([]);
      await expectReplay(
        'paymentech-shop',
        '/payments',
        body,
        key,
        r,
        () => sim.paymentech!.state.transactions().length,
      );
    });
  }

  it('http-5xx: 502, the host never processed the sale; the 46 finds no original', async () => {
    const amount = freshAmount();
    const body = { amount, capture: true, card: KEYED_VISA };
    const r = await withFault('paymentech', 'http-5xx', () =>
      post('paymentech-shop', '/payments', body, 'ptech-5xx'),
    );
    expect(r.status).toBe(502);
    expect(r.body.error).toMatchObject({ ...UNKNOWN, upstream: { name: 'NETCONNECT_ERROR' } });
    expect(r.body.error.reversal).toMatchObject({
      status: 'sent',
      message: '46',
      responseText: 'NO ORIGINAL FOUND',
    });
    const host = txs(amount);
    expect(host.filter((t) => t.transactionCode === '01')).toEqual([]);
    expect(host.filter((t) => t.transactionCode === '46')).toHaveLength(1);
    await expectReplay(
      'paymentech-shop',
      '/payments',
      body,
      'ptech-5xx',
      r,
      () => sim.paymentech!.state.transactions().length,
    );
  });
});

describe('TrustCommerce TCLink: no reversal in the protocol; one charge at most', () => {
  const cases: [FaultMode, string][] = [
    ['drop', 'HOST_DISCONNECTED'],
    ['delay', 'NO_RESPONSE'],
    ['truncate', 'RESPONSE_TRUNCATED'],
    ['garbage', 'RESPONSE_TRUNCATED'],
    ['disconnect-mid', 'RESPONSE_TRUNCATED'],
  ];
  for (const [mode, upstream] of cases) {
    it(`${mode}: 502 ${upstream} (reversal none), exactly one sale at the host; the retry sends nothing`, async () => {
      const amount = freshAmount();
      const body = { amount, capture: true, card: KEYED_VISA };
      const key = `tc-${mode}`;
      const r = await withFault('trustcommerce', mode, () => post('tc-shop', '/payments', body, key));
      expect(r.status).toBe(502);
      expect(r.body.error).toMatchObject({ ...UNKNOWN, upstream: { name: upstream, family: 'tclink' } });
      expect(r.body.error.reversal).toEqual({ status: 'none' });
      // The host processed it before the fault: one sale, never two (TCLink never resends a written request).
      const host = sim.trustcommerce!.state.transactions().filter((t) => t.amount === amount);
      expect(host.map((t) => `${t.action}:${t.status}`)).toEqual(['sale:approved']);
      expect(await stored('tc-shop', amount)).toEqual([]);
      await expectReplay(
        'tc-shop',
        '/payments',
        body,
        key,
        r,
        () => sim.trustcommerce!.state.transactions().length,
      );
    });
  }
});

describe('gift (Datawire): 0704 timeout reversal after an unknown outcome', () => {
  const card = { number: DATAWIRE_TEST_CARDS.active.cardNumber, scv: DATAWIRE_TEST_CARDS.active.scv };
  const ledger = () => sim.datawire!.ledger;
  const cases: [FaultMode, string, 'reversed' | 'not-found'][] = [
    ['drop', 'HOST_DISCONNECTED', 'not-found'],
    ['http-5xx', 'HTTP_PROTOCOL_ERROR', 'not-found'],
    ['delay', 'NO_RESPONSE', 'reversed'],
    ['truncate', 'RESPONSE_TRUNCATED', 'reversed'],
    ['disconnect-mid', 'RESPONSE_TRUNCATED', 'reversed'],
    ['garbage', 'INVALID_FORMAT', 'reversed'],
    ['return-code-205', 'RETURN_CODE_ERROR', 'reversed'],
  ];
  let giftAmount = 10;
  for (const [mode, upstream, reversal] of cases) {
    it(`${mode}: 502 ${upstream}, 0704 ${reversal}, the balance unchanged; the retry sends nothing`, async () => {
      giftAmount += 1;
      const amount = giftAmount;
      const body = { card, amount };
      const key = `gift-${mode}`;
      const before = ledger().balance(card.number);
      const r = await withFault(
        'datawire',
        mode,
        () => post('tsys-store', '/gift/redeem', body, key),
        (q) => q.operation === '2202',
      );
      expect(r.status).toBe(502);
      expect(r.body.error).toMatchObject({
        ...UNKNOWN,
        upstream: { name: upstream, family: 'fdms-gift-client' },
      });
      expect(r.body.error.reversal).toMatchObject({ status: reversal, message: '0704' });
      expect(ledger().balance(card.number)).toBe(before);
      const mine = ledger()
        .transactions(card.number)
        .filter((t) => t.requestCode === '2202' && t.requestedAmount === amount);
      expect(mine.map((t) => t.state)).toEqual(reversal === 'reversed' ? ['reversed'] : []);
      expect(await stored('tsys-store', amount)).toEqual([]);
      await expectReplay('tsys-store', '/gift/redeem', body, key, r, () => ledger().transactions().length);
    });
  }

  it('datawire-retry: 503 not sent, the key is free again and the retry redeems exactly once', async () => {
    giftAmount += 1;
    const amount = giftAmount;
    const body = { card, amount };
    const before = ledger().balance(card.number) ?? Number.NaN;
    const r = await withFault(
      'datawire',
      'datawire-retry',
      () => post('tsys-store', '/gift/redeem', body, 'gift-retry'),
      (q) => q.operation === '2202',
    );
    expect(r.status).toBe(503);
    expect(r.body.error).toMatchObject({ code: 806, name: 'PROCESSOR_NOT_REACHED', outcome: 'not-sent' });
    expect(ledger().balance(card.number)).toBe(before);
    const again = await post('tsys-store', '/gift/redeem', body, 'gift-retry');
    expect(again.status).toBe(201);
    expect(again.replayed).toBeNull();
    expect(ledger().balance(card.number)).toBe(before - amount);
    const third = await post('tsys-store', '/gift/redeem', body, 'gift-retry');
    expect(third.replayed).toBe('true');
    expect(third.body.id).toBe(again.body.id);
    expect(ledger().balance(card.number)).toBe(before - amount);
  });
});

describe('TSYS settlement: a batch answer lost or unreadable is resent once and deposited once', () => {
  const modes: FaultMode[] = [
    'drop',
    'delay',
    'truncate',
    'corrupt-lrc',
    'wrong-parity',
    'garbage',
    'nak',
    'disconnect-mid',
  ];
  for (const mode of modes) {
    it(`${mode} on the batch answer: 502, then the same batch number again, one batch at the host`, async () => {
      const amount = freshAmount();
      const sale = await post(
        'tsys-store',
        '/payments',
        { amount, capture: true, card: KEYED_VISA },
        `s-${mode}`,
      );
      expect(sale.status).toBe(201);
      const close = await withFault(
        'tsys',
        mode,
        () => post('tsys-store', '/settlement/close', {}, `close-${mode}`),
        (q) => q.kind === 'tsys-settlement',
      );
      expect(close.status).toBe(502);
      expect(close.body.error).toMatchObject(UNKNOWN);
      const held = (await stored('tsys-store', amount))[0];
      expect(held?.batchId).not.toBeNull();
      const batch = await gw.store.getBatch('tsys-store', held!.batchId!);
      expect(batch?.status).toBe('closing');
      // The same key replays the 502; a new close resends the batch under the same number.
      const replay = await post('tsys-store', '/settlement/close', {}, `close-${mode}`);
      expect(replay.body).toEqual(close.body);
      const again = await post('tsys-store', '/settlement/close', {}, `close-${mode}-again`);
      expect(again.status).toBe(200);
      expect(['accepted', 'duplicate']).toContain(again.body.status);
      expect(again.body.batch.batchNumber).toBe(batch!.batchNumber);
      const atHost = sim.tsys!.batches.filter((b) => b.batchNumber === batch!.batchNumber);
      expect(atHost).toHaveLength(1);
      expect(atHost[0]!.batchNetDeposit).toBe(amount);
      expect((await stored('tsys-store', amount))[0]).toMatchObject({ status: 'settled', cardSecret: null });
      const empty = await post('tsys-store', '/settlement/close', {}, `close-${mode}-empty`);
      expect(empty.body.status).toBe('empty');
    });
  }
});
