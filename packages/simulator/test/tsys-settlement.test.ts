import { ACK, applyEvenParity, NAK } from '@paywire/core';
import { post } from '@paywire/transport-https';
import type { TlsConnection } from '@paywire/transport-tls';
import {
  decodeBatchResponse,
  encodeBatch,
  isGatewayErrorBody,
  parseGatewayError,
  rejectedField,
  type SettlementBatch,
  type SettlementResponse,
  type TrailerRecord,
} from '@paywire/tsys';
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulators } from '../src/index.js';
import { batch, connect, frames, reader, startTsys } from './tsys-helpers.js';

let sim: Simulators | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** Sends a batch record by record; returns the control bytes seen and the final answer. */
async function settle(c: TlsConnection, b: SettlementBatch, options: { skipValidation?: boolean } = {}) {
  const controls: number[] = [];
  const list = frames(encodeBatch(b, { parity: true, ...options }));
  for (const f of list) {
    const answer = await c.request(f, reader());
    if (answer.length === 1) {
      controls.push(answer[0]!);
      continue;
    }
    return { controls, response: decodeBatchResponse(answer), frames: list.length };
  }
  throw new Error('no batch response');
}

function trailerOf(b: SettlementBatch): TrailerRecord {
  return b.records[b.records.length - 1] as TrailerRecord;
}

describe('TSYS settlement over the socket, record by record', () => {
  it('accepts a good batch (GB): ACK per ETB record, the answer after the ETX trailer', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const b = batch();
    const { controls, response, frames: n } = await settle(c, b);
    expect(controls).toEqual(new Array(n - 1).fill(ACK));
    expect(response.batchResponseCode).toBe('GB');
    expect(response.batchRecordCount).toBe(trailerOf(b).batchRecordCount);
    expect(response.batchNetDeposit).toBe(8555);
    expect(response.batchNumber).toBe('001');
    const stored = sim.tsys!.batches;
    expect(stored).toHaveLength(1);
    expect(stored[0]!.batchNetDeposit).toBe(8555);
    expect(JSON.stringify(stored)).not.toContain('4444333322221111');
    expect(JSON.stringify(sim.log.entries)).not.toContain('4444333322221111');
    expect(sim.log.forHost('tsys').at(-1)?.response).toContain('GB batch 001');
    // application type 1: one batch per connection, the host closes
    await expect(c.read(reader(), { timeoutMs: 1000 })).rejects.toMatchObject({ code: 522 });
  });

  it('answers QD right after the header when the batch number was already accepted', async () => {
    sim = await startTsys();
    const first = await connect(sim);
    expect((await settle(first, batch('007'))).response.batchResponseCode).toBe('GB');
    const second = await connect(sim);
    const { controls, response } = await settle(second, batch('007'));
    expect(controls).toEqual([]); // the header itself got the QD
    expect(response.batchResponseCode).toBe('QD');
    expect(response.batchNumber).toBe('007');
    expect((response as Extract<SettlementResponse, { batchResponseCode: 'QD' }>).batchTransmissionDate).toBe(
      '0605',
    );
    const third = await connect(sim);
    expect((await settle(third, batch('008'))).response.batchResponseCode).toBe('GB');
    expect(sim.tsys!.batches.map((x) => x.batchNumber)).toEqual(['007', '008']);
  });

  it('rejects (RB) a batch whose trailer totals are wrong, pointing at the trailer field', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const b = batch();
    const t = trailerOf(b);
    t.batchHashingTotal += 1;
    const { response } = await settle(c, b, { skipValidation: true });
    expect(response.batchResponseCode).toBe('RB');
    if (response.batchResponseCode !== 'RB') return;
    expect(response.errorType).toBe('E');
    expect(response.errorRecordType).toBe('T');
    expect(response.errorDataFieldNumber).toBe('09');
    expect(rejectedField(response)).toEqual({
      recordIndex: b.records.length - 1,
      field: 'batchHashingTotal',
      description: 'batch hashing total invalid',
    });
    expect(sim.tsys!.batches).toHaveLength(0);
  });

  it('rejects (RB) by test trigger: a settlement amount ending in .13 (detail field 24)', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const { response } = await settle(c, batch('002', 2013 - 500));
    expect(response.batchResponseCode).toBe('RB');
    if (response.batchResponseCode !== 'RB') return;
    expect(rejectedField(response)).toEqual({
      recordIndex: 2,
      field: 'settlementAmount',
      description: 'settlement amount invalid',
    });
    expect(response.errorData?.trim()).toBe('2013');
  });

  it('rejects a broken detail record at once, instead of ACK', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const list = frames(encodeBatch(batch()));
    // detail record (3rd frame): a letter inside the settlement amount (bytes 85-96), LRC recomputed
    const detail = list[2]!.slice();
    detail[90] = 0x58;
    let x = 0;
    for (let i = 1; i < detail.length - 1; i++) x ^= detail[i]!;
    detail[detail.length - 1] = x;
    expect(await c.request(applyEvenParity(list[0]!), reader())).toEqual(Uint8Array.of(ACK));
    expect(await c.request(applyEvenParity(list[1]!), reader())).toEqual(Uint8Array.of(ACK));
    const answer = decodeBatchResponse(await c.request(applyEvenParity(detail), reader()));
    expect(answer.batchResponseCode).toBe('RB');
    if (answer.batchResponseCode !== 'RB') return;
    expect(answer.errorRecordSequenceNumber).toBe('0003');
    expect(answer.errorRecordType).toBe('D');
    expect(rejectedField(answer).field).toBe('settlementAmount');
    expect(answer.errorDataFieldNumber).toBe('24');
  });

  it('rejects a detail with a transaction code outside Table 4.59 (ED-06), although the codec reads it', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const list = frames(encodeBatch(batch()));
    const detail = list[2]!.slice();
    detail[10] = 0x3f; // `54` -> `?4`
    let x = 0;
    for (let i = 1; i < detail.length - 1; i++) x ^= detail[i]!;
    detail[detail.length - 1] = x;
    await c.request(applyEvenParity(list[0]!), reader());
    await c.request(applyEvenParity(list[1]!), reader());
    const answer = decodeBatchResponse(await c.request(applyEvenParity(detail), reader()));
    expect(answer.batchResponseCode).toBe('RB');
    if (answer.batchResponseCode !== 'RB') return;
    expect(rejectedField(answer)).toEqual({
      recordIndex: 2,
      field: 'transactionCode',
      description: 'transaction code invalid',
    });
    expect(answer.errorData?.trim()).toBe('?4');
  });

  it('NAKs a record with a bad LRC; the resent record is taken', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const list = frames(encodeBatch(batch(), { parity: true }));
    const bad = list[0]!.slice();
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0x03; // two bits: parity stays even
    expect(await c.request(bad, reader())).toEqual(Uint8Array.of(NAK));
    for (const f of list.slice(0, -1)) expect(await c.request(f, reader())).toEqual(Uint8Array.of(ACK));
    expect(decodeBatchResponse(await c.request(list[list.length - 1]!, reader())).batchResponseCode).toBe(
      'GB',
    );
  });

  it('application type 3: several batches on one connection', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    expect((await settle(c, batch('011', 2500, '3'))).response.batchResponseCode).toBe('GB');
    const second = await settle(c, batch('012', 2500, '3'));
    expect(second.response.batchResponseCode).toBe('GB');
    expect(second.response.applicationType).toBe('3');
    expect(sim.tsys!.batches).toHaveLength(2);
    await c.close();
  });
});

