// Every fault mode of the TSYS host, and what a client sees through the real transports:
// "not sent" (safe to retry or fail over) versus "outcome unknown" (reverse or inquire).
import { ACK, checkEvenParity, hasEvenParity, isPaywireError, NAK, stripParity } from '@paywire/core';
import { post } from '@paywire/transport-https';
import { isTransportError } from '@paywire/transport-tls';
import {
  decodeAuthResponse,
  decodeBatchResponse,
  decodeGatewayAnswer,
  encodeBatch,
  parseGatewayError,
} from '@paywire/tsys';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultMode, Simulators } from '../src/index.js';
import { batch, connect, frames, reader, startTsys, swipe, wire } from './tsys-helpers.js';

let sim: Simulators | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const authOnly = (mode: FaultMode, delayMs?: number) => ({
  mode,
  ...(delayMs === undefined ? {} : { delayMs }),
  match: (r: { kind: string }) => r.kind === 'tsys-auth-request',
});

async function socketFailure(mode: FaultMode, timeoutMs = 1000): Promise<unknown> {
  sim = await startTsys();
  sim.faults.add('tsys', authOnly(mode, 1500));
  const c = await connect(sim, true, timeoutMs);
  const err = await c.request(wire(swipe(1, 1000, '0')), reader(), { timeoutMs }).catch((e: unknown) => e);
  c.destroy();
  return err;
}

function expectTransport(err: unknown, name: string, outcome: 'unknown' | 'not-sent'): void {
  expect(isTransportError(err), String(err)).toBe(true);
  expect(err).toMatchObject({ name, outcome });
}

describe('TSYS socket faults (request written: the outcome is unknown)', () => {
  it('drop: the host closes without answering -> HOST_DISCONNECTED, unknown', async () => {
    expectTransport(await socketFailure('drop'), 'HOST_DISCONNECTED', 'unknown');
    expect(sim!.log.forHost('tsys')[0]?.fault).toBe('drop');
  });

  it('delay: the answer comes after the response timeout -> NO_RESPONSE, unknown', async () => {
    expectTransport(await socketFailure('delay', 300), 'NO_RESPONSE', 'unknown');
  });

  it('truncate: half an answer, then close -> RESPONSE_TRUNCATED, unknown', async () => {
    expectTransport(await socketFailure('truncate'), 'RESPONSE_TRUNCATED', 'unknown');
  });

  it('disconnect-mid: part of the answer, then the socket is destroyed -> RESPONSE_TRUNCATED, unknown', async () => {
    expectTransport(await socketFailure('disconnect-mid'), 'RESPONSE_TRUNCATED', 'unknown');
  });

  it('garbage: bytes that are not a frame -> CORRUPT_RESPONSE, unknown', async () => {
    expectTransport(await socketFailure('garbage'), 'CORRUPT_RESPONSE', 'unknown');
  });

  it('corrupt-lrc: the frame arrives, the codec refuses it (518 LRC_CHECK_FAILED)', async () => {
    sim = await startTsys();
    sim.faults.add('tsys', authOnly('corrupt-lrc'));
    const c = await connect(sim);
    const bytes = await c.request(wire(swipe(1, 1000, '0')), reader());
    expect(() => decodeAuthResponse(bytes)).toThrow(expect.objectContaining({ code: 518 }));
    c.destroy();
  });

  it('wrong-parity: a reader keeping parity finds the odd byte; stripping it hides the fault', async () => {
    sim = await startTsys();
    sim.faults.add('tsys', { ...authOnly('wrong-parity'), times: 2 });
    const c1 = await connect(sim);
    const raw = await c1.request(wire(swipe(1, 1000, '0')), reader(true, true));
    expect(hasEvenParity(raw)).toBe(false);
    expect(() => checkEvenParity(raw)).toThrow(expect.objectContaining({ name: 'PARITY_ERROR' }));
    c1.destroy();
    const c2 = await connect(sim);
    const stripped = await c2.request(wire(swipe(2, 1000, '0')), reader());
    expect(decodeAuthResponse(stripped).responseCode).toBe('00');
    c2.destroy();
  });

  it('nak: the host answers NAK instead of the response (the client may resend)', async () => {
    sim = await startTsys();
    sim.faults.add('tsys', authOnly('nak'));
    const c = await connect(sim);
    const request = wire(swipe(1, 1000, '0')); // even a type 0 connection stays open after a NAK
    expect(await c.request(request, reader())).toEqual(Uint8Array.of(NAK));
    expect(decodeAuthResponse(await c.request(request, reader())).responseCode).toBe('00');
    c.destroy();
  });

  it('http-5xx does not apply to the socket: the request is answered normally', async () => {
    sim = await startTsys();
    sim.faults.add('tsys', authOnly('http-5xx'));
    const c = await connect(sim);
    expect(decodeAuthResponse(await c.request(wire(swipe(1, 1000, '0')), reader())).responseCode).toBe('00');
    c.destroy();
  });

  it('a fault can target one transaction code and one request only', async () => {
    sim = await startTsys();
    sim.faults.add('tsys', { mode: 'garbage', match: (r) => r.operation === '56' });
    const c = await connect(sim);
    expect(decodeAuthResponse(await c.request(wire(swipe(1, 1000, '2')), reader())).responseCode).toBe('00');
    expect(sim.faults.pending('tsys')).toBe(1);
    c.destroy();
  });

  it('settlement: a fault on the batch answer (drop) leaves the batch outcome unknown', async () => {
    sim = await startTsys();
    sim.faults.add('tsys', { mode: 'drop', match: (r) => r.kind === 'tsys-settlement' });
    const c = await connect(sim);
    const list = frames(encodeBatch(batch('031'), { parity: true }));
    for (const f of list.slice(0, -1)) expect(await c.request(f, reader())).toEqual(Uint8Array.of(ACK));
    const err = await c.request(list[list.length - 1]!, reader()).catch((e: unknown) => e);
    expectTransport(err, 'HOST_DISCONNECTED', 'unknown');
    // The host did take the batch: a client that inquires by resending learns it is a duplicate.
    expect(sim.tsys!.batches.map((b) => b.batchNumber)).toEqual(['031']);
    const again = await connect(sim);
    const first = await again.request(list[0]!, reader());
    expect(decodeBatchResponse(first).batchResponseCode).toBe('QD');
  });
});

