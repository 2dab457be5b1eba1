/**
 * Fast path of `encodeRequest` for typed requests without order lines or `extra`: reads the
 * typed properties once, checks them against the parameter table compiled at load (no Map, no
 * regular expressions for the common fields, no per-field objects) and writes the wire bytes in
 * one pass into a scratch buffer. It never throws a paywire error itself: whenever anything is
 * not plainly valid it returns `undefined`, and `encodeRequest` runs the general path, which
 * raises exactly the error it always did (or encodes the unusual request).
 */

import { copyBytes, isPaywireError, parseTrack1, parseTrack2 } from '@paywire/core';
import { ACTIONS } from '../params/actions.js';
import { PARAMS } from '../params/appendix-e.js';
import type { ParamSpec } from '../params/spec.js';
import { TCLINK_MAX_LINE_BYTES, TCLINK_MAX_REQUEST_BYTES } from '../wire/limits.js';
import { DEFAULT_TCLINK_VERSION } from '../wire/lines.js';
import { readPlainProps } from './read-plain.js';
import type { ValidateOptions } from './validate.js';

const TYPED_STRING = 0;
const TYPED_INTEGER = 1;
const TYPED_BOOLEAN = 2;

const CHECK_TEXT = 0;
const CHECK_DIGITS = 1;
const CHECK_YN = 2;
const CHECK_ONE_OF = 3;

/** One plain parameter of the table, in the shape the fast path reads. */
interface Compiled {
  readonly prop: string;
  readonly name: string;
  readonly typed: number;
  readonly check: number;
  readonly min: number;
  readonly max: number;
  readonly values: Readonly<Record<string, string>> | undefined;
  /** The spec's extra format rule: a hand-written equivalent where one exists, else the regex. */
  readonly pattern: ((value: string) => boolean) | undefined;
  /** Bit `1 << i` for each `ACTIONS[i]` that accepts the parameter. */
  readonly actions: number;
}

/** MMYY, the same rule as the table's `/^(0[1-9]|1[0-2])\d\d$/` (tested against it). */
export function isMmYy(v: string): boolean {
  if (v.length !== 4) return false;
  const m1 = v.charCodeAt(0);
  const m2 = v.charCodeAt(1);
  const y1 = v.charCodeAt(2);
  const y2 = v.charCodeAt(3);
  if (y1 < 0x30 || y1 > 0x39 || y2 < 0x30 || y2 > 0x39) return false;
  if (m1 === 0x30) return m2 >= 0x31 && m2 <= 0x39;
  return m1 === 0x31 && m2 >= 0x30 && m2 <= 0x32;
}

const HAND_WRITTEN: Readonly<Record<string, (value: string) => boolean>> = {
  '^(0[1-9]|1[0-2])\\d\\d$': isMmYy,
};

function actionBits(actions: readonly string[]): number {
  let bits = 0;
  for (let i = 0; i < ACTIONS.length; i++) if (actions.includes(ACTIONS[i]!)) bits |= 1 << i;
  return bits;
}

function compile(spec: ParamSpec): Compiled {
  const re = spec.pattern;
  let pattern: ((value: string) => boolean) | undefined;
  if (re) {
    const hand =
      re.flags === '' && Object.hasOwn(HAND_WRITTEN, re.source) ? HAND_WRITTEN[re.source] : undefined;
    pattern = hand ?? ((v: string) => re.test(v));
  }
  return {
    prop: spec.prop,
    name: spec.name,
    typed: spec.typed === 'integer' ? TYPED_INTEGER : spec.typed === 'boolean' ? TYPED_BOOLEAN : TYPED_STRING,
    check:
      spec.type === 'number'
        ? CHECK_DIGITS
        : spec.type === 'yn'
          ? CHECK_YN
          : spec.type === 'enum'
            ? CHECK_ONE_OF
            : CHECK_TEXT,
    min: spec.min,
    max: spec.max,
    values: spec.values,
    pattern,
    actions: actionBits(spec.actions),
  };
}

const PLAIN: readonly Compiled[] = PARAMS.filter((p) => !p.indexed).map(compile);
const COUNT = PLAIN.length;

