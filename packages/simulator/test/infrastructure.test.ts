import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import {
  ExchangeLog,
  FaultController,
  startSimulators,
  startTlsServer,
  testCertificates,
} from '../src/index.js';
import { checkLoopback } from '../src/servers.js';

describe('test certificates', () => {
  it('the embedded copies match fixtures/tls (run `pnpm embed-certs` after gen.sh)', () => {
    const dir = new URL('../fixtures/tls/', import.meta.url);
    for (const [name, pair] of Object.entries(testCertificates)) {
      const file = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(pair.cert).toBe(readFileSync(new URL(`${file}.crt`, dir), 'utf8'));
      expect(pair.key).toBe(readFileSync(new URL(`${file}.key`, dir), 'utf8'));
    }
  });
});

describe('fault controller', () => {
  it('applies a rule to the next matching requests, then expires', () => {
    const f = new FaultController();
    f.add('tsys', { mode: 'drop', times: 2, match: (r) => r.operation === '54' });
    expect(f.take('tsys', { kind: 'tsys-auth-request', operation: '56' })).toBeUndefined();
    expect(f.take('tsys', { kind: 'tsys-auth-request', operation: '54' })?.mode).toBe('drop');
    expect(f.take('paymentech', { kind: 'paymentech-request', operation: '54' })).toBeUndefined();
    expect(f.take('tsys', { kind: 'tsys-auth-request', operation: '54' })?.mode).toBe('drop');
    expect(f.take('tsys', { kind: 'tsys-auth-request', operation: '54' })).toBeUndefined();
    const remove = f.add('tsys', { mode: 'nak', times: Number.POSITIVE_INFINITY });
    expect(f.pending('tsys')).toBe(1);
    remove();
    expect(f.take('tsys', { kind: 'tsys-auth-request' })).toBeUndefined();
  });
});

describe('exchange log', () => {
  it('masks PANs a summary might carry', () => {
    const log = new ExchangeLog();
    const seen: string[] = [];
    log.onEntry((e) => seen.push(e.request));
    log.add({ host: 'tsys', transport: 'tls', request: 'card 4111111111111111', response: 'ok' });
    expect(log.entries[0]!.request).toBe('card 411111******1111');
    expect(seen).toEqual(['card 411111******1111']);
  });
});

describe('servers', () => {
  it('bind loopback only', () => {
    expect(() => checkLoopback('0.0.0.0')).toThrow(/loopback only/);
    expect(() => checkLoopback('10.0.0.1')).toThrow(/loopback only/);
    expect(() => checkLoopback('127.0.0.1')).not.toThrow();
  });

  it('serve verified TLS with the test CA', async () => {
    const server = await startTlsServer(
      { server: testCertificates.server, ca: testCertificates.ca.cert },
      (socket) => socket.end('hello'),
    );
    try {
      const text = await new Promise<string>((resolve, reject) => {
        const s = tls.connect({
          host: '127.0.0.1',
          port: server.port,
          ca: testCertificates.ca.cert,
          servername: 'localhost',
        });
        let got = '';
        s.on('data', (d) => (got += d));
        s.on('end', () => resolve(got));
        s.on('error', reject);
      });
      expect(text).toBe('hello');
      await expect(
        new Promise((resolve, reject) => {
          const s = tls.connect({
            host: '127.0.0.1',
            port: server.port,
            ca: testCertificates.otherCa.cert,
            servername: 'localhost',
          });
          s.on('secureConnect', resolve);
          s.on('error', reject);
        }),
      ).rejects.toThrow(/certificate/);
    } finally {
      await server.close();
    }
  });

  it('startSimulators refuses a non-loopback bind', async () => {
    await expect(startSimulators({ hosts: [], bind: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(
      /loopback only/,
    );
    const sim = await startSimulators({ hosts: [] });
    expect(sim.ca).toBe(testCertificates.ca.cert);
    await sim.close();
  });
});
