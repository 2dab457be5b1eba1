import { describe, expect, it } from 'vitest';
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  readResponse,
  traceResponse,
  validateRequest,
} from '../src/index.js';
import { unescapePayload } from './helpers.js';
import vectors from './vectors/recorded-exchanges.json' with { type: 'json' };

describe('recorded staging exchanges', () => {
  for (const v of vectors.requests) {
    it(`${v.name}: decodes to the expected fields and re-encodes byte-identically`, () => {
      const bytes = unescapePayload(v.payload);
      const decoded = decodeRequest(bytes);
      expect(decoded).toEqual(v.expected);
      // field order is the wire order
      expect(Object.keys(decoded.fields)).toEqual(Object.keys(v.expected.fields));
      expect(encodeRequest(decoded)).toEqual(bytes);
      // the recorded request satisfies the per-code rules of its request code
      expect(validateRequest(decoded).name).toBe('Balance Inquiry');
    });
  }

  for (const v of vectors.responses) {
    it(`${v.name}: decodes, reads and re-encodes byte-identically`, () => {
      const bytes = unescapePayload(v.payload);
      const decoded = decodeResponse(bytes);
      expect(decoded.version).toBe('4');
      expect(decoded.format).toBe('0');
      expect(decoded.responseIndicator).toBe('0900');
      expect(decoded.trailingSeparator).toBeUndefined();
      expect(decoded.fields).toMatchObject(v.expectedFields);
      expect(encodeResponse(decoded)).toEqual(bytes);
      const reading = readResponse(decoded);
      expect(reading).toMatchObject(v.expectedReading);
      expect(reading.responseText).toBe('Completed OK');
      if ('expectedHistory' in v) expect(reading.history).toEqual(v.expectedHistory);
    });
  }

  it('balance answer: 1530 cents, approval 534016, no expiration (year 3025)', () => {
    const r = readResponse(decodeResponse(unescapePayload(vectors.responses[0]!.payload)));
    expect(r.newBalance).toBe(1530);
    expect(r.previousBalance).toBe(1530);
    expect(r.approvalCode).toBe('534016');
    expect(r.cardExpirationDate).toBeNull();
  });

  it('history worked example: D0 bytes decode to the values in the notes', () => {
    const r = decodeResponse(unescapePayload(vectors.responses.at(-1)!.payload));
    const d0 = r.fields.transactionHistoryDetail!;
    expect(d0.length).toBe(37); // = EC transaction record length in the same answer
    const history = readResponse(r, { historyFormat: '84' }).history!;
    expect(history.format).toBe('84');
    expect(history.records[0]!.requestCode).toBe('2102');
    expect(history.records[0]!.dateTime).toBe('2018-12-18T21:59');
  });

  it('traces the balance answer with offsets, meanings and a masked card number', () => {
    const bytes = unescapePayload(vectors.responses[0]!.payload);
    const { entries } = traceResponse(bytes);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    const code = byPath.get('fields.responseCode')!;
    expect(code.meaning).toBe('Completed OK');
    expect(String.fromCharCode(...bytes.subarray(code.offset, code.offset + code.length))).toBe('00');
    expect(byPath.get('fields.originalTransactionRequest')!.meaning).toBe('Balance Inquiry');
    expect(byPath.get('fields.expirationDate')!.meaning).toBe('no expiration');
    const card = byPath.get('fields.embossedCardNumber')!;
    expect(card.value).toBe('777716******5246');
    expect(JSON.stringify(entries)).not.toContain('7777165452305246');
  });
});
