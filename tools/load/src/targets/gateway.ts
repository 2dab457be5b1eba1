/**
 * The gateway example (apps/gateway) in this process, in front of the four simulators in the child:
 * `POST /v1/merchants/tsys-store/payments` (a TSYS sale: 56 keyed, captured for the batch) with a
 * unique Idempotency-Key per call, over loopback HTTP. The gateway's heap is the one judged.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway, type GatewayConfig } from '@paywire/gateway';
import { DATAWIRE_TEST_MERCHANT } from '@paywire/simulator';
import type { SimEndpoints } from '../sim-handle.js';
import { amountOf, type LoadTarget, type TargetDefinition, type TargetOptions } from './target.js';
import { TSYS_MERCHANT } from './tsys.js';

const MERCHANT = 'load-store';
const API_KEY = 'load-test-api-key-0123456789';
const CARD = { number: '4111111111111111', expMonth: 12, expYear: 2049 };
/** Calls whose key is sent a second time after the run (the answer must be the stored one). */
const REPLAYS = 25;

/** A configuration like the gateway's `simulatorConfig`, built from the child's endpoints. */
export function gatewayConfig(
  endpoints: SimEndpoints,
  file: string,
  responseTimeoutMs: number,
): GatewayConfig {
  const tsys = endpoints.tsys;
  if (!tsys) throw new Error('the simulator has no TSYS host');
  const dw = endpoints.datawire;
  return {
    listen: { host: '127.0.0.1', port: 0 },
    storage: { kind: 'sqlite', file },
    cardDataKey: randomBytes(32).toString('base64'),
    idempotencyWaitMs: responseTimeoutMs,
    merchants: {
      [MERCHANT]: {
        processor: 'tsys',
        apiKeys: [API_KEY],
        tsys: {
          transport: {
            kind: 'socket',
            host: tsys.socket.host,
            port: tsys.socket.port,
            ca: endpoints.ca,
            servername: 'localhost',
          },
          merchant: { ...TSYS_MERCHANT },
          applicationType: 4,
          maxPending: 200,
          timeouts: { responseMs: responseTimeoutMs, settlementMs: responseTimeoutMs },
          onUnknownOutcome: 'reverse',
          settlement: {
            header: {
              agentBankNumber: '000000',
              agentChainNumber: '000000',
              deviceCode: 'Q',
              industryCode: 'R',
            },
            parameter: { terminalIdNumber: '00000001' },
          },
        },
        ...(dw === undefined
          ? {}
          : {
              gift: {
                discoveryUrl: dw.discoveryUrl,
                registrationUrl: dw.srsUrl,
                app: DATAWIRE_TEST_MERCHANT.app,
                did: DATAWIRE_TEST_MERCHANT.did,
                merchantId: DATAWIRE_TEST_MERCHANT.mid,
                terminalId: DATAWIRE_TEST_MERCHANT.tid,
                merchant: { terminalId: '0001' },
                ca: endpoints.ca,
              },
            }),
      },
    },
  };
}

export const gatewayTarget: TargetDefinition = {
  client: 'gateway',
  host: 'tsys',
  sim: () => ({
    hosts: ['tsys', 'paymentech', 'trustcommerce', 'datawire'],
    hostOptions: { tsys: { interleaveWindowMs: 0 } },
  }),
  create: createGatewayTarget,
};

interface Answer {
  id?: string;
  processor?: string;
  amount?: number;
  approved?: boolean;
  approvedAmount?: number;
  processorReference?: string | null;
}

async function createGatewayTarget(endpoints: SimEndpoints, options: TargetOptions): Promise<LoadTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'paywire-load-gateway-'));
  const gateway = await createGateway({
    config: gatewayConfig(endpoints, join(dir, 'gateway.db'), options.responseTimeoutMs),
  });
  const base = `${await gateway.listen()}/v1/merchants/${MERCHANT}/payments`;
  const headers = (index: number) => ({
    authorization: `Bearer ${API_KEY}`,
    'content-type': 'application/json',
    'idempotency-key': `load-${index}`,
  });
  const body = (index: number) => JSON.stringify({ amount: amountOf(index), capture: true, card: CARD });
  const post = (index: number) =>
    fetch(base, {
      method: 'POST',
      headers: headers(index),
      body: body(index),
      signal: AbortSignal.timeout(options.responseTimeoutMs + 5_000),
    });
  let highest = -1;
  return {
    client: 'gateway',
    host: 'tsys',
    description:
      'gateway example (fastify, SQLite) → TSYS socket type 4; POST /payments with Idempotency-Key',
    hostKeepsSeq: false, // the gateway numbers TSYS requests itself and does not show the number
    async call(index) {
      if (index > highest) highest = index;
      const res = await post(index);
      const a = (await res.json()) as Answer;
      if (res.status !== 201) throw new Error(`HTTP ${res.status}: ${JSON.stringify(a)}`);
      const amount = amountOf(index);
      return {
        hostId: Number(a.processorReference ?? Number.NaN),
        seq: -1,
        echoMatches:
          a.processor === 'tsys' &&
          a.amount === amount &&
          (a.approved ? a.approvedAmount === amount : a.approvedAmount === 0),
        status: a.approved ? 'approved' : 'declined',
      };
    },
    async audit(calls) {
      const problems: string[] = [];
      // Retries with a used key: the stored answer, `Idempotent-Replayed`, nothing sent (the host
      // records are read after this, so a resend would show as a duplicate there).
      const step = Math.max(1, Math.floor(calls / REPLAYS));
      for (let i = 0; i < calls && i <= highest; i += step) {
        const res = await post(i);
        const a = (await res.json()) as Answer;
        if (
          res.status !== 201 ||
          res.headers.get('idempotent-replayed') !== 'true' ||
          a.amount !== amountOf(i)
        )
          problems.push(
            `replay of call ${i}: HTTP ${res.status}, replayed ${res.headers.get('idempotent-replayed')}`,
          );
      }
      // The gateway's own records: one transaction per call, each amount once.
      const stored = await gateway.store.listTransactions(MERCHANT);
      if (stored.length !== calls)
        problems.push(`the gateway stored ${stored.length} transactions for ${calls} calls`);
      const amounts = new Set(stored.map((t) => t.amount));
      if (amounts.size !== stored.length) problems.push('the gateway stored an amount twice');
      return problems;
    },
    async close() {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
