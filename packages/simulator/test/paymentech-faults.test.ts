import { isPaywireError } from '@paywire/core';
import {
  buildReversalAdvice,
  buildSale,
  checkNetConnectResponse,
  decodeResponse,
  encodeRequest,
} from '@paywire/paymentech';
import { isTransportError } from '@paywire/transport-https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulators, startSimulators } from '../src/index.js';
import { merchant, postRaw, send, tx } from './paymentech-helpers.js';

let sim: Simulators;
beforeAll(async () => {
  sim = await startSimulators({ hosts: ['paymentech'] });
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => {
  sim.faults.clear();
});

async function failure(p: Promise<unknown>): Promise<{ name: string; outcome: string }> {
  try {
    await p;
  } catch (e) {
    if (isTransportError(e)) return { name: e.name, outcome: e.outcome };
    throw e;
  }
  throw new Error('expected the exchange to fail');
}

/** The codec's error code when decoding the body fails. */
function decodeFailure(body: Uint8Array): number | undefined {
  try {
    decodeResponse(body);
  } catch (e) {
    if (isPaywireError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('Paymentech NetConnect faults: what a client sees', () => {
  it('drop: the host processed the sale, the client gets no answer (unknown) and reverses it', async () => {
    sim.faults.add('paymentech', { mode: 'drop' });
    const input = tx(3100, { posRetrievalNumber: '4711' });
    const sale = buildSale(merchant, input);
    const f = await failure(send(sim, sale));
    expect(f).toMatchObject({ name: 'HOST_DISCONNECTED', outcome: 'unknown' });
    const recorded = sim.paymentech!.state.transactions().at(-1)!;
    expect(recorded).toMatchObject({ kind: 'sale', state: 'captured', amount: 3100 });
    // outcome unknown: the client sends the reversal advice, which finds and reverses the sale
    const advice = await send(sim, buildReversalAdvice(merchant, input, '01'));
    expect(advice.response.actionCode).toBe('A');
    expect(sim.paymentech!.state.transaction(recorded.retrievalNumber)!.state).toBe('reversed');
    expect(sim.log.forHost('paymentech').at(-2)).toMatchObject({ fault: 'drop' });
  });

  it('delay past the response timeout: NO_RESPONSE (unknown)', async () => {
    sim.faults.add('paymentech', { mode: 'delay', delayMs: 2_000 });
    const f = await failure(send(sim, buildSale(merchant, tx(100)), { responseTimeoutMs: 200 }));
    expect(f).toMatchObject({ name: 'NO_RESPONSE', outcome: 'unknown' });
  });

  it('a short delay still answers', async () => {
    sim.faults.add('paymentech', { mode: 'delay', delayMs: 50 });
    const { response } = await send(sim, buildSale(merchant, tx(100)));
    expect(response.actionCode).toBe('A');
  });

  it('http-5xx: HTTP 500 with an empty body, nothing processed', async () => {
    sim.faults.add('paymentech', { mode: 'http-5xx' });
    const before = sim.paymentech!.state.transactions().length;
    const r = await postRaw(sim, encodeRequest(buildSale(merchant, tx(100))));
    expect(r.status).toBe(500);
    expect(checkNetConnectResponse({ status: r.status, headers: r.headers, body: r.body })).toMatchObject({
      ok: false,
      status: 500,
    });
    expect(sim.paymentech!.state.transactions().length).toBe(before);
  });

  it('netconnect-error: the sale is processed, the answer is HTTP 500 with Error-Code 506; the reversal rule asks for a 46', async () => {
    sim.faults.add('paymentech', { mode: 'netconnect-error', errorCode: '506' });
    const before = sim.paymentech!.state.transactions().length;
    const input = tx(4200);
    const r = await postRaw(sim, encodeRequest(buildSale(merchant, input)));
    expect(r.status).toBe(500);
    expect(checkNetConnectResponse({ status: r.status, headers: r.headers, body: r.body })).toMatchObject({
      ok: false,
      errorCode: '506',
    });
    expect(sim.paymentech!.state.transactions().length).toBe(before + 1);
    const recorded = sim.paymentech!.state.transactions().at(-1)!;
    const advice = await send(sim, buildReversalAdvice(merchant, input, '01'));
    expect(advice.response.actionCode).toBe('A');
    expect(sim.paymentech!.state.transaction(recorded.retrievalNumber)!.state).toBe('reversed');
  });

  it('netconnect-error with a code outside 506/509/515-517: refused before the host, nothing processed', async () => {
    sim.faults.add('paymentech', { mode: 'netconnect-error', errorCode: '401' });
    const before = sim.paymentech!.state.transactions().length;
    const r = await postRaw(sim, encodeRequest(buildSale(merchant, tx(4300))));
    expect(checkNetConnectResponse({ status: r.status, headers: r.headers, body: r.body })).toMatchObject({
      ok: false,
      errorCode: '401',
    });
    expect(sim.paymentech!.state.transactions().length).toBe(before);
  });

  it('truncate: a 200 whose body stops before ETX; the codec says TRUNCATED (512)', async () => {
    sim.faults.add('paymentech', { mode: 'truncate' });
    const r = await postRaw(sim, encodeRequest(buildSale(merchant, tx(100))));
    expect(r.status).toBe(200);
    expect(checkNetConnectResponse({ status: r.status, headers: r.headers, body: r.body }).ok).toBe(true);
    expect(decodeFailure(r.body)).toBe(512);
  });

  it('garbage: a 200 of random bytes; the codec says CORRUPT_RESPONSE (519)', async () => {
    sim.faults.add('paymentech', { mode: 'garbage' });
    const r = await postRaw(sim, encodeRequest(buildSale(merchant, tx(100))));
    expect(decodeFailure(r.body)).toBe(519);
  });

  it('corrupt-lrc: the integrity byte is wrong; the codec says LRC_CHECK_FAILED (518)', async () => {
    sim.faults.add('paymentech', { mode: 'corrupt-lrc' });
    const r = await postRaw(sim, encodeRequest(buildSale(merchant, tx(100))));
    expect(decodeFailure(r.body)).toBe(518);
  });

  it('disconnect-mid: part of the body, then a reset (unknown)', async () => {
    sim.faults.add('paymentech', { mode: 'disconnect-mid' });
    const f = await failure(send(sim, buildSale(merchant, tx(100))));
    expect(f.outcome).toBe('unknown');
    expect(['RESPONSE_TRUNCATED', 'HOST_DISCONNECTED']).toContain(f.name);
  });

  it('a rule can target one transaction code', async () => {
    sim.faults.add('paymentech', { mode: 'http-5xx', match: (r) => r.operation === '02' });
    expect((await send(sim, buildSale(merchant, tx(100)))).response.actionCode).toBe('A');
    const r = await postRaw(sim, encodeRequest({ ...buildSale(merchant, tx(100)), transactionCode: '02' }));
    expect(r.status).toBe(500);
  });

  it('not sent: nothing listening (host closed) is refused before sending', async () => {
    const other = await startSimulators({ hosts: ['paymentech'] });
    const url = other.paymentech!.url;
    await other.close();
    const { post } = await import('@paywire/transport-https');
    const f = await failure(post(url, 'x', { ca: sim.ca, servername: 'localhost', connectTimeoutMs: 1_000 }));
    expect(f.outcome).toBe('not-sent');
  });
});
