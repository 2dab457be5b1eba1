/**
 * The TCLink client's error family (`family: 'tclink'`). `errorType` uses TCLink's own words:
 * `cantconnect` (no connection, nothing sent) and `linkfailure` (anything after connecting).
 */

import { errorNameOf, PaywireError, registerErrorCodes } from '@paywire/core';
import { type ConnectAttempt, isOutcomeError } from '@paywire/transport-common';

export const FAMILY = 'tclink';

export const TcLinkErrorCode = {
  /** The HTTPS endpoint answered with a status other than 200. */
  HTTP_STATUS: 771,
} as const;

for (const [name, code] of Object.entries(TcLinkErrorCode)) {
  if (errorNameOf(code) === undefined) registerErrorCodes({ [name]: code });
}

/** `not-sent`: safe to send again. `unknown`: the gateway may have processed the request. */
export type TcLinkOutcome = 'not-sent' | 'unknown';

export interface TcLinkErrorOptions {
  outcome: TcLinkOutcome;
  transport: 'socket' | 'https';
  action?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
  url?: string | undefined;
  status?: number | undefined;
  attempts?: readonly ConnectAttempt[] | undefined;
  field?: string | undefined;
  cause?: unknown;
}

export class TcLinkError extends PaywireError {
  readonly outcome: TcLinkOutcome;
  /** TCLink's name for the failure: `cantconnect` before sending, `linkfailure` after. */
  readonly errorType: 'cantconnect' | 'linkfailure';
  readonly transport: 'socket' | 'https';
  readonly action: string | undefined;
  readonly host: string | undefined;
  readonly port: number | undefined;
  readonly url: string | undefined;
  readonly status: number | undefined;
  /** Every connection attempt in order (socket failover), the failing or answering one last. */
  readonly attempts: readonly ConnectAttempt[] | undefined;

  constructor(code: number, message: string, o: TcLinkErrorOptions) {
    super(code, message, { family: FAMILY, field: o.field, cause: o.cause });
    this.outcome = o.outcome;
    this.errorType = o.outcome === 'not-sent' ? 'cantconnect' : 'linkfailure';
    this.transport = o.transport;
    this.action = o.action;
    this.host = o.host;
    this.port = o.port;
    this.url = o.url;
    this.status = o.status;
    this.attempts = o.attempts;
  }

  get sent(): boolean {
    return this.outcome === 'unknown';
  }

  override toJSON() {
    const out: Record<string, unknown> = {
      ...super.toJSON(),
      outcome: this.outcome,
      errorType: this.errorType,
      transport: this.transport,
    };
    if (this.action !== undefined) out['action'] = this.action;
    if (this.host !== undefined) out['host'] = this.host;
    if (this.port !== undefined) out['port'] = this.port;
    if (this.url !== undefined) out['url'] = this.url;
    if (this.status !== undefined) out['status'] = this.status;
    if (this.attempts !== undefined) out['attempts'] = this.attempts.map((a) => ({ ...a }));
    return out as ReturnType<PaywireError['toJSON']> & Record<string, unknown>;
  }
}

export function isTcLinkError(value: unknown): value is TcLinkError {
  return isOutcomeError(value, FAMILY);
}
