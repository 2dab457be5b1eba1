import type { TLSSocket } from 'node:tls';
import { applyEvenParity, ENQ, EOT, ETX, frame, lrc, STX } from '@paywire/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectTls,
  endLineReader,
  enqReader,
  etxLrcReader,
  exchange,
  fixedLengthReader,
  type TlsConnection,
  TransportError,
} from '../src/index.js';
import { bytes, CA, pem, sleep, startTlsServer, type TestServer, text } from './helpers.js';

const servers: TestServer[] = [];
const connections: TlsConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(
  onConnection: (socket: TLSSocket, index: number) => void,
  options = {},
): Promise<TestServer> {
  const s = await startTlsServer(onConnection, options);
  servers.push(s);
  return s;
}

async function open(
  s: TestServer,
  extra: Partial<Parameters<typeof connectTls>[0]> = {},
): Promise<TlsConnection> {
  const c = await connectTls({ hosts: [{ host: '127.0.0.1', port: s.port }], ca: CA, ...extra });
  connections.push(c);
  return c;
}

async function failure(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(TransportError);
    return err as TransportError;
  }
  throw new Error('expected a failure');
}

/** Calls `answer` with each complete STX..ETX LRC request the client sends. */
function onFrames(socket: TLSSocket, answer: (request: Buffer) => void): void {
  let buf = Buffer.alloc(0);
  socket.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const etx = buf.findIndex((b) => (b & 0x7f) === ETX);
      if (etx < 0 || etx + 1 >= buf.length) return;
      const req = buf.subarray(0, etx + 2);
      buf = buf.subarray(etx + 2);
      answer(req);
    }
  });
}

const request = frame(bytes('D4.999995'));

describe('request/response with each reader', () => {
  it('TSYS style: ENQ greeting, parity-encoded request, parity-encoded answer split byte by byte', async () => {
    const answer = frame(bytes('E4.0001APPROVAL 123456'));
    const s = await server((socket) => {
      socket.write(Uint8Array.of(ENQ));
      onFrames(socket, async () => {
        for (const b of applyEvenParity(answer)) {
          socket.write(Uint8Array.of(b));
          await sleep(1);
        }
      });
    });
    const result = await exchange({
      hosts: [{ host: '127.0.0.1', port: s.port }],
      ca: CA,
      greeting: enqReader(),
      request: applyEvenParity(request),
      reader: etxLrcReader({ parity: 'even', maxBytes: 4096 }),
    });
    expect(result.greeting).toEqual(Uint8Array.of(ENQ));
    expect(result.response).toEqual(answer);
    // The LRC survives stripping: XOR after STX through ETX equals the last byte.
    const r = result.response;
    expect(lrc(r, 1, r.length - 1)).toBe(r[r.length - 1]);
    await sleep(20);
    expect(new Uint8Array(s.received[0]!)).toEqual(applyEvenParity(request));
  });

  it('TCLink style: through END\\n', async () => {
    const s = await server((socket) => {
      let buf = '';
      socket.on('data', (d: Buffer) => {
        buf += d.toString('latin1');
        if (buf.endsWith('END\n')) socket.write('BEGIN\nstatus=approved\ntransid=025-0000000001\nEND\n');
      });
    });
    const r = await exchange({
      hosts: [{ host: 'localhost', port: s.port }],
      ca: CA,
      request: bytes('BEGIN\nversion=4.5\naction=preauth\nEND\n'),
      reader: endLineReader(),
    });
    expect(text(r.response)).toBe('BEGIN\nstatus=approved\ntransid=025-0000000001\nEND\n');
  });

  it('fixed byte counts', async () => {
    const s = await server((socket) => socket.on('data', () => socket.write('0042ABCDEFGH')));
    const c = await open(s);
    expect(text(await c.request(bytes('?'), fixedLengthReader(4)))).toBe('0042');
    expect(text(await c.read(fixedLengthReader(8)))).toBe('ABCDEFGH');
  });
});

