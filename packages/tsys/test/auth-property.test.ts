import { frame, isPaywireError, luhnCheckDigit, toEscaped } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type AuthorizationRequest,
  type AuthorizationResponse,
  authCodes,
  decodeAuthRequest,
  decodeAuthResponse,
  encodeAuthRequest,
  encodeAuthResponse,
  type GroupIIIRecord,
} from '../src/index.js';

const RUNS = { numRuns: 300 };

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const digitsUpTo = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const printable = fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)));
/** Text for a space-filled fixed field: trailing spaces are padding, so the value has none. */
const padded = (max: number) =>
  fc.string({ unit: printable, maxLength: max }).map((s) => s.replace(/ +$/, ''));
const text = (min: number, max: number) => fc.string({ unit: printable, minLength: min, maxLength: max });
const keyOf = (table: Readonly<Record<string, unknown>>) => fc.constantFrom(...Object.keys(table));

function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

const mmddyy = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), digits(2))
  .map(([m, d, y]) => `${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${y}`);
const hhmmss = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map((t) => t.map((n) => String(n).padStart(2, '0')).join(''));

const groupIIIRequest: fc.Arbitrary<GroupIIIRecord[]> = fc.array(
  fc.oneof(
    fc
      .constantFrom(' ', '1', '5', '7', 'A', 'R')
      .map((v) => ({ version: '014', fields: { motoEcommerceIndicator: v } })),
    fc
      .constantFrom('0', '1', '2')
      .map((v) => ({ version: '037', fields: { realTimeSubstantiationIndicator: v } })),
    fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 10, maxLength: 10 }).map((v) => ({
      version: '021',
      fields: { merchantVerificationValue: v },
    })),
    text(0, 30).map((raw) => ({ version: '300', raw })),
  ),
  { maxLength: 4 },
);

const groupIIIResponse: fc.Arbitrary<GroupIIIRecord[]> = fc.array(
  fc.oneof(
    fc.constant({ version: '020', fields: {} }),
    text(0, 30).map((raw) => ({ version: '301', raw })),
  ),
  { maxLength: 3 },
);

const card = fc.oneof(
  // keyed
  fc
    .record({
      accountDataSource: fc.constantFrom('@', 'P', 'T', 'X'),
      pan: digitsUpTo(12, 18).map((p) => p + luhnCheckDigit(p)),
      exp: fc.option(
        fc.tuple(fc.integer({ min: 1, max: 12 }), digits(2)).map(([m, y]) => String(m).padStart(2, '0') + y),
        { nil: undefined },
      ),
      item3: fc.option(digitsUpTo(1, 7), { nil: undefined }),
    })
    .map((c) =>
      compact({
        accountDataSource: c.accountDataSource,
        accountNumber: c.pan,
        expirationDate: c.exp,
        customerDataItem3: c.item3,
      }),
    ),
  // track 2 / track 1 / other readers
  fc.record({
    accountDataSource: fc.constantFrom('D', 'S', 'Q', 'R', 'W', 'Z', 'A', 'G'),
    track: fc.tuple(digitsUpTo(13, 19), digitsUpTo(4, 17)).map(([p, r]) => `${p}=${r}`),
  }),
  fc.record({
    accountDataSource: fc.constant('H'),
    track: fc
      .tuple(
        digitsUpTo(13, 16),
        fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJ /'), maxLength: 20 }),
        digitsUpTo(4, 30),
      )
      .map(([p, n, r]) => `B${p}^${n}^${r}`),
  }),
);

const cid = fc.oneof(
  fc.record({
    cardholderIdentificationCode: fc.constantFrom('@', 'Z', 'M', 'N', 'C', 'D', 'E', 'F', 'P'),
    cardholderIdentificationData: fc.option(text(1, 29), { nil: undefined }),
  }),
  fc.record({
    cardholderIdentificationCode: fc.constantFrom('A', 'B', 'J', 'K', 'S'),
    pinData: fc
      .constantFrom(23, 32, 42)
      .chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: n, maxLength: n })),
  }),
);

