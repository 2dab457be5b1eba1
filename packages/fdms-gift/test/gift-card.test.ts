import { describe, expect, it } from 'vitest';
import {
  activateCard,
  assignMerchantWorkingKey,
  balanceInquiry,
  closeAccount,
  decodeRequest,
  encodeRequest,
  freezeCard,
  type GiftTransactionOptions,
  loadCard,
  lockCard,
  maxAmount,
  provisionCard,
  redeemCard,
  removeProvisioning,
  reverseLastTransaction,
  type SvdotRequest,
  transactionHistory,
  unfreezeCard,
  voidTransaction,
} from '../src/index.js';
import { caught, unescapePayload } from './helpers.js';
import vectors from './vectors/recorded-exchanges.json' with { type: 'json' };

const AT = { date: '02052019', time: '181701' };
const base: GiftTransactionOptions & { merchant: GiftTransactionOptions['merchant'] } = {
  merchant: {
    merchantNumber: '99026809996',
    terminalId: '8594',
    alternateMerchantId: '00000008594',
    merchantKeyId: 108,
  },
  card: { cardNumber: '7777165452305246', encryptedEan: 'F1CD8AA37D2A259DBA0ECD548DD8093C' },
  at: AT,
};

function roundTrips(r: SvdotRequest): SvdotRequest {
  expect(decodeRequest(encodeRequest(r))).toEqual(r);
  return r;
}

