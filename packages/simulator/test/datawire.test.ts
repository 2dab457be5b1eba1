import { decodeResponse, escapePayload, returnCodeInfo, transactionRequest } from '@paywire/datawire';
import {
  activateCard,
  assignMerchantWorkingKey,
  balanceInquiry,
  closeAccount,
  createWorkingKey,
  decryptEan,
  encodeRequest as encodeSvdot,
  encryptEan,
  freezeCard,
  loadCard,
  lockCard,
  provisionCard,
  redeemCard,
  reverseLastTransaction,
  transactionHistory,
  unfreezeCard,
  voidTransaction,
} from '@paywire/fdms-gift';
import { computeSharedSecret, nodeGiftCrypto } from '@paywire/fdms-gift/node';
import { describe, expect, it } from 'vitest';
import {
  DATAWIRE_TEST_CARDS as CARDS,
  DATAWIRE_NEW_MERCHANT,
  DATAWIRE_TEST_MERCHANT,
  DATAWIRE_TEST_WORKING_KEY,
  DATAWIRE_UNKNOWN_CARD,
  DATAWIRE_TEST_KEY_EXCHANGE as KX,
} from '../src/index.js';
import {
  AT,
  activate,
  decodeExchange,
  discover,
  gift,
  merchant,
  nextClientRef,
  ping,
  postXml,
  register,
  transact,
  withDatawire,
} from './datawire-helpers.js';

const card = (c: { cardNumber: string }) => ({ cardNumber: c.cardNumber });
const TEST_KEY = Uint8Array.from(Buffer.from(DATAWIRE_TEST_WORKING_KEY.key, 'hex'));
const base = { merchant, at: AT };

