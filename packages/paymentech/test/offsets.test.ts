/**
 * Byte layouts checked against the notes (paymentech-datawire-svdot-wire.md a.2; AM-NC builder and
 * AM-NC-T offset asserts). Expected strings are written out by hand from those layouts.
 */
import { describe, expect, it } from 'vitest';
import {
  buildAuthOnly,
  buildCapture,
  buildCredit,
  buildPartialAuthReversal,
  buildReversalAdvice,
  buildSale,
  buildVoid,
  decodeRequest,
  encodeRequest,
  type FinancialRequest,
  PREAMBLE_OFFSETS,
} from '../src/index.js';
import { bytes, ETX, FS, MERCHANT, PAN, preamble, STX, str, tx } from './helpers.js';

const ORDER = '12345'.padEnd(16, ' ');
const CARD = `2` + `02` + PAN + FS + '1249' + FS;

describe('preamble (AM-NC-T offsets)', () => {
  const wire = str(encodeRequest(buildSale(MERCHANT, tx())));
  it('has every field at its documented offset', () => {
    expect(wire.charCodeAt(0)).toBe(0x02);
    expect(wire.slice(1, 3)).toBe('L.');
    expect(wire.slice(3, 9)).toBe('A02000');
    expect(wire.slice(9, 13)).toBe('0001');
    expect(wire.slice(13, 25)).toBe('000000000001');
    expect(wire.slice(25, 28)).toBe('001');
    expect(wire[28]).toBe('1');
    expect(wire.slice(29, 35)).toBe('000001');
    expect(wire[35]).toBe('F');
    expect(wire.slice(36, 38)).toBe('01');
    expect(wire.endsWith(ETX)).toBe(true);
  });
  it('exports the same offsets', () => {
    expect(PREAMBLE_OFFSETS).toMatchObject({
      systemIndicator: 1,
      routingIndicator: 3,
      clientNumber: 9,
      merchantNumber: 13,
      terminalNumber: 25,
      transactionMode: 28,
      sequenceNumber: 29,
      transactionClass: 35,
      transactionCode: 36,
      body: 38,
    });
  });
  it('zero-fills a short client number and the sequence number', () => {
    const w = str(encodeRequest(buildSale({ ...MERCHANT, clientNumber: '7' }, tx({ sequenceNumber: 2400 }))));
    expect(w.slice(9, 13)).toBe('0007');
    expect(w.slice(29, 35)).toBe('002400');
  });
});

describe('bodies (notes a.2 layouts)', () => {
  const tokensSale = `CVPI1VF3123${FS}`;
  it('sale 01: card, expiry, amount, filler, FS4-FS12, tokens', () => {
    const w = str(
      encodeRequest(buildSale(MERCHANT, tx({ customerAddress: '123 Nowhere Ln.', customerZip: '90210' }))),
    );
    const want =
      preamble('01') +
      CARD +
      '1.00' +
      FS +
      '00000000' +
      FS +
      FS +
      FS +
      `013${ORDER}07` +
      FS +
      FS +
      FS +
      '123 NOWHERE LN.' +
      FS +
      '90210' +
      FS +
      FS +
      tokensSale +
      ETX;
    expect(w).toBe(want);
    // body starts right after the preamble
    expect(w.slice(38, 41)).toBe('202');
    expect(w.slice(41, 57)).toBe(PAN);
    expect(w[57]).toBe(FS);
  });
  it('auth 02 and refund 06 share the sale layout', () => {
    const auth = str(encodeRequest(buildAuthOnly(MERCHANT, tx())));
    const refund = str(encodeRequest(buildCredit(MERCHANT, tx())));
    const body = `${CARD}1.00${FS}00000000${FS}${FS}${FS}013${ORDER}07${FS}${FS}${FS}${FS}${FS}${FS}${tokensSale}${ETX}`;
    expect(auth).toBe(preamble('02') + body);
    expect(refund).toBe(preamble('06') + body);
  });
  it('capture 03: approval code after FS7, then FS9-FS12 and the CD token', () => {
    const w = str(
      encodeRequest(buildCapture(MERCHANT, tx({ customerDefinedData: 'ORDER 12345' }), '123456')),
    );
    const want =
      preamble('03') +
      CARD +
      `1.00${FS}00000000${FS}${FS}${FS}013${ORDER}07${FS}123456${FS}${FS}${FS}${FS}${FS}` +
      `CD${'ORDER 12345'.padEnd(30, ' ')}${FS}${ETX}`;
    expect(w).toBe(want);
  });
  it('partial authorization reversal 09 ends after the approval code (FS8)', () => {
    const w = str(encodeRequest(buildPartialAuthReversal(MERCHANT, tx({ amount: 50 }), '123456')));
    expect(w).toBe(
      `${preamble('09') + CARD}0.50${FS}00000000${FS}${FS}${FS}013${ORDER}07${FS}123456${FS}${ETX}`,
    );
  });
  it('void 41: retrieval number twice, PAN, TAY, CD', () => {
    const w = str(
      encodeRequest(
        buildVoid(MERCHANT, {
          cardNumber: PAN,
          retrievalNumberToVoid: '12345678',
          sequenceNumber: 1,
          customerDefinedData: '12345',
        }),
      ),
    );
    expect(w).toBe(
      `${preamble('41')}12345678${FS}12345678${FS}${PAN}${FS}TAY${FS}CD${'12345'.padEnd(30)}${FS}${ETX}`,
    );
  });
  it('reversal advice 46: card, amount, FS3-FS12 empty, RN, TC, P1, P2', () => {
    const merchant = {
      ...MERCHANT,
      software: { vendorId: '00C7', softwareId: '0129' },
      p2Data: '62A00000000000000840102048',
    };
    const w = str(encodeRequest(buildReversalAdvice(merchant, tx({ posRetrievalNumber: '12345' }), '01')));
    const want =
      preamble('46') +
      CARD +
      '1.00' +
      FS.repeat(10) +
      `RN${'12345'.padEnd(12)}${FS}TC01${FS}P100C70129${'1'.padEnd(20)}${FS}P262A00000000000000840102048${FS}${ETX}`;
    expect(w).toBe(want);
  });
});

