// Property tests without the network: ClientRefs are valid and distinct, and masked packets and
// errors never hold the card number, whatever the card and amount.

import { balanceInquiry, redeemCard } from '@paywire/fdms-gift';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientRefs } from '../src/client-ref.js';
import { GiftClientError, maskedSvdotRequest } from '../src/index.js';

const merchant = { merchantNumber: '99000000001', terminalId: '0001' };
const at = { date: '06012025', time: '120000' };
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

describe('properties', () => {
  it('ClientRefs follow tttttttVnnnnnn, wrap after 9999999 and never repeat within a run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 300 }), (first, n) => {
        const refs = new ClientRefs(first, { major: 1, revision: 0 });
        const seen = new Set<string>();
        for (let i = 0; i < n; i++) {
          const { id, clientRef } = refs.next();
          expect(clientRef).toMatch(/^\d{7}V001000$/);
          expect(clientRef.slice(0, 7)).toBe(id);
          seen.add(clientRef);
        }
        expect(seen.size).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it('a masked request keeps the first 6 and last 4 digits only, and the SCV not at all', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{16,19}$/),
        fc.stringMatching(/^[0-9]{4,8}$/),
        fc.integer({ min: 1, max: 9_999_999 }),
        (pan, scv, amount) => {
          const req = redeemCard({ merchant, at, card: { cardNumber: pan, scv }, amount });
          const text = latin1(maskedSvdotRequest(req));
          expect(text).not.toContain(pan);
          expect(text).toContain(`\x1c70${pan.slice(0, 6)}`);
          expect(text).toContain(`\x1c32${'*'.repeat(scv.length)}`);
          expect(text).toContain(`\x1c04${amount}`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an error carrying a request shows no card data in JSON or its keys', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{16}$/), (pan) => {
        const request = balanceInquiry({ merchant, at, card: { cardNumber: pan } });
        const e = new GiftClientError(523, 'no response', {
          outcome: 'unknown',
          request,
          requestCode: '2400',
        });
        expect(JSON.stringify(e)).not.toContain(pan);
        expect(Object.values(e).some((v) => JSON.stringify(v ?? null).includes(pan))).toBe(false);
        expect(e.request).toBe(request);
      }),
      { numRuns: 100 },
    );
  });
});