describe('datawire host: discovery, ping, registration, activation', () => {
  it('service discovery answers the transaction URLs of this simulator; unknown ServiceID is refused', () =>
    withDatawire(async (h) => {
      const x = decodeExchange(await discover(h));
      expect(x.response.status).toBe('OK');
      expect(x.response.body?.type).toBe('serviceDiscovery');
      const urls =
        x.response.body?.type === 'serviceDiscovery' ? x.response.body.providers.map((p) => p.url) : [];
      expect(urls).toEqual(h.host.serviceUrls);
      expect(urls).toHaveLength(3);
      for (const u of urls) expect(u.startsWith(`https://127.0.0.1:${h.host.port}/`)).toBe(true);
      const unknown = decodeExchange(await discover(h, '999'));
      expect(unknown.response.status).toBe('UnknownServiceID');
      expect(unknown.response.body).toBeUndefined();
    }));

  it('ping on every provider URL reports its cost, so a client can pick the fastest', () =>
    withDatawire(async (h) => {
      const costs: [string, number][] = [];
      for (const url of h.host.serviceUrls) {
        const x = decodeExchange(await ping(h, url));
        expect(x.response.status).toBe('OK');
        if (x.response.body?.type !== 'ping') throw new Error('not a ping response');
        expect(x.response.body.costs[0]!.serviceId).toBe('104');
        costs.push([url, Number(x.response.body.costs[0]!.transactionTimeMs)]);
      }
      costs.sort((a, b) => a[1] - b[1]);
      expect(costs[0]![0]).toBe(h.host.serviceUrls[1]);
    }));

  it('registration answers Retry first, then OK with a DID; activation; the new DID transacts', () =>
    withDatawire(async (h) => {
      const id = DATAWIRE_NEW_MERCHANT;
      const first = decodeExchange(await register(h, id));
      expect(first.response.status).toBe('Retry');
      expect(first.response.body).toEqual({ type: 'registration', urls: [] });
      const second = decodeExchange(await register(h, id));
      expect(second.response.status).toBe('OK');
      if (second.response.body?.type !== 'registration') throw new Error('not a registration response');
      const did = second.response.body.did!;
      expect(did).toMatch(/^[0-9]{20}$/);
      expect(second.response.body.urls).toEqual(h.host.serviceUrls);
      expect(h.host.merchant(id.mid, id.tid)).toMatchObject({ did, activated: false });

      // Not activated yet: transactions are refused.
      const early = await transact(h, balanceInquiry({ ...base, card: card(CARDS.active) }), {
        id: { ...id, did },
      });
      expect(early.response.status).toBe('AuthenticationError');

      const wrongDid = decodeExchange(await activate(h, { ...id, did: '00000000000000000000' }));
      expect(wrongDid.response.status).toBe('AuthenticationError');
      const act = decodeExchange(await activate(h, { ...id, did }));
      expect(act.response.status).toBe('OK');
      expect(act.response.body).toEqual({ type: 'activation' });
      expect(act.response.clientId?.did).toBe('');

      const g = await gift(
        h,
        balanceInquiry({ merchant: { merchantNumber: id.mid }, at: AT, card: card(CARDS.active) }),
        { id: { ...id, did } },
      );
      expect(g.responseCode).toBe('00');

      // Registering again after activation is refused.
      expect(decodeExchange(await register(h, id)).response.status).toBe('AccessDenied');
    }));

  it('refuses an unknown MID/TID with AccessDenied; the Retry count is an option', async () => {
    await withDatawire(async (h) => {
      const x = decodeExchange(await register(h, { mid: '12345678901', tid: '00000000009' }));
      expect(x.response.status).toBe('AccessDenied');
      expect(
        decodeExchange(await activate(h, { mid: '12345678901', tid: '1', did: '1' })).response.status,
      ).toBe('AccessDenied');
    });
    await withDatawire(
      async (h) => {
        const statuses: string[] = [];
        for (let i = 0; i < 4; i++)
          statuses.push(decodeExchange(await register(h, DATAWIRE_NEW_MERCHANT)).response.status);
        expect(statuses).toEqual(['Retry', 'Retry', 'Retry', 'OK']);
      },
      { registrationRetries: 3 },
    );
  });

  it('refuses transactions with a wrong DID, a wrong ServiceID, undecodable XML, and unknown paths', () =>
    withDatawire(async (h) => {
      const wrong = await transact(h, balanceInquiry({ ...base, card: card(CARDS.active) }), {
        id: { ...DATAWIRE_TEST_MERCHANT, did: '00077000000000000999' },
      });
      expect(wrong.response.status).toBe('AuthenticationError');
      const svc = transactionRequest({
        did: DATAWIRE_TEST_MERCHANT.did,
        app: 'PAYWIRETESTGIFT1',
        auth: `${DATAWIRE_TEST_MERCHANT.mid}|${DATAWIRE_TEST_MERCHANT.tid}`,
        clientRef: nextClientRef(),
        serviceId: '105',
        payload: escapePayload(encodeSvdot(balanceInquiry({ ...base, card: card(CARDS.active) }))),
      });
      expect(decodeExchange(await postXml(h.sim, h.host.serviceUrls[0]!, svc)).response.status).toBe(
        'UnknownServiceID',
      );
      const bad = decodeExchange(
        await postXml(h.sim, h.host.serviceUrls[0]!, '<Request Version="3"><oops/>'),
      );
      expect(bad.response.status).toBe('XMLError');
      const notFound = await postXml(h.sim, `${h.host.url}/nowhere`, '<x/>');
      expect(notFound.status).toBe(404);
    }));

  it('also answers transactions posted to the discovery URL (as the recorded staging traffic did)', () =>
    withDatawire(async (h) => {
      const x = await transact(h, balanceInquiry({ ...base, card: card(CARDS.active) }), {
        url: h.host.discoveryUrl,
      });
      expect(x.gift?.newBalance).toBe(10_000);
    }));
});

