import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  buildTimeoutReversal,
  decodeRequest,
  encodeRequest,
  FIELDS,
  type FieldName,
  REQUEST_CODES,
  reversalRequired,
  type SvdotFieldsInput,
  validateRequest,
} from '../src/index.js';
import { ascii, caught } from './helpers.js';

const MID = '99026809996';

/** A valid value for every field a request may carry (hand-written, per the dictionary). */
const SAMPLE: Record<string, string | number> = {
  localTransactionTime: '181701',
  localTransactionDate: '02052019',
  merchantTerminalId: `${MID}8594`,
  sourceCode: '31',
  embossedCardNumber: '7777165452305246',
  track2Data: '6010567008288444=00010004000070771026',
  transactionAmount: 1250,
  promotionCode: '12',
  workingKey: 'A1'.repeat(40),
  merchantKeyId: '108',
  localLockId: '7',
  historyFormat: '84',
  originalTransactionRequest: '2202',
  removeBalance: 'Y',
};

function requiredFields(code: (typeof REQUEST_CODES)[number]): SvdotFieldsInput {
  const fields: Record<string, string | number> = {};
  for (const name of code.required) fields[name] = SAMPLE[name]!;
  if (code.card) fields.embossedCardNumber = SAMPLE.embossedCardNumber!;
  return fields as SvdotFieldsInput;
}

describe('request codes', () => {
  it('lists every code the issue names', () => {
    const codes = REQUEST_CODES.map((c) => c.code);
    for (const c of [
      '2101',
      '2102',
      '2104',
      '2107',
      '2108',
      '2201',
      '2202',
      '2208',
      '2300',
      '2301',
      '2400',
      '2408',
      '2410',
      '2411',
      '2413',
      '2600',
      '2800',
      '2801',
      '2802',
      '2808',
      '0704',
      '2010',
      '2003',
      '2016',
      '2004',
      '2495',
      '2496',
    ]) {
      expect(codes).toContain(c);
    }
  });

  for (const code of REQUEST_CODES) {
    it(`${code.code} ${code.name}: builds from typed fields and round-trips`, () => {
      const request = buildRequest({ merchantId: MID, requestCode: code.code, fields: requiredFields(code) });
      const bytes = encodeRequest(request);
      const text = String.fromCharCode(...bytes);
      expect(text.startsWith(`SV.${MID}\x1c40${code.code}\x1c`)).toBe(true);
      expect(decodeRequest(bytes)).toEqual(request);
      expect(encodeRequest(decodeRequest(bytes))).toEqual(bytes);
    });

    if (code.required.length > 0) {
      it(`${code.code}: a missing required field is refused with 593`, () => {
        const fields = requiredFields(code) as Record<string, unknown>;
        delete fields[code.required[0]!];
        const e = caught(() =>
          buildRequest({ merchantId: MID, requestCode: code.code, fields: fields as SvdotFieldsInput }),
        );
        expect(e.code).toBe(593);
        expect(e.family).toBe('fdms-gift');
        expect(e.field).toBe(code.required[0]);
      });
    }
  }

  it('a field the code does not take is refused (705)', () => {
    const e = caught(() =>
      buildRequest({
        merchantId: MID,
        requestCode: '2400',
        fields: {
          ...requiredFields(REQUEST_CODES.find((c) => c.code === '2400')!),
          workingKey: 'A1'.repeat(40),
        },
      }),
    );
    expect(e.code).toBe(705);
    expect(e.field).toBe('workingKey');
  });

  it('codes that need the card refuse a request without one', () => {
    const fields = { ...SAMPLE } as Record<string, unknown>;
    const e = caught(() =>
      buildRequest({
        merchantId: MID,
        requestCode: '2600',
        fields: {
          localTransactionTime: fields.localTransactionTime,
          localTransactionDate: fields.localTransactionDate,
          merchantTerminalId: fields.merchantTerminalId,
          sourceCode: '31',
        } as SvdotFieldsInput,
      }),
    );
    expect(e.code).toBe(593);
    expect(e.message).toContain('card');
  });

  it('an encrypted EAN needs its merchant key id, and field 42 must start with the merchant id', () => {
    const base = requiredFields(REQUEST_CODES.find((c) => c.code === '2400')!);
    expect(
      caught(() =>
        buildRequest({
          merchantId: MID,
          requestCode: '2400',
          fields: { ...base, extendedAccountNumber: 'AB'.repeat(16) },
        }),
      ).field,
    ).toBe('merchantKeyId');
    expect(
      caught(() =>
        buildRequest({
          merchantId: MID,
          requestCode: '2400',
          fields: { ...base, merchantTerminalId: '123456789010000' },
        }),
      ).field,
    ).toBe('merchantTerminalId');
  });

  it('unknown request codes are refused by the builder but still decode', () => {
    expect(
      caught(() => buildRequest({ merchantId: MID, requestCode: '9999' as '2400', fields: {} })).code,
    ).toBe(705);
    const bytes = ascii(`SV.${MID}\x1c409999\x1c12181701`);
    expect(decodeRequest(bytes).requestCode).toBe('9999');
    expect(caught(() => validateRequest(decodeRequest(bytes))).code).toBe(705);
  });

  it('numbers become digit strings; ZN card numbers are zero-filled to 10', () => {
    const r = buildRequest({
      merchantId: MID,
      requestCode: '2202',
      fields: {
        ...requiredFields(REQUEST_CODES.find((c) => c.code === '2202')!),
        embossedCardNumber: '12345678',
      },
    });
    expect(r.fields.transactionAmount).toBe('1250');
    expect(r.fields.embossedCardNumber).toBe('0012345678');
  });

  it('every dictionary field round-trips inside a payload (generic encoder)', () => {
    const fields: Record<string, string> = {};
    for (const f of FIELDS) {
      const ch = f.type === 'AN' ? 'a' : f.type === 'HT' ? 'F' : f.type === 'FDCD' ? '"' : '7';
      fields[f.name] = f.type === 'SN' ? `-${'1'.repeat(f.min)}` : ch.repeat(f.max);
    }
    const bytes = encodeRequest({ merchantId: MID, requestCode: '2400', fields });
    const back = decodeRequest(bytes);
    expect(back.fields).toEqual(fields);
    expect(Object.keys(back.fields)).toEqual(FIELDS.map((f) => f.name as FieldName));
  });
});

