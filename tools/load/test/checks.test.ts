// The checks and the driver must be able to fail: synthetic drives and host records, and a real
// client whose answers are tampered with on the way to the checks.

import { describe, expect, it } from 'vitest';
import {
  amountOf,
  type CallOutcome,
  check,
  clean,
  type DriveResult,
  drive,
  type HostRecords,
  PENDING,
  REJECTED,
  RESOLVED,
  runLoad,
  type TargetDefinition,
  tsysTarget,
} from '../src/index.js';

/** A drive of n calls, all answered, call i naming host id 100 + i with sequence i + 1. */
function answered(n: number): DriveResult {
  const r: DriveResult = {
    issued: n,
    state: new Uint8Array(n).fill(RESOLVED),
    latencyMs: new Float64Array(n).fill(1),
    hostId: Float64Array.from({ length: n }, (_, i) => 100 + i),
    seq: Float64Array.from({ length: n }, (_, i) => i + 1),
    echoMatches: new Uint8Array(n).fill(1),
    statuses: new Map([['approved', n]]),
    errors: new Map(),
    elapsedMs: 10,
    stoppedBy: 'count',
    middleTaken: true,
  };
  return r;
}

/** The host's records matching `answered(n)` exactly. */
function host(n: number): HostRecords {
  return {
    host: 'tsys',
    ids: Array.from({ length: n }, (_, i) => 100 + i),
    amounts: Array.from({ length: n }, (_, i) => amountOf(i)),
    seqs: Array.from({ length: n }, (_, i) => i + 1),
    logByKind: { D: n },
    logTotal: n,
    heapUsed: 0,
  };
}

const opts = { keepsSeq: true };

describe('check', () => {
  it('passes matching calls and records', () => {
    const c = check([{ result: answered(10), base: 0 }], host(10), opts);
    expect(c).toMatchObject({
      calls: 10,
      resolved: 10,
      lost: 0,
      duplicated: 0,
      mismatched: 0,
      hostTransactions: 10,
    });
    expect(clean(c)).toBe(true);
  });

  it('counts a call that never settled as lost', () => {
    const d = answered(10);
    d.state[3] = PENDING;
    const c = check([{ result: d, base: 0 }], host(10), opts);
    expect(c.lost).toBe(1);
    expect(clean(c)).toBe(false);
  });

  it('counts a second host transaction for one call as duplicated', () => {
    const h = host(10);
    h.ids.push(999);
    h.amounts.push(amountOf(4));
    h.seqs.push(5);
    h.logTotal = 11;
    const c = check([{ result: answered(10), base: 0 }], h, opts);
    expect(c.duplicated).toBe(1);
    expect(c.examples.join('\n')).toContain(`amount ${amountOf(4)}`);
    expect(clean(c)).toBe(false);
  });

  it('counts a host transaction no call sent as duplicated', () => {
    const h = host(10);
    h.ids.push(999);
    h.amounts.push(5);
    h.seqs.push(1);
    expect(check([{ result: answered(10), base: 0 }], h, opts).duplicated).toBe(1);
  });

  it('counts answers swapped between two calls as mismatched', () => {
    const d = answered(10);
    d.hostId[2] = 103;
    d.hostId[3] = 102;
    const c = check([{ result: d, base: 0 }], host(10), opts);
    expect(c.mismatched).toBe(2);
    expect(c.duplicated).toBe(0);
  });

  it("counts an answer naming an unknown host transaction, or another call's, as mismatched", () => {
    const d = answered(10);
    d.hostId[1] = 5_000;
    expect(check([{ result: d, base: 0 }], host(10), opts).mismatched).toBe(1);
    const other = answered(10);
    other.hostId[1] = 100; // call 0's transaction
    expect(check([{ result: other, base: 0 }], host(10), opts).mismatched).toBe(1);
  });

  it('checks the sequence number only when the host keeps it, and the echo always', () => {
    const d = answered(10);
    d.seq[6] = 77;
    expect(check([{ result: d, base: 0 }], host(10), opts).mismatched).toBe(1);
    expect(check([{ result: d, base: 0 }], host(10), { keepsSeq: false }).mismatched).toBe(0);
    d.echoMatches[2] = 0;
    expect(check([{ result: d, base: 0 }], host(10), { keepsSeq: false }).mismatched).toBe(1);
  });

  it('fails a run whose log count differs from the calls, or with errors', () => {
    const h = host(10);
    h.logTotal = 9;
    expect(clean(check([{ result: answered(10), base: 0 }], h, opts))).toBe(false);
    const d = answered(10);
    d.state[0] = REJECTED;
    const c = check([{ result: d, base: 0 }], host(10), opts);
    expect(c.rejected).toBe(1);
    expect(clean(c)).toBe(false);
  });

  it('joins the warm-up part by its base', () => {
    const warm = answered(5);
    warm.hostId = Float64Array.from({ length: 5 }, (_, i) => 200 + i);
    const h = host(10);
    for (let i = 0; i < 5; i++) {
      h.ids.push(200 + i);
      h.amounts.push(amountOf(10 + i));
      h.seqs.push(i + 1);
    }
    h.logTotal = 15;
    const c = check(
      [
        { result: answered(10), base: 0 },
        { result: warm, base: 10 },
      ],
      h,
      opts,
    );
    expect(c).toMatchObject({ calls: 15, duplicated: 0, mismatched: 0 });
    expect(clean(c)).toBe(true);
  });
});

