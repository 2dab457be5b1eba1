/** FDMS Closed Loop Gift over Datawire (HTTPS XML): normal redemptions (2202) spread over many cards. */

import { createGiftClient } from '@paywire/fdms-gift-client';
import { DATAWIRE_TEST_MERCHANT } from '@paywire/simulator';
import { idNumber } from '../host-records.js';
import { amountOf, type TargetDefinition } from './target.js';

/** Cards the load run adds to the ledger: active, $1,000,000.00 each, so no redemption runs short. */
export const GIFT_CARD_COUNT = 64;
const GIFT_BALANCE = 100_000_000;

function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** The load cards' numbers: 16 digits, Luhn-valid, 77771 + a counter. */
export const giftCards: readonly string[] = Array.from({ length: GIFT_CARD_COUNT }, (_, i) =>
  luhnComplete(`77771${String(i).padStart(10, '0')}`),
);

export const giftTarget: TargetDefinition = {
  client: 'gift',
  host: 'datawire',
  sim: () => ({
    hosts: ['datawire'],
    hostOptions: {
      datawire: {
        cards: giftCards.map((cardNumber) => ({
          cardNumber,
          status: 'active' as const,
          balance: GIFT_BALANCE,
        })),
        maxBalance: GIFT_BALANCE * 2,
      },
    },
  }),
  async create(endpoints, options) {
    const host = endpoints.datawire;
    if (!host) throw new Error('the simulator has no Datawire host');
    const m = DATAWIRE_TEST_MERCHANT;
    const client = createGiftClient({
      discoveryUrl: host.discoveryUrl,
      registrationUrl: host.srsUrl,
      app: m.app,
      merchantId: m.mid,
      terminalId: m.tid,
      did: m.did,
      merchant: { terminalId: '0001' },
      ca: endpoints.ca,
      timeouts: { transactionMs: options.responseTimeoutMs },
    });
    return {
      client: 'gift',
      host: 'datawire',
      description: 'FDMS gift over Datawire, HTTPS XML (discovery, Ping every 100)',
      hostKeepsSeq: true,
      async call(index) {
        const amount = amountOf(index);
        const cardNumber = giftCards[index % giftCards.length]!;
        const r = await client.redeemCard({ card: { cardNumber }, amount });
        const moved = (r.previousBalance ?? Number.NaN) - (r.newBalance ?? Number.NaN);
        return {
          hostId: idNumber(r.systemTrace),
          seq: Number(r.transactionNumber ?? Number.NaN),
          echoMatches:
            (!r.approved || moved === amount) &&
            (r.terminalTransactionNumber === undefined ||
              r.terminalTransactionNumber === r.transactionNumber),
          status: r.approved ? 'approved' : `declined ${r.responseCode}`,
        };
      },
      close: async () => {},
    };
  },
};
