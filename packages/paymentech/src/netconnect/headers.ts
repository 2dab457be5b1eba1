/**
 * NetConnect request headers for a UTF197 message (AM-NC header_data; PT-SDK and MSDK header rules).
 * The result is a plain object ready for `fetch`; `Auth-Password` is masked in its JSON and
 * `util.inspect` forms (both are non-enumerable helpers, so `fetch` never sees them).
 */
import { ErrorCode, maskAll } from '@paywire/core';
import { paymentechError } from '../errors.js';

/** Capture mode part of the content type: host capture, terminal capture, or Salem. */
export type CaptureMode = 'HCS' | 'TCS' | 'SLM';
export const CAPTURE_MODES: Readonly<Record<CaptureMode, string>> = Object.freeze({
  HCS: 'Host capture system',
  TCS: 'Terminal capture system',
  SLM: 'Salem',
});

export interface NetConnectCredentials {
  /** 12-digit merchant number (sent in Auth-MID). */
  merchantNumber: string;
  /** 3-digit terminal number (Auth-TID; omitted when empty). */
  terminalNumber?: string;
  /** NetConnect user id (seed `user_id`). */
  userId: string;
  /** NetConnect password (seed `password`). Sensitive. */
  password: string;
}

export interface NetConnectHeaderOptions {
  /** Default `HCS`. */
  captureMode?: CaptureMode;
  /** Message format, default `UTF197`. */
  messageFormat?: string;
  /** `Header-Record: true` on the first message of a batch session (PT-SDK); default false. */
  headerRecord?: boolean;
  /** `Stateless-Transaction`; default true (false keeps a NetConnect session, with cookies). */
  stateless?: boolean;
}

export type NetConnectHeaders = Readonly<Record<string, string>>;

const SENSITIVE_HEADERS = new Set(['auth-password']);

function printable(field: string, value: unknown, pattern: RegExp, expected: string, secret = false): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw paymentechError(ErrorCode.INVALID_FORMAT, field, `must be ${expected}`, {
      expected,
      ...(typeof value === 'string' ? { actual: secret ? maskAll(value) : value } : { actual: typeof value }),
    });
  }
  return value;
}

/** Copy of a header set with secret values masked (for logs). */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    out[k] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? maskAll(v) : v;
  return out;
}

/** Builds the NetConnect headers; validates every value before returning. */
export function netConnectRequestHeaders(
  creds: NetConnectCredentials,
  options: NetConnectHeaderOptions = {},
): NetConnectHeaders {
  if (typeof creds !== 'object' || creds === null) {
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, undefined, 'credentials: expected an object');
  }
  const mid = printable('merchantNumber', creds.merchantNumber, /^\d{12}$/, '12 digits');
  const tid =
    creds.terminalNumber === undefined || creds.terminalNumber === ''
      ? undefined
      : printable('terminalNumber', creds.terminalNumber, /^\d{3}$/, '3 digits');
  const user = printable(
    'userId',
    creds.userId,
    /^[\x21-\x7e]{1,64}$/,
    '1-64 printable characters without spaces',
  );
  const password = printable(
    'password',
    creds.password,
    /^[\x21-\x7e]{1,64}$/,
    '1-64 printable characters without spaces',
    true,
  );
  const capture = options.captureMode ?? 'HCS';
  if (!Object.hasOwn(CAPTURE_MODES, capture)) {
    throw paymentechError(ErrorCode.OUT_OF_RANGE, 'captureMode', 'must be HCS, TCS or SLM', {
      actual: String(capture),
    });
  }
  const format = printable(
    'messageFormat',
    options.messageFormat ?? 'UTF197',
    /^[A-Z0-9]{1,16}$/,
    'letters and digits',
  );
  const headers: Record<string, string> = {
    'Auth-MID': mid,
    'Auth-User': user,
    'Auth-Password': password,
    'Header-Record': options.headerRecord ? 'true' : 'false',
    'Stateless-Transaction': options.stateless === false ? 'false' : 'true',
    'Content-Type': `${format}/${capture}`,
  };
  if (tid !== undefined) headers['Auth-TID'] = tid;
  Object.defineProperty(headers, 'toJSON', { value: () => redactHeaders(headers), enumerable: false });
  Object.defineProperty(headers, Symbol.for('nodejs.util.inspect.custom'), {
    value: () => redactHeaders(headers),
    enumerable: false,
  });
  return Object.freeze(headers);
}
