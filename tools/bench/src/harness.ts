/**
 * A group of benchmark cases measured together: the subjects (paywire code) and the baselines
 * (the copy floor, a naive implementation, a generic library) of the same packet, so every figure
 * is also a ratio to a baseline measured in the same run on the same machine.
 */

export type Role = 'subject' | 'floor' | 'naive' | 'generic';

export interface Case {
  name: string;
  role: Role;
  fn: () => unknown;
  /** Bytes processed per call, to report throughput (bytes/s). */
  bytes?: number;
  /** Subjects are compared with the baselines of the same pair (e.g. 'encode', 'decode'); default: the first of each role. */
  pair?: string;
}

export interface Group {
  name: string;
  description: string;
  cases: Case[];
  /** Targets checked after the run (e.g. ns/op limits); each returns a problem text or undefined. */
  targets?: ((results: Map<string, Result>) => string | undefined)[];
}

export interface Result {
  group: string;
  name: string;
  role: Role;
  nsPerOp: number;
  opsPerSec: number;
  rme: number;
  samples: number;
  bytesPerSec?: number;
  vsFloor?: number;
  vsNaive?: number;
  vsGeneric?: number;
}

/** Runs a function once to make sure it works before timing it (a broken case must not time). */
export function check(name: string, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    throw new Error(`bench case ${name} failed before timing: ${(e as Error).message}`);
  }
}

/** Keeps results alive so the optimiser cannot drop the work. */
export let sink: unknown;
export function keep(v: unknown): void {
  sink = v;
}