function at(name: string): number {
  const i = PLAIN.findIndex((p) => p.name === name);
  if (i < 0) throw new Error(`parameter table has no ${name}`);
  return i;
}

const CUSTID = at('custid');
const PASSWORD = at('password');
const ACTION = at('action');
const MEDIA = at('media');
const AMOUNT = at('amount');
const CC = at('cc');
const EXP = at('exp');
const CVV = at('cvv');
const TRACK1 = at('track1');
const TRACK2 = at('track2');
const ROUTING = at('routing');
const ACCOUNT = at('account');
const BILLINGID = at('billingid');
const CURRENCY = at('currency');
const CYCLE = at('cycle');
const START = at('start');
const PAYMENTS = at('payments');
const AUTHNOW = at('authnow');
const LASTPAYMENTUNSTORE = at('lastpaymentunstore');
const WALLET = at('wallet');
const WALLETSIZE = at('walletsize');
const WALLETEXPOSURE = at('walletexposure');
const SHIPTOSAME = at('shiptosame');
const NUMITEMS = at('numitems');
const PURCHASEORDERNUM = at('purchaseordernum');
const PURCHASELEVEL = at('purchaselevel');
const SHIPTO: readonly number[] = PLAIN.flatMap((p, i) => (p.name.startsWith('shipto_') ? [i] : []));

const BASE = ['custid', 'password', 'action'];
/** Per action (index in ACTIONS): plain parameters it requires besides custid/password/action. */
const REQUIRED_BY: readonly (readonly number[])[] = ACTIONS.map((action) =>
  PARAMS.flatMap((p) =>
    p.required?.includes(action) && !BASE.includes(p.name) ? [PLAIN.findIndex((c) => c.name === p.name)] : [],
  ),
);
if (REQUIRED_BY.some((list) => list.includes(-1)))
  throw new Error('a required parameter is an order-line field');

const PREAUTH = ACTIONS.indexOf('preauth');
const SALE = ACTIONS.indexOf('sale');
const STORE = ACTIONS.indexOf('store');

function actionIndex(v: string | undefined): number {
  if (v === undefined) return -1;
  for (let i = 0; i < ACTIONS.length; i++) if (ACTIONS[i] === v) return i;
  return -1;
}

/** 1 for the bytes `application/x-www-form-urlencoded` writes as themselves (space aside). */
const FORM_SAFE = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) FORM_SAFE[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) FORM_SAFE[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) FORM_SAFE[c] = 1;
for (const c of '*-._') FORM_SAFE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(16);
for (let i = 0; i < 16; i++) HEX[i] = '0123456789ABCDEF'.charCodeAt(i);

/** Wire names; all are ASCII letters, digits and `_`, so both forms write them as they are. */
const NAMES: readonly string[] = PLAIN.map((p) => {
  for (let i = 0; i < p.name.length; i++) {
    const c = p.name.charCodeAt(i);
    if (c >= 0x80 || FORM_SAFE[c] !== 1) throw new Error(`parameter name ${p.name} needs escaping`);
  }
  return p.name;
});

/** Reads by the table's names; used only if `readPlainProps` ever disagrees with the table. */
function readByName(r: Record<string, unknown>, out: unknown[]): number {
  let n = 0;
  for (let k = 0; k < COUNT; k++) {
    const v = r[PLAIN[k]!.prop];
    if (v === undefined) continue;
    out[n++] = k;
    out[n++] = v;
  }
  return n;
}

/** True when `readPlainProps` reads exactly the table's properties, in table order. */
export function readerMatchesTable(): boolean {
  const probe: Record<string, unknown> = {};
  const seen: string[] = [];
  for (let k = 0; k < COUNT; k++) probe[PLAIN[k]!.prop] = k;
  const spy = new Proxy(probe, {
    get(target, key) {
      seen.push(String(key));
      return Reflect.get(target, key);
    },
  });
  const got: unknown[] = [];
  const n = readPlainProps(spy, got);
  return (
    n === 2 * COUNT &&
    got.length === n &&
    got.every((v, i) => v === i >> 1) &&
    seen.length === COUNT &&
    seen.every((prop, k) => prop === PLAIN[k]!.prop)
  );
}

