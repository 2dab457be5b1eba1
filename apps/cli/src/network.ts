/**
 * `paywire simulate` (the loopback simulators in the foreground) and `paywire send` (one request
 * through the right transport, the decoded answer back). Card data is masked in everything
 * printed unless `--reveal` is given.
 */

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyEvenParity,
  ErrorCode,
  formatTrace,
  type MessageKind,
  PaywireError,
  stripParity,
} from '@paywire/core';
import {
  type HostOptionsMap,
  type SimulatorOptions,
  type Simulators,
  startSimulators,
} from '@paywire/simulator';
import { post } from '@paywire/transport-https';
import { endLineReader, enqReader, etxLrcReader, exchange } from '@paywire/transport-tls';
import { findKind } from './registry.js';

export const SIM_HOSTS = ['tsys', 'paymentech', 'datawire', 'trustcommerce'] as const;
export type SimHost = (typeof SIM_HOSTS)[number];

/** `--port` names: which listening socket of which host. */
export const PORT_NAMES = [
  'tsys',
  'tsys-gateway',
  'paymentech',
  'datawire',
  'trustcommerce',
  'trustcommerce-https',
] as const;

function bad(message: string, field: string): PaywireError {
  return new PaywireError(ErrorCode.INVALID_ARGUMENT, message, { field });
}

/** `tsys=5004,paymentech=8443` (or repeated options) → host options with fixed ports. */
export function portOptions(specs: readonly string[]): Partial<HostOptionsMap> {
  const out: Partial<Record<string, Record<string, number>>> = {};
  const set = (host: string, key: string, port: number) => {
    out[host] = { ...out[host], [key]: port };
  };
  for (const spec of specs.flatMap((s) => s.split(','))) {
    const m = /^([a-z-]+)=(\d{1,5})$/.exec(spec.trim());
    if (!m) throw bad(`--port ${spec}: write name=port (names: ${PORT_NAMES.join(', ')})`, 'port');
    const port = Number(m[2]);
    if (port < 1 || port > 65535) throw bad(`--port ${spec}: port must be 1-65535`, 'port');
    switch (m[1]) {
      case 'tsys':
        set('tsys', 'socketPort', port);
        break;
      case 'tsys-gateway':
        set('tsys', 'gatewayPort', port);
        break;
      case 'paymentech':
        set('paymentech', 'port', port);
        break;
      case 'datawire':
        set('datawire', 'port', port);
        break;
      case 'trustcommerce':
        set('trustcommerce', 'tclinkPort', port);
        break;
      case 'trustcommerce-https':
        set('trustcommerce', 'httpsPort', port);
        break;
      default:
        throw bad(`--port ${spec}: unknown name ${m[1]} (names: ${PORT_NAMES.join(', ')})`, 'port');
    }
  }
  return out as Partial<HostOptionsMap>;
}

export interface Endpoint {
  name: string;
  /** `host:port` for sockets, the URL for HTTPS. */
  address: string;
  /** The `paywire send` options that reach it. */
  send: string;
}

export function endpointsOf(sim: Simulators): Endpoint[] {
  const out: Endpoint[] = [];
  if (sim.tsys) {
    const s = sim.tsys.socket;
    out.push({
      name: 'tsys',
      address: `${s.host}:${s.port}`,
      send: `send tsys-auth-request --host ${s.host} --port ${s.port}`,
    });
    out.push({
      name: 'tsys-gateway',
      address: sim.tsys.gateway.url,
      send: `send tsys-auth-request|tsys-settlement-request --url ${sim.tsys.gateway.url}`,
    });
  }
  if (sim.paymentech)
    out.push({
      name: 'paymentech',
      address: sim.paymentech.url,
      send: `send paymentech-request --url ${sim.paymentech.url} --header Auth-MID:... (NetConnect Auth-* headers)`,
    });
  if (sim.datawire)
    out.push({
      name: 'datawire',
      address: sim.datawire.discoveryUrl,
      send: `send datawire-request --url ${sim.datawire.serviceUrls[0] ?? sim.datawire.discoveryUrl}`,
    });
  if (sim.trustcommerce) {
    const t = sim.trustcommerce.endpoints.tclink;
    out.push({
      name: 'trustcommerce',
      address: `${t.host}:${t.port}`,
      send: `send trustcommerce-request --host ${t.host} --port ${t.port}`,
    });
    out.push({
      name: 'trustcommerce-https',
      address: sim.trustcommerce.endpoints.https.url,
      send: `send trustcommerce-request --url ${sim.trustcommerce.endpoints.https.url}`,
    });
  }
  return out;
}

