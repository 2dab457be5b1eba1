/**
 * Errors shared by every paywire package.
 *
 * Each error carries a stable numeric `code` and a symbolic `name`. Where a meaning matches the
 * numbers of the SDKs paywire's users come from (501 invalid length, 518 LRC check failed, ...)
 * the same number is used. Values shown in `expected`/`actual` must already be masked when the
 * field is sensitive; the field engine does this for you.
 */

export const ErrorCode = {
  INVALID_LENGTH: 501,
  INVALID_FORMAT: 502,
  OUT_OF_RANGE: 503,
  LUHN_CHECK_FAILED: 504,
  CARD_DATE_INVALID: 505,
  CARD_EXPIRED: 506,
  CARD_TYPE_UNKNOWN: 507,
  INVALID_DATA: 511,
  TRUNCATED: 512,
  INVALID_RESPONSE: 513,
  LENGTH_MISMATCH: 517,
  LRC_CHECK_FAILED: 518,
  CORRUPT_RESPONSE: 519,
  EMPTY_RESPONSE: 520,
  BUILD_FAILED: 544,
  MISSING_VALUE: 593,
  // paywire's own numbers (no SDK equivalent)
  PARITY_ERROR: 701,
  INPUT_TOO_LARGE: 702,
  UNKNOWN_KIND: 703,
  UNSUPPORTED: 704,
  INVALID_ARGUMENT: 705,
} as const;

export type ErrorName = keyof typeof ErrorCode;
export type ErrorCodeNumber = (typeof ErrorCode)[ErrorName];

const codeToName = new Map<number, string>(Object.entries(ErrorCode).map(([k, v]) => [v, k]));

/** Symbolic name registered for a numeric code (across every package that registered codes). */
export function errorNameOf(code: number): string | undefined {
  return codeToName.get(code);
}

/** Lets a package family add its own codes (e.g. 596 PENDING_LIMIT) to the lookup table. */
export function registerErrorCodes(codes: Readonly<Record<string, number>>): void {
  for (const [name, code] of Object.entries(codes)) {
    const existing = codeToName.get(code);
    if (existing !== undefined && existing !== name) {
      throw new Error(`paywire: error code ${code} already registered as ${existing}`);
    }
    codeToName.set(code, name);
  }
}

/** Shared across ESM/CJS copies of this package: `Symbol.for` lives in the global registry. */
const PAYWIRE_ERROR = Symbol.for('@paywire/error');

export interface PaywireErrorOptions {
  /** Field name (or dotted path) the error is about. */
  field?: string | undefined;
  /** Byte offset in the input where the problem was found (decoders). */
  offset?: number | undefined;
  /** What the spec wants, in words or as a masked value. */
  expected?: string | undefined;
  /** What was found, masked when sensitive. */
  actual?: string | undefined;
  /** Package family: core, tsys, paymentech, datawire, fdms-gift, trustcommerce, transport, ... */
  family?: string | undefined;
  cause?: unknown;
}

export interface PaywireErrorJSON {
  code: number;
  name: string;
  family: string;
  message: string;
  field?: string;
  offset?: number;
  expected?: string;
  actual?: string;
}

export class PaywireError extends Error {
  readonly code: number;
  override readonly name: string;
  readonly family: string;
  readonly field: string | undefined;
  readonly offset: number | undefined;
  readonly expected: string | undefined;
  readonly actual: string | undefined;

  constructor(code: number, message: string, options: PaywireErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.name = codeToName.get(code) ?? `E${code}`;
    this.family = options.family ?? 'core';
    this.field = options.field;
    this.offset = options.offset;
    this.expected = options.expected;
    this.actual = options.actual;
    Object.defineProperty(this, PAYWIRE_ERROR, { value: true });
  }

  toJSON(): PaywireErrorJSON {
    const out: PaywireErrorJSON = {
      code: this.code,
      name: this.name,
      family: this.family,
      message: this.message,
    };
    if (this.field !== undefined) out.field = this.field;
    if (this.offset !== undefined) out.offset = this.offset;
    if (this.expected !== undefined) out.expected = this.expected;
    if (this.actual !== undefined) out.actual = this.actual;
    return out;
  }
}

/** True for any paywire error, including ones thrown by another copy (ESM vs CJS) of the package. */
export function isPaywireError(value: unknown): value is PaywireError {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PAYWIRE_ERROR] === true
  );
}

/** Convenience for the common "this field is wrong" error. */
export function fieldError(
  code: number,
  field: string,
  message: string,
  extra: Omit<PaywireErrorOptions, 'field'> = {},
): PaywireError {
  return new PaywireError(code, `${field}: ${message}`, { ...extra, field });
}