const groupII = fc.record({
  reversalAndCancelDataII: fc.option(
    fc.record({ systemTraceAuditNumber: digits(6), networkIdCode: printable }),
    { nil: undefined },
  ),
  sharingGroup: text(1, 30),
  merchantAbaNumber: fc.option(digits(9), { nil: undefined }),
  merchantSettlementAgentNumber: fc.option(text(4, 4), { nil: undefined }),
  agentBankNumber: digits(6),
  agentChainNumber: digits(6),
  batchNumber: digits(3),
  reimbursementAttribute: keyOf(authCodes.reimbursementAttributes),
  originalPurchaseData: fc.option(
    fc.constantFrom(4, 6, 8, 10, 12).chain((n) => digits(n)),
    { nil: undefined },
  ),
});

const request: fc.Arbitrary<AuthorizationRequest> = fc
  .record({
    recordFormat: fc.constantFrom('D', 'W', 'Y', 'T', 'X', 'Z'),
    applicationType: fc.constantFrom('0', '2', '4'),
    acquirerBin: digits(6),
    merchantNumber: digits(12),
    storeNumber: digits(4),
    terminalNumber: digits(4),
    deviceCode: keyOf(authCodes.deviceCodes),
    industryCode: keyOf(authCodes.industryCodes),
    currencyCode: digits(3),
    countryCode: digits(3),
    cityCode: padded(9),
    languageIndicator: keyOf(authCodes.languageIndicators),
    timeZoneDifferential: fc.constantFrom('705', '708', '107', '000', '612', '248'),
    merchantCategoryCode: digits(4),
    requestedAci: keyOf(authCodes.requestAciByteCodes),
    transactionSequenceNumber: digits(4),
    transactionCode: keyOf(authCodes.transactionCodes),
    card,
    cid,
    receivingInstitutionId: fc.option(digits(6), { nil: undefined }),
    transactionAmount: digitsUpTo(1, 12),
    secondaryAmount: fc.option(digitsUpTo(1, 12), { nil: undefined }),
    marketSpecificData: fc.option(
      fc
        .record({
          prestigiousIndicator: keyOf(authCodes.prestigiousPropertyIndicators),
          identifier: keyOf(authCodes.marketSpecificDataIdentifiers),
          duration: digits(2),
        })
        .map((m) => (authCodes.ZERO_DURATION_IDENTIFIERS.has(m.identifier) ? { ...m, duration: '00' } : m)),
      { nil: undefined },
    ),
    cardAcceptorData: fc.option(
      fc.record({ merchantName: padded(25), merchantCity: padded(13), merchantState: padded(2) }),
      { nil: undefined },
    ),
    originalTransactionId: fc.option(text(1, 15), { nil: undefined }),
    reversalAndCancelDataI: fc.option(
      fc.record({
        approvalCode: padded(6),
        localTransactionDate: mmddyy,
        localTransactionTime: hhmmss,
        retrievalReferenceNumber: padded(12),
      }),
      { nil: undefined },
    ),
    groupII,
    groupIII: groupIIIRequest,
  })
  .map(({ card: c, cid: id, groupII: g2, ...rest }) => {
    const r = compact({ ...rest, ...c, ...id }) as unknown as AuthorizationRequest;
    // encrypted formats carry the G3v052 block; token format Y only token-capable codes, no G3v053
    if (rest.recordFormat === 'W' || rest.recordFormat === 'X') {
      r.groupIII = [
        ...r.groupIII,
        { version: '052', fields: { encryptionType: 'V', encryptionTransmissionBlock: 'QUJD'.repeat(70) } },
      ];
    }
    if (rest.recordFormat === 'Y' && authCodes.transactionCodeInfo[r.transactionCode]?.token === false)
      r.transactionCode = '56';
    if (rest.recordFormat === 'T' || rest.recordFormat === 'X' || rest.recordFormat === 'Z') {
      r.groupII = compact({ ...g2 }) as unknown as NonNullable<AuthorizationRequest['groupII']>;
    }
    return r;
  });

