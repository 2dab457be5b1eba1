/**
 * The client's error family (`family: 'fdms-gift-client'`). Every failure says whether the
 * transaction may have reached the gift host (`outcome`), and an outcome-unknown failure carries the
 * report of the automatic timeout reversal that followed it.
 */

import { PaywireError, registerErrorCodes } from '@paywire/core';
import type { SvdotRequest } from '@paywire/fdms-gift';
import { isOutcomeError } from '@paywire/transport-common';
import type { ReversalReport } from './types.js';

/**
 * Codes of this package. Failures that come from a lower layer keep that layer's number (transport
 * 521-523 and 720-722, HTTP 151, Datawire 529-531, payload 519/520), so the code says what went
 * wrong; these are the client's own situations.
 */
export const GiftClientErrorCode = {
  /** Registration still answered `Retry` when the attempts or the time allowed ran out. */
  REGISTRATION_INCOMPLETE: 780,
  /** Discovery returned no service provider URL, or none of them answered a Ping. */
  NO_SERVICE_PROVIDER: 781,
  /** A transaction was asked for before a DID was set (register first, or pass `did`). */
  NOT_REGISTERED: 782,
  /** `reverseLast()` with no previous transaction to reverse. */
  NOTHING_TO_REVERSE: 783,
  /** The response's ClientRef is not the one sent (the answer belongs to another request). */
  CLIENT_REF_MISMATCH: 784,
} as const;

registerErrorCodes(GiftClientErrorCode);

export const FAMILY = 'fdms-gift-client';

/**
 * `not-sent`: the gift host did not get (or did not act on) the request; retrying is safe.
 * `unknown`: the host may have processed it; a financial request is reversed automatically.
 */
export type GiftOutcome = 'not-sent' | 'unknown';

export interface GiftClientErrorOptions {
  outcome: GiftOutcome;
  field?: string | undefined;
  expected?: string | undefined;
  actual?: string | undefined;
  cause?: unknown;
  /** SVdot request code of the transaction (absent for discovery, ping, registration). */
  requestCode?: string | undefined;
  /** ClientRef of the failed exchange. */
  clientRef?: string | undefined;
  /** Datawire `Status@StatusCode` when a Datawire answer was read. */
  datawireStatus?: string | undefined;
  /** Datawire `ReturnCode` when present. */
  returnCode?: string | undefined;
  /** HTTP status when an HTTP answer other than 200 came back. */
  httpStatus?: number | undefined;
  /** Sending the same request again may succeed (Datawire's table, or a failure before sending). */
  retryable?: boolean | undefined;
  /** The request (card data inside): kept off `toJSON` and enumeration; use it with `reverse()`. */
  request?: SvdotRequest | undefined;
  reversal?: ReversalReport | undefined;
}

export interface GiftClientErrorJSON {
  code: number;
  name: string;
  family: string;
  message: string;
  outcome: GiftOutcome;
  field?: string;
  requestCode?: string;
  clientRef?: string;
  datawireStatus?: string;
  returnCode?: string;
  httpStatus?: number;
  retryable?: boolean;
  reversal?: unknown;
}

export class GiftClientError extends PaywireError {
  readonly outcome: GiftOutcome;
  readonly requestCode: string | undefined;
  readonly clientRef: string | undefined;
  readonly datawireStatus: string | undefined;
  readonly returnCode: string | undefined;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;
  /** What the automatic timeout reversal did (outcome-unknown failures of financial requests). */
  readonly reversal: ReversalReport | undefined;
  /** The SVdot request that failed (not enumerable: it holds card data). */
  declare readonly request: SvdotRequest | undefined;

  constructor(code: number, message: string, options: GiftClientErrorOptions) {
    super(code, message, {
      family: FAMILY,
      field: options.field,
      expected: options.expected,
      actual: options.actual,
      cause: options.cause,
    });
    this.outcome = options.outcome;
    this.requestCode = options.requestCode;
    this.clientRef = options.clientRef;
    this.datawireStatus = options.datawireStatus;
    this.returnCode = options.returnCode;
    this.httpStatus = options.httpStatus;
    this.retryable = options.retryable ?? options.outcome === 'not-sent';
    this.reversal = options.reversal;
    Object.defineProperty(this, 'request', { value: options.request, enumerable: false });
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true });
    }
  }

  /** True when the host may have acted on the request. */
  get sent(): boolean {
    return this.outcome === 'unknown';
  }

  override toJSON(): GiftClientErrorJSON {
    const out: GiftClientErrorJSON = { ...super.toJSON(), outcome: this.outcome };
    if (this.requestCode !== undefined) out.requestCode = this.requestCode;
    if (this.clientRef !== undefined) out.clientRef = this.clientRef;
    if (this.datawireStatus !== undefined) out.datawireStatus = this.datawireStatus;
    if (this.returnCode !== undefined) out.returnCode = this.returnCode;
    if (this.httpStatus !== undefined) out.httpStatus = this.httpStatus;
    out.retryable = this.retryable;
    if (this.reversal !== undefined) out.reversal = reversalJSON(this.reversal);
    return out;
  }
}

/** The reversal report without card data (the reversal's result is redacted). */
export function reversalJSON(r: ReversalReport): Record<string, unknown> {
  const out: Record<string, unknown> = { status: r.status, attempts: r.attempts };
  if (r.result !== undefined) out.result = r.result.toJSON();
  if (r.errors.length > 0)
    out.errors = r.errors.map((e) => ({
      code: e.code,
      name: e.name,
      outcome: e.outcome,
      message: e.message,
    }));
  return out;
}

/** True for an error of this package (either module format). */
export function isGiftClientError(value: unknown): value is GiftClientError {
  return isOutcomeError(value, FAMILY);
}
