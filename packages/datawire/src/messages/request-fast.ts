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

/**
 * Plain payload text that is also valid `|XX` escaping (what `checkPayloadEscapes` accepts). The
 * regular expression checks a long payload several times faster than a charCode loop; the copy
 * below then needs no checks.
 */
const ESCAPED_PAYLOAD = /^(?:[\x20-\x25\x27-\x3b\x3d\x3f-\x7b\x7d\x7e]|\|[0-9A-Fa-f]{2})*$/;

/** `put` of a payload that must be valid `|XX` escaping. */
function putEscaped(out: Uint8Array, pos: number, text: string): number {
  if (!ESCAPED_PAYLOAD.test(text)) return -1;
  const n = text.length;
  for (let i = 0; i < n; i++) out[pos++] = text.charCodeAt(i);
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

/**
 * Fixed markup of the compact layout, encoded once, in the longest pieces the values allow (one
 * `set` per piece): `<?xml ..?><Request Version="` VERSION [ClientTimeout, xmlns] `"><ReqClientID><DID>`
 * DID `</DID><App>` APP `</App><Auth>` AUTH `</Auth><ClientRef>` CLIENTREF
 * `</ClientRef></ReqClientID><Service><ServiceID>` SERVICEID [`</ServiceID><Payload>` PAYLOAD
 * `</Payload>`|`</ServiceID>`] `</Service></Request>`.
 */
const HEAD = '<?xml version="1.0" encoding="UTF-8"?><Request Version="';
const ID_OPEN = '"><ReqClientID><DID>';
const HEAD_BYTES = bytesOf(HEAD);
/** The usual start: Version 3, no ClientTimeout, no namespace. */
const HEAD_V3 = bytesOf(`${HEAD}3${ID_OPEN}`);
const CLIENT_TIMEOUT = bytesOf('" ClientTimeout="');
const XMLNS = bytesOf('" xmlns="');
const ID_OPEN_BYTES = bytesOf(ID_OPEN);
const APP = bytesOf('</DID><App>');
const AUTH = bytesOf('</App><Auth>');
const CLIENT_REF = bytesOf('</Auth><ClientRef>');
const SERVICE_ID_PAYLOAD = bytesOf('</ServiceID><Payload>');
const SERVICE_ID_CLOSE = bytesOf('</ServiceID>');
const PAYLOAD_ENCODING = bytesOf('<Payload Encoding="');
const PAYLOAD_ENCODING_CLOSE = bytesOf('">');
const PAYLOAD_CLOSE = bytesOf('</Payload>');

interface ServiceMarkup {
  /** `</ClientRef></ReqClientID><Service><ServiceID>` */
  open: Uint8Array;
  /** `</Service></Request>` */
  close: Uint8Array;
}
const SERVICES: Record<string, ServiceMarkup> = {};
for (const name of ['Transaction', 'Ping', 'Registration', 'Activation']) {
  SERVICES[name] = {
    open: bytesOf(`</ClientRef></ReqClientID><${name}><ServiceID>`),
    close: bytesOf(`</${name}></Request>`),
  };
}

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
  const markup = SERVICES[service]!;
  const shortHead = version === '3' && clientTimeout === undefined && namespace === undefined;
  let length =
    did.length +
    APP.length +
    app.length +
    AUTH.length +
    auth.length +
    CLIENT_REF.length +
    clientRef.length +
    markup.open.length +
    serviceId.length +
    markup.close.length;
  if (shortHead) length += HEAD_V3.length;
  else {
    length += HEAD_BYTES.length + version.length + ID_OPEN_BYTES.length;
    if (clientTimeout !== undefined) length += CLIENT_TIMEOUT.length + clientTimeout.length;
    if (namespace !== undefined) length += XMLNS.length + namespace.length;
  }
  if (payload === undefined) length += SERVICE_ID_CLOSE.length;
  else {
    length += payload.length + PAYLOAD_CLOSE.length;
    length +=
      payloadEncoding === undefined
        ? SERVICE_ID_PAYLOAD.length
        : SERVICE_ID_CLOSE.length +
          PAYLOAD_ENCODING.length +
          payloadEncoding.length +
          PAYLOAD_ENCODING_CLOSE.length;
  }
  // A refusal below leaves this region unused; the general writer then does the work.
  const out = allocBytes(length);
  const digits = validate ? DIGITS : TEXT;
  const alnum = validate ? ALNUM : TEXT;
  let p: number;
  if (shortHead) p = set(out, 0, HEAD_V3);
  else {
    p = put(out, set(out, 0, HEAD_BYTES), version, 0, version.length, ATTR);
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
    p = set(out, p, ID_OPEN_BYTES);
  }
  p = put(out, p, did, 0, did.length, digits);
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
  p = put(out, set(out, p, markup.open), serviceId, 0, serviceId.length, digits);
  if (p < 0) return undefined;
  if (payload === undefined) p = set(out, p, SERVICE_ID_CLOSE);
  else {
    if (payloadEncoding === undefined) p = set(out, p, SERVICE_ID_PAYLOAD);
    else {
      p = set(out, set(out, p, SERVICE_ID_CLOSE), PAYLOAD_ENCODING);
      p = put(out, p, payloadEncoding, 0, payloadEncoding.length, ATTR);
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
  set(out, p, markup.close);
  return out;
}
