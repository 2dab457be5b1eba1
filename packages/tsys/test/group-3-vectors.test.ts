// Hand-built Group III records from the spec's tables and examples (EIS 1080 v17.6 §5.2), the seed's
// healthcare member data sample, unknown versions, errors with paths/offsets, and masking.

import { ByteWriter, fromEscaped, isPaywireError, type TraceEntry, toEscaped } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  additionalAmountsFromFields,
  additionalAmountsToFields,
  buildHealthcareMemberData,
  type Direction,
  decodeGroupIII,
  encodeGroupIII,
  type GroupIIIRecord,
  parseHealthcareMemberData,
  posDataCodeFromString,
  posDataCodeToString,
  redactGroupIII,
} from '../src/auth/group-3/index.js';

function enc(records: GroupIIIRecord[], direction: Direction): string {
  const w = new ByteWriter();
  encodeGroupIII(w, records, direction);
  return toEscaped(w.toBytes());
}

function dec(wire: string, direction: Direction, trace?: TraceEntry[]): GroupIIIRecord[] {
  const bytes = fromEscaped(wire);
  return decodeGroupIII(bytes, 0, bytes.length, direction, trace ?? null);
}

function thrown(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    expect(isPaywireError(e)).toBe(true);
    return JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
  }
  throw new Error('expected a throw');
}

const FS15 = '<FS>'.repeat(15);

