import { ENQ } from '@paywire/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectTls,
  enqReader,
  fixedLengthReader,
  type TlsConnection,
  TransportError,
  TransportErrorCode,
} from '../src/index.js';
import {
  CA,
  hasIpv6Loopback,
  OTHER_CA,
  pem,
  refusedPort,
  startSilentTcpServer,
  startTlsServer,
  type TestServer,
} from './helpers.js';

const servers: TestServer[] = [];
const connections: TlsConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startTlsServer>): Promise<TestServer> {
  const s = await startTlsServer(...args);
  servers.push(s);
  return s;
}

async function silent(): Promise<TestServer> {
  const s = await startSilentTcpServer();
  servers.push(s);
  return s;
}

async function connect(...args: Parameters<typeof connectTls>): Promise<TlsConnection> {
  const c = await connectTls(...args);
  connections.push(c);
  return c;
}

async function failure(p: Promise<unknown>): Promise<TransportError> {
  try {
    const v = await p;
    if (v !== null && typeof v === 'object' && 'destroy' in v) (v as TlsConnection).destroy();
  } catch (err) {
    expect(err).toBeInstanceOf(TransportError);
    return err as TransportError;
  }
  throw new Error('expected a failure');
}

const echoHello = (socket: import('node:tls').TLSSocket) => socket.write('hi');

