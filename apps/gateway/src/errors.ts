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
  /** Outcome unknown: what the client did about it (TSYS repeat + 59, Paymentech 46, gift 0704). */
  reversal?: ReversalSummary;
  cause?: unknown;
}

/**
 * What the client underneath did after an unknown outcome, as the API shows it:
 * - `reversed`: the host had it and undid it (TSYS 59 approved, gift 0704 00);
 * - `not-found`: the host never had it (gift 33, a TSYS repeat that was declined: no hold);
 * - `sent`: Paymentech reversal advice 46 answered (the advice has no "not found" code of its own;
 *   `responseText` carries the host's words);
 * - `failed`: the reversal itself got no usable answer (or was refused): reconcile by hand;
 * - `none`: the client's protocol has no reversal here (TrustCommerce), or it is turned off.
 */
export interface ReversalSummary {
  status: 'reversed' | 'not-found' | 'sent' | 'failed' | 'none';
  /** Which message: `59`, `46`, `0704`. */
  message?: string;
  responseCode?: string;
  responseText?: string;
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
  readonly reversal: ReversalSummary | undefined;
  constructor(code: number, message: string, options: GatewayErrorOptions = {}) {
    super(code, maskPansInText(message), { family: FAMILY, field: options.field, cause: options.cause });
    this.status = options.status ?? statusOf(code);
    this.upstream = options.upstream;
    this.outcome = options.outcome;
    this.reversal = options.reversal;
  }

  /** The API's error body. */
  body(): ErrorBody {
    const out: ErrorBody = { error: { ...this.toJSON(), message: this.message } };
    if (this.outcome !== undefined) out.error.outcome = this.outcome;
    if (this.reversal !== undefined) out.error.reversal = this.reversal;
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
    reversal?: ReversalSummary;
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
      { outcome, upstream, reversal: reversalOf(e) },
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

type Answer = { approved?: boolean; responseCode?: string; responseText?: string } | undefined;

function trimmed(a: Answer): Pick<ReversalSummary, 'responseCode' | 'responseText'> {
  const out: Pick<ReversalSummary, 'responseCode' | 'responseText'> = {};
  if (typeof a?.responseCode === 'string') out.responseCode = a.responseCode.trim();
  if (typeof a?.responseText === 'string' && a.responseText.trim() !== '')
    out.responseText = a.responseText.trim();
  return out;
}

/** Reads what each client reports about its own recovery (duck-typed: the clients' error shapes differ). */
export function reversalOf(e: unknown): ReversalSummary {
  const x = e as {
    family?: string;
    recoveryResult?: { repeat?: Answer; reversal?: Answer };
    recoveryError?: unknown;
    reversal?: { status?: string; sent?: boolean; result?: Answer };
  };
  if (x.family === 'tsys-client') {
    const r = x.recoveryResult;
    if (r?.reversal !== undefined)
      return {
        status: r.reversal.approved ? 'reversed' : 'failed',
        message: '59',
        ...trimmed(r.reversal),
      };
    // The repeat was declined: the host holds nothing for it.
    if (r?.repeat !== undefined && !r.repeat.approved) return { status: 'not-found', ...trimmed(r.repeat) };
    if (x.recoveryError !== undefined) return { status: 'failed', message: '59' };
    return { status: 'none' };
  }
  if (x.family === 'paymentech-client' && x.reversal !== undefined) {
    return x.reversal.sent
      ? { status: 'sent', message: '46', ...trimmed(x.reversal.result) }
      : { status: 'failed', message: '46' };
  }
  if (x.family === 'fdms-gift-client' && x.reversal?.status !== undefined) {
    const s = x.reversal.status;
    const status: ReversalSummary['status'] =
      s === 'reversed' || s === 'already-reversed'
        ? 'reversed'
        : s === 'not-found'
          ? 'not-found'
          : s === 'disabled' || s === 'not-required'
            ? 'none'
            : 'failed';
    return { status, message: '0704', ...trimmed(x.reversal.result) };
  }
  return { status: 'none' };
}

function isTransportish(u: UpstreamError): boolean {
  // Codec validation errors are 5xx "invalid ..." numbers below 600; transport failures are the
  // socket/HTTP numbers (10060, 275, 522, 720, 761, ...).
  return !(u.code >= 501 && u.code <= 507) && u.code !== 511 && u.code !== 593 && u.code !== 704;
}
