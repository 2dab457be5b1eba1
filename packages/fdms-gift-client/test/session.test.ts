// Discovery, Ping (fastest provider, at start and every N transactions), registration with the
// Retry loop, merchant activation, ClientRef per exchange.

import { DATAWIRE_NEW_MERCHANT } from '@paywire/simulator';
import { describe, expect, it } from 'vitest';
import { createGiftClient, GiftClientErrorCode, isGiftClientError } from '../src/index.js';
import { AT, CARDS, rejection, withGift } from './helpers.js';

const card = { cardNumber: CARDS.active.cardNumber };

describe('service providers', () => {
  it('discovers the URLs, pings every one and sends to the fastest', () =>
    withGift(
      async (h) => {
        const ranking = await h.client.start();
        expect(ranking.map((r) => r.url).sort()).toEqual([...h.host.serviceUrls].sort());
        // Reported times 4000, 10, 2000 ms: gaps far larger than any loopback round trip, so the
        // order does not depend on how busy the machine is; the second URL is the fastest.
        expect(ranking[0]!.url).toBe(h.host.serviceUrls[1]);
        expect(ranking.map((r) => r.reportedMs)).toEqual([10, 2000, 4000]);
        const pings = h.sim.log.forHost('datawire').filter((e) => / Ping /.test(e.request));
        expect(pings).toHaveLength(3);
        const r = await h.client.balanceInquiry({ card, at: AT });
        expect(r.url).toBe(h.host.serviceUrls[1]);
        expect(r.approved).toBe(true);
      },
      { host: { providerTimesMs: [4000, 10, 2000] } },
    ));

  it('the measured round trip counts: a slow provider loses even with a low reported time', () =>
    withGift(
      async (h) => {
        const ranking = await h.client.start();
        expect(ranking[0]!.url).toBe(h.host.serviceUrls[2]);
        expect(ranking[ranking.length - 1]!.url).toBe(h.host.serviceUrls[1]);
        expect(ranking[ranking.length - 1]!.roundTripMs).toBeGreaterThanOrEqual(250);
      },
      { host: { providerTimesMs: [150, 10, 25], providerDelaysMs: [0, 300, 0] } },
    ));

  it('pings again before the 101st transaction (the seed: at start and every 100)', () =>
    withGift(async (h) => {
      const pings = () => h.sim.log.forHost('datawire').filter((e) => / Ping /.test(e.request)).length;
      for (let i = 0; i < 100; i++) await h.client.balanceInquiry({ card, at: AT });
      expect(pings()).toBe(3);
      await h.client.balanceInquiry({ card, at: AT });
      expect(pings()).toBe(6);
      expect(h.sent('2400')).toBe(101);
    }));

  it('repingEvery is configurable, and concurrent calls share one start', () =>
    withGift(
      async (h) => {
        const pings = () => h.sim.log.forHost('datawire').filter((e) => / Ping /.test(e.request)).length;
        await Promise.all([1, 2, 3].map(() => h.client.balanceInquiry({ card, at: AT })));
        expect(pings()).toBe(3);
        expect(h.sim.log.forHost('datawire').filter((e) => /ServiceDiscovery/.test(e.request))).toHaveLength(
          1,
        );
        await h.client.balanceInquiry({ card, at: AT });
        expect(pings()).toBe(6);
      },
      { client: { repingEvery: 3 } },
    ));

  it('serviceUrls skip discovery', () =>
    withGift(async (h) => {
      const client = createGiftClient({
        serviceUrls: h.host.serviceUrls,
        app: 'PAYWIRETESTGIFT1',
        did: '00077000000000000001',
        merchantId: '99000000001',
        terminalId: '00000000001',
        ca: h.sim.ca,
      });
      expect((await client.balanceInquiry({ card, at: AT })).approved).toBe(true);
      expect(h.sim.log.forHost('datawire').some((e) => /ServiceDiscovery/.test(e.request))).toBe(false);
    }));

  it('a provider that does not answer the Ping is left out', () =>
    withGift(async (h) => {
      h.sim.faults.add('datawire', { mode: 'drop', match: (r) => r.operation === 'Ping' });
      const ranking = await h.client.start();
      expect(ranking).toHaveLength(2);
    }));

  it('no provider answering is error 781 (not sent)', () =>
    withGift(async (h) => {
      h.sim.faults.add('datawire', { mode: 'http-5xx', times: 3, match: (r) => r.operation === 'Ping' });
      const e = await rejection(h.client.balanceInquiry({ card, at: AT }));
      expect(isGiftClientError(e)).toBe(true);
      expect(e.code).toBe(GiftClientErrorCode.NO_SERVICE_PROVIDER);
      expect(e.outcome).toBe('not-sent');
      expect(h.sent('2400')).toBe(0);
      // The next call starts over and works.
      expect((await h.client.balanceInquiry({ card, at: AT })).approved).toBe(true);
    }));

  it('every exchange has its own ClientRef tttttttVnnnnnn; field 15 repeats the 7 digits', () =>
    withGift(
      async (h) => {
        const a = await h.client.balanceInquiry({ card, at: AT });
        const b = await h.client.balanceInquiry({ card, at: AT });
        expect(a.clientRef).toMatch(/^\d{7}V002005$/);
        expect(b.clientRef).not.toBe(a.clientRef);
        expect(a.transactionNumber).toBe(a.clientRef.slice(0, 7));
        expect(a.terminalTransactionNumber).toBe(a.transactionNumber);
        const refs = h.sim.log
          .forHost('datawire')
          .map((e) => /ref=(\w+)/.exec(e.request)?.[1])
          .filter(Boolean);
        expect(new Set(refs).size).toBe(refs.length);
      },
      { client: { clientRefVersion: { major: 2, revision: 5 }, firstTransactionId: 9_999_998 } },
    ));
});

