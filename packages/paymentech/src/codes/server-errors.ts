/**
 * Lookup over the host ("server") error tables of the seed: issuer, format, host/setup and debit/EBT
 * codes arrive in the approval code field when the action code is E; batch codes arrive in the
 * batch ErrorCode field and are looked up separately. One number can carry several meanings
 * (248, 330), so lookups return every entry for the number.
 */
import { BATCH_ERRORS } from './batch-errors.js';
import { DEBIT_ERRORS } from './debit-errors.js';
import { FORMAT_ERRORS } from './format-errors.js';
import type { HostErrorEntry } from './host-error.js';
import { ISSUER_ERRORS } from './issuer-errors.js';
import { SETUP_ERRORS } from './setup-errors.js';

/** All server error tables, by table name. */
export const SERVER_ERROR_TABLES = Object.freeze({
  issuer: ISSUER_ERRORS,
  format: FORMAT_ERRORS,
  setup: SETUP_ERRORS,
  debit: DEBIT_ERRORS,
});

function index(entries: readonly HostErrorEntry[]): ReadonlyMap<string, readonly HostErrorEntry[]> {
  const map = new Map<string, HostErrorEntry[]>();
  for (const e of entries) {
    const list = map.get(e.code);
    if (list) list.push(e);
    else map.set(e.code, [e]);
  }
  return map;
}

const SERVER_INDEX = index([...ISSUER_ERRORS, ...FORMAT_ERRORS, ...SETUP_ERRORS, ...DEBIT_ERRORS]);
const BATCH_INDEX = index(BATCH_ERRORS);

function key(code: string | number): string {
  return typeof code === 'number' ? String(code).padStart(3, '0') : code.trim();
}

/** Every meaning of a server error code (approval code field with action E); empty when unknown. */
export function lookupServerError(code: string | number): readonly HostErrorEntry[] {
  return SERVER_INDEX.get(key(code)) ?? [];
}

/** Every meaning of a batch management ErrorCode; empty when unknown. */
export function lookupBatchError(code: string | number): readonly HostErrorEntry[] {
  return BATCH_INDEX.get(key(code)) ?? [];
}

/**
 * Picks the entry for a code, using the host's display text to tell apart numbers with several
 * meanings (248 voucher mismatch vs CVC2/CID error). Falls back to the first entry.
 */
export function resolveServerError(code: string | number, responseText?: string): HostErrorEntry | undefined {
  const list = lookupServerError(code);
  if (list.length <= 1 || responseText === undefined) return list[0];
  const t = responseText.trim().toUpperCase();
  return list.find((e) => t.startsWith(e.text.toUpperCase())) ?? list[0];
}
