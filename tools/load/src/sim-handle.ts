/**
 * The simulator a load run talks to, either in this process or in a child process
 * (`sim-worker.ts`). The child is the default for `pnpm load`: the simulator's own work (TLS
 * handshakes, decoding, its growing transaction state and exchange log) then runs on the other
 * core and in another heap, so throughput, latency and heapUsed describe the client alone.
 */

import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type HostOptionsMap, startSimulators } from '@paywire/simulator';
import { type HostName, type HostRecords, LogCounter, readHostRecords } from './host-records.js';

/** Serializable host options (no callbacks: they may have to cross to a child process). */
export interface SimSpec {
  hosts: HostName[];
  hostOptions?: {
    tsys?: Pick<HostOptionsMap['tsys'], 'interleaveWindowMs' | 'interleaveOrder'>;
    datawire?: Pick<HostOptionsMap['datawire'], 'cards' | 'maxBalance'>;
  };
}

/** Where the hosts listen (loopback) and the CA their certificates chain to. */
export interface SimEndpoints {
  ca: string;
  tsys?: { socket: { host: string; port: number }; gatewayUrl: string };
  paymentech?: {
    url: string;
    credentials: { merchantNumber: string; terminalNumber: string; userId: string; password: string };
  };
  trustcommerce?: { tclink: { host: string; port: number }; httpsUrl: string };
  datawire?: { discoveryUrl: string; srsUrl: string; serviceUrls: string[] };
}

export interface SimHandle {
  readonly where: 'child' | 'in-process';
  readonly endpoints: SimEndpoints;
  /** The host's transactions and exchange log counts, read now. */
  records(host: HostName): Promise<HostRecords>;
  close(): Promise<void>;
}

/** Starts the simulators and describes their endpoints (shared by both modes). */
export async function startHosts(spec: SimSpec): Promise<{
  endpoints: SimEndpoints;
  records(host: HostName): HostRecords;
  close(): Promise<void>;
}> {
  const log = new LogCounter();
  const sim = await startSimulators({
    hosts: spec.hosts,
    hostOptions: (spec.hostOptions ?? {}) as Partial<HostOptionsMap>,
    onExchange: (e) => log.add(e.host, e.request),
  });
  const endpoints: SimEndpoints = { ca: sim.ca };
  if (sim.tsys) endpoints.tsys = { socket: { ...sim.tsys.socket }, gatewayUrl: sim.tsys.gateway.url };
  if (sim.paymentech) {
    const c = sim.paymentech.credentials;
    endpoints.paymentech = {
      url: sim.paymentech.url,
      credentials: {
        merchantNumber: c.merchantNumber,
        terminalNumber: c.terminalNumber,
        userId: c.userId,
        password: c.password,
      },
    };
  }
  if (sim.trustcommerce) {
    const e = sim.trustcommerce.endpoints;
    endpoints.trustcommerce = { tclink: { host: e.tclink.host, port: e.tclink.port }, httpsUrl: e.https.url };
  }
  if (sim.datawire) {
    endpoints.datawire = {
      discoveryUrl: sim.datawire.discoveryUrl,
      srsUrl: sim.datawire.srsUrl,
      serviceUrls: [...sim.datawire.serviceUrls],
    };
  }
  return { endpoints, records: (host) => readHostRecords(sim, host, log), close: () => sim.close() };
}

export async function startInProcess(spec: SimSpec): Promise<SimHandle> {
  const h = await startHosts(spec);
  return {
    where: 'in-process',
    endpoints: h.endpoints,
    records: async (host) => h.records(host),
    close: h.close,
  };
}

/** Messages between the runner and `sim-worker.js`. */
export type ToWorker = { type: 'records'; id: number; host: HostName } | { type: 'close' };
export type FromWorker =
  | { type: 'ready'; endpoints: SimEndpoints }
  | { type: 'records'; id: number; records: HostRecords }
  | { type: 'error'; message: string };

/** The built worker: next to this module in dist/, or ../dist/ when this module runs from src/ (tests). */
export function workerPath(): string {
  const beside = fileURLToPath(new URL('./sim-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../dist/sim-worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`no built simulator worker at ${beside} or ${built}: run the package's build first`);
}

export async function startChild(spec: SimSpec, path = workerPath()): Promise<SimHandle> {
  const child = fork(path, [JSON.stringify(spec)], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const waiting = new Map<number, (r: HostRecords) => void>();
  let nextId = 1;
  let exited = false;
  const exitedP = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const endpoints = await new Promise<SimEndpoints>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('simulator child process did not start within 15 s')),
      15_000,
    );
    child.once('error', reject);
    void exitedP.then(() => reject(new Error('simulator child process exited before it was ready')));
    child.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.endpoints);
      } else if (m.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`simulator child process: ${m.message}`));
      } else if (m.type === 'records') {
        waiting.get(m.id)?.(m.records);
        waiting.delete(m.id);
      }
    });
  }).catch((e: unknown) => {
    child.kill();
    throw e;
  });
  return {
    where: 'child',
    endpoints,
    records(host) {
      if (exited) return Promise.reject(new Error('simulator child process has exited'));
      const id = nextId++;
      return new Promise<HostRecords>((resolve, reject) => {
        waiting.set(id, resolve);
        child.send({ type: 'records', id, host } satisfies ToWorker, (err) => {
          if (err) {
            waiting.delete(id);
            reject(err);
          }
        });
      });
    },
    async close() {
      if (exited) return;
      child.send({ type: 'close' } satisfies ToWorker);
      const timer = setTimeout(() => child.kill(), 5_000);
      await exitedP;
      clearTimeout(timer);
    },
  };
}
