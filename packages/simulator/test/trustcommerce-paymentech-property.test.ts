/**
 * The simulator never emits an answer its codec cannot decode: random requests through both
 * engines, every answer encoded and decoded again with the codecs.
 */

import {
  buildAuthOnly,
  buildCapture,
  buildSale,
  buildVoid,
  decodeRequest as decodeTampaRequest,
  decodeResponse as decodeTampaResponse,
  encodeResponse as encodeTampaResponse,
} from '@paywire/paymentech';
import {
  decodeResponse,
  encodeResponse,
  type NvpPair,
  testCards,
  testCredentials,
} from '@paywire/trustcommerce';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAYMENTECH_TEST_CREDENTIALS, PaymentechEngine, TrustCommerceEngine } from '../src/index.js';
import { formatErrorFor, hostErrorResponse } from '../src/paymentech/engine.js';

const actions = [
  'preauth',
  'sale',
  'postauth',
  'credit',
  'chargeback',
  'store',
  'unstore',
  'walletsale',
  'void',
];
const names = [
  'amount',
  'cc',
  'exp',
  'cvv',
  'transid',
  'billingid',
  'avs',
  'zip',
  'address1',
  'demo',
  'media',
  'wallet',
];

describe('TrustCommerce engine answers always decode', () => {
  it('random parameter sets, both forms', () => {
    const engine = new TrustCommerceEngine();
    const value = fc.oneof(
      fc.constantFrom(...testCards.map((c) => c.cc), '0412', '500', 'y', 'n', '001-0000000001', 'ach', '123'),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^\d{1,16}$/),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...actions),
        fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 8 }),
        fc.boolean(),
        (action, rest, goodLogin) => {
          const pairs: NvpPair[] = [
            ['custid', testCredentials.custId],
            ['password', goodLogin ? testCredentials.password : 'x'],
            ['action', action],
            ...(rest as NvpPair[]),
          ];
          const { response } = engine.process(pairs);
          for (const form of ['tclink', 'https'] as const) {
            expect(decodeResponse(encodeResponse(response, form))).toEqual(response);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Paymentech engine answers always decode', () => {
  const merchant = {
    clientNumber: '0001',
    merchantNumber: PAYMENTECH_TEST_CREDENTIALS.merchantNumber,
    terminalNumber: PAYMENTECH_TEST_CREDENTIALS.terminalNumber,
  };

  it('random sales, auths, captures and voids', () => {
    const engine = new PaymentechEngine();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom('4444333322221111', '5454545454545454', '378282246310005', '6011000995500000'),
        fc.constantFrom('sale', 'auth', 'capture', 'void'),
        fc.option(fc.stringMatching(/^\d{3}$/), { nil: undefined }),
        fc.option(fc.stringMatching(/^\d{5}$/), { nil: undefined }),
        (amount, number, what, cvv, zip) => {
          const tx = {
            card: { number, expMonth: 12, expYear: 2049, ...(cvv ? { cvvData: cvv } : {}) },
            amount: Math.max(amount, 1),
            ...(zip ? { customerZip: zip } : {}),
          };
          const request =
            what === 'sale'
              ? buildSale(merchant, tx)
              : what === 'auth'
                ? buildAuthOnly(merchant, tx)
                : what === 'capture'
                  ? buildCapture(merchant, tx, 'T00001')
                  : buildVoid(merchant, { cardNumber: number, retrievalNumberToVoid: String(amount % 50) });
          const response = engine.process(request);
          const bytes = encodeTampaResponse(response);
          expect(decodeTampaResponse(bytes)).toMatchObject({ actionCode: response.actionCode });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('requests the codec cannot decode get a host error that decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        let code: string;
        try {
          decodeTampaRequest(bytes);
          return;
        } catch (e) {
          code = formatErrorFor(e);
        }
        const response = decodeTampaResponse(encodeTampaResponse(hostErrorResponse(code)));
        expect(response.actionCode).toBe('E');
        expect(response.approvalCode?.trim()).toBe(code);
      }),
      { numRuns: 300 },
    );
  });
});
