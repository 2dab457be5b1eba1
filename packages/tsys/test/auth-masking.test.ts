import { formatTrace, frame, fromEscaped } from '@paywire/core';
import { describe, expect, test } from 'vitest';
import {
  authRequestKind,
  buildKeyedEcommerce,
  buildRetailSwipe,
  decodeAuthRequest,
  encodeAuthRequest,
  type MerchantProfile,
  redactAuthRequest,
  traceAuthRequest,
} from '../src/index.js';

const merchant: MerchantProfile = {
  acquirerBin: '999995',
  merchantNumber: '999999999911',
  storeNumber: '0011',
  terminalNumber: '9911',
  merchantCategoryCode: '5999',
  name: 'VisaNet Merchant',
  city: 'Sterling',
  state: 'VA',
  zip: '20165',
  developerId: '000136',
  applicationId: 'B248',
};
const now = new Date('2026-01-15T12:00:00Z');
const PAN = '4111111111111111';
const CVV = '9731';
const TRACK_TAIL = '0312101000000333010000000080';
const PIN = '8F3A9C2B7D1E4F60';

function secretsIn(text: string): string[] {
  return [PAN, CVV, TRACK_TAIL, PIN, '^SMITH/JOHN'].filter((s) => text.includes(s));
}

describe('card data never appears unmasked', () => {
  const keyed = buildKeyedEcommerce({
    merchant,
    sequenceNumber: 1,
    card: { pan: PAN, expMonth: 12, expYear: 2030 },
    cvv: CVV,
    amount: 100,
    now,
  });
  const swiped = buildRetailSwipe({
    merchant,
    sequenceNumber: 2,
    card: { track: `%B4444333322221111^SMITH/JOHN J ^${TRACK_TAIL}00000?` },
    amount: 100,
    now,
  });
  const debitBytes = frame(
    fromEscaped(
      `T4.99999588800000083559991515QR84084020165    007055999N216593KD${PAN}=99991010000<FS>${PIN}0000000000000001<FS><FS>1000<FS>0<FS><FS>CTC TESTING - RETAIL     Sterling     VA<FS><FS><FS>142282 <FS>V5<FS><FS>000000112233207Z<FS>000`,
    ),
  );

  test('the test data really is in the packets', () => {
    const k = new TextDecoder('latin1').decode(encodeAuthRequest(keyed));
    expect(secretsIn(k)).toEqual([PAN, CVV]);
    const d = new TextDecoder('latin1').decode(debitBytes);
    expect(secretsIn(d)).toEqual([PAN, PIN]);
  });

  for (const [name, bytes] of [
    ['keyed + CVV', () => encodeAuthRequest(keyed)],
    ['track 1', () => encodeAuthRequest(swiped)],
    ['debit PIN', () => debitBytes],
  ] as const) {
    test(`${name}: trace, formatted trace, redacted JSON`, () => {
      const b = bytes();
      const { entries } = traceAuthRequest(b);
      expect(secretsIn(JSON.stringify(entries))).toEqual([]);
      expect(secretsIn(formatTrace(entries))).toEqual([]);
      expect(secretsIn(JSON.stringify(redactAuthRequest(decodeAuthRequest(b))))).toEqual([]);
      expect(secretsIn(JSON.stringify(authRequestKind.redact(authRequestKind.decode(b))))).toEqual([]);
      // masked PAN keeps first 6 / last 4
      expect(JSON.stringify(entries)).toMatch(/411111\*{6}1111|444433\*{6}1111/);
    });
  }

  test('errors about card data do not echo it', () => {
    const bad = [
      () =>
        buildKeyedEcommerce({
          merchant,
          sequenceNumber: 1,
          card: { pan: '4111111111111112', expMonth: 1, expYear: 30 },
          amount: 1,
          now,
        }),
      () => encodeAuthRequest({ ...keyed, accountNumber: `${PAN}\u0001` }),
      () => encodeAuthRequest({ ...keyed, accountNumber: `${PAN}${PAN}` }),
      () => encodeAuthRequest({ ...swiped, track: `${swiped.track}${'9'.repeat(40)}` }),
      () =>
        encodeAuthRequest({
          ...keyed,
          groupIII: [
            {
              version: '007',
              fields: { presenceIndicator: '1', responseType: '1', verificationCode: `${CVV}X` },
            },
          ],
        }),
      () =>
        decodeAuthRequest(
          frame(
            fromEscaped(
              `D4.99999599999999991100119911QR84084020165    007055999Y001954@X${PAN}<FS>1399<FS><FS><FS><FS>9500<FS>`,
            ),
          ),
        ),
    ];
    for (const fn of bad) {
      let caught: unknown;
      try {
        fn();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeDefined();
      const shown = `${String(caught)} ${JSON.stringify(caught)} ${JSON.stringify((caught as { toJSON?: () => unknown }).toJSON?.())}`;
      expect(secretsIn(shown)).toEqual([]);
    }
  });
});
