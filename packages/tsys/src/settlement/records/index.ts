/** Every EIS 1081 record and the dispatch from a record type to its codec. */
import { ErrorCode, toEscaped } from '@paywire/core';
import { settlementError } from '../errors.js';
import {
  type AmexCpsLineItemRecord,
  type AmexLodgingLineItemRecord,
  type AmexRetailLineItemRecord,
  type AmexTadLineItemRecord,
  amexCpsLineItemRecord,
  amexLodgingLineItemRecord,
  amexRetailLineItemRecord,
  amexTadLineItemRecord,
} from './amex-line-items.js';
import { type CanadianTaxRecord, canadianTaxRecord } from './canadian-tax.js';
import { type ChipCardRecord, chipCardRecord } from './chip-card.js';
import { type DetailRecord, detailRecord } from './detail.js';
import { type EncryptionBlockRecord, encryptionBlockRecord } from './encryption-block.js';
import { type HeaderRecord, headerRecord } from './header.js';
import {
  type MastercardLineItemRecord,
  mastercardLineItemRecord,
  type VisaLineItemRecord,
  visaLineItemRecord,
} from './line-items.js';
import { type ParameterRecord, parameterRecord } from './parameter.js';
import type { DecodeContext, RecordDef } from './record-def.js';
import { type TrailerRecord, trailerRecord } from './trailer.js';

export type AddendumRecord =
  | ChipCardRecord
  | VisaLineItemRecord
  | MastercardLineItemRecord
  | CanadianTaxRecord
  | AmexTadLineItemRecord
  | AmexRetailLineItemRecord
  | AmexLodgingLineItemRecord
  | AmexCpsLineItemRecord;

/** Any record of a settlement batch (request direction). */
export type SettlementRecord =
  | HeaderRecord
  | ParameterRecord
  | EncryptionBlockRecord
  | DetailRecord
  | AddendumRecord
  | TrailerRecord;

export type SettlementRecordType = SettlementRecord['type'];

// biome-ignore lint/suspicious/noExplicitAny: heterogenous registry, narrowed by `type`
export const recordDefs: Readonly<Record<SettlementRecordType, RecordDef<any>>> = {
  header: headerRecord,
  parameter: parameterRecord,
  'encryption-block': encryptionBlockRecord,
  detail: detailRecord,
  'chip-card': chipCardRecord,
  'visa-line-item': visaLineItemRecord,
  'mastercard-line-item': mastercardLineItemRecord,
  'canadian-tax': canadianTaxRecord,
  'amex-tad-line-item': amexTadLineItemRecord,
  'amex-retail-line-item': amexRetailLineItemRecord,
  'amex-lodging-line-item': amexLodgingLineItemRecord,
  'amex-cps-line-item': amexCpsLineItemRecord,
  trailer: trailerRecord,
};

function textAt(bytes: Uint8Array, pos: number, n: number, end: number): string {
  return pos + n <= end ? String.fromCharCode(...bytes.subarray(pos, pos + n)) : '';
}

/** The codec for the record whose record type starts at `pos`. */
// biome-ignore lint/suspicious/noExplicitAny: see recordDefs
export function recordDefAt(bytes: Uint8Array, pos: number, end: number): RecordDef<any> {
  if (pos >= end)
    throw settlementError(ErrorCode.TRUNCATED, 'record type missing', { field: 'recordType', offset: pos });
  switch (bytes[pos]) {
    case 0x48:
      return headerRecord;
    case 0x50:
      return parameterRecord;
    case 0x45:
      return encryptionBlockRecord;
    case 0x44:
      return detailRecord;
    case 0x43:
      return chipCardRecord;
    case 0x58:
      return canadianTaxRecord;
    case 0x54:
      return trailerRecord;
    case 0x4c: {
      const card = textAt(bytes, pos + 5, 4, end);
      if (card === 'VISA') return visaLineItemRecord;
      if (card === 'MCRD') return mastercardLineItemRecord;
      throw settlementError(
        ErrorCode.OUT_OF_RANGE,
        `line item card type ${JSON.stringify(card)} is not VISA or MCRD`,
        {
          field: 'lineItemCardType',
          offset: pos + 5,
        },
      );
    }
    case 0x41: {
      const t = textAt(bytes, pos + 5, 3, end);
      if (t === 'TAD') return amexTadLineItemRecord;
      if (t === 'RET') return amexRetailLineItemRecord;
      if (t === 'LOD') return amexLodgingLineItemRecord;
      if (t === 'CPS') return amexCpsLineItemRecord;
      throw settlementError(
        ErrorCode.OUT_OF_RANGE,
        `line item type ${JSON.stringify(t)} is not TAD, RET, LOD or CPS`,
        {
          field: 'lineItemType',
          offset: pos + 5,
        },
      );
    }
    default:
      throw settlementError(
        ErrorCode.OUT_OF_RANGE,
        `record type indicator ${toEscaped(bytes, pos, pos + 1)} is not defined (Table 4.49)`,
        {
          field: 'recordType',
          offset: pos,
        },
      );
  }
}

export function decodeRecordAt(
  bytes: Uint8Array,
  pos: number,
  end: number,
  ctx: DecodeContext,
): { value: SettlementRecord; next: number } {
  return recordDefAt(bytes, pos, end).decode(bytes, pos, end, ctx);
}

export * from './amex-line-items.js';
export * from './canadian-tax.js';
export * from './chip-card.js';
export * from './detail.js';
export * from './encryption-block.js';
export * from './header.js';
export * from './line-items.js';
export * from './parameter.js';
export * from './response.js';
export * from './trailer.js';
