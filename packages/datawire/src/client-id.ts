/**
 * Formats of the `ReqClientID` values: DID, App, Auth and ClientRef, with a builder and validator
 * for the recommended ClientRef layout `tttttttVnnnnnn`.
 */

import { ErrorCode } from '@paywire/core';
import { datawireError } from './errors.js';

/** DID: digits, at most 32 (seed limit); issued ones are 20 digits. Empty only in a Registration. */
export const DID_PATTERN = /^[0-9]{1,32}$/;
/** App: the Datawire-assigned application id (seen: 15-16 upper-case letters and digits). */
export const APP_PATTERN = /^[A-Za-z0-9]{1,32}$/;
/** Auth: `AuthKey1|AuthKey2`, e.g. MID|TID (ValueLink) or GroupID+MID|TID (RapidConnect). */
export const AUTH_PATTERN = /^[A-Za-z0-9]{1,40}\|[A-Za-z0-9]{1,40}$/;
/** ClientRef as accepted on the wire: 1-14 letters and digits (seed limit). */
export const CLIENT_REF_PATTERN = /^[A-Za-z0-9]{1,14}$/;
/** The recommended layout: 7-digit transaction id, `V`, 6-character version (digits or a TPP ID). */
export const CLIENT_REF_RECOMMENDED = /^[0-9]{7}V[0-9A-Z]{6}$/;

/** Character classes of the ReqClientID formats, bit flags by char code (ASCII only). */
const DIGIT = 1;
const ALNUM = 2;
const CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT | ALNUM;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = ALNUM;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = ALNUM;

/** True when `text[from, to)` is 1..max characters of `cls` (the patterns above, without a regex). */
function run(text: string, from: number, to: number, max: number, cls: number): boolean {
  if (to <= from || to - from > max) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (CLASS[c]! & cls) === 0) return false;
  }
  return true;
}

/** `DID_PATTERN.test(did)`. */
function isDid(did: string): boolean {
  return run(did, 0, did.length, 32, DIGIT);
}

/** `APP_PATTERN.test(app)`. */
function isApp(app: string): boolean {
  return run(app, 0, app.length, 32, ALNUM);
}

/** `AUTH_PATTERN.test(auth)`. */
function isAuth(auth: string): boolean {
  const bar = auth.indexOf('|');
  return bar > 0 && run(auth, 0, bar, 40, ALNUM) && run(auth, bar + 1, auth.length, 40, ALNUM);
}

/** `CLIENT_REF_PATTERN.test(clientRef)`. */
function isClientRef(clientRef: string): boolean {
  return run(clientRef, 0, clientRef.length, 14, ALNUM);
}

/** ServiceID: 1-10 digits. */
function isServiceId(serviceId: string): boolean {
  return run(serviceId, 0, serviceId.length, 10, DIGIT);
}

/** 1..max ASCII digits. */
export function isDigits(text: string, max: number): boolean {
  return run(text, 0, text.length, max, DIGIT);
}

function invalid(field: string, message: string, actual: string | undefined, expected: string): never {
  throw datawireError(ErrorCode.INVALID_FORMAT, message, { field, expected, actual });
}

/** Throws a datawire error unless the DID is 1-32 digits (or empty when `allowEmpty`). */
export function checkDid(did: string, allowEmpty = false): void {
  if (typeof did !== 'string') invalid('DID', 'DID must be a string', undefined, '1-32 digits');
  if (did === '' && allowEmpty) return;
  if (!isDid(did)) invalid('DID', 'DID must be 1-32 digits', JSON.stringify(did.slice(0, 40)), '1-32 digits');
}

export function checkApp(app: string): void {
  if (typeof app !== 'string' || !isApp(app)) {
    invalid(
      'App',
      'App must be 1-32 letters or digits',
      typeof app === 'string' ? JSON.stringify(app.slice(0, 40)) : undefined,
      '1-32 letters or digits',
    );
  }
}

/** Auth is secret: the error shows only its masked form. */
export function checkAuth(auth: string): void {
  if (typeof auth !== 'string' || !isAuth(auth)) {
    invalid(
      'Auth',
      "Auth must be 'AuthKey1|AuthKey2' (letters and digits)",
      typeof auth === 'string' ? maskAuth(auth) : undefined,
      'key1|key2',
    );
  }
}