export interface SimulateOptions {
  hosts?: string[];
  port?: string[];
  caOut?: string;
  printCa?: boolean;
  quiet?: boolean;
  json?: boolean;
}

/** Starts the simulators and runs until SIGINT/SIGTERM (or `stop` resolves). */
export async function simulate(
  o: SimulateOptions,
  write: (s: string) => void,
  stop: Promise<string> = signal(),
): Promise<void> {
  const hosts = (o.hosts ?? []).flatMap((h) => h.split(',')).filter((h) => h !== '');
  for (const h of hosts)
    if (!(SIM_HOSTS as readonly string[]).includes(h))
      throw bad(`--hosts ${h}: not one of ${SIM_HOSTS.join(', ')}`, 'hosts');
  const options: SimulatorOptions = {
    hostOptions: portOptions(o.port ?? []),
    ...(hosts.length > 0 ? { hosts: hosts as SimHost[] } : {}),
  };
  if (!o.quiet) {
    // Entries are masked by the simulator (card numbers first 6 / last 4; tracks, CVVs never).
    options.onExchange = (e) => {
      const line = o.json
        ? JSON.stringify({ exchange: e })
        : `${e.at} ${e.host.padEnd(13)} ${e.request}\n${' '.repeat(e.at.length)} ${''.padEnd(13)} -> ${e.response}${e.fault ? ` [fault ${e.fault}]` : ''}`;
      write(`${line}\n`);
    };
  }
  const sim = await startSimulators(options);
  try {
    const caPath = o.caOut ?? join(tmpdir(), `paywire-simulator-ca-${process.pid}.pem`);
    writeFileSync(caPath, sim.ca);
    const endpoints = endpointsOf(sim);
    if (o.json) {
      write(
        `${JSON.stringify({ ready: true, pid: process.pid, endpoints, ca: caPath, ...(o.printCa ? { caPem: sim.ca } : {}) })}\n`,
      );
    } else {
      write('paywire simulators running (Ctrl-C to stop)\n');
      const w = Math.max(...endpoints.map((e) => e.name.length));
      for (const e of endpoints) write(`  ${e.name.padEnd(w)}  ${e.address}\n`);
      write(
        `  ${'CA'.padEnd(w)}  ${caPath}  (pass --ca ${caPath}; certificate names localhost, 127.0.0.1)\n`,
      );
      write('try:\n');
      for (const e of endpoints) write(`  paywire ${e.send} --ca ${caPath} < request.json\n`);
      if (o.printCa) write(sim.ca.endsWith('\n') ? sim.ca : `${sim.ca}\n`);
    }
    const why = await stop;
    if (!o.json) write(`${why}: stopping\n`);
  } finally {
    await sim.close();
  }
}

function signal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (name: string) => () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(name);
    };
    const onInt = done('SIGINT');
    const onTerm = done('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

export interface SendOptions {
  host?: string;
  port?: string;
  url?: string;
  ca?: string;
  servername?: string;
  header?: string[];
  parity?: boolean;
  timeout?: string;
}

/** The request kind's answer kind. */
const ANSWERS: Record<string, string> = {
  'tsys-auth-request': 'tsys-auth-response',
  'tsys-settlement-request': 'tsys-settlement-response',
  'paymentech-request': 'paymentech-response',
  'datawire-request': 'datawire-response',
  'trustcommerce-request': 'trustcommerce-response',
};

export interface SendResult {
  kind: MessageKind<unknown>;
  bytes: Uint8Array;
  /** `host:port` or URL that answered. */
  peer: string;
  status?: number;
}

function headers(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of list) {
    const at = h.indexOf(':');
    if (at <= 0) throw bad(`--header ${h.slice(0, 20)}…: write Name:value`, 'header');
    out[h.slice(0, at).trim()] = h.slice(at + 1).trim();
  }
  return out;
}

