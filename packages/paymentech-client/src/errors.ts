/**
 * The client's error family (`family: 'paymentech-client'`). A failed exchange says whether the
 * host may have acted on the request (`outcome`) and what the client did about it (`reversal`).
 */

import { errorNameOf, PaywireError, registerErrorCodes } from '@paywire/core';
import { type ConnectAttempt, isOutcomeError } from '@paywire/transport-common';
import type { ReversalReport } from './types.js';

export const FAMILY = 'paymentech-client';

/** Codes of this package (paywire's own numbers; transport failures keep the transport's code). */
export const PaymentechClientErrorCode = {
  /** NetConnect refused the message: an `Error-Code` header or an HTTP status other than 200/412. */
  NETCONNECT_ERROR: 761,
  /** The answer's sequence number is not the one sent: it belongs to another request. */
  SEQUENCE_MISMATCH: 762,
} as const;

for (const [name, code] of Object.entries(PaymentechClientErrorCode)) {
  if (errorNameOf(code) === undefined) registerErrorCodes({ [name]: code });
}

/**
 * `not-sent`: the host did not act on the request (nothing was written, or NetConnect refused it
 * before the host saw it): safe to retry. `unknown`: the host may have processed it.
 */
export type ClientOutcome = 'not-sent' | 'unknown';

export interface PaymentechClientErrorOptions {
  outcome: ClientOutcome;
  operation: string;
  sequenceNumber?: number | undefined;
  /** HTTP status when NetConnect answered. */
  status?: number | undefined;
  /** NetConnect `Error-Code` header. */
  netConnectErrorCode?: string | undefined;
  netConnectErrorReason?: string | undefined;
  /** URL that was tried last (no query string). */
  url?: string | undefined;
  attempts?: readonly ConnectAttempt[] | undefined;
  reversal?: ReversalReport | undefined;
  field?: string | undefined;
  expected?: string | undefined;
  actual?: string | undefined;
  cause?: unknown;
}

export class PaymentechClientError extends PaywireError {
  readonly outcome: ClientOutcome;
  readonly operation: string;
  readonly sequenceNumber: number | undefined;
  readonly status: number | undefined;
  readonly netConnectErrorCode: string | undefined;
  readonly netConnectErrorReason: string | undefined;
  readonly url: string | undefined;
  readonly attempts: readonly ConnectAttempt[] | undefined;
  /** What happened to the reversal advice the client sent, when it sent one. */
  readonly reversal: ReversalReport | undefined;

  constructor(code: number, message: string, o: PaymentechClientErrorOptions) {
    super(code, message, {
      family: FAMILY,
      field: o.field,
      expected: o.expected,
      actual: o.actual,
      cause: o.cause,
    });
    this.outcome = o.outcome;
    this.operation = o.operation;
    this.sequenceNumber = o.sequenceNumber;
    this.status = o.status;
    this.netConnectErrorCode = o.netConnectErrorCode;
    this.netConnectErrorReason = o.netConnectErrorReason;
    this.url = o.url;
    this.attempts = o.attempts;
    this.reversal = o.reversal;
  }

  /** True when the request may have reached the host. */
  get sent(): boolean {
    return this.outcome === 'unknown';
  }

  override toJSON() {
    const out: Record<string, unknown> = {
      ...super.toJSON(),
      outcome: this.outcome,
      operation: this.operation,
    };
    if (this.sequenceNumber !== undefined) out['sequenceNumber'] = this.sequenceNumber;
    if (this.status !== undefined) out['status'] = this.status;
    if (this.netConnectErrorCode !== undefined) out['netConnectErrorCode'] = this.netConnectErrorCode;
    if (this.netConnectErrorReason !== undefined) out['netConnectErrorReason'] = this.netConnectErrorReason;
    if (this.url !== undefined) out['url'] = this.url;
    if (this.attempts !== undefined) out['attempts'] = this.attempts.map((a) => ({ ...a }));
    if (this.reversal !== undefined) out['reversal'] = reversalJSON(this.reversal);
    return out as ReturnType<PaywireError['toJSON']> & Record<string, unknown>;
  }
}

function reversalJSON(r: ReversalReport): Record<string, unknown> {
  const out: Record<string, unknown> = { sent: r.sent, reason: r.reason };
  if (r.result !== undefined) {
    out['result'] = {
      status: r.result.status,
      responseText: r.result.responseText,
      retrievalNumber: r.result.retrievalNumber,
    };
  }
  if (r.error !== undefined) out['error'] = r.error.toJSON();
  return out;
}

/** True for an error of this client (either module format). */
export function isPaymentechClientError(value: unknown): value is PaymentechClientError {
  return isOutcomeError(value, FAMILY);
}
