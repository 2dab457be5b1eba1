/** Builds the typed result of a transaction, with masking `toJSON` and `util.inspect` output. */

import {
  type GiftResponse,
  redactGiftResponse,
  redactRequest,
  requestCodeName,
  type SvdotRequest,
} from '@paywire/fdms-gift';
import type { GiftResult } from './types.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

export interface ResultInit {
  response: GiftResponse;
  request: SvdotRequest;
  clientRef: string;
  url: string;
  status: string;
  returnCode: string;
  elapsedMs: number;
}

function redacted(r: GiftResult): Record<string, unknown> {
  const { request, toJSON: _t, ...rest } = r;
  const out: Record<string, unknown> = { ...redactGiftResponse(rest as GiftResponse & typeof rest) };
  const req = redactRequest(request);
  out.request = { merchantId: req.merchantId, requestCode: req.requestCode, fields: { ...req.fields } };
  return out;
}

export function makeResult(init: ResultInit): GiftResult {
  const tn = init.request.fields.terminalTransactionNumber;
  const result = {
    ...init.response,
    requestCode: init.request.requestCode,
    requestName: requestCodeName(init.request.requestCode) ?? init.request.requestCode,
    clientRef: init.clientRef,
    ...(tn !== undefined ? { transactionNumber: tn.trim() } : {}),
    url: init.url,
    datawire: { status: init.status, returnCode: init.returnCode },
    elapsedMs: init.elapsedMs,
    request: init.request,
  } as GiftResult;
  Object.defineProperty(result, 'toJSON', {
    value: () => redacted(result),
    enumerable: false,
  });
  Object.defineProperty(result, INSPECT, { value: () => redacted(result), enumerable: false });
  return result;
}
