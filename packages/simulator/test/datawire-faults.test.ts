import { isPaywireError } from '@paywire/core';
import { decodeResponse, deliveryOutcome, statusCodeInfo } from '@paywire/datawire';
import { balanceInquiry, redeemCard, reverseLastTransaction } from '@paywire/fdms-gift';
import { isTransportError, TransportErrorCode } from '@paywire/transport-https';
import { describe, expect, it } from 'vitest';
import { DATAWIRE_TEST_CARDS as CARDS, DATAWIRE_NEW_MERCHANT, type FaultMode } from '../src/index.js';
import {
  AT,
  decodeExchange,
  discover,
  gift,
  merchant,
  ping,
  postXml,
  register,
  transact,
  withDatawire,
} from './datawire-helpers.js';

const redemption = (n: string) =>
  redeemCard({
    merchant,
    at: AT,
    card: { cardNumber: CARDS.active.cardNumber },
    amount: 1_000,
    transactionNumber: n,
  });
const balance = () => balanceInquiry({ merchant, at: AT, card: { cardNumber: CARDS.active.cardNumber } });

async function failure(p: Promise<unknown>): Promise<{ code: number; outcome: string }> {
  try {
    await p;
  } catch (e) {
    if (!isTransportError(e)) throw e;
    return { code: e.code, outcome: e.outcome };
  }
  throw new Error('expected a transport error');
}

describe('datawire host: fault modes as a client sees them', () => {
  it('drop: the connection closes with no answer (outcome unknown); the host did not apply it', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'drop' });
      const f = await failure(transact(h, redemption('1')));
      expect(f.outcome).toBe('unknown');
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      // The client's timeout reversal then finds nothing to reverse.
      expect((await gift(h, reverseLastTransaction(redemption('1')))).responseCode).toBe('33');
      expect(h.sim.log.forHost('datawire')[0]).toMatchObject({
        fault: 'drop',
        response: 'dropped (no answer)',
      });
    }));

  it('delay: the answer comes after the client gave up (no response, outcome unknown); applied', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'delay', delayMs: 1_500 });
      const started = Date.now();
      const f = await failure(transact(h, redemption('2'), { responseTimeoutMs: 300 }));
      expect(Date.now() - started).toBeLessThan(1_400);
      expect(f).toEqual({ code: TransportErrorCode.NO_RESPONSE, outcome: 'unknown' });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
      // The reversal restores it.
      expect((await gift(h, reverseLastTransaction(redemption('2')))).newBalance).toBe(10_000);
    }));

  it('delay shorter than the client timeout: a normal answer, later', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'delay', delayMs: 200 });
      const started = Date.now();
      expect((await gift(h, balance())).newBalance).toBe(10_000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    }));

  it('truncate: half the body then the connection ends (outcome unknown); applied', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'truncate' });
      const f = await failure(transact(h, redemption('3')));
      expect(f).toEqual({ code: TransportErrorCode.RESPONSE_TRUNCATED, outcome: 'unknown' });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
    }));

  it('disconnect-mid: a few bytes then the socket is destroyed (outcome unknown); applied', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'disconnect-mid' });
      const f = await failure(transact(h, redemption('4')));
      expect(f.outcome).toBe('unknown');
      expect([TransportErrorCode.RESPONSE_TRUNCATED, TransportErrorCode.HOST_DISCONNECTED]).toContain(f.code);
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
    }));

  it('garbage: HTTP 200 whose body the Datawire codec refuses with its own error', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'garbage' });
      let caught: unknown;
      try {
        await transact(h, redemption('5'));
      } catch (e) {
        caught = e;
      }
      expect(isPaywireError(caught)).toBe(true);
      expect((caught as { family?: string }).family).toBe('datawire');
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
    }));

  it('http-5xx: HTTP 500 with an empty body; not applied', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'http-5xx' });
      const res = await postXml(h.sim, h.host.serviceUrls[0]!, '<x/>');
      expect(res.status).toBe(500);
      expect(res.body.length).toBe(0);
      expect(h.sim.log.forHost('datawire')[0]!.fault).toBe('http-5xx');
    }));

  it('datawire-retry: a transaction answers Status Retry with no payload and is not applied', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'datawire-retry', match: (r) => r.operation === '2202' });
      const x = await transact(h, redemption('6'));
      expect(x.response.status).toBe('Retry');
      expect(x.response.body).toBeUndefined();
      expect(statusCodeInfo('Retry').retryable).toBe(true);
      expect(deliveryOutcome(x.response).delivered).toBe(false);
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      // Sent again, it goes through.
      expect((await gift(h, redemption('6'))).newBalance).toBe(9_000);
    }));

  it('datawire-retry on registration: one more Retry before the DID', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'datawire-retry', match: (r) => r.operation === 'Registration' });
      const s: string[] = [];
      for (let i = 0; i < 3; i++)
        s.push(decodeExchange(await register(h, DATAWIRE_NEW_MERCHANT)).response.status);
      expect(s).toEqual(['Retry', 'Retry', 'OK']);
      expect(h.host.merchant(DATAWIRE_NEW_MERCHANT.mid, DATAWIRE_NEW_MERCHANT.tid)?.retriesAnswered).toBe(1);
    }));

  it('return-code-205: OK status, ReturnCode 205, empty payload; the transaction was applied', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'return-code-205' });
      const x = await transact(h, redemption('7'));
      expect(x.response.body).toEqual({ type: 'transaction', returnCode: '205', payload: '' });
      expect(deliveryOutcome(x.response)).toMatchObject({ delivered: false, reversalRequired: true });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
      expect(h.sim.log.forHost('datawire')[0]!.response).toMatch(
        /205 \(fault; Redemption applied with 39=00\)/,
      );
    }));

  it('faults also apply to discovery and ping, selected by operation', () =>
    withDatawire(async (h) => {
      h.sim.faults.add('datawire', { mode: 'http-5xx', match: (r) => r.operation === 'ServiceDiscovery' });
      h.sim.faults.add('datawire', { mode: 'drop', match: (r) => r.operation === 'Ping' });
      expect((await discover(h)).status).toBe(500);
      expect((await failure(ping(h, h.host.serviceUrls[0]!))).outcome).toBe('unknown');
      // Both rules are used up: the next ones answer normally.
      expect(decodeExchange(await discover(h)).response.status).toBe('OK');
      expect(decodeExchange(await ping(h, h.host.serviceUrls[0]!)).response.status).toBe('OK');
    }));

  it('framing faults of the socket hosts do not apply to Datawire: the answer is normal', async () => {
    for (const mode of ['corrupt-lrc', 'wrong-parity', 'nak'] as FaultMode[]) {
      await withDatawire(async (h) => {
        h.sim.faults.add('datawire', { mode });
        const x = await transact(h, balance());
        expect(decodeResponse(x.http.body).status).toBe('OK');
        expect(x.gift?.newBalance).toBe(10_000);
      });
    }
  });
});