describe('registration and activation', () => {
  const newMerchant = (h: { host: { discoveryUrl: string; srsUrl: string }; sim: { ca: string } }) =>
    createGiftClient({
      discoveryUrl: h.host.discoveryUrl,
      registrationUrl: h.host.srsUrl,
      app: DATAWIRE_NEW_MERCHANT.app,
      merchantId: DATAWIRE_NEW_MERCHANT.mid,
      terminalId: DATAWIRE_NEW_MERCHANT.tid,
      merchant: { terminalId: '0002' },
      ca: h.sim.ca,
      registration: { retryDelayMs: 20 },
    });

  it('Retry, then OK with a DID, then Activation; the client transacts with the new DID', () =>
    withGift(
      async (h) => {
        const client = newMerchant(h);
        const e = await rejection(client.balanceInquiry({ card, at: AT }));
        expect(e.code).toBe(GiftClientErrorCode.NOT_REGISTERED);
        const reg = await client.register();
        expect(reg.attempts).toBe(3);
        expect(reg.did).toMatch(/^\d{20}$/);
        expect(client.did).toBe(reg.did);
        expect(reg.urls).toEqual(h.host.serviceUrls);
        const state = h.host.merchant(DATAWIRE_NEW_MERCHANT.mid, DATAWIRE_NEW_MERCHANT.tid)!;
        expect(state).toMatchObject({ did: reg.did, activated: true, retriesAnswered: 2 });
        const log = h.sim.log.forHost('datawire').map((x) => x.response);
        expect(log.filter((r) => /Retry/.test(r))).toHaveLength(2);
        // The merchant's first transaction (the test merchant's cards accept any merchant).
        const r = await client.balanceInquiry({ card, at: AT });
        expect(r.responseCode).toBe('00');
      },
      { host: { registrationRetries: 2 } },
    ));

  it('the Retry loop is bounded by attempts (780, not sent)', () =>
    withGift(
      async (h) => {
        const client = createGiftClient({
          discoveryUrl: h.host.discoveryUrl,
          registrationUrl: h.host.srsUrl,
          app: DATAWIRE_NEW_MERCHANT.app,
          merchantId: DATAWIRE_NEW_MERCHANT.mid,
          terminalId: DATAWIRE_NEW_MERCHANT.tid,
          ca: h.sim.ca,
          registration: { retryDelayMs: 10, maxAttempts: 4 },
        });
        const e = await rejection(client.register());
        expect(e.code).toBe(GiftClientErrorCode.REGISTRATION_INCOMPLETE);
        expect(e.name).toBe('REGISTRATION_INCOMPLETE');
        expect(e.outcome).toBe('not-sent');
        expect(h.sim.log.forHost('datawire').filter((x) => / Registration /.test(x.request))).toHaveLength(4);
        expect(client.did).toBeUndefined();
      },
      { host: { registrationRetries: 50 } },
    ));

  it('the Retry loop is bounded by time', () =>
    withGift(
      async (h) => {
        const client = createGiftClient({
          discoveryUrl: h.host.discoveryUrl,
          app: DATAWIRE_NEW_MERCHANT.app,
          merchantId: DATAWIRE_NEW_MERCHANT.mid,
          terminalId: DATAWIRE_NEW_MERCHANT.tid,
          ca: h.sim.ca,
          registration: { retryDelayMs: 100, maxAttempts: 1000, totalMs: 450 },
        });
        const started = Date.now();
        const e = await rejection(client.register());
        expect(e.code).toBe(GiftClientErrorCode.REGISTRATION_INCOMPLETE);
        expect(Date.now() - started).toBeLessThan(3_000);
        const n = h.sim.log.forHost('datawire').filter((x) => / Registration /.test(x.request)).length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(5);
      },
      { host: { registrationRetries: 50 } },
    ));

  it('an already activated merchant gets AccessDenied (530, data in the error)', () =>
    withGift(async (h) => {
      const e = await rejection(h.client.register());
      expect(e.code).toBe(530);
      expect(e.datawireStatus).toBe('AccessDenied');
      expect(e.outcome).toBe('not-sent');
    }));

  it('the datawire-retry fault on registration is one more Retry in the loop', () =>
    withGift(
      async (h) => {
        h.sim.faults.add('datawire', {
          mode: 'datawire-retry',
          match: (r) => r.operation === 'Registration',
        });
        const client = newMerchant(h);
        const reg = await client.register();
        expect(reg.attempts).toBe(2);
        expect(h.host.merchant(DATAWIRE_NEW_MERCHANT.mid, DATAWIRE_NEW_MERCHANT.tid)!.activated).toBe(true);
      },
      { host: { registrationRetries: 0 } },
    ));
});