describe('certificate verification', () => {
  it('connects to 127.0.0.1 and localhost with the test CA and verifies the certificate', async () => {
    const s = await server(echoHello);
    for (const host of ['127.0.0.1', 'localhost']) {
      const c = await connect({ hosts: [{ host, port: s.port }], ca: CA });
      expect(c.protocol).toBe('TLSv1.3');
      expect(Buffer.from(await c.read(fixedLengthReader(2))).toString()).toBe('hi');
      c.destroy();
    }
  });

  it('connects over ::1 where the machine has IPv6 loopback', async (ctx) => {
    if (!(await hasIpv6Loopback())) ctx.skip();
    const s = await server(echoHello, { host: '::1' });
    const c = await connect({ hosts: [{ host: '::1', port: s.port }], ca: CA });
    expect(c.remoteAddress).toBe('::1');
    expect(Buffer.from(await c.read(fixedLengthReader(2))).toString()).toBe('hi');
  });

  it('refuses a server whose CA is not trusted (wrong trust anchor or other CA leaf)', async () => {
    const s = await server(echoHello);
    const e1 = await failure(connectTls({ hosts: [{ host: '127.0.0.1', port: s.port }], ca: OTHER_CA }));
    expect(e1).toMatchObject({ code: 275, name: 'CERTIFICATE_UNTRUSTED', outcome: 'not-sent', sent: false });
    const other = await server(echoHello, { identity: 'other-server' });
    const e2 = await failure(connectTls({ hosts: [{ host: '127.0.0.1', port: other.port }], ca: CA }));
    expect(e2).toMatchObject({ code: 275, outcome: 'not-sent' });
  });

  it('refuses a self-signed/unknown server with the default (system) roots', async () => {
    const s = await server(echoHello);
    const e = await failure(connectTls({ hosts: [{ host: '127.0.0.1', port: s.port }] }));
    expect(e).toMatchObject({ code: 275, outcome: 'not-sent' });
  });

  it('refuses a certificate for another host name', async () => {
    const s = await server(echoHello, { identity: 'wrong-host' });
    const e = await failure(connectTls({ hosts: [{ host: 'localhost', port: s.port }], ca: CA }));
    expect(e).toMatchObject({ code: 280, name: 'CERTIFICATE_NAME_MISMATCH', outcome: 'not-sent' });
    // ...and accepts it when the caller names that host explicitly (SNI + identity check).
    const c = await connect({
      hosts: [{ host: '127.0.0.1', port: s.port, servername: 'wrong-host.paywire.invalid' }],
      ca: CA,
    });
    expect(c.isClosed).toBe(false);
  });

  it('refuses an IP address the certificate does not list', async () => {
    const s = await server(echoHello);
    const e = await failure(
      connectTls({ hosts: [{ host: '127.0.0.1', port: s.port }], ca: CA, servername: 'example.com' }),
    );
    expect(e.code).toBe(280);
  });

  it('refuses an expired certificate', async () => {
    const s = await server(echoHello, { identity: 'expired' });
    const e = await failure(connectTls({ hosts: [{ host: 'localhost', port: s.port }], ca: CA }));
    expect(e).toMatchObject({ code: 275, actual: 'CERT_HAS_EXPIRED', outcome: 'not-sent' });
  });

  it('refuses a server that only speaks TLS below 1.2, and accepts TLS 1.2', async () => {
    const old = await server(echoHello, {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    const e = await failure(connectTls({ hosts: [{ host: '127.0.0.1', port: old.port }], ca: CA }));
    expect(e).toMatchObject({ code: 276, name: 'TLS_HANDSHAKE_FAILED', outcome: 'not-sent' });
    const v12 = await server(echoHello, { maxVersion: 'TLSv1.2' });
    const c = await connect({ hosts: [{ host: '127.0.0.1', port: v12.port }], ca: CA });
    expect(c.protocol).toBe('TLSv1.2');
    const e13 = await failure(
      connectTls({ hosts: [{ host: '127.0.0.1', port: v12.port }], ca: CA, minVersion: 'TLSv1.3' }),
    );
    expect(e13.code).toBe(276);
  });

  it('does not accept options that weaken verification', async () => {
    const hosts = [{ host: '127.0.0.1', port: 1 }];
    const bad = [
      { minVersion: 'TLSv1.1' },
      { maxVersion: 'TLSv1' },
      { rejectUnauthorized: false },
      { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' },
    ];
    for (const extra of bad) {
      const e = await failure(connectTls({ hosts, ca: CA, ...(extra as object) }));
      expect(e).toMatchObject({ code: 705, outcome: 'not-sent' });
    }
  });
});

describe('mutual TLS', () => {
  const requireClient = { requestCert: true, rejectUnauthorized: true, ca: CA };

  it('presents the client certificate and the server accepts it', async () => {
    let peer = '';
    const s = await server((socket) => {
      peer = String(socket.getPeerCertificate().subject?.CN ?? '');
      socket.write(Uint8Array.of(ENQ));
    }, requireClient);
    const c = await connect({
      hosts: [{ host: '127.0.0.1', port: s.port }],
      ca: CA,
      cert: pem('client.crt'),
      key: new Uint8Array(Buffer.from(pem('client.key'))),
      greeting: enqReader(),
    });
    expect(c.greeting).toEqual(Uint8Array.of(ENQ));
    expect(peer).toBe('paywire test client');
  });

  for (const [label, extra] of [
    ['without a client certificate', {}],
    [
      'with a client certificate from another CA',
      { cert: pem('other-client.crt'), key: pem('other-client.key') },
    ],
  ] as const) {
    it(`is refused ${label}, as not sent (TLS 1.2 and 1.3)`, async () => {
      const s = await server((socket) => socket.write(Uint8Array.of(ENQ)), requireClient);
      for (const maxVersion of ['TLSv1.2', 'TLSv1.3'] as const) {
        const e = await failure(
          connectTls({
            hosts: [{ host: '127.0.0.1', port: s.port }],
            ca: CA,
            maxVersion,
            greeting: enqReader(),
            connectTimeoutMs: 2000,
            ...extra,
          }),
        );
        expect(e.outcome).toBe('not-sent');
        expect([276, 522]).toContain(e.code);
      }
      expect(s.received.every((b) => b.length === 0)).toBe(true);
    });
  }
});

describe('connect timeout, failover and bounds', () => {
  it('times out a host that accepts TCP but never completes the handshake', async () => {
    const s = await silent();
    const t0 = Date.now();
    const e = await failure(
      connectTls({ hosts: [{ host: '127.0.0.1', port: s.port }], ca: CA, connectTimeoutMs: 200 }),
    );
    const took = Date.now() - t0;
    expect(e).toMatchObject({ code: 10060, name: 'CONNECT_TIMEOUT', outcome: 'not-sent' });
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(1500);
  });

  it('reports a refused connection', async () => {
    const e = await failure(
      connectTls({ hosts: [{ host: '127.0.0.1', port: await refusedPort() }], ca: CA }),
    );
    expect(e).toMatchObject({ code: 10061, name: 'CONNECTION_REFUSED', outcome: 'not-sent' });
    expect(e.attempts).toHaveLength(1);
  });

  it('tries hosts in the caller order and stops at the first that works', async () => {
    const stall = await silent();
    const bad = await server(echoHello, { identity: 'wrong-host' });
    const good = await server(echoHello);
    const second = await server(echoHello);
    const refused = await refusedPort();
    const c = await connect({
      hosts: [
        { host: '127.0.0.1', port: refused },
        { host: '127.0.0.1', port: stall.port },
        { host: 'localhost', port: bad.port },
        { host: '127.0.0.1', port: good.port },
        { host: '127.0.0.1', port: second.port },
      ],
      ca: CA,
      connectTimeoutMs: 200,
    });
    expect(c.port).toBe(good.port);
    expect(c.attempts.map((a) => [a.port, a.code])).toEqual([
      [refused, 10061],
      [stall.port, 10060],
      [bad.port, 280],
      [good.port, undefined],
    ]);
    expect(second.connections).toBe(0);
  });

  it('stops after maxAttempts, cycling through the list', async () => {
    const refused = await refusedPort();
    const good = await server(echoHello);
    const e = await failure(
      connectTls({
        hosts: [
          { host: '127.0.0.1', port: refused },
          { host: '127.0.0.1', port: good.port },
        ],
        ca: CA,
        maxAttempts: 1,
      }),
    );
    expect(e.attempts?.map((a) => a.port)).toEqual([refused]);
    expect(good.connections).toBe(0);
    const e3 = await failure(
      connectTls({ hosts: [{ host: '127.0.0.1', port: refused }], ca: CA, maxAttempts: 3 }),
    );
    expect(e3.attempts).toHaveLength(3);
    expect(e3.message).toContain('3 attempts');
  });

  it('stops when the total connect time is used up', async () => {
    const a = await silent();
    const good = await server(echoHello);
    const t0 = Date.now();
    const e = await failure(
      connectTls({
        hosts: [a, a, a, good].map((s) => ({ host: '127.0.0.1', port: s.port })),
        ca: CA,
        connectTimeoutMs: 300,
        totalConnectTimeoutMs: 450,
      }),
    );
    const took = Date.now() - t0;
    expect(e).toMatchObject({ code: 10060, outcome: 'not-sent' });
    expect(e.attempts!.length).toBeLessThanOrEqual(2);
    expect(took).toBeLessThan(1200);
    expect(good.connections).toBe(0);
  });

  it('stops at the deadline and when aborted', async () => {
    const a = await silent();
    const hosts = [{ host: '127.0.0.1', port: a.port }];
    const e = await failure(
      connectTls({ hosts, ca: CA, connectTimeoutMs: 5000, deadline: Date.now() + 150 }),
    );
    expect(e).toMatchObject({ code: 721, name: 'DEADLINE_EXCEEDED', outcome: 'not-sent' });
    const past = await failure(connectTls({ hosts, ca: CA, deadline: new Date(Date.now() - 1) }));
    expect(past.code).toBe(721);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const t0 = Date.now();
    const ab = await failure(
      connectTls({ hosts: [...hosts, ...hosts], ca: CA, connectTimeoutMs: 5000, signal: controller.signal }),
    );
    expect(ab).toMatchObject({ code: 720, name: 'ABORTED', outcome: 'not-sent' });
    expect(ab.attempts).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(1000);
    const pre = await failure(connectTls({ hosts, ca: CA, signal: AbortSignal.abort() }));
    expect(pre.code).toBe(720);
  });

  it('fails over from a host that does not greet to one that does', async () => {
    const mute = await server(() => undefined);
    const wrong = await server((s) => s.write('X'));
    const greets = await server((s) => s.write(Uint8Array.of(ENQ)));
    const c = await connect({
      hosts: [mute, wrong, greets].map((s) => ({ host: '127.0.0.1', port: s.port })),
      ca: CA,
      greeting: enqReader(),
      greetingTimeoutMs: 200,
    });
    expect(c.port).toBe(greets.port);
    expect(c.greeting).toEqual(Uint8Array.of(ENQ));
    expect(c.attempts.map((a) => a.code)).toEqual([523, 513, undefined]);
  });

  it('rejects invalid timeouts and addresses before connecting (526 / 705)', async () => {
    const hosts = [{ host: '127.0.0.1', port: 443 }];
    for (const v of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31]) {
      for (const key of [
        'connectTimeoutMs',
        'responseTimeoutMs',
        'totalConnectTimeoutMs',
        'greetingTimeoutMs',
      ]) {
        const e = await failure(connectTls({ hosts, ca: CA, [key]: v }));
        expect(e).toMatchObject({ code: 526, name: 'INVALID_TIMEOUT', field: key, outcome: 'not-sent' });
      }
    }
    expect((await failure(connectTls({ hosts: [], ca: CA }))).code).toBe(705);
    expect((await failure(connectTls({ hosts: [{ host: 'x', port: 0 }], ca: CA }))).code).toBe(705);
    expect((await failure(connectTls({ hosts, ca: CA, maxAttempts: 0 }))).code).toBe(705);
    expect((await failure(connectTls({ hosts, ca: CA, deadline: Number.NaN }))).code).toBe(526);
  });
});

it('registers the same error table as @paywire/transport-https', () => {
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