const response: fc.Arbitrary<AuthorizationResponse> = fc
  .record({
    recordFormat: fc.constantFrom('E', 'U'),
    applicationType: fc.constantFrom('0', '2', '4'),
    returnedAci: keyOf(authCodes.returnedAciCodes),
    storeNumber: digits(4),
    terminalNumber: digits(4),
    authorizationSourceCode: keyOf(authCodes.authorizationSourceCodes),
    transactionSequenceNumber: digits(4),
    responseCode: keyOf(authCodes.responseCodes),
    approvalCode: padded(6),
    localTransactionDate: mmddyy,
    localTransactionTime: hhmmss,
    responseText: padded(16),
    avsResultCode: keyOf(authCodes.avsResultCodes),
    retrievalReferenceNumber: padded(12),
    marketSpecificDataIdentifier: keyOf(authCodes.marketSpecificDataIdentifiers),
    transactionIdentifier: fc.option(text(1, 15), { nil: undefined }),
    validationCode: fc.option(text(1, 4), { nil: undefined }),
    groupII: fc.record({
      acquirerBin: padded(6),
      hostMessageIdentifier: padded(8),
      systemTraceAuditNumber: fc.option(digits(6), { nil: undefined }),
      networkIdCode: printable,
      settlementDate: fc.option(digits(4), { nil: undefined }),
    }),
    groupIII: groupIIIResponse,
  })
  .map(({ groupII: g2, ...rest }) => {
    const r = compact({ ...rest }) as unknown as AuthorizationResponse;
    if (rest.recordFormat === 'U')
      r.groupII = compact({ ...g2 }) as unknown as NonNullable<AuthorizationResponse['groupII']>;
    return r;
  });

describe('property: round trips', () => {
  test('arbitrary valid requests encode, decode to the same value, and re-encode to the same bytes', () => {
    fc.assert(
      fc.property(request, (r) => {
        const bytes = encodeAuthRequest(r);
        const back = decodeAuthRequest(bytes);
        expect(back).toEqual(r);
        expect(toEscaped(encodeAuthRequest(back))).toBe(toEscaped(bytes));
      }),
      RUNS,
    );
  });

  test('arbitrary valid responses round-trip', () => {
    fc.assert(
      fc.property(response, (r) => {
        const bytes = encodeAuthResponse(r);
        const back = decodeAuthResponse(bytes);
        expect(back).toEqual(r);
        expect(toEscaped(encodeAuthResponse(back))).toBe(toEscaped(bytes));
      }),
      RUNS,
    );
  });
});

function onlyPaywireErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isPaywireError(e)) throw e;
    expect(e.family).toBe('tsys');
  }
}

describe('property: any bytes give a value or a tsys PaywireError', () => {
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        onlyPaywireErrors(() => decodeAuthRequest(b));
        onlyPaywireErrors(() => decodeAuthResponse(b));
        onlyPaywireErrors(() => decodeAuthRequest(b, { framed: false }));
        onlyPaywireErrors(() => decodeAuthResponse(b, { framed: false }));
      }),
      { numRuns: 500 },
    );
  });

  test('mutated valid packets with a correct LRC', () => {
    fc.assert(
      fc.property(
        request,
        response,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0x7f })), { minLength: 1, maxLength: 4 }),
        (rq, rs, edits) => {
          for (const [packet, decode, encode] of [
            [encodeAuthRequest(rq), decodeAuthRequest, encodeAuthRequest],
            [encodeAuthResponse(rs), decodeAuthResponse, encodeAuthResponse],
          ] as const) {
            const body = packet.slice(1, packet.length - 2);
            for (const [at, b] of edits) body[at % body.length] = b === 2 || b === 3 || b === 0x17 ? 0x1c : b;
            const bytes = frame(body);
            onlyPaywireErrors(() => {
              const v = decode(bytes);
              onlyPaywireErrors(() => (encode as (x: unknown) => Uint8Array)(v));
            });
          }
        },
      ),
      RUNS,
    );
  });
});
