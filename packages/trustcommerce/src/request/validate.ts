/**
 * Client-side mirror of the gateway's parameter checks (guide §IV-§XVIII, Appendix E). A failure
 * reads like the gateway's answer: `status: 'baddata'`, an `error` reason and the `offenders`.
 * Cross-field rules are listed in `RULES` below, each with the guide section it comes from.
 */

import { isPaywireError, parseTrack1, parseTrack2 } from '@paywire/core';
import { type BadDataError, badData, type TrustCommerceError } from '../errors.js';
import { type Action, isAction } from '../params/actions.js';
import { lookupParam, PARAMS } from '../params/appendix-e.js';
import type { ParamSpec } from '../params/spec.js';
import { forEachPair, type NvpInput } from '../wire/pairs.js';
import { utf8Length } from '../wire/utf8.js';
import { buildRequest } from './build.js';
import type { TcRequest } from './types.js';

export interface ValidationProblem {
  field: string;
  error: BadDataError;
  message: string;
}

export type ValidationResult =
  | { ok: true }
  | {
      ok: false;
      status: 'baddata';
      /** The reason the gateway would give: the highest-priority problem found. */
      error: BadDataError;
      /** Fields with that reason, in wire order. */
      offenders: string[];
      /** Every problem found, for developers (the gateway reports only the first reason). */
      problems: ValidationProblem[];
    };

export interface ValidateOptions {
  /** Names the table does not know are `extrafields` (default: allowed; the gateway decides). */
  rejectUnknown?: boolean;
  /** Currencies the merchant account accepts; others give `merchantcantaccept` (default: all of Appendix D). */
  acceptedCurrencies?: readonly string[];
}

/** Order in which reasons are reported when several apply. */
const PRIORITY: readonly BadDataError[] = [
  'missingfields',
  'extrafields',
  'badformat',
  'badlength',
  'mismatch',
  'merchantcantaccept',
];

const ACCOUNT_FIELDS = ['cc', 'exp', 'cvv', 'track1', 'track2', 'routing', 'account'];
const RECURRING = ['cycle', 'start', 'payments', 'authnow', 'lastpaymentunstore'];
const SHIPTO = PARAMS.filter((p) => p.name.startsWith('shipto_')).map((p) => p.name);
const ITEM_RE = /^(productcode|quantity|price|tax|shippinghandling)(\d+)$/;

function checkValue(spec: ParamSpec, name: string, value: string, add: (p: ValidationProblem) => void): void {
  const what = spec.sensitive
    ? 'value'
    : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  let format: string | undefined;
  switch (spec.type) {
    case 'number':
      if (!/^\d+$/.test(value)) format = 'digits only';
      break;
    case 'yn':
      if (value !== 'y' && value !== 'n') format = 'y or n';
      break;
    case 'enum':
      if (!spec.values || !Object.hasOwn(spec.values, value)) {
        format = `one of ${Object.keys(spec.values ?? {})
          .slice(0, 8)
          .join(', ')}${Object.keys(spec.values ?? {}).length > 8 ? ', ...' : ''}`;
      }
      break;
    default:
      if (/[\x00-\x1f\x7f]/.test(value)) format = 'printable text';
  }
  if (format !== undefined) {
    add({ field: name, error: 'badformat', message: `${name}: ${what} is not ${format}` });
    return;
  }
  const len = utf8Length(value, name);
  if (len < spec.min || len > spec.max) {
    const range = spec.min === spec.max ? `${spec.min}` : `${spec.min}-${spec.max}`;
    add({ field: name, error: 'badlength', message: `${name}: length ${len}, expected ${range}` });
    return;
  }
  if (spec.pattern && !spec.pattern.test(value)) {
    add({
      field: name,
      error: 'badformat',
      message: `${name}: ${what} is not ${spec.patternText ?? 'in the expected format'}`,
    });
  }
}

