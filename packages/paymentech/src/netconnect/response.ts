/**
 * NetConnect response checks as a pure function (PT-SDK DoResponse; AM-NC error handling):
 * an `Error-Code` header means the gateway refused the message; HTTP status other than 200 or 412
 * is an error; `Content-Length` (first value when comma-separated) must equal the body length.
 */
import { ErrorCode } from '@paywire/core';
import { paymentechError } from '../errors.js';

export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const v = (headers as { get(name: string): string | null | undefined }).get(name);
    return v ?? undefined;
  }
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (k.toLowerCase() === lower) return Array.isArray(v) ? v.join(', ') : (v as string | undefined);
  }
  return undefined;
}

/** Set-Cookie values to replay on a stateful NetConnect session (PT-SDK keeps them per session). */
function cookies(headers: HeaderSource): string[] {
  const h = headers as { getSetCookie?: () => string[] };
  if (typeof h.getSetCookie === 'function') return h.getSetCookie();
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const v = (headers as { get(name: string): string | null | undefined }).get('Set-Cookie');
    return v ? [v] : [];
  }
  for (const [k, v] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (k.toLowerCase() === 'set-cookie')
      return v === undefined ? [] : Array.isArray(v) ? [...v] : [v as string];
  }
  return [];
}

export interface NetConnectResponseInput {
  status: number;
  headers: HeaderSource;
  body: Uint8Array;
}

export type NetConnectResult =
  | { ok: true; status: number; body: Uint8Array; cookies: string[] }
  | {
      ok: false;
      status: number;
      /** `Error-Code` header value (gateway-level code, not a host approval-code error). */
      errorCode?: string;
      errorReason?: string;
      body: Uint8Array;
    };

/** Classifies a NetConnect HTTP answer; throws 517 LENGTH_MISMATCH when the body length is wrong. */
export function checkNetConnectResponse(input: NetConnectResponseInput): NetConnectResult {
  const { status, headers, body } = input;
  if (!(body instanceof Uint8Array)) {
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, 'body', 'expected a Uint8Array');
  }
  const lengthHeader = header(headers, 'Content-Length');
  if (lengthHeader !== undefined) {
    const first = lengthHeader.split(',')[0]!.trim();
    if (!/^\d+$/.test(first) || Number(first) !== body.length) {
      throw paymentechError(
        ErrorCode.LENGTH_MISMATCH,
        'Content-Length',
        `says ${first}, body has ${body.length} bytes`,
        {
          expected: String(body.length),
          actual: first,
        },
      );
    }
  }
  const errorCode = header(headers, 'Error-Code');
  if (errorCode !== undefined || (status !== 200 && status !== 412)) {
    const reason = header(headers, 'Error-Reason');
    return {
      ok: false,
      status,
      ...(errorCode === undefined ? {} : { errorCode: errorCode.trim() }),
      ...(reason === undefined ? {} : { errorReason: reason }),
      body,
    };
  }
  return { ok: true, status, body, cookies: cookies(headers) };
}
