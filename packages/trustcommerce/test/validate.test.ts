import { ErrorCode, isPaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  assertValidParams,
  encodeRequest,
  type NvpPair,
  type TcRequest,
  validateParams,
  validateRequest,
} from '../src/index.js';
import { catchPaywire } from './helpers.js';

const base: NvpPair[] = [
  ['custid', '1234'],
  ['password', 'secret'],
];
const v = (...pairs: NvpPair[]) => validateParams([...base, ...pairs]);
const bad = (r: ReturnType<typeof validateParams>) => {
  if (r.ok) throw new Error('expected baddata');
  return { error: r.error, offenders: r.offenders };
};

describe('validation like the gateway', () => {
  it('custid, password and action are always required', () => {
    expect(bad(validateParams([['amount', '100']]))).toEqual({
      error: 'missingfields',
      offenders: ['custid', 'password', 'action'],
    });
  });

  it('preauth/sale need an amount and an account source', () => {
    expect(bad(v(['action', 'sale']))).toEqual({
      error: 'missingfields',
      offenders: ['amount', 'cc', 'exp'],
    });
    expect(bad(v(['action', 'sale'], ['amount', '100'], ['cc', '4111111111111111']))).toEqual({
      error: 'missingfields',
      offenders: ['exp'],
    });
    expect(v(['action', 'sale'], ['amount', '100'], ['billingid', 'ABC123'])).toEqual({ ok: true });
    expect(bad(v(['action', 'sale'], ['amount', '100'], ['media', 'ach'], ['routing', '789456124']))).toEqual(
      {
        error: 'missingfields',
        offenders: ['account'],
      },
    );
  });

  it('postauth, credit, chargeback take a transid and no card data', () => {
    expect(bad(v(['action', 'credit']))).toEqual({ error: 'missingfields', offenders: ['transid'] });
    expect(bad(v(['action', 'postauth'], ['transid', '001-0000111101'], ['cc', '4111111111111111']))).toEqual(
      {
        error: 'extrafields',
        offenders: ['cc'],
      },
    );
    // §X: only postauth and credit take an amount
    expect(bad(v(['action', 'chargeback'], ['transid', '001-0000111101'], ['amount', '100']))).toEqual({
      error: 'extrafields',
      offenders: ['amount'],
    });
    expect(bad(v(['action', 'credit'], ['transid', '0010000111101']))).toEqual({
      error: 'badlength',
      offenders: ['transid'],
    });
    expect(bad(v(['action', 'credit'], ['transid', '0010-000111101']))).toEqual({
      error: 'badformat',
      offenders: ['transid'],
    });
  });

  it('formats and lengths from Appendix E', () => {
    const sale = (...p: NvpPair[]) =>
      v(['action', 'sale'], ['cc', '4111111111111111'], ['exp', '0412'], ...p);
    expect(bad(sale(['amount', '5.00']))).toEqual({ error: 'badformat', offenders: ['amount'] });
    expect(bad(sale(['amount', '123456789']))).toEqual({ error: 'badlength', offenders: ['amount'] });
    expect(sale(['amount', '1'])).toEqual({ ok: true }); // decision: Appendix E min length 3 not applied
    expect(
      bad(v(['action', 'sale'], ['amount', '100'], ['cc', '4111111111111111'], ['exp', '1312'])),
    ).toEqual({ error: 'badformat', offenders: ['exp'] });
    expect(bad(sale(['amount', '100'], ['avs', 'yes']))).toEqual({ error: 'badformat', offenders: ['avs'] });
    expect(bad(sale(['amount', '100'], ['currency', 'xyz']))).toEqual({
      error: 'badformat',
      offenders: ['currency'],
    });
    expect(bad(sale(['amount', '100'], ['cvv', '12']))).toEqual({ error: 'badlength', offenders: ['cvv'] });
    expect(bad(sale(['amount', '100'], ['ip', '300.1.1.1']))).toEqual({
      error: 'badformat',
      offenders: ['ip'],
    });
    expect(bad(sale(['amount', '100'], ['threshold', '101']))).toEqual({
      error: 'badformat',
      offenders: ['threshold'],
    });
    expect(sale(['amount', '100'], ['threshold', '100'])).toEqual({ ok: true });
    expect(bad(sale(['amount', '100'], ['name', 'x'.repeat(61)]))).toEqual({
      error: 'badlength',
      offenders: ['name'],
    });
    expect(bad(sale(['amount', '100'], ['shipto_state', 'Oregon']))).toEqual({
      error: 'badlength',
      offenders: ['shipto_state'],
    });
    expect(bad(sale(['amount', '100'], ['offlineauthcode', '12345a']))).toEqual({
      error: 'badformat',
      offenders: ['offlineauthcode'],
    });
  });

  it('reports the highest-priority reason and lists every offender with it', () => {
    const r = v(['action', 'sale'], ['amount', 'abc'], ['cc', '4111x'], ['exp', '0412']);
    expect(bad(r)).toEqual({ error: 'badformat', offenders: ['amount', 'cc'] });
    if (!r.ok) expect(r.problems.length).toBe(2);
  });

  it('offlineauthcode is sale only, ACH is not for preauth', () => {
    expect(
      bad(
        v(
          ['action', 'preauth'],
          ['amount', '100'],
          ['cc', '4111111111111111'],
          ['exp', '0412'],
          ['offlineauthcode', '123456'],
        ),
      ),
    ).toEqual({ error: 'extrafields', offenders: ['offlineauthcode'] });
    expect(
      bad(
        v(
          ['action', 'preauth'],
          ['amount', '100'],
          ['media', 'ach'],
          ['routing', '789456124'],
          ['account', '123'],
        ),
      ),
    ).toEqual({
      error: 'extrafields',
      offenders: ['routing', 'account'],
    });
    expect(
      bad(v(['action', 'sale'], ['amount', '100'], ['routing', '789456124'], ['account', '55544433221'])),
    ).toEqual({
      error: 'missingfields',
      offenders: ['cc', 'exp'],
    });
  });

  it('track data: cc/exp must match it', () => {
    const t1 = '%B4111111111111111^SMITH/J^1204101000000000000?';
    expect(
      v(['action', 'sale'], ['amount', '1'], ['track1', t1], ['cc', '4111111111111111'], ['exp', '0412']),
    ).toEqual({ ok: true });
    expect(bad(v(['action', 'sale'], ['amount', '1'], ['track1', t1], ['cc', '5411111111111115']))).toEqual({
      error: 'mismatch',
      offenders: ['cc', 'track1'],
    });
    expect(
      bad(v(['action', 'sale'], ['amount', '1'], ['track2', ';4111111111111111=12041010?'], ['exp', '0512'])),
    ).toEqual({
      error: 'mismatch',
      offenders: ['exp', 'track2'],
    });
  });

  it('recurring billing rules (§XII)', () => {
    const store = (...p: NvpPair[]) =>
      v(['action', 'store'], ['cc', '4111111111111111'], ['exp', '0412'], ...p);
    expect(bad(store(['cycle', '1m']))).toEqual({ error: 'missingfields', offenders: ['amount'] });
    expect(bad(store(['amount', '1200'], ['payments', '12']))).toEqual({
      error: 'missingfields',
      offenders: ['cycle'],
    });
    expect(store(['amount', '1200'], ['payments', '1'], ['start', '2007-09-01'])).toEqual({ ok: true });
    expect(bad(store(['amount', '1200'], ['cycle', '1m'], ['authnow', 'y']))).toEqual({
      error: 'missingfields',
      offenders: ['start'],
    });
    // the guide's own typo: cycle '62' for every six weeks
    expect(bad(store(['amount', '1200'], ['cycle', '62'], ['start', '1w']))).toEqual({
      error: 'badformat',
      offenders: ['cycle'],
    });
    expect(bad(store(['amount', '1200'], ['cycle', '0d']))).toEqual({
      error: 'badformat',
      offenders: ['cycle'],
    });
    expect(bad(store(['amount', '1200'], ['cycle', '1m'], ['start', '2007-13-01']))).toEqual({
      error: 'badformat',
      offenders: ['start'],
    });
  });

  it('wallet, ship-to, fulfillment and PL2 cross checks', () => {
    const store = (...p: NvpPair[]) =>
      v(['action', 'store'], ['cc', '4111111111111111'], ['exp', '0412'], ...p);
    expect(bad(store(['walletsize', '1000']))).toEqual({ error: 'mismatch', offenders: ['walletsize'] });
    const sale = (...p: NvpPair[]) =>
      v(['action', 'sale'], ['amount', '100'], ['cc', '4111111111111111'], ['exp', '0412'], ...p);
    expect(bad(sale(['shiptosame', 'y'], ['shipto_name', 'X']))).toEqual({
      error: 'extrafields',
      offenders: ['shipto_name'],
    });
    expect(bad(sale(['productcode1', 'A'], ['quantity1', '1'], ['price1', '1']))).toEqual({
      error: 'missingfields',
      offenders: ['numitems'],
    });
    expect(bad(sale(['numitems', '2'], ['productcode1', 'A'], ['quantity1', '1'], ['price1', '1']))).toEqual({
      error: 'missingfields',
      offenders: ['productcode2', 'quantity2', 'price2'],
    });
    expect(
      bad(
        sale(
          ['numitems', '1'],
          ['productcode1', 'A'],
          ['quantity1', '1'],
          ['price1', '1'],
          ['productcode2', 'B'],
        ),
      ),
    ).toEqual({ error: 'extrafields', offenders: ['productcode2'] });
    expect(
      bad(
        sale(
          ['numitems', '1'],
          ['productcode1', 'A'],
          ['quantity1', '1'],
          ['price1', '1'],
          ['shippinghandling1', '5'],
          ['shippinghandling', '5'],
        ),
      ),
    ).toEqual({ error: 'mismatch', offenders: ['shippinghandling', 'shippinghandling1'] });
    expect(bad(sale(['purchaseordernum', '12345678901234567']))).toEqual({
      error: 'missingfields',
      offenders: ['purchaselevel'],
    });
  });

  it('unknown parameters pass unless rejectUnknown; merchant currencies', () => {
    const ok: NvpPair[] = [...base, ['action', 'credit'], ['transid', '001-0000111101'], ['foo', 'bar']];
    expect(validateParams(ok)).toEqual({ ok: true });
    expect(bad(validateParams(ok, { rejectUnknown: true }))).toEqual({
      error: 'extrafields',
      offenders: ['foo'],
    });
    const eur: NvpPair[] = [
      ...base,
      ['action', 'sale'],
      ['amount', '1'],
      ['billingid', 'ABC123'],
      ['currency', 'eur'],
    ];
    expect(bad(validateParams(eur, { acceptedCurrencies: ['usd'] }))).toEqual({
      error: 'merchantcantaccept',
      offenders: ['currency'],
    });
  });

  it('a numitems beyond its three digits is refused as such, without counting its lines', () => {
    const r = v(
      ['action', 'sale'],
      ['amount', '100'],
      ['cc', '4111111111111111'],
      ['exp', '0449'],
      ['numitems', '70000000'],
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.offenders).toContain('numitems');
    expect(r.offenders.length).toBeLessThan(10);
  });

  it('typed API: wrong JS types read like baddata; encodeRequest throws a trustcommerce error with offenders', () => {
    const req = {
      custId: 'c',
      password: 'p',
      action: 'sale',
      amount: 5.5,
      billingId: 'ABC123',
    } as unknown as TcRequest;
    expect(validateRequest(req)).toMatchObject({ ok: false, error: 'badformat', offenders: ['amount'] });
    const e = catchPaywire(() =>
      encodeRequest(
        { custId: 'c', password: 'p', action: 'sale', amount: 500, cc: '4111111111111111' } as TcRequest,
        {
          form: 'https',
        },
      ),
    );
    expect(e.family).toBe('trustcommerce');
    expect(e.code).toBe(ErrorCode.MISSING_VALUE);
    expect(e.error).toBe('missingfields');
    expect(e.offenders).toEqual(['exp']);
    expect(e.toJSON()).toMatchObject({
      family: 'trustcommerce',
      error: 'missingfields',
      offenders: ['exp'],
      field: 'exp',
    });
    expect(() => assertValidParams([['action', 'sale']])).toThrow();
    try {
      assertValidParams([['action', 'sale']]);
    } catch (err) {
      expect(isPaywireError(err)).toBe(true);
    }
  });
});
