/** TrustCommerce over the TCLink socket (TLS, one connection per request): sales. */

import { createTcLinkClient } from '@paywire/tclink';
import { testCards, testCredentials } from '@paywire/trustcommerce';
import { idNumber } from '../host-records.js';
import { amountOf, type TargetDefinition } from './target.js';

const VISA = testCards.find((c) => c.brand === 'visa' && c.outcome.status === 'approved') ?? testCards[0]!;

export const tclinkTarget: TargetDefinition = {
  client: 'tclink',
  host: 'trustcommerce',
  sim: () => ({ hosts: ['trustcommerce'] }),
  async create(endpoints, options) {
    const host = endpoints.trustcommerce;
    if (!host) throw new Error('the simulator has no TrustCommerce host');
    const client = createTcLinkClient({
      transport: 'socket',
      custid: testCredentials.custId,
      password: testCredentials.password,
      hosts: [{ host: host.tclink.host, port: host.tclink.port }],
      ca: endpoints.ca,
      servername: 'localhost',
      timeouts: { connectMs: 10_000, totalConnectMs: 20_000, responseMs: options.responseTimeoutMs },
    });
    return {
      client: 'tclink',
      host: 'trustcommerce',
      description: 'TrustCommerce TCLink socket, TLS, a connection per request',
      hostKeepsSeq: false,
      async call(index) {
        const r = await client.send({
          action: 'sale',
          demo: true,
          amount: amountOf(index),
          cc: VISA.cc,
          exp: VISA.exp,
        });
        return {
          hostId: idNumber(r.transId),
          seq: -1,
          echoMatches: r.origin === 'gateway',
          status: r.status,
        };
      },
      close: async () => {},
    };
  },
};
