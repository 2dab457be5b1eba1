/** fast-check generators of wire-level request and response values. */
import fc from 'fast-check';
import { ECI_VALUES, type TampaRequest, type TampaResponse } from '../src/index.js';

const digits = (min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const printable = (min: number, max: number) =>
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    minLength: min,
    maxLength: max,
  });
/** Printable without leading/trailing spaces (space-filled fixed fields drop trailing spaces). */
const trimmed = (min: number, max: number) =>
  printable(min, max).filter((s) => s.length >= min && s.trimEnd() === s && (min === 0 || s.trim() !== ''));
const upper = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./,$@_-'),
    minLength: min,
    maxLength: max,
  });

const preamble = fc.record({
  systemIndicator: fc.constant('L.' as const),
  routingIndicator: fc.constantFrom('A02000', 'B12345'),
  clientNumber: digits(4),
  merchantNumber: digits(12),
  terminalNumber: digits(3),
  transactionMode: fc.constant('1' as const),
  sequenceNumber: fc.integer({ min: 0, max: 2400 }),
  transactionClass: fc.constant('F' as const),
});

const amount = fc.oneof(
  fc.record({
    amount: fc.integer({ min: 0, max: 9_999_999 }),
    amountFormat: fc.constant('explicit' as const),
  }),
  fc.record({
    amount: fc.integer({ min: 0, max: 9_999_999 }),
    amountFormat: fc.constant('implied' as const),
  }),
);

const card = fc.record({
  pinCapability: fc.constant('2'),
  entryDataSource: fc.constant('02'),
  accountNumber: digits(1, 19),
  expirationDate: fc
    .tuple(fc.integer({ min: 1, max: 12 }), digits(2))
    .map(([m, y]) => String(m).padStart(2, '0') + y),
});

const industryData = fc.record(
  {
    industryCode: fc.constant('013'),
    orderNumber: upper(1, 16),
    eci: fc.constantFrom(...Object.keys(ECI_VALUES)),
    goodsType: fc.constantFrom('PH', 'DG'),
  },
  { requiredKeys: ['industryCode'] },
);

const token = fc.oneof(
  fc.constant({ id: 'CV', cv: { presence: '9' } }),
  digits(3, 4).map((value) => ({ id: 'CV', cv: { presence: '1', value } })),
  trimmed(1, 30).map((customerDefinedData) => ({ id: 'CD', cd: { customerDefinedData } })),
  fc
    .string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 40, maxLength: 40 })
    .map((cavv) => ({ id: 'VA', va: { cavv } })),
  fc
    .tuple(fc.constantFrom('0', '1', '2', '3', '5', '6', '7'), fc.option(upper(1, 32), { nil: undefined }))
    .map(([ucafIndicator, aav]) => ({
      id: 'SC',
      sc: aav === undefined ? { ucafIndicator } : { ucafIndicator, aav },
    })),
  digits(1, 12).map((posRetrievalNumber) => ({ id: 'RN', rn: { posRetrievalNumber } })),
  printable(2, 2).map((authorizationType) => ({ id: 'P8', p8: { authorizationType } })),
  fc.tuple(printable(4, 4), printable(4, 4), trimmed(1, 20)).map(([vendorId, softwareId, softwareData]) => ({
    id: 'P1',
    p1: { vendorId, softwareId, softwareData },
  })),
  printable(1, 64).map((data) => ({ id: 'P2', p2: { data } })),
  fc
    .constantFrom('01', '02', '03', '06')
    .map((originalTransactionCode) => ({ id: 'TC', tc: { originalTransactionCode } })),
  fc.constant({ id: 'TA', ta: { allowed: 'Y' } }),
  fc.tuple(fc.constantFrom('ZZ', 'L2', 'M1', 'Q9'), printable(1, 40)).map(([id, raw]) => ({ id, raw })),
);
const tokens = fc.array(token, { maxLength: 8 });

const avs = { streetAddress: printable(1, 40), zipCode: upper(1, 9) };

export const financialRequest = fc
  .tuple(
    preamble,
    card,
    amount,
    fc.record(
      { transactionCode: fc.constantFrom('01', '02', '06'), industryData, tokens, ...avs },
      { requiredKeys: ['transactionCode', 'industryData', 'tokens'] },
    ),
  )
  .map(([p, c, a, b]) => ({ ...p, ...c, ...a, filler: '00000000', ...b }));

export const captureRequest = fc
  .tuple(preamble, card, amount, industryData, upper(1, 6), tokens)
  .map(([p, c, a, industryData, approvalCode, tokens]) => ({
    ...p,
    ...c,
    ...a,
    transactionCode: '03',
    filler: '00000000',
    industryData,
    approvalCode,
    tokens,
  }));

export const partialReversalRequest = fc
  .tuple(preamble, card, amount, industryData, upper(1, 6))
  .map(([p, c, a, industryData, approvalCode]) => ({
    ...p,
    ...c,
    ...a,
    transactionCode: '09',
    filler: '00000000',
    industryData,
    approvalCode,
  }));

export const voidRequest = fc
  .tuple(preamble, digits(1, 12), digits(1, 12), digits(1, 19), tokens)
  .map(([p, retrievalNumberToVoid, lastRetrievalNumber, accountNumber, tokens]) => ({
    ...p,
    transactionCode: '41',
    retrievalNumberToVoid,
    lastRetrievalNumber,
    accountNumber,
    tokens,
  }));

export const reversalAdviceRequest = fc
  .tuple(preamble, card, amount, tokens)
  .map(([p, c, a, tokens]) => ({ ...p, ...c, ...a, transactionCode: '46', tokens }));

export const anyRequest = fc
  .tuple(
    fc.oneof(financialRequest, captureRequest, partialReversalRequest, voidRequest, reversalAdviceRequest),
    fc.boolean(),
  )
  .map(([r, lrc]) => (lrc ? { ...r, trailingLrc: true } : r) as unknown as TampaRequest);

const responseToken = fc
  .tuple(fc.constantFrom('CV', 'ZZ', 'AB', '12'), fc.option(upper(1, 20), { nil: undefined }))
  .map(([id, data]) => (data === undefined ? { id } : { id, data }));

export const anyResponse = fc
  .record(
    {
      actionCode: fc.constantFrom('A', 'E', 'D'),
      avsResult: fc.constantFrom('0', 'Y', 'N', 'Z'),
      approvalCode: upper(1, 6),
      batchNumber: digits(6),
      retrievalNumber: digits(8),
      sequenceNumber: digits(6),
      responseText: trimmed(1, 32),
      cardType: fc.constantFrom('VI', 'MC', 'AE', 'DS'),
      interchange: upper(1, 10),
      authNetworkSource: upper(1, 10),
      optionalData: upper(1, 10),
      tokens: fc.array(responseToken, { maxLength: 5 }),
      finalSeparator: fc.constant(false),
      trailingLrc: fc.constant(true),
    },
    { requiredKeys: ['actionCode', 'tokens'] },
  )
  .map((r) => {
    const out = { ...r } as Record<string, unknown>;
    const t = r.tokens;
    // finalSeparator=false only means something when the last token has data (an empty last token needs its FS).
    if (out.finalSeparator === false && (t.length === 0 || t.at(-1)!.data === undefined))
      delete out.finalSeparator;
    return out as unknown as TampaResponse;
  });
