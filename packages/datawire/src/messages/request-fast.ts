/**
 * The request encoder's fast path: a request in the default compact layout whose values need no
 * XML escaping and are ASCII is checked and written straight to bytes in one pass, without the
 * text form. Anything else (a layout, escaping, non-ASCII text, CDATA, an invalid value) makes it
 * give up: `encodeRequest` then runs the general writer, which raises the errors.
 */

import { allocBytes } from '@paywire/core';
import { COMPACT_LAYOUT } from '../xml/writer.js';
import type { DatawireRequest } from './types.js';

/** 1 for characters written as themselves in text: printable ASCII except `&`, `<`, `>`. */
const TEXT = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) TEXT[c] = 1;
TEXT[0x26] = 0;
TEXT[0x3c] = 0;
TEXT[0x3e] = 0;
/** The same in a double-quoted attribute value: also not `"`. */
const ATTR = TEXT.slice();
ATTR[0x22] = 0;
/** Hex digits of the payload escapes, either case. */
const HEX = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) HEX[c] = 1;
for (let c = 0x41; c <= 0x46; c++) HEX[c] = 1;
for (let c = 0x61; c <= 0x66; c++) HEX[c] = 1;

/** Letters and digits (the ReqClientID formats), digits (DID, ServiceID, ClientTimeout). */
const ALNUM = new Uint8Array(128);
const DIGITS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) {
  ALNUM[c] = 1;
  DIGITS[c] = 1;
}
for (let c = 0x41; c <= 0x5a; c++) ALNUM[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ALNUM[c] = 1;

/**
 * Writes `text[from, to)` at `pos` while checking that every character is in `table`; the new
 * position, or -1 at the first other character (the caller then gives up).
 */
function put(
  out: Uint8Array,
  pos: number,
  text: string,
  from: number,
  to: number,
  table: Uint8Array,
): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || table[c] === 0) return -1;
    out[pos++] = c;
  }
  return pos;
}

/** `put` of a payload that must also be valid `|XX` escaping (what `checkPayloadEscapes` accepts). */
function putEscaped(out: Uint8Array, pos: number, text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || TEXT[c] === 0) return -1;
    out[pos++] = c;
    if (c === 0x7c) {
      if (i + 2 >= n) return -1;
      const h = text.charCodeAt(i + 1);
      const l = text.charCodeAt(i + 2);
      if (h >= 0x80 || l >= 0x80 || HEX[h] === 0 || HEX[l] === 0) return -1;
      out[pos++] = h;
      out[pos++] = l;
      i += 2;
    }
  }
  return pos;
}

function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function optionalString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

/** Fixed markup of the compact layout, encoded once. */
const HEAD = bytesOf('<?xml version="1.0" encoding="UTF-8"?><Request Version="');
const CLIENT_TIMEOUT = bytesOf('" ClientTimeout="');
const XMLNS = bytesOf('" xmlns="');
const ID_OPEN = bytesOf('"><ReqClientID><DID>');
const APP = bytesOf('</DID><App>');
const AUTH = bytesOf('</App><Auth>');
const CLIENT_REF = bytesOf('</Auth><ClientRef>');
const ID_CLOSE = bytesOf('</ClientRef></ReqClientID><');
const SERVICE_ID = bytesOf('><ServiceID>');
const SERVICE_ID_CLOSE = bytesOf('</ServiceID>');
const PAYLOAD = bytesOf('<Payload>');
const PAYLOAD_ENCODING = bytesOf('<Payload Encoding="');
const PAYLOAD_ENCODING_CLOSE = bytesOf('">');
const PAYLOAD_CLOSE = bytesOf('</Payload>');
const REQUEST_CLOSE = bytesOf('></Request>');
const SERVICE_NAMES: Record<string, Uint8Array> = {
  Transaction: bytesOf('Transaction'),
  Ping: bytesOf('Ping'),
  Registration: bytesOf('Registration'),
  Activation: bytesOf('Activation'),
};

function set(out: Uint8Array, pos: number, part: Uint8Array): number {
  out.set(part, pos);
  return pos + part.length;
}

/**
 * The UTF-8 bytes `encodeUtf8(encodeRequestText(req, { validate }))` gives, or undefined when the
 * request is outside the fast path (including every request that would be refused).
 */
