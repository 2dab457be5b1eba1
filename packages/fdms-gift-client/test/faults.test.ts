// Every applicable simulator fault mode against the client: the right error, the original sent
// once, the 0704 timeout reversal sent where the outcome is unknown, and the ledger restored.

import type { FaultMode } from '@paywire/simulator';
import { TransportErrorCode } from '@paywire/transport-https';
import { describe, expect, it } from 'vitest';
import { GiftClientErrorCode } from '../src/index.js';
import { AT, CARDS, type Harness, rejection, withGift } from './helpers.js';

const card = { cardNumber: CARDS.active.cardNumber };
const redeem = (h: Harness, timeoutMs?: number) =>
  h.client.redeemCard({ card, amount: 1_000, at: AT }, timeoutMs === undefined ? {} : { timeoutMs });
const only = (code: string) => (r: { operation?: string }) => r.operation === code;

interface Expectation {
  mode: FaultMode;
  delayMs?: number;
  timeoutMs?: number;
  code: number | number[];
  outcome: 'unknown' | 'not-sent';
  /** What the reversal found: the host applied the redemption or never saw it. */
  reversal: 'reversed' | 'not-found' | undefined;
}

const CASES: Expectation[] = [
  { mode: 'drop', code: TransportErrorCode.HOST_DISCONNECTED, outcome: 'unknown', reversal: 'not-found' },
  {
    mode: 'delay',
    delayMs: 1_500,
    timeoutMs: 300,
    code: TransportErrorCode.NO_RESPONSE,
    outcome: 'unknown',
    reversal: 'reversed',
  },
  { mode: 'truncate', code: TransportErrorCode.RESPONSE_TRUNCATED, outcome: 'unknown', reversal: 'reversed' },
  // Random bytes: not UTF-8 (502) or not XML (529); either way the answer is unreadable.
  { mode: 'garbage', code: [502, 529], outcome: 'unknown', reversal: 'reversed' },
  {
    mode: 'disconnect-mid',
    code: [TransportErrorCode.RESPONSE_TRUNCATED, TransportErrorCode.HOST_DISCONNECTED],
    outcome: 'unknown',
    reversal: 'reversed',
  },
  { mode: 'http-5xx', code: 151, outcome: 'unknown', reversal: 'not-found' },
  { mode: 'return-code-205', code: 531, outcome: 'unknown', reversal: 'reversed' },
  { mode: 'datawire-retry', code: 530, outcome: 'not-sent', reversal: undefined },
];

describe('fault modes on a redemption', () => {
  for (const c of CASES) {
    it(`${c.mode}: ${c.outcome}${c.reversal ? `, reversal ${c.reversal}` : ', no reversal'}, balance restored`, () =>
      withGift(async (h) => {
        await h.client.start();
        h.sim.faults.add('datawire', {
          mode: c.mode,
          match: only('2202'),
          ...(c.delayMs !== undefined ? { delayMs: c.delayMs } : {}),
        });
        const started = Date.now();
        const e = await rejection(redeem(h, c.timeoutMs));
        expect(Date.now() - started).toBeLessThan(2_000);
        expect([c.code].flat()).toContain(e.code);
        expect(e.outcome).toBe(c.outcome);
        expect(e.requestCode).toBe('2202');
        // The original went out exactly once; the only other request is the protocol's reversal.
        expect(h.sent('2202')).toBe(1);
        if (c.mode !== 'delay') expect(h.received('2202')).toBe(1);
        if (c.reversal === undefined) {
          expect(e.reversal).toBeUndefined();
          expect(h.sent('0704')).toBe(0);
          expect(e.datawireStatus).toBe('Retry');
          expect(e.retryable).toBe(true);
        } else {
          expect(e.reversal!.status).toBe(c.reversal);
          expect(e.reversal!.attempts).toBe(1);
          expect(e.reversal!.result!.responseCode).toBe(c.reversal === 'reversed' ? '00' : '33');
          expect(e.reversal!.result!.originalRequestCode).toBe('2202');
          expect(h.sent('0704')).toBe(1);
          expect(h.received('0704')).toBe(1);
          expect(e.message).toMatch(new RegExp(`timeout reversal ${c.reversal}`));
        }
        expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
        const tx = h.host.ledger.transactions(CARDS.active.cardNumber);
        expect(tx.every((t) => t.state !== 'applied')).toBe(true);
        // Both outcomes in the JSON, no card data.
        const json = JSON.stringify(e);
        expect(json).not.toContain(CARDS.active.cardNumber);
        expect(JSON.parse(json)).toMatchObject({ outcome: c.outcome, requestCode: '2202' });
      }));
  }
});