const readPlain = readerMatchesTable() ? readPlainProps : readByName;

/** Shared output scratch: filled after all user code (getters) has run, copied out, then zeroed. */
let scratch = new Uint8Array(4096);
let scratchView = new DataView(scratch.buffer);

/**
 * `name=` of a socket-form line, precomputed: its bytes, and for names of 4 or more bytes the
 * little-endian 32-bit words that cover it (the last one may overlap the one before), so it is
 * written with a few word stores instead of one store per character.
 */
interface NamePlan {
  readonly length: number;
  readonly bytes: Uint8Array;
  /** Pairs of (offset, word). */
  readonly words: Int32Array | undefined;
}

function namePlan(name: string): NamePlan {
  const text = `${name}=`;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x0a || c === 0x0d || (c === 0x3d && i < name.length)) {
      throw new Error(`name ${name} cannot be written as it is`);
    }
    bytes[i] = c;
  }
  if (bytes.length < 4) return { length: bytes.length, bytes, words: undefined };
  const offsets: number[] = [];
  for (let o = 0; o + 4 <= bytes.length; o += 4) offsets.push(o);
  if (bytes.length % 4 !== 0) offsets.push(bytes.length - 4);
  const words = new Int32Array(offsets.length * 2);
  offsets.forEach((o, i) => {
    words[2 * i] = o;
    words[2 * i + 1] = bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24);
  });
  return { length: bytes.length, bytes, words };
}

const NAME_PLANS: readonly NamePlan[] = NAMES.map(namePlan);
const VERSION_PLAN = namePlan('version');
const PASS_PLAN = namePlan('pass');
const TIME_PLAN = namePlan('time');
const DNS_PLAN = namePlan('dns');

function writeName(plan: NamePlan, p: number): number {
  const words = plan.words;
  if (words === undefined) {
    const bytes = plan.bytes;
    for (let i = 0; i < bytes.length; i++) scratch[p + i] = bytes[i]!;
  } else {
    const view = scratchView;
    for (let i = 0; i < words.length; i += 2) view.setInt32(p + words[i]!, words[i + 1]!, true);
  }
  return p + plan.length;
}

/**
 * Per-call state, cleared after each call so no card data stays reachable. `busy` sends a call
 * made from inside a getter of the request to the general path.
 * - `found`: table index and value of each property the request has, in table order; after
 *   conversion the value is the wire text.
 * - `byIndex`: the wire text by table index (undefined when absent).
 */
const found: unknown[] = new Array(2 * COUNT).fill(undefined);
const byIndex: (string | undefined)[] = new Array(COUNT).fill(undefined);
let busy = false;

/** How the socket writer copies each found value (set by `valid`, by entry). */
const WRITE_PLAIN = 0; // already checked (or the general path never checks it): copy as UTF-8
const WRITE_DIGITS = 1; // digits only, then the table's length range
const WRITE_TEXT = 2; // no control characters, then the table's length range in UTF-8 bytes
const WRITE_LINE = 3; // not validated: only what a line cannot carry (CR, LF) is refused
const writeMode = new Uint8Array(COUNT);

/** The wire text by table index, for the checks that look up named parameters. */
type Values = readonly (string | undefined)[];

export interface FastEncodeOptions {
  form: 'tclink' | 'https';
  validate?: boolean;
  validateOptions?: ValidateOptions;
  tclink?: { version?: string; pass?: number; time?: number; dnsFallback?: boolean };
}

/** Bytes of `request`, or undefined when the general path has to decide (see the module comment). */
export function encodeRequestFast(request: object, options: FastEncodeOptions): Uint8Array | undefined {
  if (busy) return undefined;
  busy = true;
  let n = 2 * COUNT;
  try {
    const rec = request as Record<string, unknown>;
    if (rec['items'] !== undefined) return undefined;
    // The same reads, in the same order, as buildRequest.
    n = readPlain(rec, found);
    if (rec['extra'] !== undefined) return undefined;
    return encodeFound(n, options);
  } finally {
    for (let i = 0; i < n; i += 2) {
      const k = found[i];
      if (typeof k === 'number') byIndex[k] = undefined;
      found[i + 1] = undefined;
    }
    busy = false;
  }
}

