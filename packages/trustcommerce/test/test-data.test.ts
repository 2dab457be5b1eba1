import { cardBrand, luhnCheck } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  encodeRequest,
  testAch,
  testCardOutcome,
  testCards,
  testCredentials,
  validateParams,
  validateRequest,
} from '../src/index.js';

describe('Appendix A test data', () => {
  it('six approving cards, and the decline / call / carderror cards', () => {
    expect(testCards.filter((c) => c.outcome.status === 'approved').map((c) => c.cc)).toEqual([
      '4111111111111111',
      '5411111111111115',
      '341111111111111',
      '6011111111111117',
      '36484444444446',
      '213122222222221',
    ]);
    expect(testCardOutcome('4012345678909')).toEqual({ status: 'decline', declineType: 'decline' });
    expect(testCardOutcome('5555444433332226')).toEqual({ status: 'decline', declineType: 'call' });
    expect(testCardOutcome('4444111144441111')).toEqual({ status: 'decline', declineType: 'carderror' });
    // live (not demo), every test card is carderror
    expect(testCardOutcome('4111111111111111', { demo: false })).toEqual({
      status: 'decline',
      declineType: 'carderror',
    });
    expect(testCardOutcome('4222222222222')).toBeUndefined();
  });

  it('the guide prints 04/12; the wire carries MMYY 0412', () => {
    for (const c of testCards) expect(c.exp).toBe('0412');
  });

  it('brands agree with the card numbers', () => {
    const brands: Record<string, string | undefined> = {};
    for (const c of testCards.slice(0, 4)) brands[c.cc] = cardBrand(c.cc);
    expect(brands['4111111111111111']).toMatch(/visa/i);
    expect(brands['5411111111111115']).toMatch(/master/i);
    expect(brands['341111111111111']).toMatch(/amex|american/i);
    expect(brands['6011111111111117']).toMatch(/discover/i);
  });

  it('every test card passes client validation on a demo sale (declines are the gateway’s job)', () => {
    for (const c of testCards) {
      const req = {
        ...testCredentials,
        action: 'sale' as const,
        demo: true,
        amount: 100,
        cc: c.cc,
        exp: c.exp,
        ...(c.cvv ? { cvv: c.cvv } : {}),
        ...(c.address ?? {}),
      };
      expect(validateRequest(req), c.cc).toEqual({ ok: true });
      expect(() => encodeRequest(req, { form: 'tclink' })).not.toThrow();
    }
  });

  it('Luhn: the approving cards are valid numbers; the carderror card is what the gateway rejects', () => {
    for (const c of testCards.filter((t) => t.outcome.status === 'approved'))
      expect(luhnCheck(c.cc), c.cc).toBe(true);
  });

  it('ACH test numbers validate for an ACH sale', () => {
    expect(
      validateParams([
        ['custid', 'TestMerchant'],
        ['password', 'password'],
        ['action', 'sale'],
        ['media', 'ach'],
        ['amount', '1000'],
        ['routing', testAch.routing],
        ['account', testAch.account],
      ]),
    ).toEqual({ ok: true });
  });

  it('Appendix D: 70 distinct lower-case currencies', () => {
    const codes = Object.keys(CURRENCIES);
    expect(codes).toHaveLength(70);
    for (const c of codes) expect(c).toMatch(/^[a-z]{3}$/);
    expect(CURRENCIES['usd']).toBeDefined();
    expect(CURRENCIES['eur']).toBe('Euro');
  });
});
