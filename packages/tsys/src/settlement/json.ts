/**
 * Stable, versioned JSON form of a detail record, for gateways that store the record between
 * authorization and settlement. It holds the card number in clear (it is needed to settle): store
 * it like any other card data. Reading it back checks the envelope, every key and every field.
 */

import { ErrorCode, maskPan } from '@paywire/core';
import { validateDetailRecord } from './detail-record.js';
import { settlementError } from './errors.js';
import { detailGroupNumbers } from './groups/detail/index.js';
import { type DetailRecord, detailFields } from './records/detail.js';

export const DETAIL_RECORD_JSON_FORMAT = 'paywire/tsys-detail-record';
export const DETAIL_RECORD_JSON_VERSION = 1;

export interface DetailRecordJSON {
  format: typeof DETAIL_RECORD_JSON_FORMAT;
  version: typeof DETAIL_RECORD_JSON_VERSION;
  record: DetailRecord;
}

const BASE_KEYS = new Set(['type', 'groups', ...detailFields.map((f) => f.name)]);

/** The JSON envelope as a string. */
export function detailRecordToJSON(record: DetailRecord): string {
  validateDetailRecord(record);
  const envelope: DetailRecordJSON = {
    format: DETAIL_RECORD_JSON_FORMAT,
    version: DETAIL_RECORD_JSON_VERSION,
    record,
  };
  return JSON.stringify(envelope);
}

/** Reads a stored detail record (string or parsed object); throws a paywire error naming the field. */
export function detailRecordFromJSON(input: string | unknown): DetailRecord {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw settlementError(ErrorCode.INVALID_FORMAT, 'stored detail record is not valid JSON');
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw settlementError(ErrorCode.INVALID_FORMAT, 'expected a JSON object');
  const env = data as Partial<DetailRecordJSON>;
  if (env.format !== DETAIL_RECORD_JSON_FORMAT)
    throw settlementError(ErrorCode.INVALID_FORMAT, `format must be ${DETAIL_RECORD_JSON_FORMAT}`, {
      field: 'format',
    });
  if (env.version !== DETAIL_RECORD_JSON_VERSION) {
    throw settlementError(
      ErrorCode.UNSUPPORTED,
      `version ${String(env.version)} is not supported (this package reads ${DETAIL_RECORD_JSON_VERSION})`,
      { field: 'version' },
    );
  }
  const rec = env.record as unknown;
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec))
    throw settlementError(ErrorCode.INVALID_FORMAT, 'expected an object', { field: 'record' });
  const r = rec as Record<string, unknown>;
  if (r.type !== 'detail')
    throw settlementError(ErrorCode.INVALID_FORMAT, 'type must be "detail"', { field: 'record.type' });
  for (const k of Object.keys(r))
    if (!BASE_KEYS.has(k))
      throw settlementError(ErrorCode.INVALID_FORMAT, 'unknown property', { field: `record.${k}` });
  if (r.groups !== undefined) {
    if (typeof r.groups !== 'object' || r.groups === null || Array.isArray(r.groups))
      throw settlementError(ErrorCode.INVALID_FORMAT, 'expected an object', { field: 'record.groups' });
    for (const k of Object.keys(r.groups))
      if (detailGroupNumbers[k] === undefined)
        throw settlementError(ErrorCode.INVALID_FORMAT, 'unknown optional data group', {
          field: `record.groups.${k}`,
        });
  }
  try {
    validateDetailRecord(rec as DetailRecord);
  } catch (e) {
    const err = e as { code: number; field?: string; message: string };
    throw settlementError(err.code, err.message.replace(/^detail record: [^:]*: /, ''), {
      field: `record.${err.field ?? ''}`,
    });
  }
  return rec as DetailRecord;
}

/** A copy for logs: card number masked (first 6 / last 4). */
export function redactDetailRecord(record: DetailRecord): DetailRecord {
  return { ...record, cardholderAccountNumber: maskPan(String(record.cardholderAccountNumber ?? '')) };
}
