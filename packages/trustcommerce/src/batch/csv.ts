/**
 * CSV as the batch service and the Vault query API use it (guide §XIX, §XX): a header row of
 * field names, then one record per line. Quoting follows RFC 4180 (the guide does not say;
 * quoting is needed as soon as a value holds a comma, e.g. a list of offenders).
 */

import { ErrorCode } from '@paywire/core';
import { wireError } from '../errors.js';

/** One CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  if (!/[",\r\n]/.test(value)) return value;
  return `"${value.replace(/"/g, '""')}"`;
}

/** Rows of cells to CSV text (CRLF or LF line ends, a line end after the last row). */
export function writeCsv(rows: readonly (readonly string[])[], eol: '\n' | '\r\n' = '\n'): string {
  let out = '';
  for (const row of rows) out += row.map(csvCell).join(',') + eol;
  return out;
}

/** CSV text to rows of cells. Accepts LF and CRLF; blank lines are skipped. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let any = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw wireError(ErrorCode.INVALID_FORMAT, `CSV: text after a closing quote at character ${i}`, {
            offset: i,
            field: 'csv',
          });
        }
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      any = true;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(cell);
      cell = '';
      any = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (any || cell !== '' || row.length > 0) {
        row.push(cell);
        rows.push(row);
      }
      row = [];
      cell = '';
      any = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += c;
    any = true;
    i++;
  }
  if (quoted)
    throw wireError(ErrorCode.TRUNCATED, 'CSV: unterminated quoted cell', { offset: n, field: 'csv' });
  if (any || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Header-driven records: the first row names the columns; short rows leave the rest empty. */
export function readCsvRecords(text: string): { columns: string[]; records: Record<string, string>[] } {
  const rows = readCsv(text);
  if (rows.length === 0)
    throw wireError(ErrorCode.EMPTY_RESPONSE, 'CSV: no header row', { field: 'csv', offset: 0 });
  const columns = rows[0]!;
  const records: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length > columns.length) {
      throw wireError(
        ErrorCode.INVALID_FORMAT,
        `CSV: record ${r} has ${row.length} cells for ${columns.length} columns`,
        {
          field: 'csv',
        },
      );
    }
    const rec: Record<string, string> = {};
    for (let c = 0; c < columns.length; c++) {
      const key = columns[c]!;
      const v = row[c] ?? '';
      if (key === '__proto__')
        Object.defineProperty(rec, key, { value: v, enumerable: true, writable: true, configurable: true });
      else rec[key] = v;
    }
    records.push(rec);
  }
  return { columns, records };
}