describe('FDMSGiftCard surface', () => {
  it('balance_inquiry rebuilds the recorded staging request field for field', () => {
    const recorded = decodeRequest(unescapePayload(vectors.requests[0]!.payload));
    const built = roundTrips(balanceInquiry(base));
    expect(built.requestCode).toBe('2400');
    expect(built.fields).toEqual(recorded.fields); // same values; the field order is free on the wire
  });

  it('activate_card: physical 2104 with dates and amount, virtual 2102 with a promotion code', () => {
    const physical = roundTrips(
      activateCard({
        ...base,
        amount: 5000,
        cardAvailableDate: '03012019',
        cardExpirationDate: new Date(2030, 11, 31),
      }),
    );
    expect(physical.requestCode).toBe('2104');
    expect(physical.fields).toMatchObject({
      transactionAmount: '5000',
      cardAvailableDate: '03012019',
      expirationDate: '12312030',
      embossedCardNumber: '7777165452305246',
    });
    const virtual = roundTrips(
      activateCard({ merchant: base.merchant, at: AT, amount: 5000, promotionCode: 12 }),
    );
    expect(virtual.requestCode).toBe('2102');
    expect(virtual.fields.embossedCardNumber).toBeUndefined();
    expect(virtual.fields.sourceCode).toBe('31');
    for (const [activation, code] of [
      ['virtual-scv', '2107'],
      ['virtual-ean', '2108'],
    ] as const) {
      expect(
        activateCard({ merchant: base.merchant, at: AT, promotionCode: 1, activation }).requestCode,
      ).toBe(code);
    }
    expect(activateCard({ ...base, activation: 'standard' }).requestCode).toBe('2101');
    expect(caught(() => activateCard({ ...base, activation: 'virtual', promotionCode: 1 })).code).toBe(705);
    expect(caught(() => activateCard({ merchant: base.merchant, at: AT })).code).toBe(593); // 2102 needs F2
    expect(caught(() => activateCard({ ...base, cardAvailableDate: '02302019' })).code).toBe(503);
  });

  it('load_card: reload 2300, merchant specific 2301, refund and online refund 2700', () => {
    expect(roundTrips(loadCard({ ...base, amount: 800 })).requestCode).toBe('2300');
    expect(loadCard({ ...base, amount: 800, merchantSpecific: true }).requestCode).toBe('2301');
    expect(loadCard({ ...base, amount: 800, refund: true }).requestCode).toBe('2700');
    expect(loadCard({ ...base, amount: 800, onlineRefund: true }).requestCode).toBe('2700');
  });

  it('lock_card: 2408 with the amount, full or partial', () => {
    const full = roundTrips(lockCard({ ...base, amount: 1200 }));
    expect(full.requestCode).toBe('2408');
    expect(full.fields.transactionAmount).toBe('1200');
    expect(lockCard({ ...base, amount: 1200, lockType: 'partial' }).requestCode).toBe('2408');
  });

  it('redeem_card: normal/partial 2202, cash out 2600 without amount, unlock 2201 / 2208 with a lock id', () => {
    expect(roundTrips(redeemCard({ ...base, amount: 970 })).requestCode).toBe('2202');
    expect(redeemCard({ ...base, amount: 970, redemptionType: 'partial' }).requestCode).toBe('2202');
    const cashOut = roundTrips(redeemCard({ ...base, redemptionType: 'cash-out' }));
    expect(cashOut.requestCode).toBe('2600');
    expect(cashOut.fields.transactionAmount).toBeUndefined();
    expect(caught(() => redeemCard({ ...base, redemptionType: 'cash-out', amount: 1 })).code).toBe(705);
    expect(redeemCard({ ...base, redemptionType: 'unlock', amount: 0 }).requestCode).toBe('2201');
    const unlock = roundTrips(redeemCard({ ...base, redemptionType: 'unlock', amount: 0, lockId: 7 }));
    expect(unlock.requestCode).toBe('2208');
    expect(unlock.fields).toMatchObject({ transactionAmount: '0', localLockId: '7' });
    expect(caught(() => redeemCard({ ...base })).code).toBe(593);
  });

  it('void_transaction: redemption 2800 (2808 with lock id), load 2801, activation 2802', () => {
    expect(roundTrips(voidTransaction({ ...base, voidType: 'redemption', amount: 970 })).requestCode).toBe(
      '2800',
    );
    expect(voidTransaction({ ...base, voidType: 'redemption', amount: 970, lockId: 3 }).requestCode).toBe(
      '2808',
    );
    expect(voidTransaction({ ...base, voidType: 'load', amount: 800 }).requestCode).toBe('2801');
    expect(voidTransaction({ ...base, voidType: 'activation', amount: 5000 }).requestCode).toBe('2802');
    expect(caught(() => voidTransaction({ ...base, voidType: 'load', amount: 1, lockId: 3 })).code).toBe(705);
  });

  it('reverse_last_transaction: 0704 of the previous request', () => {
    const redemption = redeemCard({ ...base, amount: 970, transactionNumber: '1234567' });
    const reversal = roundTrips(reverseLastTransaction(redemption));
    expect(reversal.requestCode).toBe('0704');
    expect(reversal.fields.originalTransactionRequest).toBe('2202');
    expect(reversal.fields.terminalTransactionNumber).toBe('1234567');
  });

  it('history, status changes, provisioning and the working key assignment', () => {
    const h = roundTrips(transactionHistory(base));
    expect(h.requestCode).toBe('2410');
    expect(h.fields).toMatchObject({
      historyFormat: '84',
      firstTransactionNumber: '-10',
      transactionCount: '10',
    });
    expect(transactionHistory({ ...base, history: 'recent' }).requestCode).toBe('2411');
    expect(transactionHistory({ ...base, history: 'activation-reload' }).requestCode).toBe('2413');
    expect(caught(() => transactionHistory({ ...base, historyFormat: '79' })).code).toBe(503);
    expect(roundTrips(freezeCard(base)).requestCode).toBe('2003');
    expect(unfreezeCard(base).requestCode).toBe('2016');
    expect(closeAccount(base).fields.removeBalance).toBe('Y');
    expect(closeAccount({ ...base, removeBalance: false }).fields.removeBalance).toBe('N');
    expect(provisionCard(base).requestCode).toBe('2495');
    expect(removeProvisioning(base).requestCode).toBe('2496');
    const mwk = roundTrips(
      assignMerchantWorkingKey({
        merchant: base.merchant,
        at: AT,
        workingKeyBlock: 'AB'.repeat(40),
        merchantKeyId: 109,
      }),
    );
    expect(mwk.requestCode).toBe('2010');
    expect(mwk.fields).toMatchObject({ sourceCode: '31', merchantKeyId: '109', workingKey: 'AB'.repeat(40) });
  });
});