/** Validates wire pairs as the gateway would (see the module comment). */
export function validateParams(input: NvpInput, options: ValidateOptions = {}): ValidationResult {
  const problems: ValidationProblem[] = [];
  const add = (p: ValidationProblem) => problems.push(p);
  const params = new Map<string, string>();
  const order: string[] = [];
  forEachPair(input, (name, value) => {
    // TCLink drops empty values before sending, so an empty value is an absent parameter.
    if (value === '' || params.has(name)) return;
    params.set(name, value);
    order.push(name);
  });
  const has = (n: string) => params.has(n) && params.get(n) !== 'null';
  const actionText = params.get('action');
  const action: Action | undefined =
    actionText !== undefined && isAction(actionText) ? actionText : undefined;
  const isUpdate = action === 'store' && params.has('billingid');

  for (const name of order) {
    const value = params.get(name)!;
    const hit = lookupParam(name);
    if (!hit) {
      if (options.rejectUnknown)
        add({ field: name, error: 'extrafields', message: `${name}: not a parameter of the guide` });
      continue;
    }
    if (action !== undefined && !hit.spec.actions.includes(action)) {
      add({ field: name, error: 'extrafields', message: `${name}: not accepted by ${action}` });
      continue;
    }
    if (value === 'null' && isUpdate && name !== 'billingid') continue; // §XI: "null" erases a stored field
    checkValue(hit.spec, name, value, add);
    if (name === 'currency' && options.acceptedCurrencies && !options.acceptedCurrencies.includes(value)) {
      add({
        field: name,
        error: 'merchantcantaccept',
        message: `currency: ${value} is not accepted by this merchant account`,
      });
    }
  }

  const missing = (field: string, why: string) =>
    add({ field, error: 'missingfields', message: `${field}: ${why}` });
  for (const base of ['custid', 'password', 'action'])
    if (!params.has(base)) missing(base, 'required on every action');
  if (action !== undefined) {
    for (const spec of PARAMS) {
      if (
        spec.required?.includes(action) &&
        !params.has(spec.name) &&
        !['custid', 'password', 'action'].includes(spec.name)
      ) {
        missing(spec.name, `required by ${action}`);
      }
    }
    crossFieldRules(action, params, has, isUpdate, add, missing);
  }

  if (problems.length === 0) return { ok: true };
  let error: BadDataError = problems[0]!.error;
  for (const reason of PRIORITY) {
    if (problems.some((p) => p.error === reason)) {
      error = reason;
      break;
    }
  }
  const offenders: string[] = [];
  for (const p of problems) if (p.error === error && !offenders.includes(p.field)) offenders.push(p.field);
  return { ok: false, status: 'baddata', error, offenders, problems };
}