/** [version, direction, wire (escaped, version included), fields] — written from the spec tables. */
const VECTORS: [string, Direction, string, Record<string, unknown>][] = [
  ['000', 'request', '000', {}],
  ['001', 'request', '001!010', { commercialCardRequestIndicator: '!010' }],
  ['001', 'response', '001S', { commercialCardResponseIndicator: 'S' }],
  ['001', 'response', '001', {}],
  ['007', 'request', '00711 999', { presenceIndicator: '1', responseType: '1', verificationCode: '999' }],
  ['007', 'request', '00790    ', { presenceIndicator: '9', responseType: '0', verificationCode: undefined }],
  ['007', 'response', '007M', { verificationCodeResultCode: 'M' }],
  ['008', 'request', '00812345678901234567<FS>', { identificationNumber: '12345678901234567' }],
  ['013', 'request', '013<FS><FS>123456', { voucherApprovalCode: '123456' }],
  ['013', 'response', '013000000012345', { availableBalance: '000000012345' }],
  ['014', 'request', '0147', { motoEcommerceIndicator: '7' }],
  ['014', 'request', '014 ', { motoEcommerceIndicator: ' ' }],
  ['017', 'request', `017${'C'.repeat(40)}`, { cavv: 'C'.repeat(40) }],
  ['017', 'request', `017${'X'.repeat(40)}${'C'.repeat(40)}`, { xid: 'X'.repeat(40), cavv: 'C'.repeat(40) }],
  ['017', 'response', '0172<FS>', { cavvResultsCode: '2' }],
  ['019', 'request', '0192jJOSw<FS>', { ucafCollectionIndicator: '2', ucafAuthenticationData: 'jJOSw' }],
  ['020', 'request', '020000136B248<FS><FS>', { developerId: '000136', applicationId: 'B248' }],
  [
    '020',
    'request',
    '020000572B020<FS>GW12345678<FS>',
    { developerId: '000572', applicationId: 'B020', gatewayId: 'GW12345678' },
  ],
  ['021', 'request', '0211EB2C1772D', { merchantVerificationValue: '1EB2C1772D' }],
  ['022', 'request', '022', {}],
  // §5.2.18 example "one additional amount in request": the slot, then the FS of three empty slots
  [
    '022',
    'request',
    `02200<FS>4S<FS>840<FS>C<FS>000000010000<FS>${FS15}`,
    {
      firstAdditionalAmountAccountType: '00',
      firstAdditionalAmountAmountType: '4S',
      firstAdditionalAmountCurrencyCode: '840',
      firstAdditionalAmountSign: 'C',
      firstAdditionalAmount: '000000010000',
    },
  ],
  ['024', 'response', '02401<FS>', { merchantAdviceCode: '01' }],
  ['025', 'request', '025D00000150<FS>', { transactionFeeAmount: 'D00000150' }],
  ['025', 'request', '025<FS>', {}],
  ['026', 'request', '026Y<FS>', { partialAuthorizationIndicator: 'Y' }],
  ['027', 'request', '027H11101C13336', { posDataCode: posDataCodeFromString('H11101C13336') }],
  // §5.2.25 examples (L5138-5166)
  ['029', 'request', `02954321${'<FS>'.repeat(16)}`, { cardholderBillingPostalCode: '54321' }],
  [
    '029',
    'request',
    '029543210<FS>123~FRONT~STREET<FS><FS><FS><FS>JOHN<FS>SMITH<FS>3213214321<FS>12345<FS>321~BACK~ROAD<FS><FS><FS>840<FS>LISA<FS>JONES<FS>1231231234<FS>',
    {
      cardholderBillingPostalCode: '543210',
      cardholderBillingAddress: '123~FRONT~STREET',
      cardholderBillingFirstName: 'JOHN',
      cardholderBillingLastName: 'SMITH',
      cardholderBillingPhoneNumber: '3213214321',
      shipToPostalCode: '12345',
      shipToAddress: '321~BACK~ROAD',
      shipToCountryCode: '840',
      shipToFirstName: 'LISA',
      shipToLastName: 'JONES',
      shipToPhoneNumber: '1231231234',
    },
  ],
  ['031', 'request', '031ABCDE', { digitalEntityIdentifier: 'ABCDE' }],
  ['034', 'response', '034J3<FS>', { cardProductCode: 'J3' }],
  ['034', 'response', '034<FS>', {}],
  ['037', 'request', '0371', { realTimeSubstantiationIndicator: '1' }],
  ['043', 'request', '0430001', { networkId: '0001' }],
  ['044', 'request', '04410<FS><FS>', { accountTypeFrom: '10' }],
  ['046', 'response', '046Private Label<FS>', { cardType: 'Private Label' }],
  ['048', 'response', '048YYNNYYNNY', { cardholderVerificationResults: 'YYNNYYNNY' }],
  ['049', 'request', '049<FS>', {}],
  ['049', 'response', `049${'0123456789ABCDEF01234567'}<FS>`, { genKey: '0123456789ABCDEF01234567' }],
  ['050', 'response', '0501231235959<FS>', { associationTimestamp: '1231235959' }],
  [
    '051',
    'response',
    '05101<FS>A<FS>B<FS>123<FS>01<FS>',
    {
      emsScoringResponseIndicator: '01',
      emsResultsCode: 'A',
      emsAdditionalInformation: 'B',
      emsRiskScore: '123',
      riskScoreReasonCode: '01',
    },
  ],
  [
    '051',
    'response',
    '05101<FS>A<FS>B<FS><FS><FS>',
    { emsScoringResponseIndicator: '01', emsResultsCode: 'A', emsAdditionalInformation: 'B' },
  ],
  ['053', 'response', '05300<FS>4111119876541111<FS>', { tokenStatus: '00', token: '4111119876541111' }],
  ['054', 'request', '0540102', { transitTransactionTypeIndicator: '01', transportationModeIndicator: '02' }],
  ['055', 'request', '055DF790101DF780102<FS>', { tlvData: 'DF790101DF780102' }],
  ['056', 'request', '0562501', { messageReasonCode: '2501' }],
  ['058', 'response', '0585555444433332222<FS>', { alternateAccountId1: '5555444433332222' }],
  [
    '059',
    'response',
    '059Y<FS>2512<FS>MCC<FS>',
    { mappedPanIndicator: 'Y', mappedCardExpirationDate: '2512', mappedProductCode: 'MCC' },
  ],
  ['060', 'request', '0601<FS>01<FS>', { payPassMobileDomainServer: '1', payPassMobileDeviceType: '01' }],
  ['061', 'response', '061Q<FS>', { spendQualifiedIndicator: 'Q' }],
  ['062', 'request', '062ABC12345678<FS>', { cardBrandTokenRequestorId: 'ABC12345678' }],
  [
    '062',
    'request',
    '06212345678901<FS><FS><FS><FS>',
    { cardBrandTokenRequestorId: '12345678901', usage: '1' },
  ],
  [
    '062',
    'response',
    '06201<FS>1234<FS>A<FS>',
    {
      cardBrandTokenAssuranceLevel: '01',
      cardBrandTokenPanLast4Digits: '1234',
      cardBrandTokenAccountRangeStatus: 'A',
    },
  ],
  ['062', 'response', '062<FS><FS><FS><FS><FS><FS>', { usage: '1' }],
  [
    '063',
    'request',
    '063<FS><FS><FS><FS><FS>22030<FS>FAIRFAX      <FS><FS><FS><FS>',
    { merchantPostalCode: '22030', merchantCity: 'FAIRFAX      ' },
  ],
  ['064', 'request', '064103', { mastercardWalletIdentifier: '103' }],
  ['065', 'request', '06512345678901', { isoIdentifier: '12345678901' }],
  [
    '066',
    'request',
    '066<FS>PAYF*SHOP<FS><FS>FAIRFAX<FS>VA<FS>840<FS>22030<FS>',
    {
      paymentFacilitatorNameSubMerchantName: 'PAYF*SHOP',
      subMerchantCity: 'FAIRFAX',
      subMerchantStateProvinceCode: 'VA',
      subMerchantCountryCode: '840',
      subMerchantPostalCode: '22030',
    },
  ],
  ['067', 'request', '067F', { authorizationIndicator: 'F' }],
  [
    '068',
    'request',
    '068Y<FS>01022019<FS>',
    { registeredUserIndicator: 'Y', registeredUserLastProfileDateChange: '01022019' },
  ],
  ['069', 'request', '06900000012', { laneId: '00000012' }],
  ['071', 'request', '071R', { posEnvironmentIndicator: 'R' }],
  ['072', 'response', '072212<FS>', { electronicCommerceSecurityLevelIndicator: '212' }],
  ['073', 'request', '073PP', { businessApplicationIdentifier: 'PP' }],
  ['074', 'response', '074A1<FS>', { transactionIntegrityClass: 'A1' }],
  ['075', 'request', '075Y<FS>', { canadaDomesticIndicator: 'Y' }],
  ['076', 'response', '0765999<FS>', { merchantCategoryCode: '5999' }],
  ['077', 'request', '077<FS>1<FS>', { acceptanceDeviceType: '1' }],
  [
    '078',
    'request',
    '0782<FS>f25084f0-5b16-4c0a-ae5d-b24808a95e4b<FS>',
    { programProtocol: '2', directoryServerTransactionId: 'f25084f0-5b16-4c0a-ae5d-b24808a95e4b' },
  ],
  ['200', 'request', '2001234<FS>A<FS>', { operatorClerkId: '1234', barCodeFormat: 'A' }],
  ['200', 'response', '200000000002500<FS><FS>', { availableBalance: '000000002500' }],
  [
    '045',
    'response',
    '045S1<FS>S2<FS><FS>ARPC<FS>',
    {
      issuerScript: 'S1',
      issuerScript2: 'S2',
      authorizationResponseCryptogram: 'ARPC',
      issuerScriptCount: '3',
    },
  ],
];

