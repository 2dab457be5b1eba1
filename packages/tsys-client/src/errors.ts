// Error family `tsys-client`: session and protocol failures of the TSYS client, each saying whether
// the request may have reached the host (`outcome`). Numbers follow the TSYSHealthCare SDK where the
// meaning matches (596, 597, 527, 524); transport failures keep the transport's code and name.

import { ErrorCode, errorNameOf, isPaywireError, PaywireError, registerErrorCodes } from '@paywire/core';
import { isOutcomeError, isTransportError, type TransportOutcome } from '@paywire/transport-common';

export const FAMILY = 'tsys-client';

export const TsysClientErrorCode = {
  /** The host's answer, an unexpected sequence number or control byte. */
  INVALID_RESPONSE: ErrorCode.INVALID_RESPONSE,
  /** Seed 524 "Server error response": the HTTPS gateway answered an error body or an HTTP error status. */
  SERVER_ERROR_RESPONSE: 524,
  /** Seed 527 "Vital/TSYS returned an error response": the host answered NAK. */
  HOST_NAK: 527,
  /** Seed 596 "Pending responses max number exceeded (Interleaved)". */
  PENDING_MAX_EXCEEDED: 596,
  /** Seed 597 "Pending response timeout (Interleaved)". */
  PENDING_RESPONSE_TIMEOUT: 597,
  /** A byte of the answer did not have even parity. */
  PARITY_ERROR: ErrorCode.PARITY_ERROR,
  /** Options given to `createTsysClient` or a call are not usable. */
  INVALID_ARGUMENT: ErrorCode.INVALID_ARGUMENT,
  /** The client was closed. */
  CLIENT_CLOSED: 728,
} as const;

for (const [name, code] of Object.entries({
  SERVER_ERROR_RESPONSE: 524,
  HOST_NAK: 527,
  PENDING_MAX_EXCEEDED: 596,
  PENDING_RESPONSE_TIMEOUT: 597,
  CLIENT_CLOSED: 728,
})) {
  if (errorNameOf(code) === undefined) registerErrorCodes({ [name]: code });
}

export type { TransportOutcome };

export interface TsysClientErrorOptions {
  outcome: TransportOutcome;
  field?: string | undefined;
  expected?: string | undefined;
  actual?: string | undefined;
  cause?: unknown;
  /** Name to report instead of the registered one (a wrapped transport error keeps its name). */
  name?: string | undefined;
}

/** Steps the client offers after an authorization whose outcome is unknown. */
export interface AuthorizationRecovery {
  /**
   * Re-submits the request with the transaction code's "Repeat" value (EIS 1080 §6.201: a request
   * that got no response is resubmitted as a repeat), under a new sequence number. Once only.
   */
  repeat(options?: import('./types.js').CallOptions): Promise<import('./types.js').AuthorizationResult>;
  /**
   * Repeat, then reverse (transaction code 59, full) what the host approved. Once only; resolves
   * with both answers (no reversal when the repeat was declined).
   */
  reverse(options?: import('./types.js').CallOptions): Promise<import('./types.js').RecoveryResult>;
}

export class TsysClientError extends PaywireError {
  /** `not-sent`: nothing reached the host, safe to retry. `unknown`: it may have acted on the request. */
  readonly outcome: TransportOutcome;
  /** For an authorization with an unknown outcome: repeat / reverse (see `AuthorizationRecovery`). */
  recovery: AuthorizationRecovery | undefined;
  /** Set when the client recovered on its own (`onUnknownOutcome: 'reverse'`). */
  recoveryResult: import('./types.js').RecoveryResult | undefined;
  /** Set when the automatic recovery failed as well. */
  recoveryError: unknown;
  /** HTTPS gateway error number (500-514) when the gateway answered `NNN - text`. */
  gatewayCode: string | undefined;
  /** HTTP status when the gateway answered one other than 200. */
  httpStatus: number | undefined;

  constructor(code: number, message: string, options: TsysClientErrorOptions) {
    super(code, message, {
      family: FAMILY,
      field: options.field,
      expected: options.expected,
      actual: options.actual,
      cause: options.cause,
    });
    if (options.name !== undefined) Object.defineProperty(this, 'name', { value: options.name });
    this.outcome = options.outcome;
    this.recovery = undefined;
    this.recoveryResult = undefined;
    this.recoveryError = undefined;
    this.gatewayCode = undefined;
    this.httpStatus = undefined;
  }

  /** True when the host may have the request (`outcome === 'unknown'`). */
  get sent(): boolean {
    return this.outcome === 'unknown';
  }

  override toJSON() {
    return {
      ...super.toJSON(),
      outcome: this.outcome,
      sent: this.sent,
      ...(this.gatewayCode === undefined ? {} : { gatewayCode: this.gatewayCode }),
      ...(this.httpStatus === undefined ? {} : { httpStatus: this.httpStatus }),
      ...(this.recoveryResult === undefined ? {} : { recovered: true }),
    };
  }
}

/** True for an error of this package (either module format). */
export function isTsysClientError(value: unknown): value is TsysClientError {
  return isOutcomeError(value, FAMILY);
}

/**
 * Whether a failed call may have reached the host: `not-sent` for validation errors (codec errors
 * raised before sending) and not-sent transport/session errors, `unknown` for everything else.
 */
export function outcomeOf(error: unknown): TransportOutcome {
  if (isTsysClientError(error) || isTransportError(error)) return error.outcome;
  if (isPaywireError(error) && error.family === 'tsys') return 'not-sent';
  return 'unknown';
}

export function clientError(code: number, message: string, options: TsysClientErrorOptions): TsysClientError {
  return new TsysClientError(code, message, options);
}

/** A call on a client that is closed: nothing was sent. */
export function closedError(): TsysClientError {
  return new TsysClientError(TsysClientErrorCode.CLIENT_CLOSED, 'the client is closed', {
    outcome: 'not-sent',
  });
}

/**
 * Wraps a failure of a transport, a codec or anything else into a `TsysClientError`, keeping the
 * transport's outcome (or using `fallback`, which the caller decides from what was written).
 */
export function wrapError(err: unknown, fallback: TransportOutcome, what: string): TsysClientError {
  if (isTsysClientError(err)) return err;
  if (isTransportError(err)) {
    const e = new TsysClientError(err.code, `${what}: ${err.message}`, {
      outcome: err.outcome,
      cause: err,
      name: err.name,
      expected: err.expected,
      actual: err.actual,
    });
    return e;
  }
  if (isPaywireError(err)) {
    return new TsysClientError(err.code, `${what}: ${err.message}`, {
      outcome: fallback,
      cause: err,
      name: err.name,
      field: err.field,
      expected: err.expected,
      actual: err.actual,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new TsysClientError(ErrorCode.INVALID_RESPONSE, `${what}: ${message}`, {
    outcome: fallback,
    cause: err,
  });
}