function crossFieldRules(
  action: Action,
  params: Map<string, string>,
  has: (n: string) => boolean,
  isUpdate: boolean,
  add: (p: ValidationProblem) => void,
  missing: (field: string, why: string) => void,
): void {
  const media = params.get('media') ?? 'cc';
  const ach = media === 'ach';
  const present = (names: readonly string[]) => names.filter((n) => has(n));

  if (action === 'preauth' || action === 'sale' || action === 'store') {
    // §IX: ACH is sale, credit (by transid) and store only.
    if (ach && action === 'preauth') {
      add({
        field: 'media',
        error: 'mismatch',
        message: 'media: ACH has no authorization, so no preauth (use sale)',
      });
    }
    if (ach) {
      for (const f of present(['cc', 'exp', 'cvv', 'track1', 'track2'])) {
        add({ field: f, error: 'extrafields', message: `${f}: not used with media=ach` });
      }
    } else {
      for (const f of present(['routing', 'account'])) {
        add({ field: f, error: 'mismatch', message: `${f}: ACH fields need media=ach` });
      }
    }
    // §XI: a billing ID replaces the account data on preauth and sale.
    if (has('billingid') && action !== 'store') {
      for (const f of present(ACCOUNT_FIELDS)) {
        add({
          field: f,
          error: 'extrafields',
          message: `${f}: not sent with a billingid (the billing ID carries the account)`,
        });
      }
    } else if (!(action === 'store' && isUpdate)) {
      const hasTrack = action !== 'store' && (has('track1') || has('track2'));
      if (ach) {
        if (!has('routing')) missing('routing', 'required with media=ach');
        if (!has('account')) missing('account', 'required with media=ach');
      } else if (!hasTrack) {
        // §VI: cc and exp, unless track data (§VIII) or a billing ID (§XI) is given.
        if (!has('cc')) missing('cc', `required by ${action} without track data or billingid`);
        if (!has('exp')) missing('exp', `required by ${action} without track data or billingid`);
      }
    }
    // §VIII: cc/exp given with track data must match the track (track1 wins when both are sent).
    const trackName = has('track1') ? 'track1' : has('track2') ? 'track2' : undefined;
    if (trackName && !ach && action !== 'store') {
      const raw = params.get(trackName)!;
      let pan: string | undefined;
      let yymm: string | undefined;
      try {
        const t = trackName === 'track1' ? parseTrack1(raw, trackName) : parseTrack2(raw, trackName);
        pan = t.pan;
        yymm = t.expiry;
      } catch (e) {
        if (!isPaywireError(e)) throw e;
        add({ field: trackName, error: 'badformat', message: `${trackName}: not readable track data` });
      }
      if (pan !== undefined && has('cc') && params.get('cc') !== pan) {
        add({
          field: 'cc',
          error: 'mismatch',
          message: `cc: does not match the card number in ${trackName}`,
        });
        add({ field: trackName, error: 'mismatch', message: `${trackName}: card number differs from cc` });
      }
      if (yymm && has('exp')) {
        const exp = params.get('exp')!;
        if (exp.slice(2) + exp.slice(0, 2) !== yymm) {
          add({ field: 'exp', error: 'mismatch', message: `exp: does not match the expiry in ${trackName}` });
          add({ field: trackName, error: 'mismatch', message: `${trackName}: expiry differs from exp` });
        }
      }
    }
  }

  if (action === 'store') {
    // §XII recurring billing
    const recurring = present(RECURRING).length > 0;
    if (recurring && !isUpdate) {
      if (!has('amount')) missing('amount', 'required for recurring billing');
      const oneTime = params.get('payments') === '1' && has('start');
      if (!has('cycle') && !oneTime)
        missing('cycle', 'required for recurring billing (except a one-time future payment)');
    }
    if (params.get('authnow') === 'y' && !has('start')) missing('start', 'authnow=y requires a start date');
    if (has('lastpaymentunstore') && !has('payments') && !isUpdate) {
      missing('payments', 'lastpaymentunstore applies only when payments is set');
    }
    // §XIII wallet
    if (!isUpdate && params.get('wallet') !== 'y') {
      for (const f of present(['walletsize', 'walletexposure'])) {
        add({ field: f, error: 'mismatch', message: `${f}: needs wallet=y` });
      }
    }
  }

  // §XVIII ship-to: shiptosame=y means no shipto_ fields.
  if (params.get('shiptosame') === 'y') {
    for (const f of present(SHIPTO))
      add({ field: f, error: 'extrafields', message: `${f}: not sent with shiptosame=y` });
  }

  // §XVIII order lines
  const itemNames = [...params.keys()].filter((n) => ITEM_RE.test(n));
  const numText = params.get('numitems');
  // numitems is 1-3 digits (its own check reports a longer one): only then are the lines counted,
  // so a huge count cannot make the validator list millions of missing lines
  const num = numText !== undefined && /^\d{1,3}$/.test(numText) ? Number(numText) : undefined;
  if (itemNames.length > 0 && numText === undefined) missing('numitems', 'required with order lines');
  if (num !== undefined) {
    for (const n of itemNames) {
      if (Number(ITEM_RE.exec(n)![2]) > num || Number(ITEM_RE.exec(n)![2]) < 1) {
        add({ field: n, error: 'extrafields', message: `${n}: item index outside 1..numitems` });
      }
    }
    for (let i = 1; i <= num; i++) {
      for (const base of ['productcode', 'quantity', 'price']) {
        if (!params.has(base + i)) missing(base + i, `required for each of the ${num} order lines`);
      }
    }
  }
  const lineHandling = itemNames.filter((n) => n.startsWith('shippinghandling'));
  if (has('shippinghandling') && lineHandling.length > 0) {
    add({
      field: 'shippinghandling',
      error: 'mismatch',
      message: 'shippinghandling: use it or the per-line shippinghandlingX, not both',
    });
    for (const f of lineHandling)
      add({ field: f, error: 'mismatch', message: `${f}: not with an order-level shippinghandling` });
  }

  // §XVII Purchase Level II
  if (has('purchaseordernum') && params.get('purchaselevel') !== '2') {
    missing('purchaselevel', 'purchaseordernum is a Purchase Level II field (purchaselevel=2)');
  }
}

/** Validates a typed request (built to wire pairs first). */
export function validateRequest(request: TcRequest, options: ValidateOptions = {}): ValidationResult {
  let pairs: ReturnType<typeof buildRequest>;
  try {
    pairs = buildRequest(request);
  } catch (e) {
    if (isPaywireError(e) && (e as TrustCommerceError).error !== undefined) {
      const te = e as TrustCommerceError;
      return {
        ok: false,
        status: 'baddata',
        error: te.error!,
        offenders: [...te.offenders],
        problems: te.offenders.map((f) => ({ field: f, error: te.error!, message: te.message })),
      };
    }
    throw e;
  }
  return validateParams(pairs, options);
}

/** Throws a `trustcommerce` error carrying `error` and `offenders` when the parameters are not valid. */
export function assertValidParams(input: NvpInput, options: ValidateOptions = {}): void {
  const r = validateParams(input, options);
  if (!r.ok) throw toError(r);
}

export function toError(r: Extract<ValidationResult, { ok: false }>): TrustCommerceError {
  const first = r.problems.find((p) => p.error === r.error)!;
  const more = r.offenders.length > 1 ? ` (offenders: ${r.offenders.join(',')})` : '';
  return badData(r.error, r.offenders, `baddata ${r.error}: ${first.message}${more}`);
}