describe('connection reuse and interleaved delivery', () => {
  it('carries several request/answer pairs on one socket', async () => {
    const s = await server((socket) => {
      let n = 0;
      onFrames(socket, () => socket.write(frame(bytes(`ANSWER ${++n}`))));
    });
    const c = await open(s);
    for (let i = 1; i <= 3; i++) {
      expect(text(await c.request(request, etxLrcReader()))).toContain(`ANSWER ${i}`);
    }
    expect(s.connections).toBe(1);
  });

  it('keeps bytes that arrive early for the next read (two messages in one chunk)', async () => {
    const a = frame(bytes('ONE'));
    const b = frame(bytes('TWO'));
    const s = await server((socket) => onFrames(socket, () => socket.write(Buffer.concat([a, b]))));
    const c = await open(s);
    expect(await c.request(request, etxLrcReader())).toEqual(a);
    expect(c.buffered).toBe(b.length);
    expect(await c.read(etxLrcReader(), { timeoutMs: 200 })).toEqual(b);
  });

  it('delivers every framed message as it arrives (async iterator), out of order', async () => {
    const s = await server((socket) => {
      const seen: string[] = [];
      onFrames(socket, (req) => {
        seen.push(req.subarray(1, 5).toString('latin1'));
        if (seen.length === 3) {
          // answer 3 first, then 1 and 2 together in one chunk, then close cleanly
          socket.write(frame(bytes(`R-${seen[2]}`)));
          setTimeout(() => {
            socket.end(Buffer.concat([frame(bytes(`R-${seen[0]}`)), frame(bytes(`R-${seen[1]}`))]));
          }, 10);
        }
      });
    });
    const c = await open(s);
    const got: string[] = [];
    const reading = (async () => {
      for await (const m of c.messages(etxLrcReader())) got.push(text(m.subarray(1, m.length - 2)));
    })();
    for (const seq of ['0001', '0002', '0003']) await c.write(frame(bytes(seq)));
    await reading;
    expect(got).toEqual(['R-0003', 'R-0001', 'R-0002']);
  });

  it('delivers through a callback too, and a partial message at close is an unknown-outcome error', async () => {
    const s = await server((socket) => {
      onFrames(socket, () => {
        socket.write(frame(bytes('FIRST')));
        setTimeout(() => socket.end(Uint8Array.of(STX, 0x41, 0x42)), 10);
      });
    });
    const c = await open(s);
    const got: string[] = [];
    const failed = new Promise<TransportError>((resolve) => {
      c.onMessage(etxLrcReader(), { message: (m) => got.push(text(m)), error: resolve });
    });
    await c.write(request);
    const e = await failed;
    expect(got).toEqual([text(frame(bytes('FIRST')))]);
    expect(e).toMatchObject({ code: 521, name: 'RESPONSE_TRUNCATED', outcome: 'unknown', sent: true });
  });

  it('lets a loop stop early and keeps the connection for pull reads', async () => {
    const s = await server((socket) => onFrames(socket, () => socket.write(frame(bytes('X')))));
    const c = await open(s);
    await c.write(request);
    for await (const m of c.messages(etxLrcReader())) {
      expect(m).toEqual(frame(bytes('X')));
      break;
    }
    expect(await c.request(request, etxLrcReader(), { timeoutMs: 1000 })).toEqual(frame(bytes('X')));
  });

  it('ends the stream at the deadline or on abort', async () => {
    const s = await server(() => undefined);
    const c = await open(s);
    const it1 = c.messages(etxLrcReader(), { deadline: Date.now() + 100 });
    const e = await failure(it1.next());
    expect(e).toMatchObject({ code: 721, outcome: 'not-sent' });
    const c2 = await open(s);
    await c2.write(request);
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 50);
    const e2 = await failure(c2.messages(etxLrcReader(), { signal: ctl.signal }).next());
    expect(e2).toMatchObject({ code: 720, outcome: 'unknown' });
  });
});

