/**
 * The PostgreSQL store against a real server (Debian's postgresql, started by the test): two
 * gateway instances share one database, as behind a load balancer.
 */

import { randomBytes } from 'node:crypto';
import { DATAWIRE_TEST_CARDS, type Simulators, startSimulators } from '@paywire/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../src/server.js';
import { SIMULATOR_API_KEYS, simulatorConfig } from '../src/simulator-config.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { KEYED_VISA } from './helpers.js';
import { type PgServer, startPostgres } from './postgres-server.js';

let pg: PgServer;
let sim: Simulators;
const gateways: Gateway[] = [];
const urls: string[] = [];
const cardDataKey = randomBytes(32).toString('hex');

async function call(
  i: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const merchant = /\/merchants\/([^/]+)/.exec(path)?.[1] as keyof typeof SIMULATOR_API_KEYS;
  const res = await fetch(urls[i] + path, {
    method,
    headers: {
      authorization: `Bearer ${SIMULATOR_API_KEYS[merchant]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers are read as loose JSON in the tests
  return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
}

beforeAll(async () => {
  pg = await startPostgres();
  sim = await startSimulators();
  for (let i = 0; i < 2; i++) {
    const g = await createGateway({
      config: simulatorConfig(sim, {
        storage: { kind: 'postgres', connectionString: pg.connectionString },
        cardDataKey,
      }),
    });
    gateways.push(g);
    urls.push(await g.listen());
  }
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(gateways.map((g) => g.close()));
  await sim?.close();
  await pg?.stop();
});

describe('PostgreSQL store, two gateway instances', () => {
  it('authorizes on one instance, captures and settles on the other', async () => {
    expect(gateways[0]!.store.kind).toBe('postgres');
    const auth = await call(0, 'POST', '/v1/merchants/tsys-store/payments', {
      amount: 2750,
      card: KEYED_VISA,
    });
    expect(auth.body).toMatchObject({ status: 'authorized', approved: true });
    const cap = await call(1, 'POST', `/v1/merchants/tsys-store/payments/${auth.body.id}/capture`, {});
    expect(cap.body).toMatchObject({ status: 'captured', capturedAmount: 2750 });
    const close = await call(1, 'POST', '/v1/merchants/tsys-store/settlement/close', {});
    expect(close.body.status).toBe('accepted');
    expect(sim.tsys!.batches.at(-1)?.batchNetDeposit).toBe(2750);
    const read = await call(0, 'GET', `/v1/merchants/tsys-store/payments/${auth.body.id}`);
    expect(read.body.status).toBe('settled');
  });

  it('lets an idempotency key charge once across instances', async () => {
    sim.faults.add('paymentech', { mode: 'delay', delayMs: 300 });
    const body = { amount: 4100, capture: true, card: KEYED_VISA };
    const key = { 'idempotency-key': 'pg-order-4100' };
    const [a, b] = await Promise.all([
      call(0, 'POST', '/v1/merchants/paymentech-shop/payments', body, key),
      call(1, 'POST', '/v1/merchants/paymentech-shop/payments', body, key),
    ]);
    expect(a.status).toBe(201);
    expect(b.body).toEqual(a.body);
    expect(sim.paymentech!.state.transactions().filter((t) => t.amount === 4100)).toHaveLength(1);
    const other = await call(
      1,
      'POST',
      '/v1/merchants/paymentech-shop/payments',
      { ...body, amount: 4200 },
      key,
    );
    expect(other.status).toBe(422);
  });

  it('keeps gift records and counters in the shared database', async () => {
    const card = { number: DATAWIRE_TEST_CARDS.active.cardNumber };
    const redeem = await call(0, 'POST', '/v1/merchants/tsys-store/gift/redeem', { card, amount: 1000 });
    expect(redeem.body).toMatchObject({ status: 'approved', approvedAmount: 1000 });
    const voided = await call(1, 'POST', `/v1/merchants/tsys-store/gift/${redeem.body.id}/void`, { card });
    expect(voided.body.status).toBe('voided');

    const store = await openPostgresStore({ connectionString: pg.connectionString });
    try {
      const seen = new Set<number>();
      await Promise.all(
        Array.from({ length: 20 }, async () => seen.add(await store.nextCounter('test-counter', 9999))),
      );
      expect(seen.size).toBe(20); // no number handed out twice
      expect(await store.nextCounter('wrap', 2)).toBe(1);
      expect(await store.nextCounter('wrap', 2)).toBe(2);
      expect(await store.nextCounter('wrap', 2)).toBe(1);
    } finally {
      await store.close();
    }
  });
});
