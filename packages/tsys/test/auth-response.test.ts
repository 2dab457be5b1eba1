import { fromEscaped, isPaywireError, toEscaped } from '@paywire/core';
import { describe, expect, test } from 'vitest';
import {
  type AuthorizationResponse,
  additionalAmountsToFields,
  approvedAmount,
  authCodes,
  decodeAuthResponse,
  decodeGatewayAnswer,
  eligibilityResult,
  encodeAuthResponse,
  isAuthApproval,
  isGatewayErrorBody,
  isPartialApproval,
  parseGatewayError,
  responseAmounts,
  TsysGatewayError,
} from '../src/index.js';

const base: AuthorizationResponse = {
  recordFormat: 'E',
  applicationType: '4',
  returnedAci: 'A',
  storeNumber: '5999',
  terminalNumber: '1515',
  authorizationSourceCode: '5',
  transactionSequenceNumber: '0001',
  responseCode: '10',
  approvalCode: 'TAS100',
  localTransactionDate: '011526',
  localTransactionTime: '120000',
  responseText: 'PARTIAL APPROVAL',
  avsResultCode: '0',
  retrievalReferenceNumber: '601512000001',
  marketSpecificDataIdentifier: 'M',
  transactionIdentifier: '123456789012345',
  validationCode: 'AB12',
  groupIII: [],
};

describe('partial approval (response code 10, amount in G3v022)', () => {
  const partial: AuthorizationResponse = {
    ...base,
    groupIII: [
      {
        version: '022',
        fields: additionalAmountsToFields([
          { accountType: '00', amountType: '10', currencyCode: '840', sign: 'C', amount: 4200 },
          { accountType: '00', amountType: '02', currencyCode: '840', sign: 'C', amount: 0 },
          { accountType: '00', amountType: '01', currencyCode: '840', sign: 'D', amount: 150 },
          { accountType: '00', amountType: '57', currencyCode: '840', sign: 'C', amount: 5000 },
        ]),
      },
    ],
  };

  test('encodes the spec layout and reads the authorized amount back', () => {
    const bytes = encodeAuthResponse(partial);
    const text = toEscaped(bytes);
    expect(text).toContain(
      'E4.A599915155000110TAS100011526120000PARTIAL APPROVAL0601512000001M123456789012345<FS>AB12<FS>02200<FS>10<FS>840<FS>C<FS>000000004200<FS>',
    );
    const decoded = decodeAuthResponse(bytes);
    expect(isPartialApproval(decoded.responseCode)).toBe(true);
    expect(isAuthApproval(decoded.responseCode)).toBe(true);
    expect(approvedAmount(decoded, 5000)).toBe(4200);
    const amounts = responseAmounts(decoded);
    expect(amounts.authorizedAmount).toBe(4200);
    expect(amounts.availableBalance).toBe(0);
    expect(amounts.ledgerBalance).toBe(-150);
    expect(amounts.all).toHaveLength(4);
  });

  test('a partial approval without its amount is an invalid response', () => {
    expect(() => approvedAmount(base, 5000)).toThrowError(
      expect.objectContaining({ code: 513, family: 'tsys' }),
    );
  });

  test('full approvals and declines', () => {
    expect(approvedAmount({ ...base, responseCode: '00' }, 5000)).toBe(5000);
    expect(approvedAmount({ ...base, responseCode: '51' }, 5000)).toBe(0);
    expect(isAuthApproval('05')).toBe(false);
  });
});

