/**
 * What a simulated host remembers about the transactions it acted on, reduced to numbers: the id
 * the host answered with, the amount it was asked for, and the sequence/transaction number the
 * request carried. The same reduction runs inside the simulator's process (child or not), so only
 * these arrays cross the process boundary.
 */

import type { Simulators } from '@paywire/simulator';

export type HostName = 'tsys' | 'paymentech' | 'datawire' | 'trustcommerce';

export interface HostRecords {
  host: HostName;
  /** Host transaction ids as numbers (TSYS transaction identifier, Paymentech retrieval number, TrustCommerce transid digits, gift system trace). */
  ids: number[];
  /** Amount requested, minor units. */
  amounts: number[];
  /** Sequence / terminal transaction number the request carried (-1 when the host keeps none). */
  seqs: number[];
  /** Exchange log entries of this host by the first word of their request summary after any HTTP method and path (e.g. `Transaction`, `Ping`). */
  logByKind: Record<string, number>;
  /** Every exchange log entry of this host. */
  logTotal: number;
  /** heapUsed of the simulator's process (after a GC when it can run one), bytes. */
  heapUsed: number;
}

/** Gift request code the load runs send (2202: redemption). */
export const GIFT_REDEMPTION = '2202';

/** Digits of a host id as a number (ids are at most 15 digits, exact in a double). */
export function idNumber(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const digits = text.replace(/\D/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS']);

/** Counts exchange log entries per host and kind, without keeping them. */
export class LogCounter {
  readonly #counts = new Map<string, Record<string, number>>();

  add(host: string, request: string): void {
    let byKind = this.#counts.get(host);
    if (!byKind) {
      byKind = {};
      this.#counts.set(host, byKind);
    }
    // Datawire entries start with the HTTP method and path (`POST /vxn2 Transaction 104 ...`).
    const word =
      request.split(/\s+/).find((w) => w !== '' && !HTTP_METHODS.has(w) && !w.startsWith('/')) ?? '(empty)';
    byKind[word] = (byKind[word] ?? 0) + 1;
  }

  of(host: string): { logByKind: Record<string, number>; logTotal: number } {
    const byKind = { ...(this.#counts.get(host) ?? {}) };
    const logTotal = Object.values(byKind).reduce((a, b) => a + b, 0);
    return { logByKind: byKind, logTotal };
  }
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return process.memoryUsage().heapUsed;
}

/** Reads one host's state from running simulators. */
export function readHostRecords(sim: Simulators, host: HostName, log: LogCounter): HostRecords {
  const ids: number[] = [];
  const amounts: number[] = [];
  const seqs: number[] = [];
  const push = (id: number, amount: number, seq: number) => {
    ids.push(id);
    amounts.push(amount);
    seqs.push(seq);
  };
  switch (host) {
    case 'tsys':
      for (const a of sim.tsys?.authorizations.values() ?? [])
        push(idNumber(a.transactionIdentifier), a.requestedAmount, Number(a.transactionSequenceNumber));
      break;
    case 'paymentech':
      for (const t of sim.paymentech?.state.transactions() ?? [])
        push(idNumber(t.retrievalNumber), t.amount, t.sequenceNumber);
      break;
    case 'trustcommerce':
      for (const t of sim.trustcommerce?.state.transactions() ?? []) push(idNumber(t.transId), t.amount, -1);
      break;
    case 'datawire':
      for (const t of sim.datawire?.ledger.transactions() ?? []) {
        if (t.requestCode !== GIFT_REDEMPTION) continue;
        push(idNumber(t.systemTrace), t.requestedAmount ?? -1, Number(t.terminalTransactionNumber ?? -1));
      }
      break;
  }
  return { host, ids, amounts, seqs, ...log.of(host), heapUsed: heapAfterGc() };
}
