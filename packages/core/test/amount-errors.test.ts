import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAmountRange,
  ErrorCode,
  errorNameOf,
  fieldError,
  formatExplicitDecimal,
  formatImpliedDecimal,
  isPaywireError,
  PaywireError,
  parseExplicitDecimal,
  parseImpliedDecimal,
  registerErrorCodes,
} from '../src/index.js';

function code(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('amounts', () => {
  it('formats implied and explicit decimals', () => {
    expect(formatImpliedDecimal(1234, 12)).toBe('000000001234');
    expect(formatImpliedDecimal(0)).toBe('0');
    expect(formatExplicitDecimal(1234)).toBe('12.34');
    expect(formatExplicitDecimal(5)).toBe('0.05');
    expect(formatExplicitDecimal(5, 0)).toBe('5');
    expect(formatExplicitDecimal(1, 3)).toBe('0.001');
    expect(parseExplicitDecimal('12.3')).toBe(1230);
    expect(parseExplicitDecimal('12')).toBe(1200);
    expect(parseImpliedDecimal('000000001234')).toBe(1234);
  });

  it('refuses bad amounts with codes', () => {
    expect(code(() => formatImpliedDecimal(1.5))).toBe(503);
    expect(code(() => formatImpliedDecimal(-1))).toBe(503);
    expect(code(() => formatImpliedDecimal(10000, 4))).toBe(503);
    expect(code(() => parseExplicitDecimal('1.234'))).toBe(502);
    expect(code(() => parseExplicitDecimal('-1.00'))).toBe(502);
    expect(code(() => parseImpliedDecimal('12a'))).toBe(502);
    expect(code(() => checkAmountRange(0, 1, 9999999))).toBe(503);
    expect(checkAmountRange(1, 1, 9999999)).toBeUndefined();
  });

  it('round-trips any amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 3 }),
        (n, d) => {
          expect(parseExplicitDecimal(formatExplicitDecimal(n, d), d)).toBe(n);
          expect(parseImpliedDecimal(formatImpliedDecimal(n, 16))).toBe(n);
        },
      ),
    );
  });
});

describe('errors', () => {
  it('carry a stable code, symbolic name, field and offset', () => {
    const e = new PaywireError(ErrorCode.LRC_CHECK_FAILED, 'LRC check failed', { offset: 9, family: 'tsys' });
    expect([e.code, e.name, e.offset, e.family]).toEqual([518, 'LRC_CHECK_FAILED', 9, 'tsys']);
    expect(e).toBeInstanceOf(Error);
    expect(e.toJSON()).toEqual({
      code: 518,
      name: 'LRC_CHECK_FAILED',
      family: 'tsys',
      message: 'LRC check failed',
      offset: 9,
    });
    const f = fieldError(501, 'merchantNumber', 'too long');
    expect([f.field, f.message, f.name]).toEqual([
      'merchantNumber',
      'merchantNumber: too long',
      'INVALID_LENGTH',
    ]);
  });

  it('uses the seed SDK numbers', () => {
    expect(ErrorCode).toMatchObject({
      INVALID_LENGTH: 501,
      INVALID_FORMAT: 502,
      OUT_OF_RANGE: 503,
      LUHN_CHECK_FAILED: 504,
      CARD_DATE_INVALID: 505,
      CARD_EXPIRED: 506,
      LENGTH_MISMATCH: 517,
      LRC_CHECK_FAILED: 518,
      CORRUPT_RESPONSE: 519,
      EMPTY_RESPONSE: 520,
    });
  });

  it('is recognised across copies of the package (brand, not instanceof)', () => {
    const foreign = Object.assign(new Error('x'), { code: 501 });
    Object.defineProperty(foreign, Symbol.for('@paywire/error'), { value: true });
    expect(isPaywireError(foreign)).toBe(true);
    expect(isPaywireError(new Error('x'))).toBe(false);
    expect(isPaywireError(null)).toBe(false);
    expect(isPaywireError({ code: 501 })).toBe(false);
  });

  it('lets packages register their own codes, refusing clashes', () => {
    registerErrorCodes({ PENDING_LIMIT_TEST: 9596 });
    expect(errorNameOf(9596)).toBe('PENDING_LIMIT_TEST');
    expect(new PaywireError(9596, 'x').name).toBe('PENDING_LIMIT_TEST');
    expect(() => registerErrorCodes({ OTHER_NAME: 9596 })).toThrow(/already registered/);
    expect(new PaywireError(98765, 'x').name).toBe('E98765');
  });
});