describe('reversal rules', () => {
  it('a reversal whose own outcome is unknown is sent again (bounded), then succeeds', () =>
    withGift(async (h) => {
      await h.client.start();
      h.sim.faults.add('datawire', { mode: 'return-code-205', match: only('2202') });
      h.sim.faults.add('datawire', { mode: 'drop', match: only('0704') });
      const e = await rejection(redeem(h));
      expect(e.reversal).toMatchObject({ status: 'reversed', attempts: 2 });
      expect(e.reversal!.errors.map((x) => x.code)).toEqual([TransportErrorCode.HOST_DISCONNECTED]);
      expect(h.sent('2202')).toBe(1);
      expect(h.sent('0704')).toBe(2);
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
    }));

  it('when every reversal attempt fails the error says so; reverseLast() finishes the job later', () =>
    withGift(
      async (h) => {
        await h.client.start();
        h.sim.faults.add('datawire', { mode: 'truncate', match: only('2202') });
        h.sim.faults.add('datawire', { mode: 'http-5xx', times: 2, match: only('0704') });
        const e = await rejection(redeem(h));
        expect(e.code).toBe(TransportErrorCode.RESPONSE_TRUNCATED);
        expect(e.reversal).toMatchObject({ status: 'failed', attempts: 2 });
        expect(e.reversal!.errors.map((x) => x.code)).toEqual([151, 151]);
        expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
        const r = await h.client.reverseLast();
        expect(r).toMatchObject({ responseCode: '00', newBalance: 10_000 });
        expect(h.sent('0704')).toBe(3);
      },
      { client: { reversalAttempts: 2 } },
    ));

  it('autoReverse false: no reversal, the caller reverses with reverseLast()', () =>
    withGift(
      async (h) => {
        await h.client.start();
        h.sim.faults.add('datawire', { mode: 'return-code-205', match: only('2202') });
        const e = await rejection(redeem(h));
        expect(e.reversal).toMatchObject({ status: 'disabled', attempts: 0 });
        expect(h.sent('0704')).toBe(0);
        expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
        expect((await h.client.reverseLast()).responseCode).toBe('00');
        expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      },
      { client: { autoReverse: false } },
    ));

  it('a balance inquiry with an unknown outcome needs no reversal', () =>
    withGift(async (h) => {
      await h.client.start();
      h.sim.faults.add('datawire', { mode: 'drop', match: only('2400') });
      const e = await rejection(h.client.balanceInquiry({ card, at: AT }));
      expect(e.outcome).toBe('unknown');
      expect(e.reversal).toMatchObject({ status: 'not-required' });
      expect(h.sent('0704')).toBe(0);
    }));

  it('an abort after sending leaves the outcome unknown; the reversal still goes out', () =>
    withGift(async (h) => {
      await h.client.start();
      h.sim.faults.add('datawire', { mode: 'delay', delayMs: 400, match: only('2202') });
      const abort = new AbortController();
      setTimeout(() => abort.abort(), 100);
      const e = await rejection(
        h.client.redeemCard({ card, amount: 1_000, at: AT }, { signal: abort.signal }),
      );
      expect(e.code).toBe(TransportErrorCode.ABORTED);
      expect(e.outcome).toBe('unknown');
      expect(e.reversal!.status).toBe('reversed');
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
    }));

  it('a reload, an activation and a void are reversed the same way', () =>
    withGift(async (h) => {
      await h.client.start();
      h.sim.faults.add('datawire', { mode: 'truncate', match: only('2300') });
      h.sim.faults.add('datawire', { mode: 'return-code-205', match: only('2104') });
      const e1 = await rejection(h.client.reload({ card, amount: 2_000, at: AT }));
      expect(e1.reversal!.status).toBe('reversed');
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      const e2 = await rejection(
        h.client.activateCard({ card: { cardNumber: CARDS.inactive.cardNumber }, amount: 500, at: AT }),
      );
      expect(e2.reversal!.status).toBe('reversed');
      expect(h.host.ledger.card(CARDS.inactive.cardNumber)).toMatchObject({ status: 'inactive', balance: 0 });
      const r = await redeem(h);
      h.sim.faults.add('datawire', { mode: 'garbage', match: only('2800') });
      const e3 = await rejection(
        h.client.voidTransaction({
          card,
          voidType: 'redemption',
          amount: 1_000,
          transactionNumber: r.transactionNumber!,
          at: AT,
        }),
      );
      expect(e3.reversal!.status).toBe('reversed');
      // The void is undone, the redemption stands.
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
    }));

  it('a Datawire status that is not OK on a transaction is not reversed (530, not sent)', () =>
    withGift(async (h) => {
      const client = h.client;
      await client.start();
      h.sim.faults.add('datawire', { mode: 'datawire-retry', match: only('2600') });
      const e = await rejection(client.cashOut({ card, at: AT }));
      expect(e).toMatchObject({ code: 530, outcome: 'not-sent', datawireStatus: 'Retry' });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      expect(e.code).not.toBe(GiftClientErrorCode.CLIENT_REF_MISMATCH);
    }));

  it('faults on discovery: the start fails without sending any transaction, and recovers', () =>
    withGift(async (h) => {
      for (const mode of ['drop', 'garbage', 'http-5xx', 'truncate', 'datawire-retry'] as const) {
        h.sim.faults.add('datawire', { mode, match: (r) => r.operation === 'ServiceDiscovery' });
        const e = await rejection(h.client.balanceInquiry({ card, at: AT }));
        expect(e.requestCode).toBeUndefined();
        expect(h.sent('2400')).toBe(0);
      }
      expect((await h.client.balanceInquiry({ card, at: AT })).approved).toBe(true);
    }));
});
