import { isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBatchResult,
  decodeForm,
  decodeLines,
  decodeRequest,
  decodeResponse,
  decodeVaultQueryResult,
  encodeForm,
  encodeLines,
  encodeRequest,
  encodeResponse,
  kinds,
  type NvpPair,
  parseRequest,
  readCsv,
  type TcResponse,
  validateParams,
} from '../src/index.js';

const RUNS = { numRuns: 300 };

const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const lineName = anyText.filter((s) => !/[=\r\n]/.test(s));
const lineValue = anyText.filter((s) => !/[\r\n]/.test(s));
const linePairs = fc.array(fc.tuple(lineName, lineValue), { maxLength: 12 });

function onlyPaywire(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isPaywireError(e)) throw e;
  }
}

describe('round trips of arbitrary values', () => {
  it('name=value lines, block and plain', () => {
    fc.assert(
      fc.property(linePairs, fc.boolean(), (pairs, block) => {
        if (!block && pairs.length === 0) return;
        const out = decodeLines(encodeLines(pairs, { block }), { block }).pairs;
        expect(out).toEqual(pairs);
      }),
      RUNS,
    );
  });

  it('form encoding matches URLSearchParams both ways', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { maxLength: 8 }), (pairs) => {
        const enc = encodeForm(pairs);
        expect(new TextDecoder().decode(enc)).toBe(new URLSearchParams(pairs).toString());
        if (pairs.length > 0) expect(decodeForm(enc).pairs).toEqual(pairs);
      }),
      RUNS,
    );
  });

  it('typed answers in both forms', () => {
    const token = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    const resp = fc.record(
      {
        status: fc.oneof(fc.constantFrom('approved', 'accepted', 'decline', 'baddata', 'error'), token),
        transId: fc.stringMatching(/^\d{3}-\d{10}$/),
        declineType: token,
        error: token,
        offenders: fc.array(token, { minLength: 1, maxLength: 4 }),
        errorType: token,
        avs: fc.constantFrom('X', 'Y', 'A', 'W', 'Z', 'N', 'U', 'G', 'R', 'E', 'S', '0'),
        billingId: fc.stringMatching(/^[A-Z0-9]{6}$/),
        fraudScore: fc.integer({ min: 0, max: 100 }),
        blacklistValue: lineValue.filter((s) => s !== ''),
        velocityType: token,
        commercialCard: fc.constantFrom('S', 'R', 'B'),
      },
      { requiredKeys: ['status'] },
    );
    fc.assert(
      fc.property(resp, fc.constantFrom('tclink' as const, 'https' as const), (r, form) => {
        expect(decodeResponse(encodeResponse(r as TcResponse, form))).toEqual(r);
      }),
      RUNS,
    );
  });

  it('typed requests with arbitrary free-text fields in both forms', () => {
    const free = (max: number) =>
      fc
        .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: max })
        .filter((s) => !/[\x00-\x1f\x7f]/.test(s));
    fc.assert(
      fc.property(
        free(60),
        free(30),
        free(20),
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom('tclink' as const, 'https' as const),
        (name, ticket, operator, amount, form) => {
          const req = {
            custId: 'c1',
            password: 'p=w&d',
            action: 'sale' as const,
            amount,
            billingId: 'AB12CD',
            name,
            ticket,
            operator,
          };
          expect(decodeRequest(encodeRequest(req, { form })).request).toEqual(req);
        },
      ),
      RUNS,
    );
  });
});

describe('random input only throws paywire errors', () => {
  const junk = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'BEGIN',
            'begin',
            'END',
            'end',
            '',
            '=',
            'status=approved',
            'a=b',
            '\r',
            '&',
            '%',
            '%4',
            'x',
          ),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 12 },
      )
      .map((parts) => new TextEncoder().encode(parts.join(Math.random() < 0.5 ? '\n' : '\r\n'))),
  );

  it('kinds: decode throws a paywire error or re-encodes the identical bytes', () => {
    fc.assert(
      fc.property(junk, (b) => {
        for (const kind of kinds) {
          let value: unknown;
          try {
            value = kind.decode(b);
          } catch (e) {
            expect(isPaywireError(e)).toBe(true);
            continue;
          }
          expect(kind.encode(value)).toEqual(b);
          onlyPaywire(() => kind.trace(b));
          kind.redact(value);
          kind.detect?.(b);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('typed decoders, validation and CSV readers', () => {
    fc.assert(
      fc.property(junk, (b) => {
        onlyPaywire(() => decodeRequest(b));
        onlyPaywire(() => decodeResponse(b));
        const s = new TextDecoder().decode(b);
        onlyPaywire(() => readCsv(s));
        onlyPaywire(() => decodeBatchResult(s));
        onlyPaywire(() => decodeVaultQueryResult(s, { showCount: true }));
      }),
      { numRuns: 500 },
    );
  });

  it('validation and typed parsing of arbitrary pairs', () => {
    const names = fc.constantFrom(
      'custid',
      'password',
      'action',
      'amount',
      'cc',
      'exp',
      'track1',
      'track2',
      'numitems',
      'productcode1',
      'price2',
      'shippinghandling',
      'shippinghandling1',
      'cycle',
      'start',
      'authnow',
      'billingid',
      'media',
      'routing',
      'account',
      'purchaseordernum',
      'x',
    );
    const values = fc.oneof(
      fc.constantFrom(
        'sale',
        'preauth',
        'store',
        'ach',
        'y',
        'n',
        'null',
        '0412',
        '1m',
        '%B4111111111111111^A^1204?',
        ';4111=1204?',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(names, values), { maxLength: 15 }), (pairs: NvpPair[]) => {
        const r = validateParams(pairs);
        if (!r.ok) expect(r.offenders.length).toBeGreaterThan(0);
        onlyPaywire(() => parseRequest(pairs));
        onlyPaywire(() => encodeRequest(parseRequest(pairs), { form: 'tclink' }));
      }),
      { numRuns: 500 },
    );
  });

  it('kinds: encode of arbitrary JSON values only throws paywire errors', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        for (const kind of kinds) onlyPaywire(() => kind.encode(v));
        onlyPaywire(() => encodeRequest(v as never, { form: 'https' }));
        onlyPaywire(() => encodeResponse(v as never, 'tclink'));
      }),
      { numRuns: 300 },
    );
  });
});