describe('response codes and enumerations', () => {
  test('every response code has its 16-character text and a meaning', () => {
    const info = authCodes.responseCodeInfo;
    expect(Object.keys(info)).toHaveLength(107);
    for (const [code, { text, meaning }] of Object.entries(info)) {
      expect(code).toMatch(/^[0-9A-Z]{2}$/);
      // the spec prints P7's text with 18 characters although the field holds 16
      if (code !== 'P7') expect(text.length).toBeLessThanOrEqual(16);
      expect(meaning.length).toBeGreaterThan(3);
    }
    expect(info['10']?.text).toBe('PARTIAL APPROVAL');
    expect(info['85']?.text).toBe('CARD OK');
  });

  test('the tables keep the spec spellings of contested values', () => {
    expect(authCodes.deviceCodes.O).toMatch(/unknown/);
    expect('0' in authCodes.deviceCodes).toBe(false);
    expect(authCodes.industryCodes['0']).toMatch(/unknown/);
    expect(authCodes.transactionCodeInfo['5M']?.repeat).toBe('6M');
    expect(authCodes.repeatCodeOf('CR')).toBe('CS');
    expect(authCodes.timeZoneOffsetMinutes('705')).toBe(-300);
    expect(authCodes.timeZoneDifferential(-300, true)).toBe('705');
    expect(authCodes.timeZoneDifferential(330)).toBe('222');
    expect(authCodes.checkTimeZoneDifferential('713')).toBeDefined();
    expect(authCodes.processedAsCredit('V')).toBe(true);
  });

  test('the time zone differential check accepts exactly the 3-digit forms of Table 6.85', () => {
    // written from the table: direction digit 0-7; 00-12 hours or 00-48 quarter hours (2-5)
    const valid = (t: string) =>
      /^[0-7]\d\d$/.test(t) && Number(t.slice(1)) <= ('2345'.includes(t[0]!) ? 48 : 12);
    const chars = ['0', '1', '2', '4', '5', '7', '8', '9', 'a', ' ', '-', '\u0660'];
    const texts = ['', '7', '70', '7050', '0000'];
    for (const a of chars) for (const b of chars) for (const c of chars) texts.push(a + b + c);
    for (let d = 0; d <= 9; d++)
      for (let n = 0; n <= 99; n++) texts.push(`${d}${String(n).padStart(2, '0')}`);
    for (const t of texts) expect(authCodes.checkTimeZoneDifferential(t) === undefined, t).toBe(valid(t));
  });
});

describe('HTTPS gateway error bodies', () => {
  test('NNN - text decodes to a typed error with the gateway code', () => {
    const body = fromEscaped('505 - Invalid response from host');
    expect(isGatewayErrorBody(body)).toBe(true);
    const e = parseGatewayError(body);
    expect(e).toBeInstanceOf(TsysGatewayError);
    expect(e).toMatchObject({
      code: 524,
      name: 'SERVER_ERROR_RESPONSE',
      family: 'tsys',
      gatewayCode: '505',
      gatewayText: 'Invalid response from host',
    });
    expect(e.meaning).toMatch(/application type must be 4/);
    expect(isPaywireError(e)).toBe(true);
  });

  test('every code 500-514 has a meaning', () => {
    for (let c = 500; c <= 514; c++) expect(parseGatewayError(`${c} - x`).meaning).toBeTypeOf('string');
  });

  test('decodeGatewayAnswer: packets decode, error bodies throw, PAN-like digits are masked', () => {
    const packet = encodeAuthResponse({ ...base, responseCode: '00' });
    expect(decodeGatewayAnswer(packet).responseCode).toBe('00');
    let caught: unknown;
    try {
      decodeGatewayAnswer(fromEscaped('502 - bad packet 4111111111111111'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TsysGatewayError);
    expect((caught as Error).message).not.toContain('4111111111111111');
    expect(isGatewayErrorBody(packet)).toBe(false);
    expect(() => parseGatewayError('hello')).toThrowError(expect.objectContaining({ code: 513 }));
  });
});

describe('decoder errors carry the byte offset and the field', () => {
  const good = encodeAuthResponse({ ...base, responseCode: '00' });

  test('non-numeric store number', () => {
    const bad = good.slice();
    bad[6] = 0x41; // 'A' inside the store number (bytes 5-8 of the record, after STX)
    let caught: { offset?: number; field?: string; code?: number } = {};
    try {
      decodeAuthResponse(bad, { framed: false } as never);
    } catch (e) {
      caught = e as never;
    }
    expect(caught.field).toBe('recordFormat');
    const record = good.slice(1, good.length - 2);
    record[5] = 0x41;
    try {
      decodeAuthResponse(record, { framed: false });
    } catch (e) {
      caught = e as never;
    }
    expect(caught).toMatchObject({ code: 502, field: 'storeNumber', offset: 5 });
  });

  test('a truncated record names what is missing', () => {
    const record = good.slice(1, 40);
    expect(() => decodeAuthResponse(record, { framed: false })).toThrowError(
      expect.objectContaining({ code: 512, offset: 37 }),
    );
  });
});

describe('eligibility inquiry answer', () => {
  test('services come back from G3v023', () => {
    const data = '0125' + '0109192387322' + '030221' + '04021A';
    const bytes = encodeAuthResponse({
      ...base,
      responseCode: '85',
      groupIII: [{ version: '023', fields: { memberDefinedData: data } }],
    });
    expect(toEscaped(bytes)).toContain(`<FS>AB12<FS>023${data}<FS><ETX>`);
    const result = eligibilityResult(decodeAuthResponse(bytes));
    expect(result.responseCode).toBe('85');
    expect(result.services).toEqual([{ providerId: '192387322', payerId: '21', reasonCode: '1A' }]);
  });
});