describe('decoding a request written by hand in the ActiveMerchant shape', () => {
  // implied-cents amount (AM-NC money_format :cents), default ECI 08, CV without value, CD, RN, P8, P1, P2
  const wire =
    preamble('02') +
    `202${PAN}${FS}0130${FS}100${FS}00000000${FS}${FS}${FS}013${ORDER}08${FS}${FS}${FS}` +
    `456 MY STREET APT 1${FS}K1C2N6${FS}${FS}CVPI9${FS}CD${'12345'.padEnd(30)}${FS}RN${'12345'.padEnd(12)}${FS}P800${FS}` +
    `P100C70129${'1'.padEnd(20)}${FS}P262A00000000000000840102048${FS}${ETX}`;
  it('decodes every field', () => {
    const r = decodeRequest(bytes(wire)) as FinancialRequest;
    expect(r).toMatchObject({
      merchantNumber: '000000000001',
      transactionCode: '02',
      accountNumber: PAN,
      expirationDate: '0130',
      amount: 100,
      amountFormat: 'implied',
      industryData: { industryCode: '013', orderNumber: '12345', eci: '08' },
      streetAddress: '456 MY STREET APT 1',
      zipCode: 'K1C2N6',
    });
    expect(r.tokens).toEqual([
      { id: 'CV', cv: { presence: '9' } },
      { id: 'CD', cd: { customerDefinedData: '12345' } },
      { id: 'RN', rn: { posRetrievalNumber: '12345' } },
      { id: 'P8', p8: { authorizationType: '00' } },
      { id: 'P1', p1: { vendorId: '00C7', softwareId: '0129', softwareData: '1' } },
      { id: 'P2', p2: { data: '62A00000000000000840102048' } },
    ]);
    expect(str(encodeRequest(r))).toBe(wire);
  });
  it('keeps an unknown token as raw data and re-encodes it', () => {
    const w = wire.replace(ETX, `ZZSOMETHING${FS}${ETX}`);
    const r = decodeRequest(bytes(w)) as FinancialRequest;
    expect(r.tokens.at(-1)).toEqual({ id: 'ZZ', raw: 'SOMETHING' });
    expect(str(encodeRequest(r))).toBe(w);
  });
  it('accepts and checks a trailing LRC byte (XOR after STX through ETX)', () => {
    let x = 0;
    for (let i = 1; i < wire.length; i++) x ^= wire.charCodeAt(i);
    const withLrc = wire + String.fromCharCode(x);
    const r = decodeRequest(bytes(withLrc));
    expect(r.trailingLrc).toBe(true);
    expect(str(encodeRequest(r))).toBe(withLrc);
    const broken = wire + String.fromCharCode(x ^ 1);
    expect(() => decodeRequest(bytes(broken))).toThrowError(expect.objectContaining({ code: 518 }));
  });
  it('refuses codes whose layout is not public with 704', () => {
    for (const code of ['04', '27', '28', '29', '44', '45', '47']) {
      expect(() => decodeRequest(bytes(wire.replace(`F02`, `F${code}`)))).toThrowError(
        expect.objectContaining({ code: 704, field: 'transactionCode' }),
      );
    }
    expect(() => decodeRequest(bytes(wire.replace(`F02`, `F77`)))).toThrowError(
      expect.objectContaining({ code: 503, field: 'transactionCode', offset: 36 }),
    );
  });
  it('names the field and offset of a bad byte', () => {
    const bad = wire.replace(`${FS}0130${FS}`, `${FS}1330${FS}`);
    expect(() => decodeRequest(bytes(bad))).toThrowError(
      expect.objectContaining({ field: 'expirationDate', code: 505 }),
    );
    expect(STX).toBe('\x02');
  });
});

describe('non-canonical amounts', () => {
  it('are decoded to cents and written back as received', () => {
    for (const [text, cents] of [
      ['0000100', 100],
      ['01.00', 100],
      ['.50', 50],
    ] as const) {
      const wire = `${preamble('46')}202${PAN}${FS}0130${FS}${text}${FS.repeat(10)}${ETX}`;
      if (text === '.50') {
        expect(() => decodeRequest(bytes(wire))).toThrowError(
          expect.objectContaining({ field: 'amount', code: 502 }),
        );
        continue;
      }
      const r = decodeRequest(bytes(wire));
      expect(r).toMatchObject({ amount: cents, amountText: text });
      expect(str(encodeRequest(r))).toBe(wire);
      expect(str(encodeRequest({ ...r, amount: 200 } as typeof r))).toContain(
        `${FS}${text.includes('.') ? '2.00' : '200'}${FS}`,
      );
    }
  });
});