function encodeFound(n: number, options: FastEncodeOptions): Uint8Array | undefined {
  for (let i = 0; i < n; i += 2) {
    const k = found[i] as number;
    const v = found[i + 1];
    const typed = PLAIN[k]!.typed;
    let text: string;
    if (typeof v === 'string') {
      if (typed !== TYPED_STRING) return undefined;
      text = v;
    } else if (v === null) text = 'null';
    else if (typed === TYPED_INTEGER) {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return undefined;
      text = String(v);
    } else if (typed === TYPED_BOOLEAN) {
      if (typeof v !== 'boolean') return undefined;
      text = v ? 'y' : 'n';
    } else return undefined;
    found[i + 1] = text;
    byIndex[k] = text;
  }
  const form = options.form;
  const validate = options.validate !== false;
  if (validate && !valid(byIndex, n, options.validateOptions, form === 'tclink')) return undefined;
  return form === 'tclink' ? writeLines(n, options.tclink, validate) : writeForm(n);
}

/** Validation view of a slot: the value, or undefined when absent or empty. */
function val(s: Values, k: number): string | undefined {
  const v = s[k];
  return v === '' ? undefined : v;
}

/** Present and not the erase marker `null` (validate's `has`). */
function has(s: Values, k: number): boolean {
  const v = s[k];
  return v !== undefined && v !== '' && v !== 'null';
}

function anyHas(s: Values, list: readonly number[]): boolean {
  for (let i = 0; i < list.length; i++) if (has(s, list[i]!)) return true;
  return false;
}

/** True when validateParams would answer `{ ok: true }` for these values. */
function valid(s: Values, n: number, options: ValidateOptions | undefined, defer: boolean): boolean {
  if (options !== undefined && (typeof options !== 'object' || options === null)) return false;
  const accepted = options?.acceptedCurrencies;
  const action = actionIndex(val(s, ACTION));
  // Without a valid action the action check itself fails; with a missing base field, missingfields.
  if (action < 0 || val(s, CUSTID) === undefined || val(s, PASSWORD) === undefined) return false;
  const bit = 1 << action;
  const isUpdate = action === STORE && val(s, BILLINGID) !== undefined;
  for (let i = 0; i < n; i += 2) {
    const k = found[i] as number;
    const v = found[i + 1] as string;
    writeMode[i >> 1] = WRITE_PLAIN;
    if (v === '') continue;
    const c = PLAIN[k]!;
    if ((c.actions & bit) === 0) return false;
    if (v === 'null' && isUpdate && k !== BILLINGID) continue;
    if (defer && (c.check === CHECK_TEXT || c.check === CHECK_DIGITS)) {
      // characters and length are checked by the socket writer as it copies them
      writeMode[i >> 1] = c.check === CHECK_TEXT ? WRITE_TEXT : WRITE_DIGITS;
      if (c.pattern !== undefined && !c.pattern(v)) return false;
    } else if (!checkValue(c, v)) return false;
    if (k === CURRENCY && accepted && !accepted.includes(v)) return false;
  }
  const required = REQUIRED_BY[action]!;
  for (let i = 0; i < required.length; i++) if (val(s, required[i]!) === undefined) return false;
  return crossFieldOk(s, action, isUpdate);
}