export function checkClientRef(clientRef: string): void {
  if (typeof clientRef !== 'string' || !isClientRef(clientRef)) {
    invalid(
      'ClientRef',
      'ClientRef must be 1-14 letters or digits',
      typeof clientRef === 'string' ? JSON.stringify(clientRef.slice(0, 40)) : undefined,
      'tttttttVnnnnnn',
    );
  }
}

export function checkServiceId(serviceId: string): void {
  if (typeof serviceId !== 'string' || !isServiceId(serviceId)) {
    invalid(
      'ServiceID',
      'ServiceID must be 1-10 digits',
      typeof serviceId === 'string' ? JSON.stringify(serviceId.slice(0, 40)) : undefined,
      'digits, e.g. 104',
    );
  }
}

/** The parts of a ClientRef in the recommended layout. */
export interface ClientRefParts {
  /** 7-digit transaction id, unique for at least a day. */
  transactionId: string;
  /** 6 characters: 3-digit version + 3-digit revision (e.g. `001000`), or a RapidConnect TPP ID. */
  version: string;
}

/**
 * Builds `tttttttVnnnnnn`. `transactionId` is a number below 10^7 or a string of up to 7 digits
 * (zero-filled); `version` is a 6-character string or `{ major, revision }` (each 0-999).
 */
export function buildClientRef(
  transactionId: number | string,
  version: string | { major: number; revision: number },
): string {
  let t: string;
  if (typeof transactionId === 'number') {
    if (!Number.isInteger(transactionId) || transactionId < 0 || transactionId > 9_999_999) {
      throw datawireError(ErrorCode.OUT_OF_RANGE, 'transaction id must be an integer 0-9999999', {
        field: 'ClientRef.transactionId',
        actual: String(transactionId),
      });
    }
    t = String(transactionId).padStart(7, '0');
  } else {
    if (!/^[0-9]{1,7}$/.test(transactionId))
      invalid(
        'ClientRef.transactionId',
        'transaction id must be 1-7 digits',
        JSON.stringify(transactionId.slice(0, 20)),
        '1-7 digits',
      );
    t = transactionId.padStart(7, '0');
  }
  let v: string;
  if (typeof version === 'string') {
    v = version;
  } else {
    const { major, revision } = version;
    for (const [name, x] of [
      ['major', major],
      ['revision', revision],
    ] as const) {
      if (!Number.isInteger(x) || x < 0 || x > 999) {
        throw datawireError(ErrorCode.OUT_OF_RANGE, `version ${name} must be an integer 0-999`, {
          field: `ClientRef.version.${name}`,
          actual: String(x),
        });
      }
    }
    v = String(major).padStart(3, '0') + String(revision).padStart(3, '0');
  }
  if (!/^[0-9A-Z]{6}$/.test(v))
    invalid(
      'ClientRef.version',
      'version must be 6 digits or upper-case letters',
      JSON.stringify(v.slice(0, 20)),
      'nnnnnn',
    );
  return `${t}V${v}`;
}

/** Splits a ClientRef in the recommended layout, or returns undefined when it is not in that layout. */
export function parseClientRef(clientRef: string): ClientRefParts | undefined {
  if (!CLIENT_REF_RECOMMENDED.test(clientRef)) return undefined;
  return { transactionId: clientRef.slice(0, 7), version: clientRef.slice(8) };
}

/** True when the ClientRef follows `tttttttVnnnnnn`. */
export function isRecommendedClientRef(clientRef: string): boolean {
  return CLIENT_REF_RECOMMENDED.test(clientRef);
}

/** Splits Auth into its two keys; undefined when it is not `key1|key2`. */
export function splitAuth(auth: string): { key1: string; key2: string } | undefined {
  const bar = auth.indexOf('|');
  if (bar <= 0 || bar === auth.length - 1 || auth.indexOf('|', bar + 1) >= 0) return undefined;
  return { key1: auth.slice(0, bar), key2: auth.slice(bar + 1) };
}

/** Auth masked for display: every character hidden except the separator. */
export function maskAuth(auth: string): string {
  return auth.replace(/[^|]/g, '*');
}
