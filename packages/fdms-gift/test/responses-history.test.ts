import { describe, expect, it } from 'vitest';
import {
  decodeHistory,
  decodeResponse,
  encodeHistory,
  encodeResponse,
  HISTORY_FORMATS,
  RESPONSE_CODES,
  readResponse,
  recordLength,
  responseCodeInfo,
  type TransactionHistory,
} from '../src/index.js';
import { ascii, caught, unescapePayload } from './helpers.js';

describe('response codes', () => {
  const listed = Object.keys(RESPONSE_CODES);

  it('covers 00-96 except the codes no source lists', () => {
    const missing: string[] = [];
    for (let i = 0; i <= 96; i++) {
      const c = String(i).padStart(2, '0');
      if (!listed.includes(c)) missing.push(c);
    }
    expect(missing).toEqual(['13', '14', '24', '25', '61', '62', '63', '64', '65', '66', '93']);
  });

  for (const code of listed) {
    it(`response code ${code} decodes from a payload and reads with its text`, () => {
      const bytes = encodeResponse({ fields: { systemTraceNumber: '000001', responseCode: code } });
      expect(String.fromCharCode(...bytes)).toBe(`40\x1c0900\x1c11000001\x1c39${code}`);
      const r = readResponse(decodeResponse(bytes));
      expect(r.responseCode).toBe(code);
      expect(r.responseText).toBe(RESPONSE_CODES[code]);
      expect(r.approved).toBe(code === '00');
    });
  }

  it('keeps unknown codes as data', () => {
    const r = readResponse(decodeResponse(ascii('40\x1c0900\x1c3913')));
    expect(r.responseCode).toBe('13');
    expect(r.approved).toBe(false);
    expect(r.responseText).toContain('Unknown');
    expect(responseCodeInfo('33').text).toContain('No previous transaction');
  });

  it('a response without field 39 is refused by the reader (519)', () => {
    expect(caught(() => readResponse(decodeResponse(ascii('40\x1c0900\x1c11000001')))).code).toBe(519);
  });

  it('expiration dates: year >= 3000 means none, earlier years are kept', () => {
    const read = (a0: string) =>
      readResponse(decodeResponse(ascii(`40\x1c0900\x1c3900\x1cA0${a0}`))).cardExpirationDate;
    expect(read('01013025')).toBeNull();
    expect(read('12313000')).toBeNull();
    expect(read('12312999')).toBe('12312999');
    expect(read('06302027')).toBe('06302027');
  });

  it('a trailing separator after the last field is accepted and kept for exact re-encoding', () => {
    const bytes = ascii('40\x1c0900\x1c3900\x1c761530\x1c');
    const r = decodeResponse(bytes);
    expect(r.trailingSeparator).toBe(true);
    expect(r.fields).toEqual({ responseCode: '00', newBalance: '1530' });
    expect(encodeResponse(r)).toEqual(bytes);
  });
});

/** FDCD bytes from a list of two-digit values (byte = value + 32) and literal characters. */
function fdcd(...parts: (number | string)[]): string {
  return parts.map((p) => (typeof p === 'number' ? String.fromCharCode(p + 32) : p)).join('');
}

