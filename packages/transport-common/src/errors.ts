/**
 * Transport errors: a `PaywireError` (family `transport`) that also says whether the request may
 * have reached the host. `outcome: 'not-sent'` means no byte of the request was handed to the
 * socket (or the TLS handshake was refused, so the host's application never saw it): retrying or
 * failing over is safe. `outcome: 'unknown'` means the request may have been processed: the caller
 * must reverse or inquire, never simply re-send.
 */

import { ErrorCode, PaywireError, type PaywireErrorJSON, registerErrorCodes } from '@paywire/core';

/**
 * Codes used by both transports (`@paywire/transport-tls` and `@paywire/transport-https` register
 * the same names for the same numbers; both transports import it from here, and both
 * packages' tests pin the table). Seed SDK numbers where the meaning matches.
 */
export const TransportErrorCode = {
  /** Seed HTTP error 143 "Busy executing current method": another read is pending on the connection. */
  BUSY: 143,
  /** Seed HTTP error 151 "HTTP protocol error": the server's answer is not valid HTTP. */
  HTTP_PROTOCOL_ERROR: 151,
  /** Seed SSL error 275 "Cannot verify certificate chain": unknown CA, self-signed, expired, not yet valid. */
  CERTIFICATE_UNTRUSTED: 275,
  /** Seed SSL error 276 "Error during handshake": protocol version, cipher, or a peer's alert. */
  TLS_HANDSHAKE_FAILED: 276,
  /** Seed SSL error 280 "Error verifying certificate": the certificate is not for this host name. */
  CERTIFICATE_NAME_MISMATCH: 280,
  /** Seed 521 "Response truncated": the connection ended inside a message. */
  RESPONSE_TRUNCATED: 521,
  /** Seed 522 "Host disconnected": the connection ended (or was reset) with no message pending. */
  HOST_DISCONNECTED: 522,
  /** Seed 523 "No response from host": the response timeout elapsed. */
  NO_RESPONSE: 523,
  /** Seed 526 "Invalid timeout value". */
  INVALID_TIMEOUT: 526,
  /** The caller's AbortSignal fired. */
  ABORTED: 720,
  /** The absolute deadline passed. */
  DEADLINE_EXCEEDED: 721,
  /** Any other failure to open a connection (unreachable network, reset during connect, ...). */
  CONNECT_FAILED: 722,
  /** Seed TCP error 10060 "Connection timed out": no TCP + TLS connection within the connect timeout. */
  CONNECT_TIMEOUT: 10060,
  /** Seed TCP error 10061 "Connection refused". */
  CONNECTION_REFUSED: 10061,
  /** Seed TCP error 11001 "Host not found" (DNS). */
  HOST_NOT_FOUND: 11001,
} as const;

registerErrorCodes(TransportErrorCode);

export type TransportOutcome = 'not-sent' | 'unknown';

/** One connection attempt made while failing over. */
export interface ConnectAttempt {
  host: string;
  port: number;
  /** Error code of the failed attempt (undefined for the attempt that succeeded). */
  code?: number | undefined;
  /** Symbolic name of that code. */
  name?: string | undefined;
  /** Milliseconds the attempt took. */
  elapsedMs: number;
}

export interface TransportErrorOptions {
  outcome: TransportOutcome;
  field?: string | undefined;
  expected?: string | undefined;
  actual?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
  attempts?: readonly ConnectAttempt[] | undefined;
  cause?: unknown;
}

export interface TransportErrorJSON extends PaywireErrorJSON {
  outcome: TransportOutcome;
  sent: boolean;
  host?: string;
  port?: number;
  attempts?: ConnectAttempt[];
}

export class TransportError extends PaywireError {
  /** `not-sent`: safe to retry or fail over. `unknown`: the host may have acted on the request. */
  readonly outcome: TransportOutcome;
  readonly host: string | undefined;
  readonly port: number | undefined;
  /** Every connection attempt made, in order (connect errors only). */
  readonly attempts: readonly ConnectAttempt[] | undefined;

