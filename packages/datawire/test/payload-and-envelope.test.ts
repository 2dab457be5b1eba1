import { isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildClientRef,
  checkAuth,
  checkDid,
  type DatawireRequest,
  type DatawireResponse,
  decodeRequest,
  decodeResponse,
  encodeRequestText,
  encodeResponseText,
  escapePayload,
  isRecommendedClientRef,
  parseClientRef,
  returnCodeInfo,
  serviceDiscoveryUrl,
  statusCodeInfo,
  transactionRequest,
  unescapePayload,
  type XmlLayout,
} from '../src/index.js';

describe('payload escaping', () => {
  it('round-trips all 256 byte values', () => {
    const all = Uint8Array.from({ length: 256 }, (_, k) => k);
    const text = escapePayload(all);
    expect(unescapePayload(text)).toEqual(all);
    // exactly 63 literal bytes (digits, letters, '.') and 193 escapes of 3 characters
    expect(text.length).toBe(63 + 193 * 3);
  });

  it('matches the recorded forms', () => {
    expect(escapePayload(Uint8Array.of(0x53, 0x56, 0x2e, 0x1c, 0x34, 0x30))).toBe('SV.|1C40');
    expect(escapePayload(Uint8Array.of(0x20, 0x22, 0x28, 0x2b, 0x2c, 0x5b, 0x7e, 0x7c))).toBe(
      '|20|22|28|2B|2C|5B|7E|7C',
    );
    expect(unescapePayload('|1c|7E')).toEqual(Uint8Array.of(0x1c, 0x7e));
  });

  it('refuses a bad escape with its offset', () => {
    for (const [text, offset] of [
      ['ab|1', 2],
      ['|G0', 0],
      ['x|', 1],
    ] as const) {
      try {
        unescapePayload(text);
        expect.unreachable();
      } catch (e) {
        expect(isPaywireError(e) && e.offset).toBe(offset);
      }
    }
    expect(() => unescapePayload('\u0100')).toThrow(/above U\+00FF/);
  });

  it('property: unescape(escape(b)) = b and escaped text holds only [0-9A-Za-z.|]', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const t = escapePayload(bytes);
        expect(/^[0-9A-Za-z.|]*$/.test(t)).toBe(true);
        expect(unescapePayload(t)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ClientRef, DID, App, Auth formats', () => {
  it('builds and parses tttttttVnnnnnn', () => {
    expect(buildClientRef(1700723, { major: 1, revision: 0 })).toBe('1700723V001000');
    expect(buildClientRef('1', '000003')).toBe('0000001V000003');
    expect(buildClientRef(1, 'RFR002')).toBe('0000001VRFR002');
    expect(parseClientRef('1701298V001000')).toEqual({ transactionId: '1701298', version: '001000' });
    expect(parseClientRef('99026809996')).toBeUndefined();
    expect(isRecommendedClientRef('1701298V001000')).toBe(true);
    expect(() => buildClientRef(10_000_000, '001000')).toThrow(/0-9999999/);
    expect(() => buildClientRef(1, { major: 1000, revision: 0 })).toThrow(/0-999/);
    expect(() => buildClientRef(1, '1.0')).toThrow(/6 digits/);
  });
  it('property: built ClientRefs are recommended and parse back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.nat(999), fc.nat(999), (t, major, revision) => {
        const ref = buildClientRef(t, { major, revision });
        expect(ref).toHaveLength(14);
        expect(parseClientRef(ref)).toEqual({
          transactionId: String(t).padStart(7, '0'),
          version: String(major).padStart(3, '0') + String(revision).padStart(3, '0'),
        });
      }),
      { numRuns: 200 },
    );
  });
  it('checks DID and Auth, masking Auth in the error', () => {
    expect(() => checkDid('00033746370969070150')).not.toThrow();
    expect(() => checkDid('')).toThrow(/1-32 digits/);
    expect(() => checkDid('', true)).not.toThrow();
    expect(() => checkAuth('99026809996|00000008594')).not.toThrow();
    try {
      checkAuth('99026809996-00000008594');
      expect.unreachable();
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain('99026809996');
      expect(isPaywireError(e) && e.actual).toBe('***********************');
    }
  });
  it('service discovery URL is the base plus the ServiceID', () => {
    expect(serviceDiscoveryUrl('https://staging1.datawire.net/sd/', '104')).toBe(
      'https://staging1.datawire.net/sd/104',
    );
  });
});