/** Encodes `value` as `kindName`, sends it and returns the raw answer with its kind. */
export async function send(
  kindName: string,
  value: unknown,
  o: SendOptions,
  ca: string | undefined,
): Promise<SendResult> {
  const answerName = ANSWERS[kindName];
  const kind = findKind(kindName);
  if (!kind || !answerName) {
    throw new PaywireError(
      ErrorCode.UNKNOWN_KIND,
      `send takes a request kind: ${Object.keys(ANSWERS).join(', ')}` +
        (kindName === 'fdms-gift-request' ? ' (an SVdot payload travels inside a datawire-request)' : ''),
      { field: 'kind', expected: Object.keys(ANSWERS).join('|') },
    );
  }
  const answer = findKind(answerName)!;
  const bytes = kind.encode(value);
  const timeoutMs = o.timeout === undefined ? 30_000 : Number(o.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
    throw bad('--timeout: milliseconds, a positive integer', 'timeout');
  const tls = {
    ...(ca === undefined ? {} : { ca }),
    ...(o.servername === undefined ? {} : { servername: o.servername }),
  };
  const parity = o.parity !== false;

  if (o.url !== undefined) {
    if (o.host !== undefined || o.port !== undefined)
      throw bad('give --url or --host/--port, not both', 'url');
    const contentType: Record<string, string> = {
      'tsys-auth-request': 'x-Visa-II/x-auth',
      'tsys-settlement-request': 'x-Visa-II/x-settle',
      'paymentech-request': 'UTF197/HCS',
      'datawire-request': 'text/xml',
      'trustcommerce-request': 'application/x-www-form-urlencoded',
    };
    const tsys = kindName.startsWith('tsys-');
    const body = tsys && parity ? applyEvenParity(bytes) : bytes;
    const r = await post(o.url, body, {
      contentType: contentType[kindName]!,
      headers: headers(o.header ?? []),
      responseTimeoutMs: timeoutMs,
      connectTimeoutMs: Math.min(timeoutMs, 10_000),
      ...tls,
    });
    let out = r.body;
    if (tsys && parity) out = stripParity(out);
    return { kind: answer, bytes: out, peer: r.url, status: r.status };
  }

  if (o.host === undefined || o.port === undefined) throw bad('give --url, or --host and --port', 'host');
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad('--port must be 1-65535', 'port');
  const hosts = [{ host: o.host, port }];
  if (kindName === 'tsys-auth-request') {
    const r = await exchange({
      hosts,
      ...tls,
      greeting: enqReader(parity ? { parity: 'even' } : {}),
      request: parity ? applyEvenParity(bytes) : bytes,
      reader: etxLrcReader(parity ? { parity: 'even' } : {}),
      responseTimeoutMs: timeoutMs,
      connectTimeoutMs: Math.min(timeoutMs, 10_000),
    });
    return {
      kind: answer,
      bytes: parity ? stripParity(r.response) : r.response,
      peer: `${r.host}:${r.port}`,
    };
  }
  if (kindName === 'trustcommerce-request') {
    const r = await exchange({
      hosts,
      ...tls,
      request: bytes,
      reader: endLineReader(),
      responseTimeoutMs: timeoutMs,
      connectTimeoutMs: Math.min(timeoutMs, 10_000),
    });
    return { kind: answer, bytes: r.response, peer: `${r.host}:${r.port}` };
  }
  throw bad(`${kindName} travels over HTTPS: give --url`, 'url');
}

/** The answer as text: the annotated (masked) trace. */
export function answerText(r: SendResult): string {
  const head = `${r.kind.name} from ${r.peer}${r.status !== undefined ? ` (HTTP ${r.status})` : ''}\n`;
  if (r.bytes.length === 0) return `${head}(empty body)\n`;
  return `${head}${formatTrace(r.kind.trace(r.bytes).entries)}\n`;
}