describe('timeouts, deadline and abort on a read', () => {
  it('response timeout: 523 with unknown outcome, connection closed, never re-sent', async () => {
    const s = await server(() => undefined);
    const c = await open(s);
    const t0 = Date.now();
    const e = await failure(c.request(request, etxLrcReader(), { timeoutMs: 150 }));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(e).toMatchObject({ code: 523, name: 'NO_RESPONSE', outcome: 'unknown', sent: true });
    expect(c.isClosed).toBe(true);
    await sleep(20);
    expect(new Uint8Array(s.received[0]!)).toEqual(request);
  });

  it('response timeout from the connection default, and with a partial answer', async () => {
    const s = await server((socket) => socket.on('data', () => socket.write(Uint8Array.of(STX, 0x41))));
    const c = await open(s, { responseTimeoutMs: 120 });
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 523, outcome: 'unknown', actual: '2 byte(s) of a message received' });
  });

  it('a greeting that never comes times out as not sent', async () => {
    const s = await server(() => undefined);
    const c = await open(s);
    const e = await failure(c.read(enqReader(), { timeoutMs: 100 }));
    expect(e).toMatchObject({ code: 523, outcome: 'not-sent' });
  });

  it('deadline: 721, unknown once the request is written; before sending it is not sent', async () => {
    const s = await server(() => undefined);
    const c = await open(s, { deadline: Date.now() + 150 });
    const e = await failure(c.request(request, etxLrcReader(), { timeoutMs: 5000 }));
    expect(e).toMatchObject({ code: 721, outcome: 'unknown' });
    const c2 = await open(s);
    const e2 = await failure(c2.request(request, etxLrcReader(), { deadline: Date.now() - 1 }));
    expect(e2).toMatchObject({ code: 721, outcome: 'not-sent' });
    expect(c2.isClosed).toBe(false);
    expect(c2.bytesWritten).toBe(0);
  });

  it('abort: 720, unknown after the write, not sent (and nothing written) when already aborted', async () => {
    const s = await server(() => undefined);
    const c = await open(s);
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(new Error('user cancelled')), 60);
    const e = await failure(c.request(request, etxLrcReader(), { signal: ctl.signal }));
    expect(e).toMatchObject({ code: 720, outcome: 'unknown' });
    const c2 = await open(s);
    const e2 = await failure(c2.request(request, etxLrcReader(), { signal: AbortSignal.abort() }));
    expect(e2).toMatchObject({ code: 720, outcome: 'not-sent' });
    await sleep(20);
    expect(s.received[1]!.length).toBe(0);
  });

  it('refuses invalid read timeouts before writing', async () => {
    const s = await server(() => undefined);
    const c = await open(s);
    for (const v of [0, -1, Number.NaN, 2 ** 31]) {
      const e = await failure(c.request(request, etxLrcReader(), { timeoutMs: v }));
      expect(e).toMatchObject({ code: 526, outcome: 'not-sent' });
    }
    expect(c.bytesWritten).toBe(0);
  });
});

describe('not sent versus outcome unknown', () => {
  it('host closes before the request is written: 522 not sent', async () => {
    const s = await server((socket) => socket.end());
    const c = await open(s);
    for (let i = 0; i < 100 && !c.isClosed; i++) await sleep(5);
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 522, name: 'HOST_DISCONNECTED', outcome: 'not-sent', sent: false });
    expect(c.bytesWritten).toBe(0);
    const e2 = await failure(c.write(request));
    expect(e2.outcome).toBe('not-sent');
  });

  it('host closes after receiving the request: 522 outcome unknown', async () => {
    const s = await server((socket) => socket.once('data', () => socket.end()));
    const c = await open(s);
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 522, outcome: 'unknown', sent: true });
    expect(new Uint8Array(s.received[0]!)).toEqual(request);
  });

  it('host resets the connection after the request: 522 outcome unknown', async () => {
    const s = await server((socket) => socket.once('data', () => socket.destroy()));
    const c = await open(s);
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e.outcome).toBe('unknown');
    expect([521, 522]).toContain(e.code);
  });

  it('host sends half an answer then closes: 521 truncated, outcome unknown', async () => {
    const s = await server((socket) => socket.once('data', () => socket.end(Uint8Array.of(STX, 0x45, 0x34))));
    const c = await open(s);
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 521, outcome: 'unknown', actual: '3 byte(s) received' });
  });

  it('a reused connection closed by the host between requests is not sent', async () => {
    const s = await server((socket) =>
      onFrames(socket, () => {
        socket.end(frame(bytes('LAST')));
      }),
    );
    const c = await open(s);
    expect(await c.request(request, etxLrcReader())).toEqual(frame(bytes('LAST')));
    for (let i = 0; i < 100 && !c.isClosed; i++) await sleep(5);
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 522, outcome: 'not-sent' });
    expect(s.received[0]!.length).toBe(request.length);
  });

  it('a refused client certificate: not sent with TLS 1.2; with TLS 1.3 it shows after connect (unknown)', async () => {
    const s = await server(() => undefined, { requestCert: true, rejectUnauthorized: true, ca: CA });
    const client = { cert: pem('other-client.crt'), key: pem('other-client.key') };
    // TLS 1.2: the server checks the certificate inside the handshake, so connect fails.
    const e12 = await failure(open(s, { maxVersion: 'TLSv1.2', ...client }));
    expect(e12).toMatchObject({ code: 276, outcome: 'not-sent' });
    // TLS 1.3: the client finishes its handshake before the server checks the certificate; Node
    // then reports only a closed connection, indistinguishable from a host that read the request
    // and hung up, so the transport stays conservative.
    const c = await open(s, { maxVersion: 'TLSv1.3', ...client });
    const e13 = await failure(c.request(request, etxLrcReader(), { timeoutMs: 2000 }));
    expect(e13.outcome).toBe('unknown');
    expect([276, 522]).toContain(e13.code);
  });

  it('a second read while one is waiting is refused as BUSY (not sent) and the first still completes', async () => {
    const s = await server((socket) =>
      onFrames(socket, () => setTimeout(() => socket.write(frame(bytes('OK'))), 30)),
    );
    const c = await open(s);
    const first = c.request(request, etxLrcReader());
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 143, name: 'BUSY', outcome: 'not-sent' });
    expect(await first).toEqual(frame(bytes('OK')));
    expect(s.received[0]!.length).toBe(request.length);
  });
});