describe('status and return codes', () => {
  it('flags reversal for 203-206, 405 and 505 only among the known return codes', () => {
    const rev = ['000', '006', '008', '200', '201', '202', '203', '204', '205', '206', '405', '505'].filter(
      (c) => returnCodeInfo(c).reversalRequired,
    );
    expect(rev).toEqual(['203', '204', '205', '206', '405', '505']);
    expect(returnCodeInfo('200')).toMatchObject({ retryable: true, reversalRequired: false });
    expect(returnCodeInfo('000').delivered).toBe(true);
    expect(returnCodeInfo('999')).toMatchObject({ delivered: false, reversalRequired: true });
  });
  it('status codes: only OK is delivered; Retry is retryable', () => {
    expect(statusCodeInfo('OK').delivered).toBe(true);
    expect(statusCodeInfo('Retry')).toMatchObject({ delivered: false, retryable: true });
    expect(statusCodeInfo('AccessDenied').retryable).toBe(false);
    expect(statusCodeInfo('Timeout').reversalRequired).toBe(true);
  });
});

const alnum = fc.stringMatching(/^[A-Za-z0-9]{1,16}$/);
const layoutArb: fc.Arbitrary<XmlLayout> = fc.record({
  prolog: fc.constantFrom(
    '',
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">\n',
  ),
  newline: fc.constantFrom('', '\n', '\r\n'),
  indent: fc.constantFrom('', ' ', '  ', '\t'),
  emptyElement: fc.constantFrom('pair', 'self-closing', 'self-closing-space'),
  equals: fc.constantFrom('=', ' = '),
  quote: fc.constantFrom('"', "'"),
  epilog: fc.constantFrom('', '\n'),
});

describe('envelope round trips (property)', () => {
  it('requests: decode(encode(r)) = r, and encode(decode(x)) = x with the kept layout', () => {
    const req = fc.record({
      did: fc.stringMatching(/^[0-9]{20}$/),
      app: alnum,
      auth: fc.tuple(alnum, alnum).map(([a, b]) => `${a}|${b}`),
      clientRef: fc
        .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.nat(999))
        .map(([t, v]) => buildClientRef(t, { major: v, revision: 0 })),
      serviceId: fc.stringMatching(/^[0-9]{1,4}$/),
      payload: fc.uint8Array({ maxLength: 120 }).map(escapePayload),
    });
    fc.assert(
      fc.property(req, layoutArb, (init, layout) => {
        const r: DatawireRequest = { ...transactionRequest(init), layout };
        const text = encodeRequestText(r);
        const back = decodeRequest(text, { keepLayout: true });
        expect(back).toEqual({ ...r, layout: back.layout });
        expect(encodeRequestText(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('responses of every body type round-trip', () => {
    const text = fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
    const body = fc.oneof(
      fc.record({
        type: fc.constant('transaction' as const),
        returnCode: fc.stringMatching(/^[0-9]{3}$/),
        payload: text,
      }),
      fc.record({
        type: fc.constant('serviceDiscovery' as const),
        providers: fc.array(
          fc.record({ url: fc.webUrl(), maxTransactionsInPackage: fc.stringMatching(/^[0-9]{1,3}$/) }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
      }),
      fc.record({
        type: fc.constant('ping' as const),
        costs: fc.array(
          fc.record({
            serviceId: fc.stringMatching(/^[0-9]{3}$/),
            transactionTimeMs: fc.stringMatching(/^[0-9]{1,5}$/),
          }),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
      }),
      fc.record({
        type: fc.constant('registration' as const),
        did: fc.stringMatching(/^[0-9]{20}$/),
        urls: fc.array(fc.webUrl(), { minLength: 1, maxLength: 2 }),
      }),
      fc.constant({ type: 'activation' as const }),
    );
    const res = fc.record({
      version: fc.constant('3'),
      clientId: fc.record({ did: fc.stringMatching(/^[0-9]{20}$/), clientRef: alnum }),
      status: fc.constantFrom('OK', 'Retry', 'AccessDenied', 'Failed', '008', '42'),
      body,
    });
    fc.assert(
      fc.property(res, layoutArb, (r, layout) => {
        const v: DatawireResponse = { ...r, layout };
        const out = encodeResponseText(v);
        const back = decodeResponse(out, { keepLayout: true });
        expect(back).toEqual({ ...v, layout: back.layout });
        expect(encodeResponseText(back)).toBe(out);
      }),
      { numRuns: 120 },
    );
  });
});
