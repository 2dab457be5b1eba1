/** Guide §XX Vault Query API: request parameters and the CSV answer. */

import { ErrorCode } from '@paywire/core';
import { readCsv } from '../batch/csv.js';
import { badData, wireError } from '../errors.js';
import { encodeFormString } from '../wire/form.js';
import type { NvpPair } from '../wire/pairs.js';

export const VAULT_QUERY_URL = 'https://vault.trustcommerce.com/query/';

export const QUERY_TYPES = ['chain', 'transaction', 'summary', 'billingid'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

export interface VaultQuery {
  custId: string;
  password: string;
  queryType: QueryType;
  /** `text` (CSV, default) or `html` */
  format?: 'text' | 'html';
  media?: 'cc' | 'ach';
  /** `MM-DD-YYYY HH:MM:SS`, or a Date (written in UTC). */
  beginDate?: string | Date;
  endDate?: string | Date;
  chain?: string;
  transId?: string;
  billingId?: string;
  pastDue?: boolean;
  /** One action or several (sent comma-separated, as the sample form suggests). */
  action?: string | readonly string[];
  status?: string | readonly string[];
  name?: string;
  /** Card number filter (masked in errors and redacted output). */
  cc?: string;
  ticket?: string;
  limit?: number;
  offset?: number;
  showCount?: boolean;
}

const DATE_RE = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-\d{4} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** A Date in the query's `MM-DD-YYYY HH:MM:SS` layout (UTC). */
export function formatQueryDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())}-${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())}`;
}

/** Query parameters in the guide's table order. Checks the required ones and the formats. */
export function buildVaultQuery(q: VaultQuery): NvpPair[] {
  const out: NvpPair[] = [];
  const missing: string[] = [];
  if (!q.custId) missing.push('custid');
  if (!q.password) missing.push('password');
  if (!q.queryType) missing.push('querytype');
  if (missing.length) throw badData('missingfields', missing, `vault query: missing ${missing.join(', ')}`);
  if (!(QUERY_TYPES as readonly string[]).includes(q.queryType)) {
    throw badData('badformat', ['querytype'], 'querytype: expected chain, transaction, summary or billingid');
  }
  const push = (name: string, v: string | undefined) => {
    if (v !== undefined) out.push([name, v]);
  };
  const date = (name: string, v: string | Date | undefined) => {
    if (v === undefined) return undefined;
    const text = typeof v === 'string' ? v : formatQueryDate(v);
    if (!DATE_RE.test(text)) throw badData('badformat', [name], `${name}: expected MM-DD-YYYY HH:MM:SS`);
    return text;
  };
  const list = (v: string | readonly string[] | undefined) =>
    v === undefined ? undefined : typeof v === 'string' ? v : v.join(',');
  const int = (name: string, v: number | undefined) => {
    if (v === undefined) return undefined;
    if (!Number.isSafeInteger(v) || v < 0)
      throw badData('badformat', [name], `${name}: expected a non-negative integer`);
    return String(v);
  };
  const yn = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'y' : 'n');
  push('custid', q.custId);
  push('password', q.password);
  push('format', q.format);
  push('querytype', q.queryType);
  push('media', q.media);
  push('begindate', date('begindate', q.beginDate));
  push('enddate', date('enddate', q.endDate));
  push('chain', q.chain);
  push('transid', q.transId);
  push('billingid', q.billingId);
  push('pastdue', yn(q.pastDue));
  push('action', list(q.action));
  push('status', list(q.status));
  push('name', q.name);
  push('cc', q.cc);
  push('ticket', q.ticket);
  push('limit', int('limit', q.limit));
  push('offset', int('offset', q.offset));
  push('showcount', yn(q.showCount));
  return out;
}

/** The full GET URL of a query. */
export function vaultQueryUrl(q: VaultQuery): string {
  return `${VAULT_QUERY_URL}?${encodeFormString(buildVaultQuery(q))}`;
}

/** Query parameters back to a typed query (for simulators). */
export function parseVaultQuery(pairs: readonly NvpPair[]): VaultQuery {
  const get = (n: string) => pairs.find((p) => p[0] === n)?.[1];
  const q: Record<string, unknown> = {};
  const set = (prop: string, v: unknown) => {
    if (v !== undefined) q[prop] = v;
  };
  const int = (n: string) => {
    const v = get(n);
    if (v === undefined) return undefined;
    if (!/^\d{1,15}$/.test(v)) throw badData('badformat', [n], `${n}: expected digits`);
    return Number(v);
  };
  const yn = (n: string) => {
    const v = get(n);
    return v === undefined ? undefined : v === 'y';
  };
  const list = (n: string) => {
    const v = get(n);
    return v === undefined ? undefined : v.includes(',') ? v.split(',') : v;
  };
  set('custId', get('custid'));
  set('password', get('password'));
  set('queryType', get('querytype'));
  set('format', get('format'));
  set('media', get('media'));
  set('beginDate', get('begindate'));
  set('endDate', get('enddate'));
  set('chain', get('chain'));
  set('transId', get('transid'));
  set('billingId', get('billingid'));
  set('pastDue', yn('pastdue'));
  set('action', list('action'));
  set('status', list('status'));
  set('name', get('name'));
  set('cc', get('cc'));
  set('ticket', get('ticket'));
  set('limit', int('limit'));
  set('offset', int('offset'));
  set('showCount', yn('showcount'));
  return q as unknown as VaultQuery;
}

export interface VaultQueryResult {
  columns: string[];
  rows: Record<string, string>[];
  /** With showcount=y: the number on the last line (rows before limit). */
  count?: number;
}

/**
 * Reads the CSV answer: a header row, then records. The column set per query type is not
 * specified by the guide, so rows are keyed by the header. With `showCount`, a last line that is
 * a single number is the count.
 */
export function decodeVaultQueryResult(
  text: string,
  options: { showCount?: boolean } = {},
): VaultQueryResult {
  const rows = readCsv(text);
  if (rows.length === 0)
    throw wireError(ErrorCode.EMPTY_RESPONSE, 'vault query: empty answer', { field: 'csv', offset: 0 });
  const columns = rows[0]!;
  let body = rows.slice(1);
  let count: number | undefined;
  if (options.showCount && body.length > 0) {
    const last = body[body.length - 1]!;
    if (last.length === 1 && /^\d{1,15}$/.test(last[0]!)) {
      count = Number(last[0]);
      body = body.slice(0, -1);
    }
  }
  const out: VaultQueryResult = {
    columns,
    rows: body.map((r, i) => {
      if (r.length > columns.length) {
        throw wireError(
          ErrorCode.INVALID_FORMAT,
          `vault query: record ${i + 1} has more cells than columns`,
          { field: 'csv' },
        );
      }
      const rec: Record<string, string> = {};
      columns.forEach((c, k) => {
        if (c === '__proto__')
          Object.defineProperty(rec, c, {
            value: r[k] ?? '',
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else rec[c] = r[k] ?? '';
      });
      return rec;
    }),
  };
  if (count !== undefined) out.count = count;
  return out;
}

/** Writes a CSV answer (for simulators). */
export function encodeVaultQueryResult(result: VaultQueryResult): string {
  const lines = [result.columns, ...result.rows.map((r) => result.columns.map((c) => r[c] ?? ''))];
  if (result.count !== undefined) lines.push([String(result.count)]);
  let out = '';
  for (const l of lines)
    out += l.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',') + '\n';
  return out;
}