describe('datawire host: gift ledger (service 104)', () => {
  it('balance inquiry: balances, card security (SCV, EAN under the working key), unknown card', () =>
    withDatawire(async (h) => {
      const ok = await gift(h, balanceInquiry({ ...base, card: card(CARDS.active) }));
      expect(ok).toMatchObject({
        responseCode: '00',
        approved: true,
        previousBalance: 10_000,
        newBalance: 10_000,
      });
      expect(ok.approvalCode).toMatch(/^[0-9]{6}$/);
      expect(ok.systemTrace).toMatch(/^[0-9]{6}$/);
      expect(ok.cardExpirationDate).toBeNull(); // year 3000+: no expiration

      const scv = await gift(
        h,
        balanceInquiry({ ...base, card: { ...card(CARDS.secured), scv: CARDS.secured.scv! } }),
      );
      expect(scv.responseCode).toBe('00');
      const badScv = await gift(
        h,
        balanceInquiry({ ...base, card: { ...card(CARDS.secured), scv: '0000' } }),
      );
      expect(badScv.responseCode).toBe('45');
      const none = await gift(h, balanceInquiry({ ...base, card: card(CARDS.secured) }));
      expect(none.responseCode).toBe('90');

      const ean = encryptEan(nodeGiftCrypto, TEST_KEY, CARDS.active.ean!);
      const withEan = await gift(
        h,
        balanceInquiry({
          merchant: { ...merchant, merchantKeyId: DATAWIRE_TEST_WORKING_KEY.merchantKeyId },
          at: AT,
          card: { ...card(CARDS.active), encryptedEan: ean },
        }),
      );
      expect(withEan.responseCode).toBe('00');
      const wrongEan = await gift(
        h,
        balanceInquiry({
          merchant: { ...merchant, merchantKeyId: '1' },
          at: AT,
          card: { ...card(CARDS.active), encryptedEan: encryptEan(nodeGiftCrypto, TEST_KEY, 'WRONG') },
        }),
      );
      expect(wrongEan.responseCode).toBe('45');
      const unknownKey = await gift(
        h,
        balanceInquiry({
          merchant: { ...merchant, merchantKeyId: '77' },
          at: AT,
          card: { ...card(CARDS.active), encryptedEan: ean },
        }),
      );
      expect(unknownKey.responseCode).toBe('46');

      const unknown = await gift(h, balanceInquiry({ ...base, card: { cardNumber: DATAWIRE_UNKNOWN_CARD } }));
      expect(unknown).toMatchObject({ responseCode: '03', approved: false });
      expect(unknown.approvalCode).toBeUndefined();
      const track = await gift(
        h,
        balanceInquiry({ ...base, card: { track2: `${CARDS.lowBalance.cardNumber}=${'0'.repeat(20)}` } }),
      );
      expect(track.newBalance).toBe(500);
    }));

  it('activation: physical card with amount, available and expiration dates; already active; denominated; unknown', () =>
    withDatawire(async (h) => {
      const a = await gift(
        h,
        activateCard({
          ...base,
          card: card(CARDS.inactive),
          amount: 2_500,
          cardAvailableDate: '05012025',
          cardExpirationDate: '12312030',
        }),
      );
      expect(a).toMatchObject({
        responseCode: '00',
        previousBalance: 0,
        newBalance: 2_500,
        cardExpirationDate: '12312030',
      });
      expect(h.host.ledger.card(CARDS.inactive.cardNumber)).toMatchObject({
        status: 'active',
        balance: 2_500,
        availableDate: '05012025',
        expirationDate: '12312030',
      });
      const again = await gift(h, activateCard({ ...base, card: card(CARDS.inactive), amount: 100 }));
      expect(again.responseCode).toBe('08');
      expect(h.host.ledger.balance(CARDS.inactive.cardNumber)).toBe(2_500);
      // Used before its available date: inactive.
      const early = await gift(
        h,
        balanceInquiry({ merchant, at: { date: '04302025', time: '100000' }, card: card(CARDS.inactive) }),
      );
      expect(early.responseCode).toBe('04');

      const denominated = await gift(
        h,
        activateCard({ ...base, card: card(CARDS.denominated), amount: 1_000 }),
      );
      expect(denominated.newBalance).toBe(2_500);
      const unknown = await gift(
        h,
        activateCard({ ...base, card: { cardNumber: DATAWIRE_UNKNOWN_CARD }, amount: 1 }),
      );
      expect(unknown.responseCode).toBe('03');
      const inactive = await gift(h, balanceInquiry({ ...base, card: card(CARDS.denominated) }));
      expect(inactive.responseCode).toBe('00');
    }));

  it('virtual activation issues a card with an EAN under the working key (2102) or an SCV and Track II (2107)', () =>
    withDatawire(async (h) => {
      const v = await gift(
        h,
        activateCard({
          merchant: { ...merchant, merchantKeyId: '1' },
          at: AT,
          amount: 4_200,
          promotionCode: '1',
        }),
      );
      expect(v.responseCode).toBe('00');
      expect(v.cardNumber).toMatch(/^77779[0-9]{11}$/);
      const held = h.host.ledger.card(v.cardNumber!)!;
      expect(held).toMatchObject({ status: 'active', balance: 4_200, virtual: true });
      expect(decryptEan(nodeGiftCrypto, TEST_KEY, v.encryptedEan!)).toBe(held.ean);
      const bal = await gift(
        h,
        balanceInquiry({
          merchant: { ...merchant, merchantKeyId: '1' },
          at: AT,
          card: { cardNumber: v.cardNumber!, encryptedEan: v.encryptedEan! },
        }),
      );
      expect(bal.newBalance).toBe(4_200);

      const p = await gift(
        h,
        activateCard({ ...base, activation: 'virtual-scv', promotionCode: '1', amount: 100 }),
      );
      expect(p.scv).toBe(h.host.ledger.card(p.cardNumber!)!.scv);
      expect(p.track2).toHaveLength(37);
      expect(p.track2!.startsWith(`${p.cardNumber}=`)).toBe(true);
    }));

  it('redemption: normal, partial when the balance is short, declines by card state, cash out', () =>
    withDatawire(async (h) => {
      const r = await gift(h, redeemCard({ ...base, card: card(CARDS.active), amount: 2_500 }));
      expect(r).toMatchObject({ responseCode: '00', previousBalance: 10_000, newBalance: 7_500 });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(7_500);

      const partial = await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.lowBalance), amount: 2_000, redemptionType: 'partial' }),
      );
      expect(partial).toMatchObject({ responseCode: '00', previousBalance: 500, newBalance: 0 });
      const nsf = await gift(h, redeemCard({ ...base, card: card(CARDS.empty), amount: 100 }));
      expect(nsf).toMatchObject({ responseCode: '01', approved: false, newBalance: 0 });

      const expired = await gift(h, redeemCard({ ...base, card: card(CARDS.expired), amount: 100 }));
      expect(expired).toMatchObject({ responseCode: '05', cardExpirationDate: '01012020' });
      expect(
        (await gift(h, redeemCard({ ...base, card: card(CARDS.frozen), amount: 100 }))).responseCode,
      ).toBe('70');
      expect(
        (await gift(h, redeemCard({ ...base, card: card(CARDS.closed), amount: 100 }))).responseCode,
      ).toBe('02');
      expect(
        (await gift(h, redeemCard({ ...base, card: card(CARDS.inactive), amount: 100 }))).responseCode,
      ).toBe('04');

      const cash = await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.active), redemptionType: 'cash-out' }),
      );
      expect(cash).toMatchObject({ responseCode: '00', previousBalance: 7_500, newBalance: 0 });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(0);
      expect(h.host.ledger.transactions(CARDS.active.cardNumber).map((t) => t.requestCode)).toEqual([
        '2202',
        '2600',
      ]);
    }));

  it('lock (2408) then redemption with unlock (2201, 2208): locked funds are held and released', () =>
    withDatawire(async (h) => {
      const lock = await gift(h, lockCard({ ...base, card: card(CARDS.active), amount: 3_000 }));
      expect(lock).toMatchObject({
        responseCode: '00',
        previousBalance: 10_000,
        newBalance: 10_000,
        lockAmount: 3_000,
      });
      expect(lock.lockId).toMatch(/^[0-9]+$/);
      expect(h.host.ledger.card(CARDS.active.cardNumber)!.locks).toEqual([
        { lockId: lock.lockId, amount: 3_000 },
      ]);

      // Only the unlocked 7,000 can be redeemed normally.
      const partial = await gift(h, redeemCard({ ...base, card: card(CARDS.active), amount: 9_000 }));
      expect(partial).toMatchObject({ previousBalance: 10_000, newBalance: 3_000 });
      const locked = await gift(h, redeemCard({ ...base, card: card(CARDS.active), amount: 100 }));
      expect(locked.responseCode).toBe('32');
      const tooMuch = await gift(h, lockCard({ ...base, card: card(CARDS.active), amount: 100 }));
      expect(tooMuch.responseCode).toBe('32');

      const over = await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.active), amount: 3_001, redemptionType: 'unlock' }),
      );
      expect(over.responseCode).toBe('18');
      const unlock = await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.active), amount: 2_000, redemptionType: 'unlock' }),
      );
      expect(unlock).toMatchObject({
        responseCode: '00',
        previousBalance: 3_000,
        newBalance: 1_000,
        lockAmount: 0,
      });
      expect(h.host.ledger.card(CARDS.active.cardNumber)!.locks).toEqual([]);

      // Multi-lock: two locks, redeem against one by its id.
      const l1 = await gift(h, lockCard({ ...base, card: card(CARDS.lowBalance), amount: 200 }));
      const l2 = await gift(
        h,
        lockCard({ ...base, card: card(CARDS.lowBalance), amount: 100, lockType: 'partial' }),
      );
      const nsf = await gift(h, lockCard({ ...base, card: card(CARDS.lowBalance), amount: 300 }));
      expect(nsf.responseCode).toBe('01');
      const byId = await gift(
        h,
        redeemCard({
          ...base,
          card: card(CARDS.lowBalance),
          amount: 150,
          redemptionType: 'unlock',
          lockId: l1.lockId!,
        }),
      );
      expect(byId).toMatchObject({ responseCode: '00', newBalance: 350, lockAmount: 100 });
      expect(h.host.ledger.card(CARDS.lowBalance.cardNumber)!.locks).toEqual([
        { lockId: l2.lockId, amount: 100 },
      ]);
      const gone = await gift(
        h,
        redeemCard({
          ...base,
          card: card(CARDS.lowBalance),
          amount: 1,
          redemptionType: 'unlock',
          lockId: l1.lockId!,
        }),
      );
      expect(gone.responseCode).toBe('33');
      const unlockOnly = await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.lowBalance), amount: 0, redemptionType: 'unlock' }),
      );
      expect(unlockOnly).toMatchObject({ responseCode: '00', newBalance: 350, lockAmount: 0 });
    }));

  it('reload, refund and the maximum balance', () =>
    withDatawire(
      async (h) => {
        const reload = await gift(h, loadCard({ ...base, card: card(CARDS.lowBalance), amount: 1_000 }));
        expect(reload).toMatchObject({ responseCode: '00', previousBalance: 500, newBalance: 1_500 });
        const refund = await gift(
          h,
          loadCard({ ...base, card: card(CARDS.lowBalance), amount: 250, refund: true }),
        );
        expect(refund.newBalance).toBe(1_750);
        const ms = await gift(
          h,
          loadCard({ ...base, card: card(CARDS.lowBalance), amount: 250, merchantSpecific: true }),
        );
        expect(ms.newBalance).toBe(2_000);
        const max = await gift(h, loadCard({ ...base, card: card(CARDS.active), amount: 15_001 }));
        expect(max.responseCode).toBe('17');
        expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
        expect(h.host.ledger.transactions(CARDS.lowBalance.cardNumber).map((t) => t.requestCode)).toEqual([
          '2300',
          '2700',
          '2301',
        ]);
      },
      { maxBalance: 25_000 },
    ));

  it('freeze, unfreeze and close (with and without removing the balance)', () =>
    withDatawire(async (h) => {
      expect((await gift(h, freezeCard({ ...base, card: card(CARDS.active) }))).responseCode).toBe('00');
      expect(h.host.ledger.card(CARDS.active.cardNumber)!.status).toBe('frozen');
      expect((await gift(h, balanceInquiry({ ...base, card: card(CARDS.active) }))).responseCode).toBe('70');
      expect((await gift(h, freezeCard({ ...base, card: card(CARDS.active) }))).responseCode).toBe('41');
      expect((await gift(h, unfreezeCard({ ...base, card: card(CARDS.active) }))).responseCode).toBe('00');
      expect((await gift(h, unfreezeCard({ ...base, card: card(CARDS.active) }))).responseCode).toBe('41');
      expect((await gift(h, balanceInquiry({ ...base, card: card(CARDS.active) }))).newBalance).toBe(10_000);

      const close = await gift(h, closeAccount({ ...base, card: card(CARDS.active) }));
      expect(close).toMatchObject({ responseCode: '00', previousBalance: 10_000, newBalance: 0 });
      expect(h.host.ledger.card(CARDS.active.cardNumber)).toMatchObject({ status: 'closed', balance: 0 });
      expect((await gift(h, balanceInquiry({ ...base, card: card(CARDS.active) }))).responseCode).toBe('02');
      const keep = await gift(
        h,
        closeAccount({ ...base, card: card(CARDS.lowBalance), removeBalance: false }),
      );
      expect(keep.newBalance).toBe(500);
      expect(h.host.ledger.card(CARDS.lowBalance.cardNumber)!.status).toBe('closed');
    }));

  it('void of redemption, of load and of activation; wrong amount, nothing to void, activity after activation', () =>
    withDatawire(async (h) => {
      await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.lowBalance), amount: 800, transactionNumber: '11' }),
      );
      // The void must carry the approved amount (500), not the requested one.
      expect(
        (
          await gift(
            h,
            voidTransaction({ ...base, card: card(CARDS.lowBalance), voidType: 'redemption', amount: 800 }),
          )
        ).responseCode,
      ).toBe('18');
      const wrongTtn = await gift(
        h,
        voidTransaction({
          ...base,
          card: card(CARDS.lowBalance),
          voidType: 'redemption',
          amount: 500,
          transactionNumber: '12',
        }),
      );
      expect(wrongTtn.responseCode).toBe('59');
      const v = await gift(
        h,
        voidTransaction({
          ...base,
          card: card(CARDS.lowBalance),
          voidType: 'redemption',
          amount: 500,
          transactionNumber: '11',
        }),
      );
      expect(v).toMatchObject({ responseCode: '00', previousBalance: 0, newBalance: 500 });
      expect(
        h.host.ledger.transactions(CARDS.lowBalance.cardNumber).map((t) => [t.requestCode, t.state]),
      ).toEqual([
        ['2202', 'voided'],
        ['2800', 'applied'],
      ]);
      const twice = await gift(
        h,
        voidTransaction({ ...base, card: card(CARDS.lowBalance), voidType: 'redemption', amount: 500 }),
      );
      expect(twice.responseCode).toBe('33');

      await gift(h, loadCard({ ...base, card: card(CARDS.active), amount: 700 }));
      const vl = await gift(
        h,
        voidTransaction({ ...base, card: card(CARDS.active), voidType: 'load', amount: 700 }),
      );
      expect(vl).toMatchObject({ responseCode: '00', previousBalance: 10_700, newBalance: 10_000 });

      await gift(h, activateCard({ ...base, card: card(CARDS.inactive), amount: 1_000 }));
      await gift(h, redeemCard({ ...base, card: card(CARDS.inactive), amount: 100 }));
      const blocked = await gift(
        h,
        voidTransaction({ ...base, card: card(CARDS.inactive), voidType: 'activation', amount: 1_000 }),
      );
      expect(blocked.responseCode).toBe('42');
      await gift(
        h,
        voidTransaction({ ...base, card: card(CARDS.inactive), voidType: 'redemption', amount: 100 }),
      );
      const va = await gift(
        h,
        voidTransaction({ ...base, card: card(CARDS.inactive), voidType: 'activation', amount: 1_000 }),
      );
      expect(va).toMatchObject({ responseCode: '00', newBalance: 0 });
      expect(h.host.ledger.card(CARDS.inactive.cardNumber)!.status).toBe('inactive');
    }));

  it('a ReturnCode 205 timeout (transaction applied) followed by a 0704 reversal restores the balance', () =>
    withDatawire(async (h) => {
      const redemption = redeemCard({
        ...base,
        card: card(CARDS.active),
        amount: 4_000,
        transactionNumber: '4711',
      });
      h.sim.faults.add('datawire', { mode: 'return-code-205', match: (r) => r.operation === '2202' });
      const x = await transact(h, redemption);
      expect(x.response.status).toBe('OK');
      expect(x.response.body).toEqual({ type: 'transaction', returnCode: '205', payload: '' });
      expect(returnCodeInfo('205').reversalRequired).toBe(true);
      expect(x.gift).toBeUndefined();
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(6_000); // the host did apply it

      const reversal = reverseLastTransaction(redemption);
      const r = await gift(h, reversal);
      expect(r).toMatchObject({
        responseCode: '00',
        previousBalance: 6_000,
        newBalance: 10_000,
        originalRequestCode: '2202',
      });
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(10_000);
      expect(h.host.ledger.transactions(CARDS.active.cardNumber)[0]!.state).toBe('reversed');
      // A second reversal of the same transaction finds it already reversed.
      expect((await gift(h, reversal)).responseCode).toBe('34');
    }));

  it('a 0704 for a transaction the host never applied answers 33 and changes nothing', () =>
    withDatawire(async (h) => {
      const never = redeemCard({ ...base, card: card(CARDS.active), amount: 1_234, transactionNumber: '99' });
      const r = await gift(h, reverseLastTransaction(never));
      expect(r).toMatchObject({ responseCode: '33', approved: false });
      // A reversal must repeat the original's fields: a different amount does not match.
      await gift(
        h,
        redeemCard({ ...base, card: card(CARDS.active), amount: 1_000, transactionNumber: '98' }),
      );
      const other = redeemCard({ ...base, card: card(CARDS.active), amount: 999, transactionNumber: '98' });
      expect((await gift(h, reverseLastTransaction(other))).responseCode).toBe('33');
      expect(h.host.ledger.balance(CARDS.active.cardNumber)).toBe(9_000);
      // Reversing a void puts the voided redemption back.
      const redeem = redeemCard({ ...base, card: card(CARDS.lowBalance), amount: 200 });
      await gift(h, redeem);
      const v = voidTransaction({
        ...base,
        card: card(CARDS.lowBalance),
        voidType: 'redemption',
        amount: 200,
      });
      await gift(h, v);
      expect(h.host.ledger.balance(CARDS.lowBalance.cardNumber)).toBe(500);
      expect((await gift(h, reverseLastTransaction(v))).responseCode).toBe('00');
      expect(h.host.ledger.balance(CARDS.lowBalance.cardNumber)).toBe(300);
      expect(h.host.ledger.transactions(CARDS.lowBalance.cardNumber).map((t) => t.state)).toEqual([
        'applied',
        'reversed',
      ]);
    }));

  it('history (D0) in formats 84 and 88 matches the ledger; 2413 and an empty history', () =>
    withDatawire(async (h) => {
      await gift(h, activateCard({ ...base, card: card(CARDS.inactive), amount: 4_200 }));
      await gift(
        h,
        redeemCard({
          ...base,
          card: card(CARDS.inactive),
          amount: 1_200,
          at: { date: '06022025', time: '093000' },
        }),
      );
      await gift(h, loadCard({ ...base, card: card(CARDS.inactive), amount: 500 }));
      const h84 = await gift(h, transactionHistory({ ...base, card: card(CARDS.inactive) }), {
        historyFormat: '84',
      });
      expect(h84.responseCode).toBe('00');
      expect(h84.historyCount).toBe(3);
      expect(h84.history?.format).toBe('84');
      expect(h84.history?.accountStatus).toBe('02');
      expect(h84.history?.records.map((r) => [r.requestCode, r.amountSign, r.amount, r.balance])).toEqual([
        ['2104', '+', 4_200, 4_200],
        ['2202', '-', 1_200, 3_000],
        ['2300', '+', 500, 3_500],
      ]);
      expect(h84.history?.records[1]).toMatchObject({ terminalNumber: '0001', dateTime: '2025-06-02T09:30' });
      const h88 = await gift(
        h,
        transactionHistory({
          ...base,
          card: card(CARDS.inactive),
          historyFormat: '88',
          firstTransactionNumber: -2,
          transactionCount: 2,
        }),
        { historyFormat: '88' },
      );
      expect(h88.history?.records.map((r) => [r.requestCode, r.localCurrency, r.localAmount])).toEqual([
        ['2202', '840', 1_200],
        ['2300', '840', 500],
      ]);
      // CE -10 with CF 2: from the tenth most recent (here the oldest), two records.
      const firstTwo = await gift(
        h,
        transactionHistory({ ...base, card: card(CARDS.inactive), transactionCount: 2 }),
        {
          historyFormat: '84',
        },
      );
      expect(firstTwo.history?.records.map((r) => r.requestCode)).toEqual(['2104', '2202']);
      const ar = await gift(
        h,
        transactionHistory({ ...base, card: card(CARDS.inactive), history: 'activation-reload' }),
        {
          historyFormat: '84',
        },
      );
      expect(ar.history?.records.map((r) => r.requestCode)).toEqual(['2104', '2300']);
      const none = await gift(h, transactionHistory({ ...base, card: card(CARDS.active) }));
      expect(none.responseCode).toBe('38');
    }));

  it('merchant working key (2010) through the DH exchange, then EANs under the new key id', () =>
    withDatawire(async (h) => {
      const secret = computeSharedSecret(KX.group, KX.merchantPrivateKey, KX.fdmsPublicKey);
      const wk = createWorkingKey(nodeGiftCrypto, secret);
      const assign = await gift(
        h,
        assignMerchantWorkingKey({ ...base, workingKeyBlock: wk.keyBlock, merchantKeyId: 2 }),
      );
      expect(assign.responseCode).toBe('00');
      expect(Buffer.from(h.host.ledger.workingKey(merchant.merchantNumber, '2')!)).toEqual(
        Buffer.from(wk.workingKey),
      );
      const bal = await gift(
        h,
        balanceInquiry({
          merchant: { ...merchant, merchantKeyId: 2 },
          at: AT,
          card: {
            ...card(CARDS.active),
            encryptedEan: encryptEan(nodeGiftCrypto, wk.workingKey, CARDS.active.ean!),
          },
        }),
      );
      expect(bal.responseCode).toBe('00');
      const otherSecret = createWorkingKey(nodeGiftCrypto, Uint8Array.from([1, 2, 3]));
      const bad = await gift(
        h,
        assignMerchantWorkingKey({ ...base, workingKeyBlock: otherSecret.keyBlock, merchantKeyId: 3 }),
      );
      expect(bad.responseCode).toBe('46');
    }));

  it('mobile wallet provisioning answers Track II; a malformed payload answers 12', () =>
    withDatawire(async (h) => {
      const p = await gift(h, provisionCard({ ...base, card: card(CARDS.active) }));
      expect(p.track2).toHaveLength(37);
      expect(h.host.ledger.card(CARDS.active.cardNumber)!.provisioned).toBe(true);
      const req = transactionRequest({
        did: DATAWIRE_TEST_MERCHANT.did,
        app: 'PAYWIRETESTGIFT1',
        auth: `${DATAWIRE_TEST_MERCHANT.mid}|${DATAWIRE_TEST_MERCHANT.tid}`,
        clientRef: nextClientRef(),
        serviceId: '104',
        payload: 'SV.99000000001|1C402400|1CXYZ',
      });
      const x = decodeExchange(await postXml(h.sim, h.host.serviceUrls[0]!, req));
      expect(x.gift?.responseCode).toBe('12');
      // A payload for another merchant than the Datawire Auth: invalid merchant.
      const other = balanceInquiry({
        merchant: { merchantNumber: '99000000002' },
        at: AT,
        card: card(CARDS.active),
      });
      expect((await gift(h, other)).responseCode).toBe('07');
    }));
});

