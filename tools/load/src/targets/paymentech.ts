/** Paymentech NetConnect (HTTPS, UTF197): sales. */

import { createPaymentechClient } from '@paywire/paymentech-client';
import { idNumber } from '../host-records.js';
import { amountOf, type TargetDefinition } from './target.js';

const CARD = { number: '4111111111111111', expMonth: 12, expYear: 2049 };

export const paymentechTarget: TargetDefinition = {
  client: 'paymentech',
  host: 'paymentech',
  sim: () => ({ hosts: ['paymentech'] }),
  async create(endpoints, options) {
    const host = endpoints.paymentech;
    if (!host) throw new Error('the simulator has no Paymentech host');
    const c = host.credentials;
    const client = createPaymentechClient({
      urls: [host.url],
      credentials: {
        merchant: c.merchantNumber,
        terminal: c.terminalNumber,
        user: c.userId,
        password: c.password,
      },
      ca: endpoints.ca,
      servername: 'localhost',
      timeouts: { connectMs: 10_000, responseMs: options.responseTimeoutMs },
    });
    return {
      client: 'paymentech',
      host: 'paymentech',
      description: 'Paymentech NetConnect, HTTPS POST per request',
      hostKeepsSeq: true,
      async call(index) {
        const r = await client.sale({ card: CARD, amount: amountOf(index) });
        return {
          hostId: idNumber(r.retrievalNumber),
          seq: r.sequenceNumber,
          echoMatches: true, // the client refuses an answer echoing another sequence number (762)
          status: r.status,
        };
      },
      close: async () => {},
    };
  },
};