describe('TSYS socket faults at the greeting (connectFaults: nothing was sent)', () => {
  async function connectFailure(mode: FaultMode): Promise<unknown> {
    sim = await startTsys({ connectFaults: true });
    sim.faults.add('tsys', { mode, delayMs: 1500, match: (r) => r.kind === 'tsys-connect' });
    return connect(sim, true, 400).then(
      (c) => {
        c.destroy();
        return 'connected';
      },
      (e: unknown) => e,
    );
  }

  it.each([
    ['drop', 'HOST_DISCONNECTED'],
    ['delay', 'NO_RESPONSE'],
    ['garbage', 'INVALID_RESPONSE'],
    ['nak', 'INVALID_RESPONSE'],
  ] as const)('%s -> %s, not sent', async (mode, name) => {
    const err = await connectFailure(mode);
    expectTransport(err, name, 'not-sent');
  });

  it('rules for requests are not taken by the greeting', async () => {
    sim = await startTsys({ connectFaults: true });
    sim.faults.add('tsys', authOnly('drop'));
    const c = await connect(sim);
    const err = await c.request(wire(swipe(1, 1000, '0')), reader()).catch((e: unknown) => e);
    expectTransport(err, 'HOST_DISCONNECTED', 'unknown');
  });
});

describe('TSYS gateway faults', () => {
  async function gateway(mode: FaultMode, timeoutMs = 1000) {
    sim = await startTsys();
    sim.faults.add('tsys', authOnly(mode, 1500));
    return post(sim.tsys!.gateway.url, wire(swipe(1, 1000, '4')), {
      contentType: 'x-Visa-II/x-auth',
      ca: sim.ca,
      responseTimeoutMs: timeoutMs,
    }).catch((e: unknown) => e);
  }

  it('http-5xx: HTTP 500 with an empty body (a response: the outcome is known to be a failure page)', async () => {
    const res = (await gateway('http-5xx')) as { status: number; body: Uint8Array };
    expect(res.status).toBe(500);
    expect(res.body.length).toBe(0);
  });

  it('drop -> HOST_DISCONNECTED, unknown', async () => {
    expectTransport(await gateway('drop'), 'HOST_DISCONNECTED', 'unknown');
  });

  it('delay -> NO_RESPONSE, unknown', async () => {
    expectTransport(await gateway('delay', 300), 'NO_RESPONSE', 'unknown');
  });

  it.each(['truncate', 'disconnect-mid'] as const)('%s -> RESPONSE_TRUNCATED, unknown', async (mode) => {
    expectTransport(await gateway(mode), 'RESPONSE_TRUNCATED', 'unknown');
  });

  it('corrupt-lrc: the body arrives, the codec refuses it (518)', async () => {
    const res = (await gateway('corrupt-lrc')) as { body: Uint8Array };
    expect(() => decodeGatewayAnswer(stripParity(res.body))).toThrow(expect.objectContaining({ code: 518 }));
  });

  it('wrong-parity: one byte of the body has odd parity', async () => {
    const res = (await gateway('wrong-parity')) as { body: Uint8Array };
    expect(hasEvenParity(res.body)).toBe(false);
  });

  it('garbage: the body is neither a packet nor a gateway error', async () => {
    const res = (await gateway('garbage')) as { body: Uint8Array };
    let err: unknown;
    try {
      decodeGatewayAnswer(stripParity(res.body));
    } catch (e) {
      err = e;
    }
    expect(isPaywireError(err)).toBe(true);
    expect((err as { family?: string }).family).toBe('tsys');
  });

  it('nak: the gateway reports the host NAK as error 509', async () => {
    const res = (await gateway('nak')) as { body: Uint8Array; headers: Record<string, string> };
    expect(res.headers['content-type']).toBe('x-data/xact-error');
    expect(parseGatewayError(res.body).gatewayCode).toBe('509');
  });
});