describe('hand-built Group III vectors', () => {
  it.each(VECTORS)('G3v%s %s %s', (version, direction, wire, fields) => {
    const expected = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const records = dec(wire, direction);
    expect(records).toEqual([{ version, fields: expected }]);
    expect(enc(records, direction)).toBe(wire);
    expect(enc([{ version, fields }], direction)).toBe(wire);
  });

  it('joins records with GS only between them', () => {
    expect(
      enc(
        [{ version: '000' }, { version: '014', fields: { motoEcommerceIndicator: '7' } }, { version: '034' }],
        'request',
      ),
    ).toBe('000<GS>0147<GS>034');
    expect(enc([], 'request')).toBe('');
    expect(dec('', 'response')).toEqual([]);
  });
});

describe('additional amounts (v022) helpers', () => {
  it('turns healthcare amounts into slots and back', () => {
    const fields = additionalAmountsToFields([
      { accountType: '00', amountType: '4S', currencyCode: '840', sign: 'C', amount: 10000 },
      { accountType: '00', amountType: '4U', currencyCode: '840', sign: 'C', amount: 5000 },
    ]);
    const wire = enc([{ version: '022', fields }], 'request');
    expect(wire).toBe(
      `02200<FS>4S<FS>840<FS>C<FS>000000010000<FS>00<FS>4U<FS>840<FS>C<FS>000000005000<FS>${'<FS>'.repeat(10)}`,
    );
    expect(additionalAmountsFromFields(dec(wire, 'request')[0]!.fields)).toEqual([
      { accountType: '00', amountType: '4S', currencyCode: '840', sign: 'C', amount: 10000 },
      { accountType: '00', amountType: '4U', currencyCode: '840', sign: 'C', amount: 5000 },
    ]);
  });

  it('refuses a fifth amount, a negative amount, and half-filled slots', () => {
    const a = { accountType: '00', amountType: '4S', currencyCode: '840', sign: 'C' as const, amount: 1 };
    expect(thrown(() => additionalAmountsToFields([a, a, a, a, a]))).toMatchObject({
      code: 503,
      family: 'tsys',
    });
    expect(thrown(() => additionalAmountsToFields([{ ...a, amount: -5 }]))).toMatchObject({ code: 503 });
    const half = { ...additionalAmountsToFields([a]), secondAdditionalAmountAmountType: '4U' };
    expect(thrown(() => enc([{ version: '022', fields: half }], 'request'))).toMatchObject({
      code: 511,
      field: 'groupIII.0.fields',
    });
  });

  it('decodes a response whose slots 2-4 are empty (tolerated form) and re-encodes it the same', () => {
    const wire = `02200<FS>10<FS>840<FS>C<FS>000000002500<FS>${FS15}`;
    const records = dec(wire, 'response');
    expect(additionalAmountsFromFields(records[0]!.fields)).toEqual([
      { accountType: '00', amountType: '10', currencyCode: '840', sign: 'C', amount: 2500 },
    ]);
    expect(enc(records, 'response')).toBe(wire);
  });
});

