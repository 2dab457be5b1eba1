/** Masking of card data and secrets by parameter name (requests, answers, batch rows, queries). */

import { mask, maskPan, maskPansInText, type SensitiveKind } from '@paywire/core';
import { sensitivityOf } from './params/appendix-e.js';
import type { TcRequest } from './request/types.js';
import type { TcResponse } from './response/types.js';
import type { NvpDocument } from './wire/document.js';

/** Sensitive kind of a parameter name (request table; `password` and `cc` everywhere). */
export function sensitiveKindOf(name: string): SensitiveKind | undefined {
  return sensitivityOf(name);
}

/**
 * Masked form of one value: card data by its kind; any other value still has Luhn-valid card
 * numbers inside it masked (answers such as `blacklistvalue` echo the input that matched).
 */
export function maskParam(name: string, value: string): string {
  const kind = sensitiveKindOf(name);
  if (kind) return mask(kind, value);
  return maskPansInText(value);
}

/** Answer fields that share a name with request card data but carry a result code (`cvv=P`). */
const RESPONSE_RESULT_CODES: ReadonlySet<string> = new Set(['cvv']);

/**
 * A copy of a document with sensitive values masked; raw segments are dropped (they hold the same
 * data). In an answer, `cvv` is the verification result (P/M/N...), not the code, and stays visible.
 */
export function redactDocument(doc: NvpDocument, side: 'request' | 'response' = 'request'): NvpDocument {
  const get = (n: string) => doc.fields.find((f) => f.name.toLowerCase() === n)?.value;
  const ccBlacklist = get('blacklistfield') === 'cc';
  const ccVelocity = get('velocitytype')?.startsWith('cc') === true;
  const fields = doc.fields.map((f) => {
    const n = f.name.toLowerCase();
    if ((n === 'blacklistvalue' && ccBlacklist) || (n === 'velocityvalue' && ccVelocity)) {
      return { name: f.name, value: maskPan(f.value) };
    }
    if (side === 'response' && RESPONSE_RESULT_CODES.has(n))
      return { name: f.name, value: maskPansInText(f.value) };
    return { name: f.name, value: maskParam(f.name, f.value) };
  });
  const out: NvpDocument = { form: doc.form, fields };
  if (doc.layout) out.layout = { ...doc.layout };
  return out;
}

const REQUEST_SENSITIVE: ReadonlyArray<[string, SensitiveKind]> = [
  ['password', 'password'],
  ['cc', 'pan'],
  ['cvv', 'cvv'],
  ['track1', 'track'],
  ['track2', 'track'],
  ['account', 'account'],
];

/** A copy of a typed request with card data and the password masked. */
export function redactRequest<T extends TcRequest>(request: T): T {
  const out = { ...request } as Record<string, unknown>;
  for (const [prop, kind] of REQUEST_SENSITIVE) {
    const v = out[prop];
    if (typeof v === 'string') out[prop] = mask(kind, v);
  }
  if (out['extra'] && typeof out['extra'] === 'object') {
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(out['extra'] as Record<string, string>))
      extra[k] = maskParam(k, String(v));
    out['extra'] = extra;
  }
  return out as T;
}

/** A copy of a typed answer with echoed card numbers masked (blacklist and velocity values). */
export function redactResponse(response: TcResponse): TcResponse {
  const out: TcResponse = { ...response };
  if (out.blacklistValue !== undefined) {
    out.blacklistValue =
      out.blacklistField === 'cc' ? maskPan(out.blacklistValue) : maskPansInText(out.blacklistValue);
  }
  if (out.velocityValue !== undefined) {
    out.velocityValue = out.velocityType?.startsWith('cc')
      ? maskPan(out.velocityValue)
      : maskPansInText(out.velocityValue);
  }
  if (out.extra) {
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(out.extra)) extra[k] = maskParam(k, v);
    out.extra = extra;
  }
  return out;
}