describe('datawire host: log and codec conformance', () => {
  it('logs every exchange masked: no card number, EAN or SCV in clear', () =>
    withDatawire(async (h) => {
      const ean = encryptEan(nodeGiftCrypto, TEST_KEY, CARDS.active.ean!);
      await gift(
        h,
        balanceInquiry({
          merchant: { ...merchant, merchantKeyId: '1' },
          at: AT,
          card: { ...card(CARDS.active), encryptedEan: ean },
        }),
      );
      await gift(
        h,
        redeemCard({ ...base, card: { ...card(CARDS.secured), scv: CARDS.secured.scv! }, amount: 100 }),
      );
      const v = await gift(
        h,
        activateCard({
          merchant: { ...merchant, merchantKeyId: '1' },
          at: AT,
          promotionCode: '1',
          amount: 1,
        }),
      );
      await gift(
        h,
        transactionHistory({ ...base, card: card(CARDS.secured), scv: CARDS.secured.scv! } as never),
      );
      decodeExchange(await discover(h));
      const entries = h.sim.log.forHost('datawire');
      expect(entries.length).toBe(5);
      const text = JSON.stringify(entries);
      for (const secret of [
        CARDS.active.cardNumber,
        CARDS.secured.cardNumber,
        v.cardNumber!,
        ean,
        v.encryptedEan!,
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toContain(`securityCardValue=${CARDS.secured.scv}`);
      expect(text).not.toContain(DATAWIRE_TEST_MERCHANT.mid + '|');
      expect(text).toContain(
        `${CARDS.active.cardNumber.slice(0, 6)}******${CARDS.active.cardNumber.slice(-4)}`,
      );
      expect(entries[0]!.request).toMatch(/^POST \/vxn1 Transaction 104 /);
    }));

  it('every answer of a mixed session decodes with @paywire/datawire and @paywire/fdms-gift', () =>
    withDatawire(async (h) => {
      const bodies: Uint8Array[] = [];
      const keep = async (p: Promise<{ body: Uint8Array }>) => bodies.push((await p).body);
      await keep(discover(h));
      await keep(discover(h, '1'));
      for (const u of h.host.serviceUrls) await keep(ping(h, u));
      await keep(register(h, DATAWIRE_NEW_MERCHANT));
      await keep(register(h, DATAWIRE_NEW_MERCHANT));
      await keep(register(h, { mid: '1', tid: '2' }));
      for (const c of Object.values(CARDS)) {
        for (const svdot of [
          balanceInquiry({ ...base, card: card(c) }),
          activateCard({ ...base, card: card(c), amount: 10 }),
          redeemCard({ ...base, card: card(c), amount: 10 }),
          lockCard({ ...base, card: card(c), amount: 10 }),
          transactionHistory({ ...base, card: card(c) }),
          voidTransaction({ ...base, card: card(c), voidType: 'load', amount: 10 }),
        ]) {
          bodies.push((await transact(h, svdot)).http.body);
        }
      }
      expect(bodies.length).toBeGreaterThan(50);
      for (const b of bodies) {
        const res = decodeResponse(b);
        expect(typeof res.status).toBe('string');
      }
    }));
});