function checkValue(c: Compiled, v: string): boolean {
  const n = v.length;
  let bytes = n;
  switch (c.check) {
    case CHECK_DIGITS:
      for (let i = 0; i < n; i++) {
        const ch = v.charCodeAt(i);
        if (ch < 0x30 || ch > 0x39) return false;
      }
      break;
    case CHECK_YN:
      if (v !== 'y' && v !== 'n') return false;
      break;
    case CHECK_ONE_OF:
      if (!c.values || !Object.hasOwn(c.values, v)) return false;
      break;
    default:
      for (let i = 0; i < n; i++) {
        const ch = v.charCodeAt(i);
        if (ch < 0x20 || ch === 0x7f) return false;
        if (ch >= 0x80) {
          if (ch < 0x800) bytes += 1;
          else if (ch >= 0xd800 && ch <= 0xdbff) {
            const d = v.charCodeAt(i + 1);
            if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
            bytes += 2; // 4 bytes for 2 UTF-16 units
            i++;
          } else if (ch >= 0xdc00 && ch <= 0xdfff) return false;
          else bytes += 2;
        }
      }
  }
  // Only CHECK_TEXT can hold non-ASCII (the other checks accept ASCII alone), so bytes is exact.
  if (bytes < c.min || bytes > c.max) return false;
  return c.pattern === undefined || c.pattern(v);
}

/** validate.ts crossFieldRules without order lines, answering only "no problem". */
function crossFieldOk(s: Values, action: number, isUpdate: boolean): boolean {
  const ach = val(s, MEDIA) === 'ach';
  if (action === PREAUTH || action === SALE || action === STORE) {
    if (ach && action === PREAUTH) return false;
    if (ach) {
      if (has(s, CC) || has(s, EXP) || has(s, CVV) || has(s, TRACK1) || has(s, TRACK2)) return false;
    } else if (has(s, ROUTING) || has(s, ACCOUNT)) return false;
    if (has(s, BILLINGID) && action !== STORE) {
      if (
        has(s, CC) ||
        has(s, EXP) ||
        has(s, CVV) ||
        has(s, TRACK1) ||
        has(s, TRACK2) ||
        has(s, ROUTING) ||
        has(s, ACCOUNT)
      )
        return false;
    } else if (!(action === STORE && isUpdate)) {
      const hasTrack = action !== STORE && (has(s, TRACK1) || has(s, TRACK2));
      if (ach) {
        if (!has(s, ROUTING) || !has(s, ACCOUNT)) return false;
      } else if (!hasTrack && (!has(s, CC) || !has(s, EXP))) return false;
    }
    const track = has(s, TRACK1) ? TRACK1 : has(s, TRACK2) ? TRACK2 : -1;
    if (track >= 0 && !ach && action !== STORE && !trackAgrees(s, track)) return false;
  }
  if (action === STORE) {
    const recurring =
      has(s, CYCLE) || has(s, START) || has(s, PAYMENTS) || has(s, AUTHNOW) || has(s, LASTPAYMENTUNSTORE);
    if (recurring && !isUpdate) {
      if (!has(s, AMOUNT)) return false;
      if (!has(s, CYCLE) && !(val(s, PAYMENTS) === '1' && has(s, START))) return false;
    }
    if (val(s, AUTHNOW) === 'y' && !has(s, START)) return false;
    if (has(s, LASTPAYMENTUNSTORE) && !has(s, PAYMENTS) && !isUpdate) return false;
    if (!isUpdate && val(s, WALLET) !== 'y' && (has(s, WALLETSIZE) || has(s, WALLETEXPOSURE))) return false;
  }
  if (val(s, SHIPTOSAME) === 'y' && anyHas(s, SHIPTO)) return false;
  // Order lines: without items, numitems >= 1 leaves productcode1.. missing.
  const num = val(s, NUMITEMS);
  if (num !== undefined && num !== 'null' && hasNonZeroDigit(num)) return false;
  if (has(s, PURCHASEORDERNUM) && val(s, PURCHASELEVEL) !== '2') return false;
  return true;
}

/** True for all-digit text other than zeros only (`/^\d+$/` and a count above 0). */
function hasNonZeroDigit(v: string): boolean {
  let nonZero = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    if (c !== 0x30) nonZero = true;
  }
  return nonZero;
}

/** The track parses and agrees with cc and exp where those are given. */
function trackAgrees(s: Values, track: number): boolean {
  const raw = val(s, track)!;
  let pan: string | undefined;
  let yymm: string | undefined;
  try {
    const t = track === TRACK1 ? parseTrack1(raw, 'track1') : parseTrack2(raw, 'track2');
    pan = t.pan;
    yymm = t.expiry;
  } catch (e) {
    if (isPaywireError(e)) return false;
    throw e;
  }
  if (pan !== undefined && has(s, CC) && val(s, CC) !== pan) return false;
  if (yymm && has(s, EXP)) {
    const exp = val(s, EXP)!;
    if (exp.slice(2) + exp.slice(0, 2) !== yymm) return false;
  }
  return true;
}

