/** TSYS over the TLS socket (application type 0, 2 or 4): keyed e-commerce authorizations (56). */

import { createTsysClient } from '@paywire/tsys-client';
import type { SimEndpoints } from '../sim-handle.js';
import { amountOf, type LoadTarget, type TargetDefinition, type TargetOptions } from './target.js';

/** The simulator's test merchant (any BIN but 000000 is accepted). */
export const TSYS_MERCHANT = {
  acquirerBin: '999995',
  merchantNumber: '123456789012',
  storeNumber: '5999',
  terminalNumber: '1515',
  merchantCategoryCode: '5999',
  name: 'load test merchant',
  city: 'Beverly Hills',
  state: 'CA',
  zip: '90210',
  developerId: '000136',
  applicationId: 'B248',
} as const;

/** A Visa test number the simulator approves (declines come only from the amount's cents). */
const CARD = { pan: '4111111111111111', expMonth: 12, expYear: 2049 };

export function tsysTarget(applicationType: 0 | 2 | 4 = 4, interleaveWindowMs = 0): TargetDefinition {
  return {
    client: 'tsys',
    host: 'tsys',
    sim: () => ({ hosts: ['tsys'], hostOptions: { tsys: { interleaveWindowMs } } }),
    create: (endpoints, options) => createTsys(endpoints, options, applicationType),
  };
}

async function createTsys(
  endpoints: SimEndpoints,
  options: TargetOptions,
  applicationType: 0 | 2 | 4,
): Promise<LoadTarget> {
  const host = endpoints.tsys;
  if (!host) throw new Error('the simulator has no TSYS host');
  const client = createTsysClient({
    transport: {
      kind: 'socket',
      host: host.socket.host,
      port: host.socket.port,
      ca: endpoints.ca,
      servername: 'localhost',
    },
    merchant: TSYS_MERCHANT,
    applicationType,
    timeouts: { responseMs: options.responseTimeoutMs },
    maxPending: Math.max(100, options.concurrency),
  });
  const mode =
    applicationType === 0
      ? 'a connection per request'
      : applicationType === 2
        ? 'one connection, one at a time'
        : 'one interleaved connection';
  return {
    client: 'tsys',
    host: 'tsys',
    description: `TSYS socket, TLS, application type ${applicationType} (${mode})`,
    hostKeepsSeq: true,
    async call(index) {
      const r = await client.authorize({ kind: 'keyed', card: CARD, amount: amountOf(index) });
      const sent = r.request.transactionSequenceNumber;
      return {
        hostId: Number(r.transactionIdentifier ?? Number.NaN),
        seq: Number(sent),
        echoMatches:
          r.response.transactionSequenceNumber === sent &&
          r.sequenceNumber === Number(sent) &&
          r.requestedAmount === amountOf(index),
        status: r.status,
      };
    },
    close: () => client.close(),
  };
}
