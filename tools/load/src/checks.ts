/**
 * The three correctness checks of a load run, from the calls' own records and the host's:
 * lost (a call that never settled), duplicated (the host acted more than once for a call, or on
 * something nobody sent) and mismatched (an answer that belongs to another request).
 */

import { type DriveResult, PENDING, REJECTED, RESOLVED } from './drive.js';
import type { HostRecords } from './host-records.js';
import { amountOf } from './targets/target.js';

/** One drive and the index its call numbers start at (amounts are `amountOf(base + i)`). */
export interface DrivePart {
  result: DriveResult;
  base: number;
}

export interface CheckResult {
  /** Calls started, over all parts. */
  calls: number;
  resolved: number;
  rejected: number;
  /** Calls that never settled. */
  lost: number;
  /** Host transactions beyond one per call (several for one amount, or for no call, or a repeated id). */
  duplicated: number;
  /** Answers naming a host transaction of another request, an unknown one, or one already claimed. */
  mismatched: number;
  /** Answered calls the host has no transaction for. */
  unrecorded: number;
  /** Host transactions (of the kind the run sends). */
  hostTransactions: number;
  /** Exchange log entries of the kind the run sends, and whether that equals the calls. */
  logEntries: number;
  logMatches: boolean;
  /** Up to five examples of what went wrong, for the report. */
  examples: string[];
}

export function check(
  parts: readonly DrivePart[],
  host: HostRecords,
  opts: { keepsSeq: boolean; logKind?: string },
): CheckResult {
  const examples: string[] = [];
  const note = (s: string) => {
    if (examples.length < 5) examples.push(s);
  };
  const byId = new Map<number, number>();
  const byAmount = new Map<number, number>();
  let duplicated = 0;
  for (let k = 0; k < host.ids.length; k++) {
    const id = host.ids[k]!;
    if (byId.has(id)) {
      duplicated++;
      note(`host id ${id} recorded twice`);
    } else byId.set(id, k);
    const a = host.amounts[k]!;
    byAmount.set(a, (byAmount.get(a) ?? 0) + 1);
  }
  const claimed = new Uint8Array(host.ids.length);
  const expectedAmounts = new Set<number>();
  let calls = 0;
  let resolved = 0;
  let rejected = 0;
  let lost = 0;
  let mismatched = 0;
  let unrecorded = 0;
  for (const { result: r, base } of parts) {
    for (let i = 0; i < r.issued; i++) {
      calls++;
      const amount = amountOf(base + i);
      expectedAmounts.add(amount);
      const onHost = byAmount.get(amount) ?? 0;
      if (onHost > 1) {
        duplicated += onHost - 1;
        note(`call ${base + i}: the host holds ${onHost} transactions of amount ${amount}`);
      }
      const s = r.state[i];
      if (s === PENDING) {
        lost++;
        note(`call ${base + i} never settled`);
        continue;
      }
      if (s === REJECTED) {
        rejected++;
        continue;
      }
      if (s !== RESOLVED) continue;
      resolved++;
      if (onHost === 0) {
        unrecorded++;
        note(`call ${base + i} was answered but the host has no transaction of amount ${amount}`);
      }
      const k = byId.get(r.hostId[i]!);
      let bad: string | undefined;
      if (k === undefined) bad = `names host id ${r.hostId[i]} the host does not have`;
      else if (host.amounts[k] !== amount)
        bad = `names host id ${r.hostId[i]} of amount ${host.amounts[k]}, sent ${amount}`;
      else if (opts.keepsSeq && host.seqs[k] !== r.seq[i])
        bad = `names host id ${r.hostId[i]} with sequence ${host.seqs[k]}, sent ${r.seq[i]}`;
      else if (claimed[k]) bad = `names host id ${r.hostId[i]}, already the answer of another call`;
      else if (!r.echoMatches[i]) bad = 'answer echoes fields of another request';
      if (bad) {
        mismatched++;
        note(`call ${base + i} ${bad}`);
      }
      if (k !== undefined) claimed[k] = 1;
    }
  }
  for (const [amount, c] of byAmount) {
    if (!expectedAmounts.has(amount)) {
      duplicated += c;
      note(`the host holds ${c} transaction(s) of amount ${amount}, which no call sent`);
    }
  }
  const logEntries = opts.logKind === undefined ? host.logTotal : (host.logByKind[opts.logKind] ?? 0);
  return {
    calls,
    resolved,
    rejected,
    lost,
    duplicated,
    mismatched,
    unrecorded,
    hostTransactions: host.ids.length,
    logEntries,
    logMatches: logEntries === calls,
    examples,
  };
}

/** True when nothing was lost, duplicated or mismatched, every call was answered and recorded once. */
export function clean(c: CheckResult): boolean {
  return (
    c.lost === 0 &&
    c.duplicated === 0 &&
    c.mismatched === 0 &&
    c.unrecorded === 0 &&
    c.rejected === 0 &&
    c.hostTransactions === c.calls &&
    c.logMatches
  );
}
