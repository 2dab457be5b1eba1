import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Simulators, startSimulators } from '@paywire/simulator';
import type { StorageConfig } from '../src/config.js';
import { createGateway, type Gateway } from '../src/server.js';
import { SIMULATOR_API_KEYS, simulatorConfig } from '../src/simulator-config.js';
import type { GatewayStore } from '../src/store/types.js';

export const KEYED_VISA = { number: '4111111111111111', expMonth: 12, expYear: 2031 };

export interface Harness {
  sim: Simulators;
  dir: string;
  dbFile: string;
  cardDataKey: string;
  logs: string[];
  gateway: Gateway;
  url: string;
  start(storage?: StorageConfig, store?: GatewayStore): Promise<void>;
  stop(): Promise<void>;
  api(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    // biome-ignore lint/suspicious/noExplicitAny: answers are read as loose JSON in the tests
  ): Promise<{ status: number; body: any; headers: Headers; text: string }>;
  responses: string[];
}

export async function harness(): Promise<Harness> {
  const sim = await startSimulators();
  const dir = mkdtempSync(join(tmpdir(), 'paywire-gateway-'));
  const h: Harness = {
    sim,
    dir,
    dbFile: join(dir, 'gateway.db'),
    cardDataKey: randomBytes(32).toString('base64'),
    logs: [],
    responses: [],
    gateway: undefined as unknown as Gateway,
    url: '',
    async start(storage, store) {
      h.gateway = await createGateway({
        config: simulatorConfig(sim, {
          storage: storage ?? { kind: 'sqlite', file: h.dbFile },
          cardDataKey: h.cardDataKey,
        }),
        ...(store === undefined ? {} : { store }),
        log: { level: 'info', write: (line) => h.logs.push(line) },
      });
      h.url = await h.gateway.listen();
    },
    async stop() {
      await h.gateway.close();
    },
    async api(method, path, body, headers = {}) {
      const merchant = /\/merchants\/([^/]+)/.exec(path)?.[1] as keyof typeof SIMULATOR_API_KEYS | undefined;
      const auth: Record<string, string> =
        merchant !== undefined && SIMULATOR_API_KEYS[merchant] !== undefined
          ? { authorization: `Bearer ${SIMULATOR_API_KEYS[merchant]}` }
          : {};
      const res = await fetch(h.url + path, {
        method,
        headers: {
          ...auth,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      h.responses.push(text);
      return {
        status: res.status,
        body: text === '' ? undefined : JSON.parse(text),
        headers: res.headers,
        text,
      };
    },
  };
  return h;
}
