import { stripParity } from '@paywire/core';
import { get, post } from '@paywire/transport-https';
import { decodeAuthResponse, decodeGatewayAnswer, gatewayErrorCodes, parseGatewayError } from '@paywire/tsys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulators } from '../src/index.js';
import { startTsys, swipe, wire } from './tsys-helpers.js';

let sim: Simulators;
beforeAll(async () => {
  sim = await startTsys();
});
afterAll(async () => {
  await sim.close();
});

const postAuth = (body: Uint8Array | string, contentType = 'x-Visa-II/x-auth', url = sim.tsys!.gateway.url) =>
  post(url, body, { contentType, ca: sim.ca, responseTimeoutMs: 2000 });

describe('TSYS HTTPS gateway: authorizations (x-Visa-II/x-auth)', () => {
  it('serves /scripts/gateway.dll?transact and answers an interleaved (type 4) request with the host packet', async () => {
    expect(sim.tsys!.gateway.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/scripts\/gateway\.dll\?transact$/);
    const res = await postAuth(wire(swipe(31, 1000, '4')));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('x-data/xact-response');
    const answer = decodeGatewayAnswer(stripParity(res.body));
    expect(answer.responseCode).toBe('00');
    expect(answer.applicationType).toBe('4');
    expect(answer.transactionSequenceNumber).toBe('0031');
    expect(sim.log.forHost('tsys').at(-1)?.transport).toBe('https');
  });

  it('declines by test data exactly as the socket does', async () => {
    const res = await postAuth(wire(swipe(32, 1051, '4')));
    expect(decodeAuthResponse(stripParity(res.body)).responseCode).toBe('51');
  });

  it.each([
    ['510', 'an authorization that is not application type 4', () => postAuth(wire(swipe(1, 1000, '0')))],
    ['507', 'an unknown content type', () => postAuth(wire(swipe(1, 1000, '4')), 'application/octet-stream')],
    ['507', 'no content type', () => postAuth(wire(swipe(1, 1000, '4')), '')],
    ['502', 'a body that is not a packet', () => postAuth('hello')],
    [
      '502',
      'a packet with a bad LRC',
      () => {
        const b = wire(swipe(1, 1000, '4'));
        b[b.length - 1] = b[b.length - 1]! ^ 0x03;
        return postAuth(b);
      },
    ],
    [
      '501',
      'an unknown acquirer BIN',
      () => postAuth(wire({ ...swipe(1, 1000, '4'), acquirerBin: '000000' })),
    ],
    ['504', 'a GET', () => get(sim.tsys!.gateway.url, { ca: sim.ca, responseTimeoutMs: 2000 })],
  ])('answers %s for %s, as an x-data/xact-error body', async (code, _what, call) => {
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('x-data/xact-error');
    expect(res.text()).toBe(`${code} - ${gatewayErrorCodes[code as keyof typeof gatewayErrorCodes]}`);
    const err = parseGatewayError(res.body);
    expect(err.gatewayCode).toBe(code);
    expect(() => decodeGatewayAnswer(res.body)).toThrow(expect.objectContaining({ code: 524 }));
  });

  it('answers 404 outside /scripts/gateway.dll?transact', async () => {
    const url = sim.tsys!.gateway.url.replace('?transact', '?other');
    const res = await postAuth(wire(swipe(1, 1000, '4')), 'x-Visa-II/x-auth', url);
    expect(res.status).toBe(404);
  });

  it('logs gateway exchanges masked (no card number, no track)', () => {
    const text = JSON.stringify(sim.log.forHost('tsys'));
    expect(sim.log.forHost('tsys').every((e) => e.transport === 'https')).toBe(true);
    expect(text).toContain('444433******1111');
    expect(text).not.toContain('4444333322221111');
    expect(text).not.toContain('=3012101');
  });
});