describe('healthcare member data (v023)', () => {
  // the TSYSHealthCare seed's HealthCareMemberData example (two providers, services 1A and V4)
  const SEED = '0119010919238732202021A021901091927822220202V4';

  it('parses and rebuilds the seed sample', () => {
    const services = parseHealthcareMemberData(SEED);
    expect(services).toEqual([
      { providerId: '192387322', serviceTypeCode: '1A' },
      { providerId: '192782222', serviceTypeCode: 'V4' },
    ]);
    expect(buildHealthcareMemberData(services)).toBe(SEED);
    expect(enc([{ version: '023', fields: { memberDefinedData: SEED } }], 'request')).toBe(`023${SEED}<FS>`);
  });

  it('rejects bad sub-elements with a paywire error', () => {
    expect(thrown(() => parseHealthcareMemberData('0119'))).toMatchObject({ code: 502, family: 'tsys' });
    expect(thrown(() => parseHealthcareMemberData('0604010212'))).toMatchObject({ code: 502 });
    expect(thrown(() => buildHealthcareMemberData(Array(6).fill({ providerId: '1' })))).toMatchObject({
      code: 502,
    });
    expect(
      thrown(() => enc([{ version: '023', fields: { memberDefinedData: 'x'.repeat(200) } }], 'request')),
    ).toMatchObject({
      code: 501,
      field: 'groupIII.0.fields.memberDefinedData',
    });
  });
});

describe('POS data code (v027)', () => {
  it('splits and joins the 12 subfields', () => {
    const code = posDataCodeFromString('H11101C13336');
    expect(code.cardDataInputMode).toBe('C');
    expect(code.pinCaptureCapability).toBe('6');
    expect(posDataCodeToString(code)).toBe('H11101C13336');
    expect(thrown(() => posDataCodeFromString('H1110'))).toMatchObject({ code: 501 });
  });
});

describe('unknown versions', () => {
  it('keeps an unknown response version raw and still decodes the others', () => {
    const records = dec('0010<GS>099AB<FS>CD<FS><GS>016<GS>061Q<FS>', 'response');
    expect(records).toEqual([
      { version: '001', fields: { commercialCardResponseIndicator: '0' } },
      { version: '099', raw: 'AB\u001cCD\u001c' },
      { version: '016', raw: '' },
      { version: '061', fields: { spendQualifiedIndicator: 'Q' } },
    ]);
    expect(enc(records, 'response')).toBe('0010<GS>099AB<FS>CD<FS><GS>016<GS>061Q<FS>');
  });

  it('encodes raw data for any version and refuses fields for an unknown one', () => {
    expect(enc([{ version: '012', raw: 'LARGE TICKET' }], 'request')).toBe('012LARGE TICKET');
    expect(thrown(() => enc([{ version: '099', fields: { x: '1' } }], 'request'))).toMatchObject({
      code: 704,
      field: 'groupIII.0.fields',
    });
    expect(thrown(() => enc([{ version: '099', raw: 'A\u001dB' }], 'request'))).toMatchObject({
      code: 502,
      field: 'groupIII.0.raw',
    });
  });

  it('masks PAN-like digits of raw data in traces and redaction', () => {
    const trace: TraceEntry[] = [];
    const records = dec('0994111111111111111<FS>', 'response', trace);
    expect(JSON.stringify(trace)).not.toContain('4111111111111111');
    expect(JSON.stringify(redactGroupIII(records, 'response'))).not.toContain('4111111111111111');
  });
});

