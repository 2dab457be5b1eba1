/** Guide §XIX batch processing: the upload file, the result file, file names and the two forms. */

import { buildRequest } from '../request/build.js';
import type { TcRequest } from '../request/types.js';
import { forEachPair, type NvpInput, type NvpPair } from '../wire/pairs.js';
import { readCsvRecords, writeCsv } from './csv.js';

/** Batch service endpoints (§XIX). */
export const BATCH_SUBMIT_URL = 'https://batch.trustcommerce.com/submit.php';
export const BATCH_DOWNLOAD_URL = 'https://batch.trustcommerce.com/download.php';

/**
 * One row of an upload file from a typed request. `custid` and `password` are left out: they are
 * fields of the upload form, not of the rows.
 */
export function batchRow(request: TcRequest): NvpPair[] {
  return buildRequest(request).filter(([n]) => n !== 'custid' && n !== 'password');
}

/**
 * The upload CSV: a header of every field name used (first-seen order, or `columns`), then one
 * line per transaction with empty cells for the fields it does not use.
 */
export function encodeBatchFile(rows: readonly NvpInput[], columns?: readonly string[]): string {
  const cols: string[] = columns ? [...columns] : [];
  const maps = rows.map((row) => {
    const m = new Map<string, string>();
    forEachPair(row, (n, v) => {
      if (!m.has(n)) m.set(n, v);
      if (!columns && !cols.includes(n)) cols.push(n);
    });
    return m;
  });
  return writeCsv([cols, ...maps.map((m) => cols.map((c) => m.get(c) ?? ''))]);
}

/** An upload CSV back to rows of pairs (empty cells left out). */
export function decodeBatchFile(text: string): { columns: string[]; rows: NvpPair[][] } {
  const { columns, records } = readCsvRecords(text);
  const rows = records.map((r) => columns.filter((c) => r[c] !== '').map((c) => [c, r[c]!] as const));
  return { columns, rows };
}

/** One record of the result file (§XIX sample: ticket,status,transid,billingid,declinetype,errortype,offenders,avs). */
export interface BatchResultRow {
  ticket?: string;
  status: string;
  transId?: string;
  billingId?: string;
  declineType?: string;
  /** The baddata reason; the guide's sample has no such column, so it is read only when present. */
  error?: string;
  errorType?: string;
  offenders?: string[];
  avs?: string;
  /** Columns the guide's sample does not show, by name. */
  extra?: Record<string, string>;
}

/** Columns of the guide's result sample, in its order. */
export const BATCH_RESULT_COLUMNS = [
  'ticket',
  'status',
  'transid',
  'billingid',
  'declinetype',
  'errortype',
  'offenders',
  'avs',
] as const;

const RESULT_PROPS: Readonly<Record<string, keyof BatchResultRow>> = {
  ticket: 'ticket',
  status: 'status',
  transid: 'transId',
  billingid: 'billingId',
  declinetype: 'declineType',
  error: 'error',
  errortype: 'errorType',
  offenders: 'offenders',
  avs: 'avs',
};

/** Reads a result file (header-driven; rows in upload order). */
export function decodeBatchResult(text: string): BatchResultRow[] {
  const { columns, records } = readCsvRecords(text);
  return records.map((r) => {
    const row: Record<string, unknown> = { status: '' };
    let extra: Record<string, string> | undefined;
    for (const c of columns) {
      const v = r[c]!;
      if (v === '') continue;
      const prop = Object.hasOwn(RESULT_PROPS, c) ? RESULT_PROPS[c] : undefined;
      if (prop === 'offenders') row[prop] = v.split(',');
      else if (prop) row[prop] = v;
      else (extra ??= {})[c] = v;
    }
    if (extra) row['extra'] = extra;
    return row as unknown as BatchResultRow;
  });
}

/** Writes a result file (for simulators): the guide's columns, plus `error` and extra columns when any row has them. */
export function encodeBatchResult(rows: readonly BatchResultRow[]): string {
  const cols: string[] = [...BATCH_RESULT_COLUMNS];
  if (rows.some((r) => r.error !== undefined)) cols.splice(cols.indexOf('errortype'), 0, 'error');
  for (const r of rows) for (const k of Object.keys(r.extra ?? {})) if (!cols.includes(k)) cols.push(k);
  const lines = rows.map((r) =>
    cols.map((c) => {
      const prop = RESULT_PROPS[c];
      const v = prop ? (r as unknown as Record<string, unknown>)[prop] : r.extra?.[c];
      if (v === undefined) return '';
      return Array.isArray(v) ? v.join(',') : String(v);
    }),
  );
  return writeCsv([cols, ...lines]);
}

/** `batch-[custid]-[mmddyy][x].txt`, the guide's recommended upload file name. */
export function batchFileName(custId: string, date: Date, suffix = ''): string {
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
  return `batch-${custId}-${mm}${dd}${yy}${suffix}.txt`;
}

/** The result file's name: `result-` + the upload file name. */
export function batchResultFileName(uploadName: string): string {
  return `result-${uploadName}`;
}

/** Fields of the download form (POSTed urlencoded to `BATCH_DOWNLOAD_URL`). */
export function batchDownloadForm(custId: string, password: string, resultFile: string): NvpPair[] {
  return [
    ['custid', custId],
    ['password', password],
    ['file', resultFile],
  ];
}

/** Text fields of the multipart upload form (the CSV goes in the `file` part). */
export function batchUploadFields(custId: string, password: string): NvpPair[] {
  return [
    ['custid', custId],
    ['password', password],
  ];
}
