import { isPaywireError } from '@paywire/core';
import { isTransportError } from '@paywire/transport-tls';
import { decodeResponse, testCards } from '@paywire/trustcommerce';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulators, startSimulators, testCertificates } from '../src/index.js';
import { login, viaHttps, viaTclink } from './trustcommerce-helpers.js';

let sim: Simulators;
beforeAll(async () => {
  sim = await startSimulators({ hosts: ['trustcommerce'] });
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => {
  sim.faults.clear();
});

const visa = testCards[0]!;
const sale = { ...login, action: 'sale', amount: '500', cc: visa.cc, exp: visa.exp };

/** The transport error a failed exchange threw (fails the test when it resolved). */
async function failure(p: Promise<unknown>): Promise<{ code: number; name: string; outcome: string }> {
  try {
    await p;
  } catch (e) {
    if (isTransportError(e)) return { code: e.code, name: e.name, outcome: e.outcome };
    throw e;
  }
  throw new Error('expected the exchange to fail');
}

function lastLog() {
  return sim.log.forHost('trustcommerce').at(-1)!;
}

describe('TrustCommerce faults on the TCLink socket', () => {
  it('drop: the host processed the sale, the client sees the connection close (outcome unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'drop' });
    const before = sim.trustcommerce!.state.transactions().length;
    const f = await failure(viaTclink(sim, sale));
    expect(f).toMatchObject({ name: 'HOST_DISCONNECTED', outcome: 'unknown' });
    expect(sim.trustcommerce!.state.transactions().length).toBe(before + 1);
    expect(lastLog()).toMatchObject({ fault: 'drop', transport: 'tls' });
  });

  it('delay: past the response timeout is NO_RESPONSE (unknown); a short delay still answers', async () => {
    sim.faults.add('trustcommerce', { mode: 'delay', delayMs: 2_000 });
    const f = await failure(viaTclink(sim, sale, { responseTimeoutMs: 200 }));
    expect(f).toMatchObject({ name: 'NO_RESPONSE', outcome: 'unknown' });
    sim.faults.add('trustcommerce', { mode: 'delay', delayMs: 50 });
    const ok = await viaTclink(sim, sale);
    expect(ok.response.status).toBe('approved');
  });

  it('truncate: half an answer then close is RESPONSE_TRUNCATED (unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'truncate' });
    const f = await failure(viaTclink(sim, sale));
    expect(f).toMatchObject({ name: 'RESPONSE_TRUNCATED', outcome: 'unknown' });
  });

  it('garbage: junk without END then close is RESPONSE_TRUNCATED (unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'garbage' });
    const f = await failure(viaTclink(sim, sale));
    expect(f.outcome).toBe('unknown');
    expect(f.name).toBe('RESPONSE_TRUNCATED');
  });

  it('disconnect-mid: part of the answer then a reset (unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'disconnect-mid' });
    const f = await failure(viaTclink(sim, sale));
    expect(f.outcome).toBe('unknown');
    expect(['RESPONSE_TRUNCATED', 'HOST_DISCONNECTED']).toContain(f.name);
  });

  it('http-5xx does not apply to the socket: answered normally', async () => {
    sim.faults.add('trustcommerce', { mode: 'http-5xx' });
    const r = await viaTclink(sim, sale);
    expect(r.response.status).toBe('approved');
  });

  it('a rule can match one action only', async () => {
    sim.faults.add('trustcommerce', { mode: 'drop', match: (r) => r.operation === 'credit' });
    const s = await viaTclink(sim, sale);
    expect(s.response.status).toBe('approved');
    const f = await failure(viaTclink(sim, { ...login, action: 'credit', transid: s.response.transId! }));
    expect(f.outcome).toBe('unknown');
  });

  it('not sent: a client that does not trust the certificate never reaches the host', async () => {
    const before = sim.log.forHost('trustcommerce').length;
    const { exchange, endLineReader } = await import('@paywire/transport-tls');
    const f = await failure(
      exchange({
        hosts: [sim.trustcommerce!.endpoints.tclink],
        servername: 'localhost',
        ca: testCertificates.otherCa.cert,
        request: new TextEncoder().encode('BEGIN\naction=sale\nEND\n'),
        reader: endLineReader(),
        connectTimeoutMs: 2_000,
      }),
    );
    expect(f).toMatchObject({ name: 'CERTIFICATE_UNTRUSTED', outcome: 'not-sent' });
    expect(sim.log.forHost('trustcommerce').length).toBe(before);
  });
});

describe('TrustCommerce faults on HTTPS /trans/', () => {
  it('http-5xx: status 500, empty body, nothing processed', async () => {
    sim.faults.add('trustcommerce', { mode: 'http-5xx' });
    const before = sim.trustcommerce!.state.transactions().length;
    const r = await viaHttps(sim, sale);
    expect(r.status).toBe(500);
    expect(r.bytes.length).toBe(0);
    expect(sim.trustcommerce!.state.transactions().length).toBe(before);
    expect(lastLog()).toMatchObject({ fault: 'http-5xx', transport: 'https' });
  });

  it('drop: no HTTP answer (unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'drop' });
    const f = await failure(viaHttps(sim, sale));
    expect(f.outcome).toBe('unknown');
    expect(f.name).toBe('HOST_DISCONNECTED');
  });

  it('delay past the timeout: NO_RESPONSE (unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'delay', delayMs: 2_000 });
    const f = await failure(viaHttps(sim, sale, { responseTimeoutMs: 200 }));
    expect(f).toMatchObject({ name: 'NO_RESPONSE', outcome: 'unknown' });
  });

  it('truncate: a complete HTTP answer whose body is cut; the codec refuses it (no status)', async () => {
    sim.faults.add('trustcommerce', { mode: 'truncate' });
    const r = await viaHttps(sim, sale).catch((e: unknown) => e);
    // the helper decodes 200 bodies: the half answer has no status line
    expect(isPaywireError(r)).toBe(true);
    expect((r as { family: string }).family).toBe('trustcommerce');
  });

  it('garbage: a 200 body the codec refuses', async () => {
    sim.faults.add('trustcommerce', { mode: 'garbage' });
    const { post } = await import('@paywire/transport-https');
    const r = await post(sim.trustcommerce!.url, 'custid=TestMerchant&password=password&action=sale', {
      contentType: 'application/x-www-form-urlencoded',
      ca: sim.ca,
      servername: 'localhost',
    });
    expect(r.status).toBe(200);
    expect(() => decodeResponse(r.body)).toThrow();
  });

  it('disconnect-mid: headers and part of the body, then a reset (unknown)', async () => {
    sim.faults.add('trustcommerce', { mode: 'disconnect-mid' });
    const f = await failure(viaHttps(sim, sale));
    expect(f.outcome).toBe('unknown');
    expect(['RESPONSE_TRUNCATED', 'HOST_DISCONNECTED']).toContain(f.name);
  });
});
