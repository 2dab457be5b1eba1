// Packet hooks (masked by default, exact bytes only on request), and no card data in results'
// JSON/inspect output or in errors. Option checks before anything is sent.

import { inspect } from 'node:util';
import { errorNameOf } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { createGiftClient, GiftClientErrorCode, type GiftPacket, isGiftClientError } from '../src/index.js';
import { AT, CARDS, rejection, withGift } from './helpers.js';

const pan = CARDS.secured.cardNumber;
const card = { cardNumber: pan, scv: CARDS.secured.scv! };

describe('packet hooks', () => {
  it('are masked by default: Auth, card number, SCV', () =>
    withGift(async (h) => {
      await h.client.balanceInquiry({ card, at: AT });
      const tx = h.packets.filter((p) => p.service === 'Transaction');
      expect(tx.map((p) => p.direction)).toEqual(['out', 'in']);
      for (const p of tx) {
        expect(p.masked).toBe(true);
        expect(p.text).not.toContain(pan);
        expect(p.text).toContain(`${pan.slice(0, 6)}******${pan.slice(-4)}`);
        expect(new TextDecoder().decode(p.bytes)).toBe(p.text);
      }
      const out = tx[0]!;
      expect(out.text).toContain('<Auth>***********|***********</Auth>');
      expect(out.text).toContain('|1C32****');
      expect(out.requestCode).toBe('2400');
      expect(out.clientRef).toMatch(/^\d{7}V001000$/);
      expect(tx[1]!.httpStatus).toBe(200);
      expect(h.packets.some((p) => p.service === 'ServiceDiscovery')).toBe(true);
      expect(h.packets.filter((p) => p.service === 'Ping' && p.direction === 'out')).toHaveLength(3);
    }));

  it('give the exact bytes only when `unmasked` is set in code', () => {
    const seen: GiftPacket[] = [];
    return withGift(
      async (h) => {
        await h.client.balanceInquiry({ card, at: AT });
        const out = seen.find((p) => p.service === 'Transaction' && p.direction === 'out')!;
        expect(out.masked).toBe(false);
        expect(out.text).toContain(pan);
        expect(out.text).toContain(`<Auth>99000000001|00000000001</Auth>`);
        expect(out.text.startsWith('<?xml')).toBe(true);
      },
      { client: { hooks: { unmasked: true, onPacketOut: (p) => seen.push(p) } } },
    );
  });

  it('a hook that throws changes nothing', () =>
    withGift(
      async (h) => {
        const r = await h.client.balanceInquiry({ card, at: AT });
        expect(r.approved).toBe(true);
      },
      {
        client: {
          hooks: {
            onPacketOut: () => {
              throw new Error('boom');
            },
            onEvent: () => {
              throw new Error('boom');
            },
          },
        },
      },
    ));

  it('events report discovery, pings, the chosen provider and reversals', () => {
    const events: string[] = [];
    return withGift(
      async (h) => {
        await h.client.start();
        h.sim.faults.add('datawire', { mode: 'return-code-205', match: (r) => r.operation === '2202' });
        await rejection(h.client.redeemCard({ card, amount: 100, at: AT }));
        expect(events).toEqual(['discovery', 'ping', 'ping', 'ping', 'provider-selected', 'reversal']);
      },
      { client: { hooks: { onEvent: (e) => events.push(e.type) } } },
    );
  });
});

describe('no card data in output', () => {
  it('results: JSON.stringify and util.inspect mask the card number; the fields stay usable', () =>
    withGift(async (h) => {
      const r = await h.client.activateCard({ activation: 'virtual', promotionCode: 1, amount: 500, at: AT });
      expect(r.cardNumber).toMatch(/^\d{16}$/);
      const json = JSON.stringify(r);
      const shown = inspect(r, { depth: 5 });
      for (const text of [json, shown]) {
        expect(text).not.toContain(r.cardNumber);
        expect(text).toContain(r.cardNumber!.slice(-4));
      }
      const b = await h.client.balanceInquiry({ card, at: AT });
      for (const text of [JSON.stringify(b), inspect(b, { depth: 5 })]) {
        expect(text).not.toContain(pan);
        expect(text).not.toMatch(/securityCardValue":"9012/);
      }
    }));

  it('errors: message, JSON and inspect carry no card data; the request is there for reverse()', () =>
    withGift(async (h) => {
      await h.client.start();
      h.sim.faults.add('datawire', { mode: 'truncate', match: (r) => r.operation === '2202' });
      const e = await rejection(h.client.redeemCard({ card, amount: 100, at: AT }));
      for (const text of [e.message, JSON.stringify(e), inspect(e, { depth: 6 }), String(e.stack)]) {
        expect(text).not.toContain(pan);
      }
      expect(e.request!.fields.embossedCardNumber).toBe(pan);
      expect(Object.keys(e)).not.toContain('request');
      expect((await h.client.reverse(e.request!)).responseCode).toBe('34');
    }));
});

describe('error codes', () => {
  it('are pinned, registered by name, and clear of the other clients (paymentech-client 761-762, tclink 771, tsys-client 728)', () => {
    expect(GiftClientErrorCode).toEqual({
      REGISTRATION_INCOMPLETE: 780,
      NO_SERVICE_PROVIDER: 781,
      NOT_REGISTERED: 782,
      NOTHING_TO_REVERSE: 783,
      CLIENT_REF_MISMATCH: 784,
    });
    for (const [name, code] of Object.entries(GiftClientErrorCode)) {
      expect(errorNameOf(code)).toBe(name);
      expect([728, 761, 762, 771]).not.toContain(code);
    }
  });
});

describe('options', () => {
  it('need a discovery URL or service URLs, and valid credentials', () => {
    const base = { app: 'PAYWIRETESTGIFT1', merchantId: '99000000001', terminalId: '00000000001' };
    const e1 = (() => {
      try {
        createGiftClient(base);
      } catch (e) {
        return e;
      }
    })();
    expect(isGiftClientError(e1) && e1.code === 705 && e1.outcome === 'not-sent').toBe(true);
    expect(() =>
      createGiftClient({ ...base, app: 'bad app!', serviceUrls: ['https://127.0.0.1:1/x'] }),
    ).toThrow(/App/);
    expect(() =>
      createGiftClient({ ...base, terminalId: '', serviceUrls: ['https://127.0.0.1:1/x'] }),
    ).toThrow(/Auth/);
    expect(() =>
      createGiftClient({ ...base, serviceUrls: ['https://127.0.0.1:1/x'], timeouts: { transactionMs: 0 } }),
    ).toThrow(/transactionMs/);
  });

  it('without a DID a transaction is refused (782) before anything is sent', async () => {
    const client = createGiftClient({
      app: 'PAYWIRETESTGIFT1',
      merchantId: '99000000001',
      terminalId: '00000000001',
      serviceUrls: ['https://127.0.0.1:1/x'],
    });
    const e = await rejection(client.balanceInquiry({ card, at: AT }));
    expect(e.code).toBe(GiftClientErrorCode.NOT_REGISTERED);
    expect(e.name).toBe('NOT_REGISTERED');
  });
});