describe('errors carry the record path and the byte offset', () => {
  it('bad data in a known version', () => {
    // 0010<GS>0 starts at 5; v007 response field starts at offset 8 and allows 0-1 characters
    expect(thrown(() => dec('0010<GS>007MM', 'response'))).toMatchObject({
      code: 501,
      family: 'tsys',
      field: 'groupIII.1.fields.verificationCodeResultCode',
      offset: 8,
    });
    expect(thrown(() => dec('0010<GS>0X7', 'response'))).toMatchObject({
      code: 502,
      field: 'groupIII.1.version',
      offset: 6,
    });
    expect(thrown(() => dec('0010<GS>', 'response'))).toMatchObject({
      code: 512,
      field: 'groupIII.1.version',
      offset: 5,
    });
    expect(thrown(() => dec('<GS>000', 'response'))).toMatchObject({
      field: 'groupIII.0.version',
      offset: 0,
    });
    expect(thrown(() => dec('034AB', 'response'))).toMatchObject({
      field: 'groupIII.0.fields.cardProductCode',
      code: 512,
    });
  });

  it('bad values when encoding, with the field path', () => {
    expect(
      thrown(() => enc([{ version: '014', fields: { motoEcommerceIndicator: '9' } }], 'request')),
    ).toMatchObject({
      code: 503,
      field: 'groupIII.0.fields.motoEcommerceIndicator',
    });
    expect(thrown(() => enc([{ version: '014', fields: { motoIndicator: '7' } }], 'request'))).toMatchObject({
      code: 705,
      field: 'groupIII.0.fields.motoIndicator',
    });
    expect(thrown(() => enc([{ version: '14' }], 'request'))).toMatchObject({
      code: 502,
      field: 'groupIII.0.version',
    });
    expect(thrown(() => enc([{ version: '043', fields: { networkId: '0000' } }], 'request'))).toMatchObject({
      code: 502,
    });
  });
});

describe('sensitive data never shows', () => {
  const CVV = '4821';
  it('CVV: masked in traces, errors and redaction', () => {
    const wire = `00711${CVV}`;
    const trace: TraceEntry[] = [];
    const records = dec(wire, 'request', trace);
    expect(records[0]!.fields!.verificationCode).toBe(CVV);
    expect(JSON.stringify(trace)).not.toContain(CVV);
    expect(JSON.stringify(redactGroupIII(records, 'request'))).not.toContain(CVV);
    const e = thrown(() =>
      enc(
        [
          {
            version: '007',
            fields: { presenceIndicator: '1', responseType: '1', verificationCode: `${CVV}9` },
          },
        ],
        'request',
      ),
    );
    expect(JSON.stringify(e)).not.toContain(CVV);
    const e2 = thrown(() =>
      enc(
        [{ version: '007', fields: { presenceIndicator: '1', responseType: '1', verificationCode: '48a' } }],
        'request',
      ),
    );
    expect(JSON.stringify(e2)).not.toContain('48a');
  });

  it('GenKey, token and PIN block: masked in traces and redaction', () => {
    const genKey = '0123456789ABCDEF01234567';
    const token = '4111119876541111';
    const trace: TraceEntry[] = [];
    const records = dec(`049${genKey}<FS><GS>05300<FS>${token}<FS>`, 'response', trace);
    const text = JSON.stringify(trace) + JSON.stringify(redactGroupIII(records, 'response'));
    expect(text).not.toContain(genKey);
    expect(text).not.toContain(token);
    expect(text).toContain('411111******1111');
  });
});