describe('seed limits', () => {
  it('US amounts: at most 7 significant digits (9999999 = $99,999.99), never negative', () => {
    expect(maxAmount('840')).toBe(9999999);
    expect(maxAmount('USD')).toBe(9999999);
    expect(redeemCard({ ...base, amount: 9999999 }).fields.transactionAmount).toBe('9999999');
    expect(caught(() => redeemCard({ ...base, amount: 10000000 })).code).toBe(503);
    expect(caught(() => redeemCard({ ...base, amount: -1 })).code).toBe(503);
    expect(caught(() => redeemCard({ ...base, amount: 1.5 })).code).toBe(503);
    // an unknown currency falls back to the wire's 12 digits
    const yen = { ...base, merchant: { ...base.merchant, currencyCode: '392' } };
    expect(redeemCard({ ...yen, amount: 123456789012 }).fields).toMatchObject({ localCurrency: '392' });
  });

  it('transaction number: up to 7 digits, or X + hex', () => {
    expect(
      redeemCard({ ...base, amount: 1, transactionNumber: 'X1A2B3F' }).fields.terminalTransactionNumber,
    ).toBe('X1A2B3F');
    for (const bad of ['12345678', 'X12G', '12A', '', 'x12']) {
      expect(caught(() => redeemCard({ ...base, amount: 1, transactionNumber: bad })).field).toBe(
        'transactionNumber',
      );
    }
  });

  it('clerk id, reference number, alternate merchant id, terminal id, merchant number', () => {
    expect(
      redeemCard({ ...base, amount: 1, clerkId: '123', referenceNumber: '555523' }).fields,
    ).toMatchObject({
      clerkId: '123',
      referenceNumber: '555523',
    });
    expect(caught(() => redeemCard({ ...base, amount: 1, clerkId: '123456789' })).field).toBe('clerkId');
    expect(caught(() => redeemCard({ ...base, amount: 1, referenceNumber: '555 523' })).field).toBe(
      'referenceNumber',
    );
    const m = base.merchant;
    expect(
      caught(() => balanceInquiry({ ...base, merchant: { ...m, alternateMerchantId: '123456789012' } }))
        .field,
    ).toBe('alternateMerchantId');
    expect(caught(() => balanceInquiry({ ...base, merchant: { ...m, terminalId: '12345' } })).field).toBe(
      'terminalId',
    );
    expect(
      caught(() => balanceInquiry({ ...base, merchant: { ...m, merchantNumber: '571111111112' } })).field,
    ).toBe('merchantNumber');
  });

  it('card: number normalised, track 2 of 37 characters, not both', () => {
    const r = balanceInquiry({ ...base, card: { cardNumber: '7777-1654 5230 5246' } });
    expect(r.fields.embossedCardNumber).toBe('7777165452305246');
    const t = balanceInquiry({ ...base, card: { track2: '6010567008288444=00010004000070771026' } });
    expect(t.fields.track2Data).toBe('6010567008288444=00010004000070771026');
    expect(caught(() => balanceInquiry({ ...base, card: { cardNumber: '1', track2: 'x' } })).code).toBe(705);
    expect(caught(() => balanceInquiry({ ...base, card: { track2: '6010567008288444=0001' } })).code).toBe(
      501,
    );
    expect(caught(() => balanceInquiry({ ...base, card: { cardNumber: '7777A65452305246' } })).code).toBe(
      502,
    );
    expect(
      caught(() =>
        balanceInquiry({
          ...base,
          merchant: { merchantNumber: '99026809996' },
          card: { encryptedEan: 'AB'.repeat(16) },
        }),
      ).field,
    ).toBe('merchantKeyId');
  });
});