/** Grows the scratch buffer to hold `need` bytes, keeping what is written (and wiping the old one). */
function ensure(need: number): void {
  if (need <= scratch.length) return;
  let cap = scratch.length * 2;
  while (cap < need) cap *= 2;
  const next = new Uint8Array(cap);
  next.set(scratch);
  scratch.fill(0);
  scratch = next;
  scratchView = new DataView(next.buffer);
}

/** ASCII characters a line value may not hold: the line breaks. */
const LINE_REFUSED = new Uint8Array(128);
LINE_REFUSED[0x0a] = 1;
LINE_REFUSED[0x0d] = 1;

/** ASCII characters checkValue's text rule refuses: controls and DEL. */
const TEXT_REFUSED = new Uint8Array(128);
TEXT_REFUSED.fill(1, 0, 0x20);
TEXT_REFUSED[0x7f] = 1;

/**
 * Writes `text` at `p` as UTF-8 (ASCII one byte each) and returns the new position, or -1 for an
 * ASCII character `refused` marks or a lone surrogate: the general path then decides.
 */
function writeUtf8(text: string, p: number, refused: Uint8Array): number {
  const out = scratch;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (refused[c] === 1) return -1;
      out[p++] = c;
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return -1;
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      out[p++] = 0xf0 | (c >> 18);
      out[p++] = 0x80 | ((c >> 12) & 63);
      out[p++] = 0x80 | ((c >> 6) & 63);
      out[p++] = 0x80 | (c & 63);
    } else if (c >= 0xdc00 && c <= 0xdfff) return -1;
    else {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 63);
      out[p++] = 0x80 | (c & 63);
    }
  }
  return p;
}

/** Copies `text` if it is all ASCII digits (checkValue's `number` rule); -1 otherwise. */
function writeDigits(text: string, p: number): number {
  const out = scratch;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    out[p++] = c;
  }
  return p;
}

function writeAscii(text: string, p: number): number {
  const out = scratch;
  for (let i = 0; i < text.length; i++) out[p++] = text.charCodeAt(i);
  return p;
}

/** One `name=value\n` line within the TCLink limits; -1 when the general path must decide. */
function writeLine(name: NamePlan, value: string, p: number, mode: number, c: Compiled | undefined): number {
  const start = p;
  // A line longer than the limit in UTF-16 units is longer in bytes too; this also bounds the writes.
  if (name.length + value.length + 1 > TCLINK_MAX_LINE_BYTES) return -1;
  p = writeName(name, p); // `name=`
  const valueStart = p;
  if (mode === WRITE_DIGITS) p = writeDigits(value, p);
  else p = writeUtf8(value, p, mode === WRITE_TEXT ? TEXT_REFUSED : LINE_REFUSED);
  if (p < 0) return -1;
  if (c !== undefined && (mode === WRITE_DIGITS || mode === WRITE_TEXT)) {
    const bytes = p - valueStart;
    if (bytes < c.min || bytes > c.max) return -1;
  }
  scratch[p++] = 0x0a;
  return p - start > TCLINK_MAX_LINE_BYTES ? -1 : p;
}

