// `paywire simulate` and `paywire send`, driven as processes: the simulators run in one process on
// ephemeral ports, requests go to them from others, then the simulator process is stopped.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks } from '../../../tools/test-guard/src/index.js';
import { findKind } from '../src/registry.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

function paywire(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 15_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Ready {
  ready: true;
  pid: number;
  endpoints: { name: string; address: string; send: string }[];
  ca: string;
}

let sim: ChildProcess;
let ready: Ready;
let simOut = '';

beforeAll(async () => {
  sim = spawn(process.execPath, [bin, '--json', 'simulate', '--hosts', 'tsys,trustcommerce'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  sim.stdout!.setEncoding('utf8');
  sim.stderr!.setEncoding('utf8');
  sim.stderr!.on('data', (c: string) => {
    simOut += c;
  });
  ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulate did not start: ${simOut}`)), 10_000);
    sim.stdout!.on('data', (c: string) => {
      simOut += c;
      const first = simOut.split('\n')[0]!;
      if (simOut.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(first) as Ready);
      }
    });
    sim.once('exit', (code) => reject(new Error(`simulate exited ${code}: ${simOut}`)));
  });
});

afterAll(() => {
  if (sim.exitCode === null) sim.kill('SIGKILL');
});

function endpoint(name: string) {
  const e = ready.endpoints.find((x) => x.name === name);
  if (!e) throw new Error(`no endpoint ${name}`);
  return e.address;
}

/** The JSON `decode --json --reveal` prints for a kind's first example. */
function exampleJson(kind: string, pick: (name: string) => boolean = () => true): string {
  const k = findKind(kind)!;
  const example = k.examples!.find((e) => pick(e.name))!;
  const decoded = paywire(['--json', 'decode', kind, '--reveal', Buffer.from(example.bytes).toString('hex')]);
  expect(decoded.code, decoded.stderr).toBe(0);
  return decoded.stdout;
}

describe('paywire simulate + send (as processes)', () => {
  it('prints its endpoints and writes the CA certificate', () => {
    expect(ready.ready).toBe(true);
    expect(ready.endpoints.map((e) => e.name)).toEqual([
      'tsys',
      'tsys-gateway',
      'trustcommerce',
      'trustcommerce-https',
    ]);
    expect(endpoint('tsys')).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(existsSync(ready.ca)).toBe(true);
    expect(readFileSync(ready.ca, 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('sends a TSYS authorization over the TLS socket (ENQ, parity, LRC) and decodes the answer', () => {
    const [host, port] = endpoint('tsys').split(':');
    const r = paywire(
      [
        'send',
        'tsys-auth-request',
        '--host',
        host!,
        '--port',
        port!,
        '--ca',
        ready.ca,
        '--servername',
        'localhost',
      ],
      exampleJson('tsys-auth-request'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^tsys-auth-response from 127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/Response code\s+00\s+00 \(APPROVAL/);
    expect(r.stdout).toContain('LRC (XOR after STX through ETX, verified)');
  });

  it('sends the same authorization to the HTTPS gateway, JSON out', () => {
    const r = paywire(
      ['--json', 'send', 'tsys-auth-request', '--url', endpoint('tsys-gateway'), '--ca', ready.ca],
      exampleJson('tsys-auth-request'),
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe('tsys-auth-response');
    expect(out.status).toBe(200);
    expect(out.response.responseCode).toBe('00');
  });

  it('sends a TrustCommerce request over the TCLink socket; card data stays masked', () => {
    const [host, port] = endpoint('trustcommerce').split(':');
    const json = exampleJson('trustcommerce-request', (n) => /socket/i.test(n));
    const r = paywire(
      [
        '--json',
        'send',
        'trustcommerce-request',
        '--host',
        host!,
        '--port',
        port!,
        '--ca',
        ready.ca,
        '--servername',
        'localhost',
      ],
      json,
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe('trustcommerce-response');
    const fields = out.response.fields as { name: string; value: string }[];
    expect(out.response.form).toBe('tclink');
    expect(['approved', 'accepted', 'decline']).toContain(fields.find((f) => f.name === 'status')?.value);
    expect(fields.find((f) => f.name === 'transid')?.value).toMatch(/^\d{3}-\d{10}$/);
    expect(findLeaks(r.stdout + r.stderr)).toEqual([]);
  });

  it('refuses a wrong CA (not sent) and a kind that is not a request, exit 2', () => {
    const [host, port] = endpoint('trustcommerce').split(':');
    const noCa = paywire(
      ['--json', 'send', 'trustcommerce-request', '--host', host!, '--port', port!],
      exampleJson('trustcommerce-request', (n) => /socket/i.test(n)),
    );
    expect(noCa.code).toBe(2);
    expect(JSON.parse(noCa.stderr).error.message).toMatch(/certificate|self-signed|issuer/i);
    const wrong = paywire(['--json', 'send', 'tsys-auth-response', '--host', host!, '--port', port!], '{}');
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.stderr).error).toMatchObject({ name: 'UNKNOWN_KIND' });
  });

  it('logged every exchange masked, and stops cleanly on SIGTERM', async () => {
    const exit = new Promise<number | null>((resolve) => sim.once('exit', (code) => resolve(code)));
    sim.kill('SIGTERM');
    expect(await exit).toBe(0);
    const lines = simOut.split('\n').filter((l) => l.startsWith('{"exchange"'));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.some((l) => JSON.parse(l).exchange.host === 'tsys')).toBe(true);
    expect(lines.some((l) => JSON.parse(l).exchange.host === 'trustcommerce')).toBe(true);
    expect(findLeaks(simOut)).toEqual([]);
  });
});