describe('TSYS settlement over the HTTPS gateway (x-Visa-II/x-settle)', () => {
  const postBatch = (s: Simulators, body: Uint8Array) =>
    post(s.tsys!.gateway.url, body, { contentType: 'x-Visa-II/x-settle', ca: s.ca, responseTimeoutMs: 2000 });

  it('accepts a whole batch in one body (GB), then answers QD for the same batch number', async () => {
    sim = await startTsys();
    const body = encodeBatch(batch('021'), { parity: true });
    const res = await postBatch(sim, body);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('x-data/xact-response');
    expect(decodeBatchResponse(res.body, { parity: true }).batchResponseCode).toBe('GB');
    const again = await postBatch(sim, body);
    expect(decodeBatchResponse(again.body, { parity: true }).batchResponseCode).toBe('QD');
  });

  it.each([
    ['511', (b: Uint8Array) => b.subarray(1)],
    ['512', (b: Uint8Array) => b.subarray(0, b.length - 2)],
    ['513', (b: Uint8Array) => b.subarray(0, b.length - 1)],
    [
      '508',
      (b: Uint8Array) =>
        b.subarray(
          0,
          frames(b)
            .slice(0, -1)
            .reduce((n, f) => n + f.length, 0),
        ),
    ],
    [
      '509',
      (b: Uint8Array) => {
        const c = b.slice();
        const end = frames(b)[0]!.length - 1;
        c[end] = c[end]! ^ 0x03;
        return c;
      },
    ],
  ])('gateway error %s for a broken batch body', async (code, damage) => {
    sim = await startTsys();
    const res = await postBatch(sim, damage(encodeBatch(batch(), { parity: true })));
    expect(res.headers['content-type']).toBe('x-data/xact-error');
    expect(isGatewayErrorBody(res.body)).toBe(true);
    expect(parseGatewayError(res.body).gatewayCode).toBe(code);
    expect(sim.tsys!.batches).toHaveLength(0);
  });

  it('gateway error 514 for application type 3 records (the gateway takes type 1 only)', async () => {
    sim = await startTsys();
    const res = await postBatch(sim, encodeBatch(batch('001', 2500, '3'), { parity: true }));
    expect(parseGatewayError(res.body).gatewayCode).toBe('514');
  });
});