describe('transaction history (D0)', () => {
  it('decodes the worked example of the notes', () => {
    const payload = unescapePayload(
      '|22t|28H|20|20u|7Eu|7E5|22|2B|20|20|20|20J|20|20|20|20|20J|20|20|20|20|20|20|20|2C2425|5B',
    );
    const h = decodeHistory(payload);
    expect(h).toEqual({
      accountStatus: '02',
      format: '84',
      baseCurrency: '840',
      records: [
        {
          alternateMerchantNumber: '00008594',
          terminalNumber: '8594',
          requestCode: '2102',
          amountSign: '+',
          amount: 4200,
          balance: 4200,
          lockAmount: 0,
          dateTime: '2018-12-18T21:59',
        },
      ],
    });
    expect(encodeHistory(h)).toEqual(payload);
  });

  it('record sizes follow the layouts (84 = 33 bytes as in the example)', () => {
    expect(recordLength(HISTORY_FORMATS['84']!)).toBe(33);
    expect(recordLength(HISTORY_FORMATS['81']!)).toBe(6 + 2 + 1 + 6 + 6 + 6);
    expect(recordLength(HISTORY_FORMATS['88']!)).toBe(4 + 2 + 2 + 1 + 2 + 6 + 6 + 6 + 6 + 6);
  });

  it('decodes a hand-packed format 85 record with a negative amount', () => {
    const d0 = fdcd(
      ...[2, 85, 8, 40], // status 02, format 85, currency 0840
      ...[9, 90, 26, 80, 99, 96], // primary merchant 099026809996 -> 99026809996
      22,
      2,
      '-', // request code 2202, sign
      ...[8, 26], // local currency 0826 -> 826
      ...[0, 0, 0, 0, 12, 34], // local amount 1234
      ...[0, 0, 0, 0, 15, 0], // amount 1500
      ...[0, 0, 0, 0, 27, 0], // balance 2700
      ...[0, 0, 0, 0, 0, 0], // lock 0
      ...[1, 31, 20, 24, 8, 5], // 01/31/2024 08:05
    );
    const h = decodeHistory(d0, '85');
    expect(h.records).toEqual([
      {
        primaryMerchantNumber: '99026809996',
        requestCode: '2202',
        amountSign: '-',
        localCurrency: '826',
        localAmount: 1234,
        amount: 1500,
        balance: 2700,
        lockAmount: 0,
        dateTime: '2024-01-31T08:05',
      },
    ]);
    expect(String.fromCharCode(...encodeHistory(h))).toBe(d0);
  });

  for (const format of Object.keys(HISTORY_FORMATS)) {
    it(`format ${format}: two records round-trip through encode/decode`, () => {
      const rec = (n: number) => ({
        primaryMerchantNumber: '12345678901',
        alternateMerchantNumber: format === '84' || format === '88' ? '00001234' : '00000001234',
        terminalNumber: '0042',
        requestCode: '2300',
        amountSign: n ? ('-' as const) : ('+' as const),
        localCurrency: '124',
        localAmount: 999 + n,
        amount: 500 + n,
        balance: 700000000000 + n,
        lockAmount: n,
        dateTime: '2019-02-05T18:17',
      });
      const layout = HISTORY_FORMATS[format]!;
      const names = new Set(layout.flatMap((i) => (i.kind === 'digits' ? [i.name] : [])));
      const keep = (r: ReturnType<typeof rec>) =>
        Object.fromEntries(
          Object.entries(r).filter(([k]) => names.has(k as never) || k === 'amountSign' || k === 'dateTime'),
        );
      const history = {
        accountStatus: '01',
        format,
        baseCurrency: '840',
        records: [keep(rec(0)), keep(rec(1))],
      } as unknown as TransactionHistory;
      const bytes = encodeHistory(history);
      expect(bytes.length).toBe(4 + 2 * recordLength(layout));
      expect(decodeHistory(bytes, format)).toEqual(history);
    });
  }

  it('reports truncated records, bad bytes, bad signs and unsupported formats', () => {
    const good = unescapePayload(
      '|22t|28H|20|20u|7Eu|7E5|22|2B|20|20|20|20J|20|20|20|20|20J|20|20|20|20|20|20|20|2C2425|5B',
    );
    expect(caught(() => decodeHistory(good.subarray(0, 30))).code).toBe(512);
    const badByte = good.slice();
    badByte[10] = 0x10;
    expect(caught(() => decodeHistory(badByte)).code).toBe(519);
    const badSign = good.slice();
    badSign[12] = 0x2a;
    expect(caught(() => decodeHistory(badSign)).code).toBe(519);
    expect(caught(() => decodeHistory(fdcd(2, 79, 8, 40))).code).toBe(704);
    expect(caught(() => decodeHistory(good, '82')).code).toBe(519);
    expect(caught(() => decodeHistory('ab')).code).toBe(512);
  });
});
