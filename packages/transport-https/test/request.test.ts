import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { get, httpsRequest, post, TransportError, TransportErrorCode } from '../src/index.js';
import {
  CA,
  hasIpv6Loopback,
  OTHER_CA,
  pem,
  refusedPort,
  startHttpsServer,
  startSilentTcpServer,
  startTlsServer,
  type TestServer,
} from './helpers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function track(p: Promise<TestServer>): Promise<TestServer> {
  const s = await p;
  servers.push(s);
  return s;
}

const https = (...args: Parameters<typeof startHttpsServer>) => track(startHttpsServer(...args));

async function failure(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(TransportError);
    return err as TransportError;
  }
  throw new Error('expected a failure');
}

const ok = (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('ok');
};

describe('POST and GET', () => {
  it('POSTs bytes with the caller content type and returns status, headers and body as data', async () => {
    const s = await https((req, res) => {
      res.writeHead(200, {
        'Content-Type': 'x-data/xact-response',
        'X-Echo-Length': String(req.body.length),
      });
      res.end(Buffer.concat([Buffer.from('ECHO:'), req.body]));
    });
    // Parity-encoded bytes (bit 7 set) must travel untouched.
    const body = Uint8Array.of(0x82, 0x44, 0x34, 0x2e, 0x03, 0xb4);
    const r = await post(`${s.origin}/scripts/gateway.dll?transact`, body, {
      contentType: 'x-Visa-II/x-auth',
      ca: CA,
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('x-data/xact-response');
    expect(r.headers['x-echo-length']).toBe('6');
    expect(r.body).toEqual(new Uint8Array(Buffer.concat([Buffer.from('ECHO:'), Buffer.from(body)])));
    expect(r.url).toBe(`${s.origin}/scripts/gateway.dll`);
    const got = s.requests[0]!;
    expect(got).toMatchObject({ method: 'POST', url: '/scripts/gateway.dll?transact' });
    expect(got.headers['content-type']).toBe('x-Visa-II/x-auth');
    expect(got.headers['content-length']).toBe('6');
    expect(new Uint8Array(got.body)).toEqual(body);
  });

  it('POSTs text bodies with any content type and the caller headers', async () => {
    const s = await https((req, res) =>
      res.end(`${req.headers['content-type']}|${req.body.toString('utf8')}`),
    );
    const cases: Array<[string, string]> = [
      ['x-Visa-II/x-settle', 'K1.999995'],
      ['UTF197/HCS', 'P74VI00000000000000000001'],
      ['text/xml', '<?xml version="1.0"?><Request Version="3"/>'],
      ['application/x-www-form-urlencoded', 'custid=TestMerchant&action=sale&amount=100'],
    ];
    for (const [contentType, body] of cases) {
      const r = await httpsRequest({
        url: `${s.origin}/authorize`,
        body,
        contentType,
        headers: { 'MIME-Version': '1.1', 'Auth-MID': '000000000001', 'Auth-Password': 'p4ss-word' },
        ca: CA,
      });
      expect(r.text()).toBe(`${contentType}|${body}`);
    }
    expect(s.requests.at(-1)!.headers['auth-password']).toBe('p4ss-word');
    expect(s.requests.at(-1)!.headers['mime-version']).toBe('1.1');
    expect(s.requests.length).toBe(4);
  });

  it('GETs (service discovery) without a body', async () => {
    const xml = '<Response><Status StatusCode="OK"/><ServiceDiscoveryResponse/></Response>';
    const s = await https((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end(xml);
    });
    const r = await get(`${s.origin}/sd/104`, { ca: CA, headers: { 'User-Agent': 'paywire-test' } });
    expect(r.text()).toBe(xml);
    expect(s.requests[0]).toMatchObject({ method: 'GET', url: '/sd/104' });
    expect(s.requests[0]!.headers['content-length']).toBeUndefined();
    expect(s.requests[0]!.body.length).toBe(0);
  });

  it('returns 4xx and 5xx as data', async () => {
    const s = await https((req, res) => {
      const status = req.url === '/bad' ? 400 : 500;
      res.writeHead(status, { 'Content-Type': 'x-data/xact-error' });
      res.end(`${status === 400 ? '507' : '500'} - gateway error`);
    });
    const r400 = await post(`${s.origin}/bad`, 'x', { contentType: 'text/plain', ca: CA });
    expect([r400.status, r400.text()]).toEqual([400, '507 - gateway error']);
    const r500 = await post(`${s.origin}/err`, 'x', { contentType: 'text/plain', ca: CA });
    expect(r500.status).toBe(500);
    expect(r500.headers['content-type']).toBe('x-data/xact-error');
  });

  it('works over localhost and [::1]', async (ctx) => {
    const s = await https(ok);
    expect((await get(`https://localhost:${s.port}/`, { ca: CA })).text()).toBe('ok');
    if (!(await hasIpv6Loopback())) ctx.skip();
    const s6 = await https(ok, { host: '::1' });
    expect((await get(`${s6.origin}/`, { ca: CA })).text()).toBe('ok');
  });
});

describe('certificate verification', () => {
  it('refuses an untrusted CA, a wrong host name and an expired certificate, before sending', async () => {
    const good = await https(ok);
    const e1 = await failure(get(`${good.origin}/`, { ca: OTHER_CA }));
    expect(e1).toMatchObject({ code: 275, outcome: 'not-sent' });
    const e0 = await failure(get(`${good.origin}/`));
    expect(e0).toMatchObject({ code: 275, outcome: 'not-sent' });
    const wrong = await https(ok, { identity: 'wrong-host' });
    const e2 = await failure(get(`https://localhost:${wrong.port}/`, { ca: CA }));
    expect(e2).toMatchObject({ code: 280, outcome: 'not-sent' });
    const expired = await https(ok, { identity: 'expired' });
    const e3 = await failure(get(`https://localhost:${expired.port}/`, { ca: CA }));
    expect(e3).toMatchObject({ code: 275, actual: 'CERT_HAS_EXPIRED', outcome: 'not-sent' });
    for (const s of [good, wrong, expired]) expect(s.requests).toHaveLength(0);
  });

  it('refuses TLS below 1.2 and options that weaken verification', async () => {
    const old = await https(ok, {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    const e = await failure(get(`${old.origin}/`, { ca: CA }));
    expect(e).toMatchObject({ code: 276, outcome: 'not-sent' });
    for (const extra of [{ minVersion: 'TLSv1.1' }, { rejectUnauthorized: false }]) {
      const bad = await failure(get(`${old.origin}/`, { ca: CA, ...(extra as object) }));
      expect(bad).toMatchObject({ code: 705, outcome: 'not-sent' });
    }
    expect(old.requests).toHaveLength(0);
  });

  it('sends the client certificate for mutual TLS; a missing one is refused (TLS 1.2: not sent)', async () => {
    const s = await https(
      (_req, res) =>
        res.end(String((res.socket as import('node:tls').TLSSocket).getPeerCertificate().subject?.CN)),
      { requestCert: true, rejectUnauthorized: true, ca: CA },
    );
    const r = await get(`${s.origin}/`, { ca: CA, cert: pem('client.crt'), key: pem('client.key') });
    expect(r.text()).toBe('paywire test client');
    const e = await failure(get(`${s.origin}/`, { ca: CA, maxVersion: 'TLSv1.2' }));
    expect(e).toMatchObject({ code: 276, outcome: 'not-sent' });
    const e2 = await failure(
      get(`${s.origin}/`, {
        ca: CA,
        maxVersion: 'TLSv1.2',
        cert: pem('other-client.crt'),
        key: pem('other-client.key'),
      }),
    );
    expect(e2.outcome).toBe('not-sent');
    expect(s.requests).toHaveLength(1);
  });
});

describe('timeouts, deadline, abort', () => {
  it('connect timeout: 10060 not sent', async () => {
    const silent = await track(startSilentTcpServer());
    const t0 = Date.now();
    const e = await failure(get(`${silent.origin}/`, { ca: CA, connectTimeoutMs: 150 }));
    expect(e).toMatchObject({ code: 10060, outcome: 'not-sent' });
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('response timeout: 523 outcome unknown (no answer, or headers then a stalled body)', async () => {
    const mute = await https(() => undefined);
    const e = await failure(
      post(`${mute.origin}/`, 'x', { contentType: 'text/plain', ca: CA, responseTimeoutMs: 150 }),
    );
    expect(e).toMatchObject({ code: 523, outcome: 'unknown', sent: true });
    expect(mute.requests).toHaveLength(1);
    const stall = await https((_req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('partial');
    });
    const e2 = await failure(get(`${stall.origin}/`, { ca: CA, responseTimeoutMs: 150 }));
    expect(e2).toMatchObject({ code: 523, outcome: 'unknown' });
  });

  it('deadline: 721 unknown after sending, not sent before', async () => {
    const mute = await https(() => undefined);
    const e = await failure(get(`${mute.origin}/`, { ca: CA, deadline: Date.now() + 150 }));
    expect(e).toMatchObject({ code: 721, outcome: 'unknown' });
    const silent = await track(startSilentTcpServer());
    const e2 = await failure(get(`${silent.origin}/`, { ca: CA, deadline: Date.now() + 100 }));
    expect(e2).toMatchObject({ code: 721, outcome: 'not-sent' });
  });

  it('abort: 720, not sent before the handshake, unknown after', async () => {
    const mute = await https(() => undefined);
    const e0 = await failure(get(`${mute.origin}/`, { ca: CA, signal: AbortSignal.abort() }));
    expect(e0).toMatchObject({ code: 720, outcome: 'not-sent' });
    const silent = await track(startSilentTcpServer());
    const c1 = new AbortController();
    setTimeout(() => c1.abort(), 60);
    expect(await failure(get(`${silent.origin}/`, { ca: CA, signal: c1.signal }))).toMatchObject({
      code: 720,
      outcome: 'not-sent',
    });
    const c2 = new AbortController();
    setTimeout(() => c2.abort(), 100);
    expect(await failure(get(`${mute.origin}/`, { ca: CA, signal: c2.signal }))).toMatchObject({
      code: 720,
      outcome: 'unknown',
    });
  });

  it('refuses invalid timeouts (526) before connecting', async () => {
    for (const key of ['connectTimeoutMs', 'responseTimeoutMs', 'totalConnectTimeoutMs']) {
      for (const v of [0, -1, Number.NaN, 2 ** 31]) {
        const e = await failure(get('https://127.0.0.1:1/', { ca: CA, [key]: v }));
        expect(e).toMatchObject({ code: 526, field: key, outcome: 'not-sent' });
      }
    }
  });
});

describe('failover and outcome', () => {
  it('tries URLs in order and fails over only before sending', async () => {
    const refused = await refusedPort();
    const silent = await track(startSilentTcpServer());
    const wrong = await https(ok, { identity: 'wrong-host' });
    const good = await https(ok);
    const spare = await https(ok);
    const res = await httpsRequest({
      urls: [
        `https://127.0.0.1:${refused}/a`,
        `${silent.origin}/b`,
        `https://localhost:${wrong.port}/c`,
        `${good.origin}/d`,
        `${spare.origin}/e`,
      ],
      ca: CA,
      connectTimeoutMs: 150,
    });
    expect(res.url).toBe(`${good.origin}/d`);
    expect(res.attempts.map((a) => [a.port, a.code])).toEqual([
      [refused, 10061],
      [silent.port, 10060],
      [wrong.port, 280],
      [good.port, undefined],
    ]);
    expect(spare.connections).toBe(0);
  });

  it('does not fail over (or re-send) once the request was sent', async () => {
    const hangup = await track(startTlsServer((socket) => socket.once('data', () => socket.destroy())));
    const spare = await https(ok);
    const e = await failure(
      httpsRequest({
        urls: [`${hangup.origin}/`, `${spare.origin}/`],
        body: 'x',
        contentType: 'text/plain',
        ca: CA,
      }),
    );
    expect(e).toMatchObject({ code: 522, outcome: 'unknown', sent: true });
    expect(e.attempts).toHaveLength(1);
    expect(spare.connections).toBe(0);
    expect(hangup.connections).toBe(1);
  });

  it('bounds attempts and total connect time', async () => {
    const refused = await refusedPort();
    const good = await https(ok);
    const e = await failure(
      httpsRequest({ urls: [`https://127.0.0.1:${refused}/`, `${good.origin}/`], ca: CA, maxAttempts: 1 }),
    );
    expect(e).toMatchObject({ code: 10061, outcome: 'not-sent' });
    expect(e.attempts).toHaveLength(1);
    const e3 = await failure(httpsRequest({ url: `https://127.0.0.1:${refused}/`, ca: CA, maxAttempts: 3 }));
    expect(e3.attempts).toHaveLength(3);
    const silent = await track(startSilentTcpServer());
    const t0 = Date.now();
    const e4 = await failure(
      httpsRequest({
        urls: [silent.origin, silent.origin, silent.origin, good.origin].map((o) => `${o}/`),
        ca: CA,
        connectTimeoutMs: 300,
        totalConnectTimeoutMs: 450,
      }),
    );
    expect(e4).toMatchObject({ code: 10060, outcome: 'not-sent' });
    expect(e4.attempts!.length).toBeLessThanOrEqual(2);
    expect(Date.now() - t0).toBeLessThan(1200);
    expect(good.requests).toHaveLength(0);
  });

  it('a body cut short is 521 truncated, outcome unknown', async () => {
    const s = await https((_req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('only ten b');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const e = await failure(get(`${s.origin}/`, { ca: CA }));
    expect(e).toMatchObject({ code: 521, outcome: 'unknown' });
  });

  it('an answer that is not HTTP is 151, outcome unknown', async () => {
    const s = await track(
      startTlsServer((socket) => socket.once('data', () => socket.end('<STX>E4.0001\r\n\r\n'))),
    );
    const e = await failure(post(`${s.origin}/`, 'x', { contentType: 'text/plain', ca: CA }));
    expect(e).toMatchObject({ code: 151, name: 'HTTP_PROTOCOL_ERROR', outcome: 'unknown' });
  });
});

describe('body size cap', () => {
  it('refuses a declared Content-Length above the cap and a chunked body that grows past it', async () => {
    const s = await https((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'Content-Length': '5000' });
        res.end('x'.repeat(5000));
      } else {
        res.writeHead(200);
        for (let i = 0; i < 50; i++) res.write('y'.repeat(100));
        res.end();
      }
    });
    const e = await failure(get(`${s.origin}/declared`, { ca: CA, maxResponseBytes: 1000 }));
    expect(e).toMatchObject({ code: 702, outcome: 'unknown', expected: 'at most 1000 bytes' });
    const e2 = await failure(get(`${s.origin}/chunked`, { ca: CA, maxResponseBytes: 1000 }));
    expect(e2).toMatchObject({ code: 702, outcome: 'unknown' });
    const r = await get(`${s.origin}/chunked`, { ca: CA, maxResponseBytes: 5000 });
    expect(r.body.length).toBe(5000);
  });
});

describe('input checks and secrets', () => {
  it('refuses bad input before connecting (705)', async () => {
    const cases: Array<Parameters<typeof httpsRequest>[0]> = [
      { url: 'http://127.0.0.1:1/' },
      { url: 'not a url' },
      { url: 'https://user:secret@127.0.0.1:1/' },
      { url: 'https://127.0.0.1:1/', method: 'GET', body: 'x' },
      { url: 'https://127.0.0.1:1/', headers: { 'Bad Name': 'x' } },
      { url: 'https://127.0.0.1:1/', headers: { 'Auth-Password': 'line\r\nInjected: yes' } },
      { url: 'https://127.0.0.1:1/', headers: { 'Content-Length': '5' } },
      { url: 'https://127.0.0.1:1/', headers: { 'Content-Type': 'a' }, contentType: 'b' },
      { url: 'https://127.0.0.1:1/', maxAttempts: 0 },
      {},
    ];
    for (const options of cases) {
      const e = await failure(httpsRequest(options));
      expect(e).toMatchObject({ code: 705, outcome: 'not-sent' });
      expect(JSON.stringify(e)).not.toContain('secret');
      expect(e.message).not.toContain('Injected');
    }
  });

  it('never puts header values or query strings in errors', async () => {
    const secret = 'Sup3rS3cretPassw0rd';
    const mute = await https(() => undefined);
    const hangup = await track(startTlsServer((socket) => socket.once('data', () => socket.destroy())));
    const refused = await refusedPort();
    const attempts = [
      `${mute.origin}/x?password=${secret}`,
      `${hangup.origin}/x?password=${secret}`,
      `https://127.0.0.1:${refused}/x?password=${secret}`,
      `https://localhost:${mute.port}/x?password=${secret}`,
    ];
    for (const [i, url] of attempts.entries()) {
      const e = await failure(
        post(url, `pwd=${secret}`, {
          contentType: 'application/x-www-form-urlencoded',
          headers: { 'Auth-Password': secret, 'Auth-User': secret },
          ca: i === 3 ? OTHER_CA : CA,
          responseTimeoutMs: 100,
        }),
      );
      for (const rendering of [e.message, JSON.stringify(e), inspect(e, { depth: 10 }), String(e.stack)]) {
        expect(rendering).not.toContain(secret);
      }
    }
  });

  it('registers the same error table as @paywire/transport-tls', () => {
    expect(TransportErrorCode).toEqual({
      BUSY: 143,
      HTTP_PROTOCOL_ERROR: 151,
      CERTIFICATE_UNTRUSTED: 275,
      TLS_HANDSHAKE_FAILED: 276,
      CERTIFICATE_NAME_MISMATCH: 280,
      RESPONSE_TRUNCATED: 521,
      HOST_DISCONNECTED: 522,
      NO_RESPONSE: 523,
      INVALID_TIMEOUT: 526,
      ABORTED: 720,
      DEADLINE_EXCEEDED: 721,
      CONNECT_FAILED: 722,
      CONNECT_TIMEOUT: 10060,
      CONNECTION_REFUSED: 10061,
      HOST_NOT_FOUND: 11001,
    });
  });
});
