// Every gift operation end to end, including the seed's examples: activation, partial redemption,
// cash out, void, timeout reversal (reverseLast). Declines are data, never exceptions.

import { encryptEan } from '@paywire/fdms-gift';
import { nodeGiftCrypto } from '@paywire/fdms-gift/node';
import { DATAWIRE_TEST_WORKING_KEY, DATAWIRE_UNKNOWN_CARD } from '@paywire/simulator';
import { describe, expect, it } from 'vitest';
import { GiftClientErrorCode } from '../src/index.js';
import { AT, CARDS, rejection, withGift } from './helpers.js';

const c = (k: keyof typeof CARDS) => ({ cardNumber: CARDS[k].cardNumber });

describe('gift operations', () => {
  it('seed example: activate a card, then a balance inquiry', () =>
    withGift(async (h) => {
      const a = await h.client.activateCard({ card: c('inactive'), amount: 2_500, at: AT });
      expect(a).toMatchObject({ approved: true, responseCode: '00', requestCode: '2104', newBalance: 2_500 });
      expect(a.approvalCode).toMatch(/^\d{6}$/);
      const b = await h.client.balanceInquiry({ card: c('inactive'), at: AT });
      expect(b.newBalance).toBe(2_500);
      expect(h.host.ledger.card(CARDS.inactive.cardNumber)!.status).toBe('active');
    }));

  it('activating an active card is declined (08): data, not an exception', () =>
    withGift(async (h) => {
      const a = await h.client.activateCard({ card: c('active'), amount: 100, at: AT });
      expect(a).toMatchObject({ approved: false, responseCode: '08', responseText: 'Card already active' });
    }));

  it('virtual card activation returns the new card number and its SCV', () =>
    withGift(async (h) => {
      const a = await h.client.activateCard({
        activation: 'virtual',
        promotionCode: 1,
        amount: 1_000,
        at: AT,
      });
      expect(a.requestCode).toBe('2102');
      expect(a.cardNumber).toMatch(/^77779\d{11}$/);
      expect(h.host.ledger.balance(a.cardNumber!)).toBe(1_000);
    }));

  it('seed example: partial redemption of more than the balance takes what is there', () =>
    withGift(async (h) => {
      const r = await h.client.redeemCard({
        card: c('lowBalance'),
        amount: 800,
        redemptionType: 'partial',
        at: AT,
      });
      expect(r).toMatchObject({ approved: true, requestCode: '2202', previousBalance: 500, newBalance: 0 });
      // The amount actually redeemed is previous minus new balance: the rest is a split tender.
      expect(r.previousBalance! - r.newBalance!).toBe(500);
    }));

  it('normal redemption (sent as 2202) and a decline for an empty card (01)', () =>
    withGift(async (h) => {
      const r = await h.client.redeemCard({ card: c('active'), amount: 1_234, at: AT });
      expect(r).toMatchObject({ approved: true, requestCode: '2202', newBalance: 10_000 - 1_234 });
      const d = await h.client.redeemCard({ card: c('empty'), amount: 100, at: AT });
      expect(d).toMatchObject({ approved: false, responseCode: '01' });
    }));

  it('seed example: cash out empties the card', () =>
    withGift(async (h) => {
      const r = await h.client.cashOut({ card: c('lowBalance'), at: AT });
      expect(r).toMatchObject({ approved: true, requestCode: '2600', previousBalance: 500, newBalance: 0 });
      expect(h.host.ledger.balance(CARDS.lowBalance.cardNumber)).toBe(0);
    }));

  it('lock, then redemption with unlock by lock id (2408, 2208), and unlock only', () =>
    withGift(async (h) => {
      const l = await h.client.lockCard({ card: c('active'), amount: 3_000, at: AT });
      expect(l).toMatchObject({ approved: true, requestCode: '2408', lockAmount: 3_000 });
      expect(l.lockId).toBeDefined();
      const r = await h.client.redeemCard({
        card: c('active'),
        amount: 2_500,
        redemptionType: 'unlock',
        lockId: l.lockId!,
        at: AT,
      });
      expect(r).toMatchObject({ approved: true, requestCode: '2208', newBalance: 7_500 });
      expect(h.host.ledger.card(CARDS.active.cardNumber)!.locks).toEqual([]);
      const l2 = await h.client.lockCard({ card: c('active'), amount: 1_000, lockType: 'partial', at: AT });
      const u = await h.client.redeemCard({ card: c('active'), amount: 0, redemptionType: 'unlock', at: AT });
      expect(l2.approved && u.approved).toBe(true);
      expect(u.requestCode).toBe('2201');
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(7_500);
    }));

  it('reload (2300, 2301) and refund (2700)', () =>
    withGift(async (h) => {
      expect((await h.client.reload({ card: c('active'), amount: 500, at: AT })).newBalance).toBe(10_500);
      const m = await h.client.loadCard({ card: c('active'), amount: 500, merchantSpecific: true, at: AT });
      expect(m).toMatchObject({ requestCode: '2301', newBalance: 11_000 });
      const f = await h.client.refund({ card: c('active'), amount: 1_000, at: AT });
      expect(f).toMatchObject({ approved: true, requestCode: '2700', newBalance: 12_000 });
      const o = await h.client.refund({ card: c('active'), amount: 1, online: true, at: AT });
      expect(o.requestCode).toBe('2700');
    }));

  it('seed example: void of a redemption with the original transaction number restores the balance', () =>
    withGift(async (h) => {
      const r = await h.client.redeemCard({ card: c('active'), amount: 2_000, at: AT });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(8_000);
      const v = await h.client.voidTransaction({
        card: c('active'),
        voidType: 'redemption',
        amount: r.previousBalance! - r.newBalance!,
        transactionNumber: r.transactionNumber!,
        at: AT,
      });
      expect(v).toMatchObject({ approved: true, requestCode: '2800', newBalance: 10_000 });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
    }));

  it('void of a partial redemption uses the approved amount, void of a load and of an activation', () =>
    withGift(async (h) => {
      const p = await h.client.redeemCard({
        card: c('lowBalance'),
        amount: 900,
        redemptionType: 'partial',
        at: AT,
      });
      const v = await h.client.voidTransaction({
        card: c('lowBalance'),
        voidType: 'redemption',
        amount: p.previousBalance! - p.newBalance!,
        transactionNumber: p.transactionNumber!,
        at: AT,
      });
      expect(v.newBalance).toBe(500);
      const l = await h.client.reload({ card: c('active'), amount: 700, at: AT });
      const vl = await h.client.voidTransaction({
        card: c('active'),
        voidType: 'load',
        amount: 700,
        transactionNumber: l.transactionNumber!,
        at: AT,
      });
      expect(vl).toMatchObject({ approved: true, requestCode: '2801', newBalance: 10_000 });
      const a = await h.client.activateCard({ card: c('inactive'), amount: 1_500, at: AT });
      const va = await h.client.voidTransaction({
        card: c('inactive'),
        voidType: 'activation',
        amount: 1_500,
        transactionNumber: a.transactionNumber!,
        at: AT,
      });
      expect(va).toMatchObject({ approved: true, requestCode: '2802' });
      expect(h.host.ledger.card(CARDS.inactive.cardNumber)).toMatchObject({ status: 'inactive', balance: 0 });
    }));

  it('a void with another transaction number is declined (59)', () =>
    withGift(async (h) => {
      await h.client.redeemCard({ card: c('active'), amount: 100, at: AT });
      const v = await h.client.voidTransaction({
        card: c('active'),
        voidType: 'redemption',
        amount: 100,
        transactionNumber: '1',
        at: AT,
      });
      expect(v).toMatchObject({ approved: false, responseCode: '59' });
    }));

  it('seed example: reverseLast() undoes the last transaction (00), and says 34 the second time', () =>
    withGift(async (h) => {
      await h.client.redeemCard({ card: c('active'), amount: 4_000, at: AT });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(6_000);
      const r = await h.client.reverseLast();
      expect(r).toMatchObject({ approved: true, requestCode: '0704', originalRequestCode: '2202' });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      expect((await h.client.reverseLast()).responseCode).toBe('34');
      expect(h.sent('0704')).toBe(2);
      expect(h.sent('2202')).toBe(1);
    }));

  it('reverseLast() before any transaction is 783; a never-received original answers 33', () =>
    withGift(async (h) => {
      expect((await rejection(h.client.reverseLast())).code).toBe(GiftClientErrorCode.NOTHING_TO_REVERSE);
      const r = await h.client.redeemCard({ card: c('active'), amount: 100, at: AT });
      const other = { ...r.request, fields: { ...r.request.fields, terminalTransactionNumber: '7654321' } };
      expect((await h.client.reverse(other)).responseCode).toBe('33');
    }));

  it('transaction history (2410, 2411, 2413) decodes the records', () =>
    withGift(async (h) => {
      await h.client.redeemCard({ card: c('active'), amount: 100, at: AT });
      await h.client.reload({ card: c('active'), amount: 300, at: AT });
      const all = await h.client.transactionHistory({ card: c('active'), at: AT });
      expect(all.requestCode).toBe('2410');
      expect(all.history!.records.map((r) => r.requestCode)).toEqual(['2202', '2300']);
      const recent = await h.client.transactionHistory({ card: c('active'), history: 'recent', at: AT });
      expect(recent.requestCode).toBe('2411');
      const loads = await h.client.transactionHistory({
        card: c('active'),
        history: 'activation-reload',
        at: AT,
      });
      expect(loads.history!.records.map((r) => r.requestCode)).toEqual(['2300']);
    }));

  it('freeze, unfreeze, close; provisioning and its removal', () =>
    withGift(async (h) => {
      expect((await h.client.freezeCard({ card: c('active'), at: AT })).requestCode).toBe('2003');
      expect((await h.client.redeemCard({ card: c('active'), amount: 1, at: AT })).responseCode).toBe('70');
      expect((await h.client.unfreezeCard({ card: c('active'), at: AT })).approved).toBe(true);
      const p = await h.client.provisionCard({ card: c('active'), at: AT });
      expect(p).toMatchObject({ approved: true, requestCode: '2495' });
      expect(p.track2).toHaveLength(37);
      expect((await h.client.removeProvisioning({ card: c('active'), at: AT })).requestCode).toBe('2496');
      const x = await h.client.closeAccount({ card: c('lowBalance'), at: AT });
      expect(x).toMatchObject({ approved: true, requestCode: '2004', newBalance: 0 });
      expect(h.host.ledger.card(CARDS.lowBalance.cardNumber)!.status).toBe('closed');
    }));

  it('EAN under the working key (source 30) and SCV; a wrong SCV is 45', () =>
    withGift(async (h) => {
      const key = Uint8Array.from(DATAWIRE_TEST_WORKING_KEY.key.match(/../g)!, (x) => Number.parseInt(x, 16));
      const ean = encryptEan(nodeGiftCrypto, key, CARDS.secured.ean!);
      const client = h.client;
      const e = await client
        .balanceInquiry({ card: { ...c('secured'), encryptedEan: ean }, at: AT })
        .catch((x) => x);
      // merchantKeyId must come with an EAN: the client's merchant settings do not have it.
      expect(e.code).toBe(593);
      expect(e.outcome).toBe('not-sent');
      const s = await client.balanceInquiry({ card: { ...c('secured'), scv: CARDS.secured.scv! }, at: AT });
      expect(s.newBalance).toBe(3_000);
      expect(
        (await client.balanceInquiry({ card: { ...c('secured'), scv: '0000' }, at: AT })).responseCode,
      ).toBe('45');
      expect((await client.balanceInquiry({ card: c('secured'), at: AT })).responseCode).toBe('90');
    }));

  it('EAN with the merchant key id from the client settings', () =>
    withGift(
      async (h) => {
        const key = Uint8Array.from(DATAWIRE_TEST_WORKING_KEY.key.match(/../g)!, (x) =>
          Number.parseInt(x, 16),
        );
        const ean = encryptEan(nodeGiftCrypto, key, CARDS.secured.ean!);
        const r = await h.client.balanceInquiry({ card: { ...c('secured'), encryptedEan: ean }, at: AT });
        expect(r).toMatchObject({ approved: true, newBalance: 3_000 });
        expect(r.request.fields.sourceCode).toBe('30');
      },
      {
        client: { merchant: { terminalId: '0001', merchantKeyId: DATAWIRE_TEST_WORKING_KEY.merchantKeyId } },
      },
    ));

  it('unknown card (03), expired card (05) and a generic send() of a codec-built request', () =>
    withGift(async (h) => {
      expect(
        (await h.client.balanceInquiry({ card: { cardNumber: DATAWIRE_UNKNOWN_CARD }, at: AT })).responseCode,
      ).toBe('03');
      const x = await h.client.redeemCard({ card: c('expired'), amount: 1, at: AT });
      expect(x).toMatchObject({ approved: false, responseCode: '05', cardExpirationDate: '01012020' });
      const built = (await h.client.balanceInquiry({ card: c('active'), at: AT })).request;
      expect((await h.client.send(built)).newBalance).toBe(10_000);
    }));

  it('bad input is refused before anything is sent', () =>
    withGift(async (h) => {
      const e = await rejection(h.client.redeemCard({ card: c('active'), amount: -5, at: AT }));
      expect(e.outcome).toBe('not-sent');
      expect(e.code).toBe(503);
      const e2 = await rejection(h.client.redeemCard({ card: { cardNumber: '12ab' }, amount: 5, at: AT }));
      expect(e2.code).toBe(502);
      expect(h.sim.log.forHost('datawire')).toHaveLength(0);
    }));

  it('concurrent calls each get their own answer', () =>
    withGift(async (h) => {
      const amounts = [100, 200, 300, 400, 500, 600, 700, 800];
      const results = await Promise.all(
        amounts.map((amount) => h.client.reload({ card: c('active'), amount, at: AT })),
      );
      results.forEach((r, i) => {
        expect(r.request.fields.transactionAmount).toBe(String(amounts[i]));
        expect(r.previousBalance! + amounts[i]!).toBe(r.newBalance);
        expect(r.terminalTransactionNumber).toBe(r.transactionNumber);
      });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000 + 3_600);
    }));
});