const ok = (i: number): CallOutcome => ({ hostId: i, seq: i, echoMatches: true, status: 'approved' });

describe('drive', () => {
  it('never has more than `concurrency` calls in flight and takes the middle sample at rest', async () => {
    let inFlight = 0;
    let most = 0;
    let atMiddle = -1;
    const r = await drive({
      count: 200,
      concurrency: 7,
      timeLimitMs: 10_000,
      drainMs: 1_000,
      call: async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((res) => setTimeout(res, (i % 3) + 1));
        inFlight--;
        return ok(i);
      },
      atMiddle: () => {
        atMiddle = inFlight;
      },
    });
    expect(most).toBe(7);
    expect(atMiddle).toBe(0);
    expect(r.middleTaken).toBe(true);
    expect(r.issued).toBe(200);
    expect([...r.state].every((s) => s === RESOLVED)).toBe(true);
  });

  it('stops by itself at the time limit and counts calls that never settle as lost', async () => {
    const t0 = Date.now();
    const r = await drive({
      count: 1_000_000,
      concurrency: 4,
      timeLimitMs: 200,
      drainMs: 100,
      call: (i) =>
        i === 10 ? new Promise<CallOutcome>(() => {}) : new Promise((res) => setTimeout(() => res(ok(i)), 5)),
    });
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(r.stoppedBy).toBe('time');
    expect(r.issued).toBeLessThan(1_000_000);
    expect(r.state[10]).toBe(PENDING);
    const lost = [...r.state.subarray(0, r.issued)].filter((s) => s === PENDING).length;
    expect(lost).toBe(1);
  });

  it('records rejections by code and name', async () => {
    const r = await drive({
      count: 10,
      concurrency: 3,
      timeLimitMs: 10_000,
      drainMs: 100,
      call: async (i) => {
        if (i % 5 === 0) throw Object.assign(new Error('no answer'), { code: 523, name: 'NO_RESPONSE' });
        return ok(i);
      },
    });
    expect(r.errors.get('523 NO_RESPONSE')).toEqual({ count: 2, first: 'no answer' });
    expect(r.statuses.get('approved')).toBe(8);
  });
});

describe('a real client whose answers are tampered with (in-process simulator)', () => {
  it('is caught as mismatched', async () => {
    const real = tsysTarget(4);
    const tampered: TargetDefinition = {
      ...real,
      async create(endpoints, options) {
        const t = await real.create(endpoints, options);
        let previous = Number.NaN;
        return {
          ...t,
          call: async (i) => {
            const out = await t.call(i);
            // call 7 gets the host id of the answer before it, as a client mixing up answers would
            const swapped = i === 7 && !Number.isNaN(previous) ? { ...out, hostId: previous } : out;
            previous = out.hostId;
            return swapped;
          },
          close: () => t.close(),
        };
      },
    };
    const r = await runLoad(tampered, { count: 40, concurrency: 1, warmup: 0, simulator: 'in-process' });
    expect(r.simulator).toBe('in-process');
    expect(r.checks.mismatched).toBe(1);
    expect(r.checks.lost).toBe(0);
    expect(r.checks.duplicated).toBe(0);
    expect(r.ok).toBe(false);
  });
});
