/** Typed request building: dictionary checks plus the per-request-code field rules. */

import { type RequestCode, type RequestCodeDef, requestCodeDef } from '../codes/request-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { type FieldName, fieldByName } from '../fields/dictionary.js';
import { fieldText } from '../fields/format.js';
import type { SvdotFields, SvdotFieldsInput, SvdotRequest } from '../payload/types.js';
import { checkMerchantNumber } from './limits.js';

export interface BuildRequestInput {
  merchantId: string;
  requestCode: RequestCode;
  fields: SvdotFieldsInput;
}

function has(fields: SvdotFields | SvdotFieldsInput, name: FieldName): boolean {
  return (fields as Record<string, unknown>)[name] !== undefined;
}

/**
 * Checks a request against the rules of its request code: required fields present, the card
 * identified where the code needs it, no field the code does not take, an encrypted EAN always
 * with its merchant key id, and field 42 starting with the header's merchant id.
 */
export function validateRequest(
  request: SvdotRequest | (BuildRequestInput & { fields: SvdotFields }),
): RequestCodeDef {
  const rules = requestCodeDef(request.requestCode);
  if (!rules) {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      `requestCode: ${request.requestCode} is not a request code the sources list`,
      {
        field: 'requestCode',
        actual: String(request.requestCode),
      },
    );
  }
  const fields = request.fields;
  for (const name of rules.required) {
    if (!has(fields, name)) {
      const def = fieldByName(name)!;
      throw giftError(
        GiftErrorCode.MISSING_VALUE,
        `${rules.code} ${rules.name}: ${name} (${def.id} ${def.label}) is required`,
        {
          field: name,
        },
      );
    }
  }
  if (rules.card && !has(fields, 'embossedCardNumber') && !has(fields, 'track2Data')) {
    throw giftError(
      GiftErrorCode.MISSING_VALUE,
      `${rules.code} ${rules.name}: the card is required (embossedCardNumber 70 or track2Data 35)`,
      { field: 'embossedCardNumber' },
    );
  }
  if (rules.code !== '0704') {
    const allowed = new Set<string>([...rules.required, ...rules.optional]);
    if (rules.card) allowed.add('embossedCardNumber').add('track2Data');
    for (const name of Object.keys(fields)) {
      if ((fields as Record<string, unknown>)[name] === undefined) continue;
      if (!allowed.has(name)) {
        throw giftError(GiftErrorCode.INVALID_ARGUMENT, `${rules.code} ${rules.name} does not take ${name}`, {
          field: name,
        });
      }
    }
  }
  if (has(fields, 'extendedAccountNumber') && !has(fields, 'merchantKeyId')) {
    throw giftError(
      GiftErrorCode.MISSING_VALUE,
      'merchantKeyId (F3) is required with an encrypted EAN (34): it names the working key that encrypted it',
      { field: 'merchantKeyId' },
    );
  }
  const mti = (fields as Record<string, unknown>).merchantTerminalId;
  if (typeof mti === 'string' && !mti.startsWith(request.merchantId)) {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      'merchantTerminalId (42) must be the 11-digit merchant id followed by the 4-digit terminal id',
      { field: 'merchantTerminalId', expected: `${request.merchantId}nnnn`, actual: mti },
    );
  }
  return rules;
}

/**
 * Builds a request of any listed request code from typed fields: every value is validated against
 * the dictionary (numbers become digit strings, ZN values are zero-filled) and the code's rules.
 */
export function buildRequest(input: BuildRequestInput): SvdotRequest {
  const merchantId = checkMerchantNumber(input.merchantId);
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.fields ?? {})) {
    if (value === undefined) continue;
    const def = fieldByName(name);
    if (!def) {
      throw giftError(GiftErrorCode.INVALID_ARGUMENT, `'${name}' is not an SVdot field name`, {
        field: name,
      });
    }
    fields[name] = fieldText(def, value);
  }
  const request: SvdotRequest = {
    merchantId,
    version: '4',
    format: '0',
    requestCode: input.requestCode,
    fields: fields as SvdotFields,
  };
  validateRequest(request);
  return request;
}

/**
 * The 0704 timeout reversal of a request whose answer never came: same merchant, request code
 * 0704, field F6 = the original request code, then every field of the original in its order.
 */
export function buildTimeoutReversal(previous: SvdotRequest): SvdotRequest {
  if (previous === null || typeof previous !== 'object' || typeof previous.requestCode !== 'string') {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      'the previous request is required to build its timeout reversal',
    );
  }
  if (previous.requestCode === '0704') {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      'a timeout reversal (0704) is itself never reversed; resend it instead',
      {
        field: 'requestCode',
      },
    );
  }
  if (has(previous.fields, 'originalTransactionRequest')) {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'the previous request already carries F6', {
      field: 'originalTransactionRequest',
    });
  }
  const fields = {
    originalTransactionRequest: fieldText(fieldByName('originalTransactionRequest')!, previous.requestCode),
  };
  return {
    merchantId: checkMerchantNumber(previous.merchantId),
    version: previous.version,
    format: previous.format,
    requestCode: '0704',
    fields: { ...fields, ...previous.fields } as SvdotFields,
  };
}

/** True when a transport failure on this request code calls for a timeout reversal. */
export function reversalRequired(requestCode: string): boolean {
  return requestCodeDef(requestCode)?.reversalRequired ?? false;
}