  constructor(code: number, message: string, options: TransportErrorOptions) {
    super(code, message, {
      family: 'transport',
      field: options.field,
      expected: options.expected,
      actual: options.actual,
      cause: options.cause,
    });
    this.outcome = options.outcome;
    this.host = options.host;
    this.port = options.port;
    this.attempts = options.attempts;
  }

  /** True when some of the request may have reached the host (`outcome === 'unknown'`). */
  get sent(): boolean {
    return this.outcome === 'unknown';
  }

  override toJSON(): TransportErrorJSON {
    const out: TransportErrorJSON = { ...super.toJSON(), outcome: this.outcome, sent: this.sent };
    if (this.host !== undefined) out.host = this.host;
    if (this.port !== undefined) out.port = this.port;
    if (this.attempts !== undefined) out.attempts = this.attempts.map((a) => ({ ...a }));
    return out;
  }
}

/** True for a transport error from either transport package (or either module format). */
export function isTransportError(value: unknown): value is TransportError {
  return isOutcomeError(value, 'transport');
}

/**
 * True for an error of the given family that says whether the request may have reached the host
 * (`outcome` of `not-sent` or `unknown`): the transport's errors and the clients' wrappings of
 * them. Checks fields, not `instanceof`, so it works across the ESM and CJS builds.
 */
export function isOutcomeError(
  value: unknown,
  family: string,
): value is Error & { outcome: TransportOutcome } {
  return (
    value instanceof Error &&
    (value as { family?: unknown }).family === family &&
    ((value as { outcome?: unknown }).outcome === 'not-sent' ||
      (value as { outcome?: unknown }).outcome === 'unknown')
  );
}

/** OpenSSL verification results meaning "this chain is not trusted" (wrong CA, expired, ...). */
const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
]);

function errorCodeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * True when the error is a TLS handshake failure (our side or the peer's alert). A host that
 * aborts the handshake never hands application data to its application, so a request written
 * just before such an error was not processed (TLS 1.3 reports a refused client certificate only
 * after the client has finished its side of the handshake).
 */
export function isHandshakeError(err: unknown): boolean {
  const code = errorCodeOf(err);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || UNTRUSTED.has(code)) return true;
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code === 'ERR_TLS_HANDSHAKE_TIMEOUT') return true;
  return false;
}

interface Classified {
  code: number;
  what: string;
}

/** Maps a Node socket/TLS error to a transport code and a short description (no secrets). */
export function classifySocketError(err: unknown): Classified {
  const code = errorCodeOf(err);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
    return {
      code: TransportErrorCode.CERTIFICATE_NAME_MISMATCH,
      what: 'certificate is not valid for this host name',
    };
  }
  if (UNTRUSTED.has(code)) {
    return { code: TransportErrorCode.CERTIFICATE_UNTRUSTED, what: `certificate not trusted (${code})` };
  }
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code.startsWith('ERR_TLS_')) {
    return { code: TransportErrorCode.TLS_HANDSHAKE_FAILED, what: `TLS handshake failed (${code})` };
  }
  if (code === 'ECONNREFUSED')
    return { code: TransportErrorCode.CONNECTION_REFUSED, what: 'connection refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return { code: TransportErrorCode.HOST_NOT_FOUND, what: `host name not found (${code})` };
  }
  if (code === 'ETIMEDOUT') return { code: TransportErrorCode.CONNECT_TIMEOUT, what: 'connection timed out' };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') {
    return { code: TransportErrorCode.HOST_DISCONNECTED, what: `connection reset by the host (${code})` };
  }
  return {
    code: TransportErrorCode.CONNECT_FAILED,
    what: code === '' ? 'connection failed' : `connection failed (${code})`,
  };
}

/** Input errors raised before anything is sent. */
export function invalidArgument(message: string, field?: string): TransportError {
  return new TransportError(ErrorCode.INVALID_ARGUMENT, message, { outcome: 'not-sent', field });
}
