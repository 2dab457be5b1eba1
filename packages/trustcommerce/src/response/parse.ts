/** Wire pairs <-> typed response. */

import { ErrorCode } from '@paywire/core';
import { wireError } from '../errors.js';
import { type NvpPair, setOwn } from '../wire/pairs.js';
import { RETURN_BY_NAME, RETURNS } from './table.js';
import type { TcResponse } from './types.js';

/**
 * Reads an answer. Names are matched case-insensitively (as TCLink's GetResponse does), the first
 * occurrence of a repeated name wins (as the hash API's result does), empty values are absent.
 * `offenders` is split at commas. A non-numeric `fraudscore` stays in `extra`. Throws 513
 * INVALID_RESPONSE only when there is no `status`.
 */
export function parseResponse(pairs: readonly NvpPair[]): TcResponse {
  const out: Record<string, unknown> = {};
  let extra: Record<string, string> | undefined;
  const seen = new Set<string>();
  for (const [rawName, value] of pairs) {
    if (rawName === '' || value === '') continue;
    const name = rawName.toLowerCase();
    if (seen.has(name)) continue;
    seen.add(name);
    const spec = RETURN_BY_NAME.get(name);
    if (spec && spec.typed === 'list') out[spec.prop] = value.split(',');
    else if (spec && spec.typed === 'integer' && /^\d{1,15}$/.test(value)) out[spec.prop] = Number(value);
    else if (spec && spec.typed === 'string') out[spec.prop] = value;
    else {
      extra ??= {};
      setOwn(extra, name, value);
    }
  }
  if (out['status'] === undefined) {
    throw wireError(ErrorCode.INVALID_RESPONSE, 'answer has no status', {
      field: 'status',
      expected: 'status=...',
    });
  }
  if (extra) out['extra'] = extra;
  return out as unknown as TcResponse;
}

/** The wire pairs of a typed answer: documented parameters in table order, then `extra`. */
export function buildResponse(response: TcResponse): NvpPair[] {
  if (typeof response !== 'object' || response === null || Array.isArray(response)) {
    throw wireError(ErrorCode.INVALID_ARGUMENT, 'response: expected an object with a status', {
      field: 'response',
    });
  }
  const out: NvpPair[] = [];
  const rec = response as unknown as Record<string, unknown>;
  for (const spec of RETURNS) {
    const v = rec[spec.prop];
    if (v === undefined) continue;
    if (spec.typed === 'list') {
      if (
        !Array.isArray(v) ||
        v.length === 0 ||
        v.some((x) => typeof x !== 'string' || x === '' || x.includes(','))
      ) {
        throw wireError(
          ErrorCode.INVALID_ARGUMENT,
          `${spec.name}: expected a non-empty list of names without commas`,
          {
            field: spec.name,
          },
        );
      }
      out.push([spec.name, v.join(',')]);
    } else if (spec.typed === 'integer') {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
        throw wireError(ErrorCode.INVALID_ARGUMENT, `${spec.name}: expected a non-negative integer`, {
          field: spec.name,
        });
      }
      out.push([spec.name, String(v)]);
    } else {
      if (typeof v !== 'string') {
        throw wireError(ErrorCode.INVALID_ARGUMENT, `${spec.name}: expected a string`, { field: spec.name });
      }
      out.push([spec.name, v]);
    }
  }
  const extra = rec['extra'];
  if (extra !== undefined) {
    if (typeof extra !== 'object' || extra === null) {
      throw wireError(ErrorCode.INVALID_ARGUMENT, 'extra: expected an object of strings', { field: 'extra' });
    }
    for (const [name, v] of Object.entries(extra)) {
      if (typeof v !== 'string')
        throw wireError(ErrorCode.INVALID_ARGUMENT, `${name}: expected a string`, { field: name });
      if (RETURN_BY_NAME.has(name.toLowerCase())) {
        throw wireError(
          ErrorCode.INVALID_ARGUMENT,
          `${name}: a documented parameter goes in its typed property`,
          { field: name },
        );
      }
      out.push([name, v]);
    }
  }
  return out;
}

/** True for `approved` and `accepted`. */
export function isSuccess(response: TcResponse): boolean {
  return response.status === 'approved' || response.status === 'accepted';
}
