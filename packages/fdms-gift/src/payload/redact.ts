/** Copies of payloads with card data masked, for logs and JSON output. */

import { mask } from '@paywire/core';
import { fieldByName } from '../fields/dictionary.js';
import type { SvdotFields, SvdotRequest, SvdotResponse } from './types.js';

/** A copy of a fields object with every sensitive value masked (PAN 6/4, SCV/EAN/keys fully). */
export function redactFields(fields: SvdotFields): SvdotFields {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const def = fieldByName(name);
    out[name] = def?.sensitive && typeof value === 'string' ? mask(def.sensitive, value) : value;
  }
  return out as SvdotFields;
}

export function redactRequest(request: SvdotRequest): SvdotRequest {
  return { ...request, fields: redactFields(request.fields) };
}

export function redactResponse(response: SvdotResponse): SvdotResponse {
  return { ...response, fields: redactFields(response.fields) };
}
