/** Typed requests and answers to bytes in either wire form, and back. */

import { ErrorCode } from '@paywire/core';
import { wireError } from './errors.js';
import { assertRequestObject, buildRequest, parseRequest } from './request/build.js';
import { encodeRequestFast } from './request/encode-fast.js';
import type { TcRequest } from './request/types.js';
import { toError, type ValidateOptions, validateParams } from './request/validate.js';
import { decodeResponseFast } from './response/decode-fast.js';
import { buildResponse, parseResponse } from './response/parse.js';
import type { TcResponse } from './response/types.js';
import { detectForm, type WireForm } from './wire/document.js';
import { decodeForm, encodeForm } from './wire/form.js';
import { DEFAULT_TCLINK_VERSION, decodeLines, encodeLines } from './wire/lines.js';
import type { NvpInput, NvpPair } from './wire/pairs.js';

/** What the TCLink client adds around the parameters of the socket form (notes §12.4). */
export interface TclinkMeta {
  /** First line after BEGIN (`version=...`). */
  version?: string;
  /** Connect-loop passes before the connection succeeded (`pass=`), added after connecting. */
  pass?: number;
  /** Seconds the connection took (`time=`). */
  time?: number;
  /** `dns=n`: the fallback IP addresses were used. */
  dnsFallback?: boolean;
}

const META_NAMES = new Set(['version', 'pass', 'time', 'dns']);

/** Socket-form request from wire pairs: `BEGIN`, `version`, the pairs, `pass`/`time`/`dns`, `END`. */
export function encodeTclinkRequest(params: NvpInput, meta: TclinkMeta = {}): Uint8Array {
  const tail: NvpPair[] = [];
  if (meta.pass !== undefined) tail.push(['pass', intText('pass', meta.pass)]);
  if (meta.time !== undefined) tail.push(['time', intText('time', meta.time)]);
  if (meta.dnsFallback) tail.push(['dns', 'n']);
  return encodeLines(params, {
    block: true,
    limits: true,
    head: [['version', meta.version ?? DEFAULT_TCLINK_VERSION]],
    tail,
  });
}

function intText(field: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw wireError(ErrorCode.INVALID_ARGUMENT, `${field}: expected a non-negative integer`, { field });
  }
  return String(n);
}

export interface DecodedTclinkRequest {
  params: NvpPair[];
  meta: TclinkMeta;
}

/** Splits a socket-form request into its parameters and the client's `version`/`pass`/`time`/`dns`. */
export function decodeTclinkRequest(bytes: Uint8Array): DecodedTclinkRequest {
  const { pairs } = decodeLines(bytes, { block: true });
  return splitMeta(pairs);
}

function splitMeta(pairs: readonly NvpPair[]): DecodedTclinkRequest {
  const params: NvpPair[] = [];
  const meta: TclinkMeta = {};
  for (const p of pairs) {
    const [name, value] = p;
    if (!META_NAMES.has(name)) {
      params.push(p);
      continue;
    }
    if (name === 'version' && meta.version === undefined) meta.version = value;
    else if ((name === 'pass' || name === 'time') && meta[name] === undefined && /^\d{1,15}$/.test(value))
      meta[name] = Number(value);
    else if (name === 'dns' && value === 'n') meta.dnsFallback = true;
    else params.push(p);
  }
  return { params, meta };
}

/** HTTPS POST body (`application/x-www-form-urlencoded`) from wire pairs. */
export function encodeHttpsRequest(params: NvpInput): Uint8Array {
  return encodeForm(params);
}

/** Pairs of an HTTPS POST body. */
export function decodeHttpsRequest(bytes: Uint8Array): NvpPair[] {
  return decodeForm(bytes).pairs.filter((p) => p[0] !== '' || p[1] !== '');
}

/** Socket-form answer: `BEGIN`, name=value lines, `END`. */
export function encodeTclinkResponse(params: NvpInput): Uint8Array {
  return encodeLines(params, { block: true });
}

/** HTTPS answer: plain name=value lines. */
export function encodeHttpsResponse(params: NvpInput): Uint8Array {
  return encodeLines(params, { block: false });
}

/** Pairs of an answer in either form (detected from the bytes). */
export function decodeResponsePairs(bytes: Uint8Array): NvpPair[] {
  return decodeLines(bytes, { block: detectForm(bytes) === 'tclink' }).pairs;
}

export interface EncodeRequestOptions {
  form: WireForm;
  /** Validate like the gateway first and throw its `baddata` as an error (default true). */
  validate?: boolean;
  validateOptions?: ValidateOptions;
  /** Socket form only. */
  tclink?: TclinkMeta;
}

/** Typed request to bytes, validated first unless `validate: false`. */
export function encodeRequest(request: TcRequest, options: EncodeRequestOptions): Uint8Array {
  assertRequestObject(request);
  // Plain requests take the one-pass path; anything it does not vouch for takes the general one.
  return encodeRequestFast(request, options) ?? encodeRequestGeneral(request, options);
}

/**
 * The general path of `encodeRequest` (pairs, then validation, then the form's encoder). Not part
 * of the public API: the tests hold the fast path to it.
 */
export function encodeRequestGeneral(request: TcRequest, options: EncodeRequestOptions): Uint8Array {
  assertRequestObject(request);
  const pairs = buildRequest(request);
  if (options.validate !== false) {
    const r = validateParams(pairs, options.validateOptions);
    if (!r.ok) throw toError(r);
  }
  return options.form === 'tclink' ? encodeTclinkRequest(pairs, options.tclink) : encodeForm(pairs);
}

export interface DecodedRequest {
  form: WireForm;
  request: TcRequest;
  /** Socket form: what the client added. */
  tclink?: TclinkMeta;
}

/** Bytes (either form) to the typed request. Does not validate; call `validateRequest` for that. */
export function decodeRequest(bytes: Uint8Array): DecodedRequest {
  if (detectForm(bytes) === 'tclink') {
    const { params, meta } = decodeTclinkRequest(bytes);
    return { form: 'tclink', request: parseRequest(params), tclink: meta };
  }
  return { form: 'https', request: parseRequest(decodeHttpsRequest(bytes)) };
}

/** Typed answer to bytes in the given form. */
export function encodeResponse(response: TcResponse, form: WireForm): Uint8Array {
  const pairs = buildResponse(response);
  return form === 'tclink' ? encodeTclinkResponse(pairs) : encodeHttpsResponse(pairs);
}

/** Bytes (either form) to the typed answer. */
export function decodeResponse(bytes: Uint8Array): TcResponse {
  return decodeResponseFast(bytes) ?? decodeResponseGeneral(bytes);
}

/** The general path of `decodeResponse` (pairs, then the typed answer); not part of the public API. */
export function decodeResponseGeneral(bytes: Uint8Array): TcResponse {
  return parseResponse(decodeResponsePairs(bytes));
}