describe('timeout reversal (0704)', () => {
  const redemption = buildRequest({
    merchantId: MID,
    requestCode: '2202',
    fields: requiredFields(REQUEST_CODES.find((c) => c.code === '2202')!),
  });

  it('is the previous request with code 0704 and F6 = its code, F6 first', () => {
    const reversal = buildTimeoutReversal(redemption);
    expect(reversal.requestCode).toBe('0704');
    expect(reversal.merchantId).toBe(MID);
    expect(Object.keys(reversal.fields)[0]).toBe('originalTransactionRequest');
    expect(reversal.fields.originalTransactionRequest).toBe('2202');
    const { originalTransactionRequest: _f6, ...rest } = reversal.fields;
    expect(rest).toEqual(redemption.fields);
    expect(validateRequest(reversal).code).toBe('0704');
    const bytes = encodeRequest(reversal);
    expect(String.fromCharCode(...bytes)).toBe(
      String.fromCharCode(...encodeRequest(redemption)).replace(`\x1c402202`, `\x1c400704\x1cF62202`),
    );
    expect(decodeRequest(bytes)).toEqual(reversal);
  });

  it('refuses to reverse a reversal and does not modify the original', () => {
    const reversal = buildTimeoutReversal(redemption);
    expect(caught(() => buildTimeoutReversal(reversal)).code).toBe(705);
    expect(redemption.requestCode).toBe('2202');
    expect(redemption.fields.originalTransactionRequest).toBeUndefined();
  });

  it('says which codes need one', () => {
    expect(reversalRequired('2202')).toBe(true);
    expect(reversalRequired('2102')).toBe(true);
    expect(reversalRequired('2400')).toBe(false);
    expect(reversalRequired('2410')).toBe(false);
    expect(reversalRequired('2010')).toBe(false);
  });
});