/** `encodeTclinkRequest` of the values read by `run`. */
function writeLines(
  n: number,
  meta: FastEncodeOptions['tclink'],
  validated: boolean,
): Uint8Array | undefined {
  if (meta !== undefined && (typeof meta !== 'object' || meta === null)) return undefined;
  const pass = meta?.pass;
  const time = meta?.time;
  if (pass !== undefined && !(Number.isSafeInteger(pass) && pass >= 0)) return undefined;
  if (time !== undefined && !(Number.isSafeInteger(time) && time >= 0)) return undefined;
  const version = meta?.version ?? DEFAULT_TCLINK_VERSION;
  if (typeof version !== 'string') return undefined;
  ensure(LINES_BOUND);
  let p = writeAscii('BEGIN\n', 0);
  p = writeLine(VERSION_PLAN, version, p, WRITE_LINE, undefined);
  for (let i = 0; i < n && p >= 0; i += 2) {
    const k = found[i] as number;
    const mode = validated ? writeMode[i >> 1]! : WRITE_LINE;
    p = writeLine(NAME_PLANS[k]!, found[i + 1] as string, p, mode, PLAIN[k]);
    if (p > TCLINK_MAX_REQUEST_BYTES) p = -1;
  }
  if (p >= 0 && pass !== undefined) p = writeLine(PASS_PLAN, String(pass), p, WRITE_PLAIN, undefined);
  if (p >= 0 && time !== undefined) p = writeLine(TIME_PLAN, String(time), p, WRITE_PLAIN, undefined);
  if (p >= 0 && meta?.dnsFallback) p = writeLine(DNS_PLAN, 'n', p, WRITE_PLAIN, undefined);
  if (p < 0 || p + 4 > TCLINK_MAX_REQUEST_BYTES) return take(-1, LINES_BOUND);
  p = writeAscii('END\n', p);
  return take(p, p);
}

/**
 * Every line is at most 3 * 1,023 bytes (checked before it is written), and the next one starts
 * only at or below 15,999: the most the socket form can write into the scratch buffer.
 */
const LINES_BOUND = TCLINK_MAX_REQUEST_BYTES + 4 * 3 * TCLINK_MAX_LINE_BYTES;

/** The written bytes [0, p) as a result (undefined for p < 0); card data is wiped from the scratch. */
function take(p: number, written: number): Uint8Array | undefined {
  const out = p < 0 ? undefined : copyBytes(scratch, 0, p);
  scratch.fill(0, 0, Math.min(written, scratch.length));
  return out;
}

/** Form-encodes `text` at `p`; -1 on a lone surrogate. The caller made room for 9 bytes per unit. */
function writeFormText(text: string, p: number): number {
  const out = scratch;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (FORM_SAFE[c] === 1) out[p++] = c;
      else if (c === 0x20) out[p++] = 0x2b;
      else {
        out[p] = 0x25;
        out[p + 1] = HEX[c >> 4]!;
        out[p + 2] = HEX[c & 15]!;
        p += 3;
      }
      continue;
    }
    if (c < 0x800) {
      p = escapeByte(0xc0 | (c >> 6), p);
      p = escapeByte(0x80 | (c & 63), p);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return -1;
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      p = escapeByte(0xf0 | (c >> 18), p);
      p = escapeByte(0x80 | ((c >> 12) & 63), p);
      p = escapeByte(0x80 | ((c >> 6) & 63), p);
      p = escapeByte(0x80 | (c & 63), p);
    } else if (c >= 0xdc00 && c <= 0xdfff) return -1;
    else {
      p = escapeByte(0xe0 | (c >> 12), p);
      p = escapeByte(0x80 | ((c >> 6) & 63), p);
      p = escapeByte(0x80 | (c & 63), p);
    }
  }
  return p;
}

function escapeByte(b: number, p: number): number {
  const out = scratch;
  out[p] = 0x25;
  out[p + 1] = HEX[b >> 4]!;
  out[p + 2] = HEX[b & 15]!;
  return p + 3;
}

/** `encodeForm` of the values read by `run`. */
function writeForm(n: number): Uint8Array | undefined {
  let p = 0;
  let room = 0;
  for (let i = 0; i < n; i += 2) {
    const v = found[i + 1] as string;
    const name = NAMES[found[i] as number]!;
    // At most 9 bytes per UTF-16 unit (%XX for each of 3 UTF-8 bytes).
    room = p + name.length + 2 + 9 * v.length;
    ensure(room);
    if (i > 0) scratch[p++] = 0x26;
    p = writeAscii(name, p);
    scratch[p++] = 0x3d;
    p = writeFormText(v, p);
    if (p < 0) return take(-1, room);
  }
  return take(p, p);
}
