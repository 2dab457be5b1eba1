/**
 * Gateway errors: a `PaywireError` with `family: 'gateway'`, a stable numeric code, a symbolic
 * name and the HTTP status the API answers with. Errors of the clients and codecs underneath keep
 * their own code, name and family and are wrapped in `upstream` of the JSON answer.
 */

import { ErrorCode, isPaywireError, maskPansInText, PaywireError, registerErrorCodes } from '@paywire/core';

export const GatewayErrorCode = {
  UNKNOWN_MERCHANT: 801,
  TRANSACTION_NOT_FOUND: 802,
  INVALID_STATE: 803,
  IDEMPOTENCY_KEY_IN_USE: 804,
  IDEMPOTENCY_KEY_REUSED: 805,
  PROCESSOR_NOT_REACHED: 806,
  PROCESSOR_OUTCOME_UNKNOWN: 807,
  NOT_SUPPORTED: 808,
  CONCURRENT_UPDATE: 809,
  UNAUTHORIZED: 810,
  STORAGE_ERROR: 811,
  CARD_DATA_KEY_MISSING: 812,
  PROCESSOR_DECLINED: 813,
  NOTHING_TO_SETTLE: 814,
} as const;

registerErrorCodes(GatewayErrorCode);

export const FAMILY = 'gateway';

export interface GatewayErrorOptions {
  field?: string;
  status?: number;
  /** What the client underneath reported (already masked). */
  upstream?: UpstreamError;
  /** `not-sent` or `unknown` for processor failures. */
  outcome?: 'not-sent' | 'unknown';
  cause?: unknown;
}

export interface UpstreamError {
  code: number;
  name: string;
  family: string;
  message: string;
  field?: string;
}

export class GatewayError extends PaywireError {
  readonly status: number;
  readonly upstream: UpstreamError | undefined;
  readonly outcome: 'not-sent' | 'unknown' | undefined;
  constructor(code: number, message: string, options: GatewayErrorOptions = {}) {
    super(code, maskPansInText(message), { family: FAMILY, field: options.field, cause: options.cause });
    this.status = options.status ?? statusOf(code);
    this.upstream = options.upstream;
    this.outcome = options.outcome;
  }

  /** The API's error body. */
  body(): ErrorBody {
    const out: ErrorBody = { error: { ...this.toJSON(), message: this.message } };
    if (this.outcome !== undefined) out.error.outcome = this.outcome;
    if (this.upstream !== undefined) out.error.upstream = this.upstream;
    return out;
  }
}

export interface ErrorBody {
  error: {
    code: number;
    name: string;
    family: string;
    message: string;
    field?: string;
    outcome?: 'not-sent' | 'unknown';
    upstream?: UpstreamError;
  };
}

function statusOf(code: number): number {
  switch (code) {
    case GatewayErrorCode.UNKNOWN_MERCHANT:
    case GatewayErrorCode.TRANSACTION_NOT_FOUND:
      return 404;
    case GatewayErrorCode.INVALID_STATE:
    case GatewayErrorCode.IDEMPOTENCY_KEY_IN_USE:
    case GatewayErrorCode.CONCURRENT_UPDATE:
      return 409;
    case GatewayErrorCode.IDEMPOTENCY_KEY_REUSED:
    case GatewayErrorCode.NOT_SUPPORTED:
    case GatewayErrorCode.PROCESSOR_DECLINED:
      return 422;
    case GatewayErrorCode.PROCESSOR_NOT_REACHED:
      return 503;
    case GatewayErrorCode.PROCESSOR_OUTCOME_UNKNOWN:
      return 502;
    case GatewayErrorCode.UNAUTHORIZED:
      return 401;
    default:
      return code >= 800 ? 500 : 400;
  }
}

export function gatewayError(code: number, message: string, options: GatewayErrorOptions = {}): GatewayError {
  return new GatewayError(code, message, options);
}

export function isGatewayError(e: unknown): e is GatewayError {
  return isPaywireError(e) && e.family === FAMILY && typeof (e as GatewayError).body === 'function';
}

/** A masked summary of any paywire error (client, codec, transport). */
export function upstreamOf(e: unknown): UpstreamError | undefined {
  if (!isPaywireError(e)) return undefined;
  const out: UpstreamError = {
    code: e.code,
    name: e.name,
    family: e.family,
    message: maskPansInText(e.message),
  };
  if (e.field !== undefined) out.field = e.field;
  return out;
}

function outcomeOfError(e: unknown): 'not-sent' | 'unknown' | undefined {
  const o = (e as { outcome?: unknown } | null)?.outcome;
  return o === 'not-sent' || o === 'unknown' ? o : undefined;
}

/**
 * Turns what a client threw into the gateway's answer: input the codec refused is a 400 with the
 * codec's error; a transport failure is 503 (`not-sent`: nothing reached the processor, safe to
 * retry) or 502 (`unknown`: the processor may have acted; the client already sent what its
 * protocol prescribes, e.g. a reversal).
 */
export function fromClientError(e: unknown, what: string): GatewayError {
  if (isGatewayError(e)) return e;
  const upstream = upstreamOf(e);
  const outcome = outcomeOfError(e);
  if (upstream === undefined) {
    return gatewayError(GatewayErrorCode.PROCESSOR_OUTCOME_UNKNOWN, `${what}: unexpected failure`, {
      outcome: 'unknown',
      cause: e,
    });
  }
  if (outcome === 'unknown')
    return gatewayError(
      GatewayErrorCode.PROCESSOR_OUTCOME_UNKNOWN,
      `${what}: the processor may have received the request but no usable answer came back`,
      { outcome, upstream },
    );
  if (outcome === 'not-sent' && upstream.code !== ErrorCode.INVALID_ARGUMENT && isTransportish(upstream))
    return gatewayError(GatewayErrorCode.PROCESSOR_NOT_REACHED, `${what}: the processor was not reached`, {
      outcome,
      upstream,
    });
  // Everything else was refused before sending: bad input.
  return gatewayError(upstream.code, `${what}: ${upstream.message}`, {
    status: 400,
    outcome: 'not-sent',
    upstream,
    ...(upstream.field === undefined ? {} : { field: upstream.field }),
  });
}

function isTransportish(u: UpstreamError): boolean {
  // Codec validation errors are 5xx "invalid ..." numbers below 600; transport failures are the
  // socket/HTTP numbers (10060, 275, 522, 720, 761, ...).
  return !(u.code >= 501 && u.code <= 507) && u.code !== 511 && u.code !== 593 && u.code !== 704;
}
