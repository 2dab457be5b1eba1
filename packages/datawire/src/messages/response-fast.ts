/**
 * The response decoder's fast path: a TransactionResponse document as hosts send it (the
 * declaration, the Datawire DOCTYPE, plain elements with the expected attributes, text without
 * references, CDATA or comments) is read by offsets straight into the response value, without the
 * element tree. Anything else makes it give up (return undefined): `decodeResponse` then runs the
 * general parser, which gives every other document its value and every bad one its error.
 */

import type { DatawireResponse, RespClientId, TransactionResponseBody } from './types.js';

/** Name characters as the parser sees them (ASCII part; everything from 0x80 up counts as one). */
const NAME = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) NAME[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) NAME[c] = 1;
for (let c = 0x30; c <= 0x39; c++) NAME[c] = 1;
NAME[0x5f] = 1; // _
NAME[0x3a] = 1; // :
NAME[0x2d] = 1; // -
NAME[0x2e] = 1; // .

/** ASCII characters that stand for themselves in text and attribute values (no `&`, no `<`). */
const PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = 1;
PLAIN[0x26] = 0;
PLAIN[0x3c] = 0;
PLAIN[0x09] = 1;
PLAIN[0x0a] = 1;
PLAIN[0x0d] = 1;

/**
 * A run of text characters the fast path takes as they are: tab, line breaks, printable
 * characters except `&`, `<` and `>` (so no references and no `]]>`), no surrogates, U+FFFE or
 * U+FFFF. A sticky regular expression: on runs this long it beats a charCode loop several times.
 */
