/** What the load driver needs from one client: a call per index, and how to close it. */

import type { HostName } from '../host-records.js';
import type { SimEndpoints, SimSpec } from '../sim-handle.js';

export type ClientName = 'tsys' | 'paymentech' | 'tclink' | 'gift' | 'gateway';
export const CLIENT_NAMES: readonly ClientName[] = ['tsys', 'paymentech', 'tclink', 'gift', 'gateway'];

/** What one call's answer says about itself (checked against the host's records afterwards). */
export interface CallOutcome {
  /** The host transaction id the answer names, as a number. */
  hostId: number;
  /** Sequence / terminal transaction number the request carried. */
  seq: number;
  /**
   * False when the answer itself shows it belongs to another request (an echoed sequence or
   * terminal transaction number that differs, balances that moved by another amount, ...).
   */
  echoMatches: boolean;
  /** `approved`, `declined`, ... (host answers are data). */
  status: string;
}

export interface LoadTarget {
  readonly client: ClientName;
  readonly host: HostName;
  /** One line: client, transport, session mode. */
  readonly description: string;
  /** Whether the host keeps the request's sequence number (checked against the call's). */
  readonly hostKeepsSeq: boolean;
  call(index: number): Promise<CallOutcome>;
  /**
   * Checks of the target's own records after the drives, before the host's are read (`calls`:
   * every call made, warm-up included); returns what is wrong. The gateway uses it for its store
   * and for replays of used idempotency keys.
   */
  audit?(calls: number): Promise<string[]>;
  close(): Promise<void>;
}

export interface TargetOptions {
  concurrency: number;
  /** Per-call answer timeout (ms). */
  responseTimeoutMs: number;
}

export interface TargetDefinition {
  client: ClientName;
  host: HostName;
  /** The simulator this client needs. */
  sim(options: TargetOptions): SimSpec;
  create(endpoints: SimEndpoints, options: TargetOptions): Promise<LoadTarget>;
}

/**
 * The amount of call `index`, minor units: unique per call in a run, so the host's record of a
 * transaction names the call it came from.
 */
export function amountOf(index: number): number {
  return 1_000 + index;
}