export function encodeRequestFast(req: DatawireRequest, validate: boolean): Uint8Array | undefined {
  if (req === null || typeof req !== 'object') return undefined;
  const {
    layout,
    service,
    clientId,
    version,
    serviceId,
    clientTimeout,
    namespace,
    payload,
    payloadEncoding,
  } = req;
  if (layout !== undefined && layout !== COMPACT_LAYOUT) return undefined;
  if (
    service !== 'Transaction' &&
    service !== 'Ping' &&
    service !== 'Registration' &&
    service !== 'Activation'
  )
    return undefined;
  if (clientId === null || typeof clientId !== 'object') return undefined;
  const { did, app, auth, clientRef } = clientId;
  if (!isString(did) || !isString(app) || !isString(auth) || !isString(clientRef)) return undefined;
  if (!isString(version) || !isString(serviceId)) return undefined;
  if (
    !optionalString(clientTimeout) ||
    !optionalString(namespace) ||
    !optionalString(payload) ||
    !optionalString(payloadEncoding)
  )
    return undefined;
  if (service !== 'Transaction' && payload !== undefined) return undefined;
  if (payloadEncoding === 'cdata') return undefined;
  // Where `validate` applies its formats (they allow only digits, letters and one '|', so nothing
  // to escape), the characters are checked while they are written; otherwise any text that needs
  // no escaping is written.
  const bar = auth.indexOf('|');
  if (validate) {
    if (version !== '3') return undefined;
    if (did.length > 32 || (did.length === 0 && service !== 'Registration')) return undefined;
    if (app.length === 0 || app.length > 32) return undefined;
    if (bar <= 0 || bar > 40 || auth.length - bar - 1 < 1 || auth.length - bar - 1 > 40) return undefined;
    if (clientRef.length === 0 || clientRef.length > 14) return undefined;
    if (serviceId.length === 0 || serviceId.length > 10) return undefined;
    if (clientTimeout !== undefined && (clientTimeout.length === 0 || clientTimeout.length > 5))
      return undefined;
    if (service === 'Transaction' && payload === undefined) return undefined;
  }
  const service8 = SERVICE_NAMES[service]!;
  let length =
    HEAD.length +
    version.length +
    ID_OPEN.length +
    did.length +
    APP.length +
    app.length +
    AUTH.length +
    auth.length +
    CLIENT_REF.length +
    clientRef.length +
    ID_CLOSE.length +
    2 * service8.length +
    SERVICE_ID.length +
    serviceId.length +
    SERVICE_ID_CLOSE.length +
    2 + // '</' before the service element's name in its end tag
    REQUEST_CLOSE.length;
  if (clientTimeout !== undefined) length += CLIENT_TIMEOUT.length + clientTimeout.length;
  if (namespace !== undefined) length += XMLNS.length + namespace.length;
  if (payload !== undefined) {
    length += payload.length + PAYLOAD_CLOSE.length;
    length +=
      payloadEncoding === undefined
        ? PAYLOAD.length
        : PAYLOAD_ENCODING.length + payloadEncoding.length + PAYLOAD_ENCODING_CLOSE.length;
  }
  // A refusal below leaves this region unused; the general writer then does the work.
  const out = allocBytes(length);
  const digits = validate ? DIGITS : TEXT;
  const alnum = validate ? ALNUM : TEXT;
  let p = set(out, 0, HEAD);
  p = put(out, p, version, 0, version.length, ATTR);
  if (p < 0) return undefined;
  if (clientTimeout !== undefined) {
    p = put(
      out,
      set(out, p, CLIENT_TIMEOUT),
      clientTimeout,
      0,
      clientTimeout.length,
      validate ? DIGITS : ATTR,
    );
    if (p < 0) return undefined;
  }
  if (namespace !== undefined) {
    p = put(out, set(out, p, XMLNS), namespace, 0, namespace.length, ATTR);
    if (p < 0) return undefined;
  }
  p = put(out, set(out, p, ID_OPEN), did, 0, did.length, digits);
  if (p < 0) return undefined;
  p = put(out, set(out, p, APP), app, 0, app.length, alnum);
  if (p < 0) return undefined;
  p = set(out, p, AUTH);
  if (validate) {
    p = put(out, p, auth, 0, bar, ALNUM);
    if (p < 0) return undefined;
    out[p++] = 0x7c;
    p = put(out, p, auth, bar + 1, auth.length, ALNUM);
  } else p = put(out, p, auth, 0, auth.length, TEXT);
  if (p < 0) return undefined;
  p = put(out, set(out, p, CLIENT_REF), clientRef, 0, clientRef.length, alnum);
  if (p < 0) return undefined;
  p = set(out, set(out, p, ID_CLOSE), service8);
  p = put(out, set(out, p, SERVICE_ID), serviceId, 0, serviceId.length, digits);
  if (p < 0) return undefined;
  p = set(out, p, SERVICE_ID_CLOSE);
  if (payload !== undefined) {
    if (payloadEncoding === undefined) p = set(out, p, PAYLOAD);
    else {
      p = put(out, set(out, p, PAYLOAD_ENCODING), payloadEncoding, 0, payloadEncoding.length, ATTR);
      if (p < 0) return undefined;
      p = set(out, p, PAYLOAD_ENCODING_CLOSE);
    }
    p =
      validate && payloadEncoding === undefined
        ? putEscaped(out, p, payload)
        : put(out, p, payload, 0, payload.length, TEXT);
    if (p < 0) return undefined;
    p = set(out, p, PAYLOAD_CLOSE);
  }
  out[p++] = 0x3c; // '</' service '>'
  out[p++] = 0x2f;
  set(out, set(out, p, service8), REQUEST_CLOSE);
  return out;
}