const TEXT_RUN = /[^<&>\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*/y;

/** Optional exact declaration, whitespace, optional Datawire DOCTYPE and whitespace, then `<Response` and a non-name character. */
const PROLOG =
  /(?:<\?xml version="1\.0" encoding="UTF-8"\?>)?[ \t\r\n]*(?:<!DOCTYPE Response SYSTEM "dwxmlapi3\.dtd">[ \t\r\n]*)?<Response(?![A-Za-z0-9_:.\-\u0080-\uffff])/y;

function isNameChar(c: number): boolean {
  return c >= 0x80 || (c >= 0 && NAME[c] === 1);
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** A character the fast path takes as it is: plain ASCII, or a BMP character XML allows (no surrogates). */
function isPlain(c: number): boolean {
  return c < 0x80 ? PLAIN[c] === 1 : c < 0xd800 || (c >= 0xe000 && c <= 0xfffd);
}

function skipWs(s: string, p: number): number {
  while (isWs(s.charCodeAt(p))) p++;
  return p;
}

/** `<name` (or `</name`) at p is exactly that name (not a longer one). */
function nameAt(s: string, p: number, name: string): boolean {
  return at(s, p, name) && !isNameChar(s.charCodeAt(p + name.length));
}

/** Whether `lit` stands at p: a plain loop, cheaper here than the `startsWith` builtin call. */
function at(s: string, p: number, lit: string): boolean {
  const n = lit.length;
  for (let k = 0; k < n; k++) if (s.charCodeAt(p + k) !== lit.charCodeAt(k)) return false;
  return true;
}

// Results of the readers below besides their return value (module state: no per-call objects).
let next = 0;
let selfClosing = false;
let attrVersion: string | undefined;
let attrXmlns: string | undefined;
let attrStatusCode: string | undefined;
let attrEncoding: string | undefined;

const ATTRS_NONE = 0;
const ATTRS_ROOT = 1;
const ATTRS_STATUS = 2;
const ATTRS_PAYLOAD = 3;

/**
 * Reads the attributes of a start tag from `p` (just after the name) up to and including `>` or
 * `/>`; `next` is the position after it. Only the attributes of `kind` are taken (each once), with
 * plain values. False when the tag is outside the fast path.
 */
function tagRest(s: string, p: number, kind: number): boolean {
  attrVersion = attrXmlns = attrStatusCode = attrEncoding = undefined;
  for (;;) {
    const ws = skipWs(s, p);
    const c = s.charCodeAt(ws);
    if (c === 0x3e) {
      next = ws + 1;
      selfClosing = false;
      return true;
    }
    if (c === 0x2f) {
      if (s.charCodeAt(ws + 1) !== 0x3e) return false;
      next = ws + 2;
      selfClosing = true;
      return true;
    }
    if (ws === p || kind === ATTRS_NONE) return false;
    // the attribute name, one the element allows
    let which = 0;
    let end = ws;
    if (kind === ATTRS_ROOT) {
      if (nameAt(s, ws, 'Version')) {
        which = 1;
        end = ws + 7;
      } else if (nameAt(s, ws, 'xmlns')) {
        which = 2;
        end = ws + 5;
      }
    } else if (kind === ATTRS_STATUS) {
      if (nameAt(s, ws, 'StatusCode')) {
        which = 3;
        end = ws + 10;
      }
    } else if (nameAt(s, ws, 'Encoding')) {
      which = 4;
      end = ws + 8;
    }
    if (which === 0) return false;
    let q = skipWs(s, end);
    if (s.charCodeAt(q) !== 0x3d) return false;
    q = skipWs(s, q + 1);
    const quote = s.charCodeAt(q);
    if (quote !== 0x22 && quote !== 0x27) return false;
    const from = q + 1;
    let k = from;
    for (;;) {
      const d = s.charCodeAt(k);
      if (d === quote) break;
      if (!isPlain(d)) return false; // also the end of the input (NaN)
      k++;
    }
    const value = s.slice(from, k);
    if (which === 1) {
      if (attrVersion !== undefined) return false;
      attrVersion = value;
    } else if (which === 2) {
      if (attrXmlns !== undefined) return false;
      attrXmlns = value;
    } else if (which === 3) {
      if (attrStatusCode !== undefined) return false;
      attrStatusCode = value;
    } else {
      if (attrEncoding !== undefined) return false;
      attrEncoding = value;
    }
    p = k + 1;
  }
}

/**
 * Text of a leaf element whose start tag ended just before `p`, through its end tag `</name>`;
 * `next` is the position after it. Undefined when the content is more than plain text.
 */
function leafText(s: string, p: number, name: string): string | undefined {
  TEXT_RUN.lastIndex = p;
  TEXT_RUN.test(s);
  const k = TEXT_RUN.lastIndex;
  if (!endTag(s, k, name)) return undefined; // '&', '>', controls, surrogates, markup, the end of the input
  return s.slice(p, k);
}

/** `</name` ws* `>` at p; `next` is the position after it. */
function endTag(s: string, p: number, name: string): boolean {
  if (s.charCodeAt(p) !== 0x3c || s.charCodeAt(p + 1) !== 0x2f || !nameAt(s, p + 2, name)) return false;
  const q = skipWs(s, p + 2 + name.length);
  if (s.charCodeAt(q) !== 0x3e) return false;
  next = q + 1;
  return true;
}

/** Start tag `<name` at p without attributes; `next` after it. Sets `selfClosing`. */
function plainStart(s: string, p: number, name: string): boolean {
  return tagRest(s, p + 1 + name.length, ATTRS_NONE);
}

function readClientId(s: string, p: number): RespClientId | undefined {
  if (!plainStart(s, p, 'RespClientID') || selfClosing) return undefined;
  let did: string | undefined;
  let clientRef: string | undefined;
  p = next;
  for (;;) {
    p = skipWs(s, p);
    if (s.charCodeAt(p) !== 0x3c) return undefined;
    if (s.charCodeAt(p + 1) === 0x2f) {
      if (!endTag(s, p, 'RespClientID') || did === undefined || clientRef === undefined) return undefined;
      return { did, clientRef };
    }
    if (nameAt(s, p + 1, 'DID')) {
      if (did !== undefined || !plainStart(s, p, 'DID')) return undefined;
      did = selfClosing ? '' : leafText(s, next, 'DID');
      if (did === undefined) return undefined;
    } else if (nameAt(s, p + 1, 'ClientRef')) {
      if (clientRef !== undefined || !plainStart(s, p, 'ClientRef')) return undefined;
      clientRef = selfClosing ? '' : leafText(s, next, 'ClientRef');
      if (clientRef === undefined) return undefined;
    } else return undefined;
    p = next;
  }
}

function readTransaction(s: string, p: number): TransactionResponseBody | undefined {
  if (!plainStart(s, p, 'TransactionResponse')) return undefined;
  if (selfClosing) return { type: 'transaction' };
  let returnCode: string | undefined;
  let payload: string | undefined;
  let encoding: string | undefined;
  p = next;
  for (;;) {
    p = skipWs(s, p);
    if (s.charCodeAt(p) !== 0x3c) return undefined;
    if (s.charCodeAt(p + 1) === 0x2f) {
      if (!endTag(s, p, 'TransactionResponse')) return undefined;
      break;
    }
    if (nameAt(s, p + 1, 'ReturnCode')) {
      if (returnCode !== undefined || !plainStart(s, p, 'ReturnCode')) return undefined;
      returnCode = selfClosing ? '' : leafText(s, next, 'ReturnCode');
      if (returnCode === undefined) return undefined;
    } else if (nameAt(s, p + 1, 'Payload')) {
      if (payload !== undefined || !tagRest(s, p + 8, ATTRS_PAYLOAD)) return undefined;
      encoding = attrEncoding;
      payload = selfClosing ? '' : leafText(s, next, 'Payload');
      if (payload === undefined) return undefined;
    } else return undefined;
    p = next;
  }
  const body: TransactionResponseBody = { type: 'transaction' };
  if (returnCode !== undefined) body.returnCode = returnCode;
  if (payload !== undefined) {
    body.payload = payload;
    if (encoding !== undefined) body.payloadEncoding = encoding;
  }
  return body;
}

// Character classes of the host-layout pattern: text (as TEXT_RUN), double-quoted attribute
// values (no '<', '&', '"', controls other than tab and line breaks, surrogates, U+FFFE/U+FFFF),
// whitespace between elements.
const T = '([^<&>\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]*)';
const A = '([^<&"\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]*)';
const W = '[ \\t\\r\\n]*';

/**
 * A whole transaction response in the hosts' element order, in one match: optional declaration
 * and DOCTYPE, `Response` with an optional Version, optional RespClientID (DID, ClientRef),
 * Status with its StatusCode and optional text, optional TransactionResponse (optional ReturnCode,
 * optional Payload without attributes), whitespace anywhere between elements. The regular
 * expression engine checks and captures the document several times faster than any loop here.
 * Groups: 1 Version, 2 DID, 3 ClientRef, 4 StatusCode, 5 Status text (absent when `<Status/>`),
 * 6 '' when there is a TransactionResponse, 7 ReturnCode, 8 Payload.
 */
const HOST_RESPONSE = new RegExp(
  `^(?:<\\?xml version="1\\.0" encoding="UTF-8"\\?>)?${W}(?:<!DOCTYPE Response SYSTEM "dwxmlapi3\\.dtd">${W})?` +
    `<Response(?: Version="${A}")?>${W}` +
    `(?:<RespClientID>${W}<DID>${T}</DID>${W}<ClientRef>${T}</ClientRef>${W}</RespClientID>${W})?` +
    `<Status StatusCode="${A}"(?:/>|>${T}</Status>)${W}` +
    `(?:<TransactionResponse>()${W}(?:<ReturnCode>${T}</ReturnCode>${W})?(?:<Payload>${T}</Payload>${W})?</TransactionResponse>${W})?` +
    `</Response>${W}$`,
);

/** `HOST_RESPONSE` matched into the response value (the keys in the general path's order). */
export function hostResponse(s: string): DatawireResponse | undefined {
  const m = HOST_RESPONSE.exec(s);
  if (m === null) return undefined;
  const out: DatawireResponse = { status: m[4]! };
  if (m[1] !== undefined) out.version = m[1];
  const statusText = m[5];
  if (statusText !== undefined && statusText !== '') out.statusText = statusText;
  if (m[2] !== undefined) out.clientId = { did: m[2], clientRef: m[3]! };
  if (m[6] !== undefined) {
    const body: TransactionResponseBody = { type: 'transaction' };
    if (m[7] !== undefined) body.returnCode = m[7];
    if (m[8] !== undefined) body.payload = m[8];
    out.body = body;
  }
  return out;
}

/**
 * The value `responseFromDocument(parseXml(s))` gives, for documents inside the fast path
 * (`maxDepth`/`maxElements`/`maxAttributes` of at least 3/8/2 and `maxLength` are the caller's
 * to check); undefined for everything else, including every document the general path refuses.
 */
export function decodeResponseFast(s: string): DatawireResponse | undefined {
  return hostResponse(s) ?? offsetsResponse(s);
}

/** Any element order, self-closing elements, attribute variations: read by offsets. */
export function offsetsResponse(s: string): DatawireResponse | undefined {
  PROLOG.lastIndex = 0;
  if (!PROLOG.test(s)) return undefined;
  if (!tagRest(s, PROLOG.lastIndex, ATTRS_ROOT) || selfClosing) return undefined;
  const version = attrVersion;
  const namespace = attrXmlns;
  let status: string | undefined;
  let statusText: string | undefined;
  let clientId: RespClientId | undefined;
  let body: TransactionResponseBody | undefined;
  let i = next;
  for (;;) {
    i = skipWs(s, i);
    if (s.charCodeAt(i) !== 0x3c) return undefined;
    if (s.charCodeAt(i + 1) === 0x2f) {
      if (!endTag(s, i, 'Response')) return undefined;
      break;
    }
    if (nameAt(s, i + 1, 'Status')) {
      if (status !== undefined || !tagRest(s, i + 7, ATTRS_STATUS) || attrStatusCode === undefined)
        return undefined;
      status = attrStatusCode;
      statusText = selfClosing ? '' : leafText(s, next, 'Status');
      if (statusText === undefined) return undefined;
    } else if (nameAt(s, i + 1, 'RespClientID')) {
      if (clientId !== undefined) return undefined;
      clientId = readClientId(s, i);
      if (clientId === undefined) return undefined;
    } else if (nameAt(s, i + 1, 'TransactionResponse')) {
      if (body !== undefined) return undefined;
      body = readTransaction(s, i);
      if (body === undefined) return undefined;
    } else return undefined;
    i = next;
  }
  if (status === undefined || skipWs(s, next) !== s.length) return undefined;
  const out: DatawireResponse = { status };
  if (version !== undefined) out.version = version;
  if (namespace !== undefined) out.namespace = namespace;
  if (statusText !== undefined && statusText !== '') out.statusText = statusText;
  if (clientId !== undefined) out.clientId = clientId;
  if (body !== undefined) out.body = body;
  return out;
}
