import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TsysClient } from '../src/index.js';
import { httpsClient, type Recorder, type Sim, socketClient, startTsys } from './helpers.js';
import { batch } from './settlement-fixture.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startTsys();
});
afterAll(async () => {
  await sim.close();
});

describe.each(['socket', 'https'] as const)('settlement over %s', (kind) => {
  const base = kind === 'socket' ? 100 : 200;
  const make = (rec?: Recorder): TsysClient =>
    kind === 'socket' ? socketClient(sim, 2, {}, rec) : httpsClient(sim, {}, rec);

  it('accepted (GB), then the same batch again is a duplicate (QD)', async () => {
    const rec: Recorder = { out: [], in: [] };
    const client = make(rec);
    const b = batch(String(base + 1));
    const ok = await client.settle(b);
    expect(ok.status).toBe('accepted');
    if (ok.status !== 'accepted') return;
    expect(ok.recordCount).toBe(4);
    expect(ok.netDeposit).toBe(3000);
    expect(sim.tsys.batches.some((x) => x.batchNumber === String(base + 1))).toBe(true);
    // every record went out once: header, parameter, detail, trailer
    expect(rec.out.filter((e) => e.kind === 'settlement-record')).toHaveLength(4);
    if (kind === 'socket') expect(rec.in.filter((e) => e.kind === 'control')).toHaveLength(3); // ACK per ETB record
    const dup = await client.settle(b);
    expect(dup.status).toBe('duplicate');
    if (dup.status === 'duplicate') expect(dup.batchTransmissionDate).toBe('0617');
    await client.close();
  });

  it('rejected (RB) names the failing record and field', async () => {
    const client = make();
    const r = await client.settle(batch(String(base + 2), 2508, 505)); // settles 30.13: the test trigger
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.recordIndex).toBe(2);
    expect(r.recordType).toBe('D');
    expect(r.field).toBe('settlementAmount');
    expect(r.errorData).toBe('3013');
    expect(sim.tsys.batches.some((x) => x.batchNumber === String(base + 2))).toBe(false);
    await client.close();
  });
});
