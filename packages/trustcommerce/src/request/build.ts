/** Typed request <-> ordered wire pairs, driven by the parameter table. */

import { ErrorCode } from '@paywire/core';
import { badData, wireError } from '../errors.js';
import { isAction } from '../params/actions.js';
import { lookupParam, PARAMS } from '../params/appendix-e.js';
import type { ParamSpec } from '../params/spec.js';
import type { NvpPair } from '../wire/pairs.js';
import { setOwn } from '../wire/pairs.js';
import type { FulfillmentItem, TcRequest } from './types.js';

const PLAIN = PARAMS.filter((p) => !p.indexed);
const ITEM = PARAMS.filter((p) => p.indexed);

function toWire(spec: ParamSpec, wireName: string, value: unknown): string {
  if (value === null) return 'null';
  switch (spec.typed) {
    case 'boolean':
      if (typeof value !== 'boolean') throw typeError(wireName, 'true or false');
      return value ? 'y' : 'n';
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw typeError(wireName, 'a non-negative integer');
      }
      return String(value);
    default:
      if (typeof value !== 'string') throw typeError(wireName, 'a string');
      return value;
  }
}

function typeError(field: string, expected: string) {
  return badData('badformat', [field], `${field}: expected ${expected}`, { expected });
}

/**
 * The wire pairs of a typed request, in table order (credentials and action first, items
 * grouped per line, unknown `extra` parameters last). Does not validate; see `validateRequest`.
 */
export function buildRequest(request: TcRequest): NvpPair[] {
  const out: NvpPair[] = [];
  const rec = request as unknown as Record<string, unknown>;
  const items = rec['items'] as readonly FulfillmentItem[] | undefined;
  for (const spec of PLAIN) {
    let v = rec[spec.prop];
    if (spec.name === 'numitems' && v === undefined && items && items.length > 0) v = items.length;
    if (v === undefined) continue;
    out.push([spec.name, toWire(spec, spec.name, v)]);
  }
  if (items) {
    if (!Array.isArray(items)) throw typeError('items', 'an array of order lines');
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as unknown as Record<string, unknown>;
      if (typeof item !== 'object' || item === null)
        throw typeError(`productcode${i + 1}`, 'an order line object');
      for (const spec of ITEM) {
        const v = item[spec.prop];
        if (v === undefined) continue;
        const name = spec.name + (i + 1);
        out.push([name, toWire(spec, name, v)]);
      }
    }
  }
  const extra = rec['extra'] as Record<string, unknown> | undefined;
  if (extra !== undefined) {
    if (typeof extra !== 'object' || extra === null) throw typeError('extra', 'an object of string values');
    for (const name of Object.keys(extra)) {
      const v = extra[name];
      if (typeof v !== 'string') throw typeError(name, 'a string');
      if (lookupParam(name)) {
        throw badData(
          'mismatch',
          [name],
          `${name}: a known parameter must be given by its typed property, not in extra`,
        );
      }
      out.push([name, v]);
    }
  }
  return out;
}

function fromWire(spec: ParamSpec, name: string, raw: string): unknown {
  if (raw === 'null') return null;
  switch (spec.typed) {
    case 'boolean':
      if (raw === 'y' || raw === 'Y') return true;
      if (raw === 'n' || raw === 'N') return false;
      throw badData('badformat', [name], `${name}: expected y or n`, { expected: 'y or n' });
    case 'integer':
      if (!/^\d{1,15}$/.test(raw)) {
        throw badData('badformat', [name], `${name}: expected digits`, { expected: 'digits' });
      }
      return Number(raw);
    default:
      return raw;
  }
}

/**
 * The typed request of wire pairs (names are matched exactly, as the table spells them). The
 * first occurrence of a repeated name wins; unknown names go to `extra`. Throws a `baddata`-style
 * error when the action is missing or unknown or a typed field cannot hold the value.
 */
export function parseRequest(pairs: readonly NvpPair[]): TcRequest {
  const out: Record<string, unknown> = {};
  const items: Record<string, unknown>[] = [];
  const extra: Record<string, string> = {};
  let hasExtra = false;
  const seen = new Set<string>();
  for (const [name, value] of pairs) {
    if (seen.has(name)) continue;
    seen.add(name);
    const hit = lookupParam(name);
    if (!hit) {
      setOwn(extra, name, value);
      hasExtra = true;
      continue;
    }
    const v = fromWire(hit.spec, name, value);
    if (hit.index === undefined) out[hit.spec.prop] = v;
    else {
      while (items.length < hit.index) items.push({});
      items[hit.index - 1]![hit.spec.prop] = v;
    }
  }
  const action = out['action'];
  if (action === undefined) throw badData('missingfields', ['action'], 'action: missing');
  if (typeof action !== 'string' || !isAction(action)) {
    throw badData('badformat', ['action'], 'action: not one of the eight actions of the guide');
  }
  if (items.length > 0) {
    for (let i = 0; i < items.length; i++) {
      if (Object.keys(items[i]!).length === 0) {
        throw badData(
          'missingfields',
          [`productcode${i + 1}`],
          `productcode${i + 1}: item lines must be numbered 1..n without gaps`,
        );
      }
    }
    out['items'] = items;
    // numitems derived from the lines is dropped so build(parse(x)) is stable.
    if (out['numItems'] === items.length) delete out['numItems'];
  }
  if (hasExtra) out['extra'] = extra;
  return out as unknown as TcRequest;
}

/** Guards the typed API against non-object input (JSON from the CLI, fuzzers). */
export function assertRequestObject(value: unknown): asserts value is TcRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw wireError(ErrorCode.INVALID_ARGUMENT, 'request: expected an object with an action', {
      field: 'request',
    });
  }
}