describe('size caps and bad framing', () => {
  it('an answer longer than maxBytes is refused without waiting for its end', async () => {
    const s = await server((socket) =>
      socket.once('data', () => socket.write(Buffer.concat([Buffer.of(STX), Buffer.alloc(300, 0x41)]))),
    );
    const c = await open(s);
    const e = await failure(c.request(request, etxLrcReader({ maxBytes: 100 }), { timeoutMs: 2000 }));
    expect(e).toMatchObject({ code: 702, outcome: 'unknown', expected: 'at most 100 bytes' });
    expect(c.isClosed).toBe(true);
  });

  it('END\\n and fixed readers honour their caps', async () => {
    const s = await server((socket) =>
      socket.once('data', () => socket.write(`BEGIN\n${'x=1\n'.repeat(100)}END\n`)),
    );
    const c = await open(s);
    const e = await failure(c.request(bytes('BEGIN\nEND\n'), endLineReader({ maxBytes: 64 })));
    expect(e.code).toBe(702);
    const c2 = await open(s);
    expect(text(await c2.request(bytes('BEGIN\nEND\n'), endLineReader({ maxBytes: 1000 })))).toMatch(
      /END\n$/,
    );
  });

  it('garbage where STX should be is 519 corrupt response, outcome unknown', async () => {
    const s = await server((socket) =>
      socket.once('data', () => socket.write('HTTP/1.1 400 Bad Request\r\n')),
    );
    const c = await open(s);
    const e = await failure(c.request(request, etxLrcReader()));
    expect(e).toMatchObject({ code: 519, outcome: 'unknown', actual: 'H' });
  });

  it('control-byte answers (ACK/EOT) are messages of their own', async () => {
    const s = await server((socket) => socket.once('data', () => socket.write(Buffer.of(0x06, EOT))));
    const c = await open(s);
    const r = etxLrcReader({ controlBytes: [0x06, 0x15, EOT] });
    expect(await c.request(request, r)).toEqual(Uint8Array.of(0x06));
    expect(await c.read(r)).toEqual(Uint8Array.of(EOT));
  });
});

describe('errors', () => {
  it('serialise with outcome and never carry request bytes', async () => {
    const secret = bytes('4111111111111111=2512');
    const s = await server((socket) => socket.once('data', () => socket.end()));
    const c = await open(s);
    const e = await failure(c.request(frame(secret), etxLrcReader()));
    const json = JSON.stringify(e);
    expect(JSON.parse(json)).toMatchObject({
      code: 522,
      family: 'transport',
      outcome: 'unknown',
      sent: true,
    });
    expect(json).not.toContain('4111111111');
    expect(String(e.stack)).not.toContain('4111111111');
  });
});
