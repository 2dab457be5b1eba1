/** PTechECommerce surface: seed field limits give field-named errors before anything is encoded. */
import { describe, expect, it } from 'vitest';
import {
  buildAuthOnly,
  buildCapture,
  buildSale,
  buildVoid,
  encodeRequest,
  type FinancialRequest,
  type MerchantSetup,
  nextSequenceNumber,
  type TransactionInput,
} from '../src/index.js';
import { MERCHANT, PAN, str, tx } from './helpers.js';

function fails(fn: () => unknown, code: number, field: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected error ${code} on ${field}`).toMatchObject({ code, field, family: 'paymentech' });
}

const sale =
  (extra: Partial<TransactionInput>, merchant: MerchantSetup = MERCHANT) =>
  () =>
    buildSale(merchant, tx(extra));

describe('merchant limits', () => {
  it('merchant number must be 12 digits, terminal 3, client up to 4', () => {
    fails(sale({}, { ...MERCHANT, merchantNumber: '12345' }), 501, 'merchantNumber');
    fails(sale({}, { ...MERCHANT, merchantNumber: '00000000000A' }), 502, 'merchantNumber');
    fails(sale({}, { ...MERCHANT, terminalNumber: '1' }), 501, 'terminalNumber');
    fails(sale({}, { ...MERCHANT, clientNumber: '12345' }), 501, 'clientNumber');
    fails(sale({}, { ...MERCHANT, routingIndicator: 'A0' }), 501, 'routingIndicator');
  });
});

describe('card limits', () => {
  it('PAN: digits, 12-19, Luhn', () => {
    fails(sale({ card: { number: '4111x11111111111', expMonth: 1, expYear: 2049 } }), 502, 'card.number');
    fails(sale({ card: { number: '41111111111', expMonth: 1, expYear: 2049 } }), 501, 'card.number');
    fails(sale({ card: { number: '41111111111111111111', expMonth: 1, expYear: 2049 } }), 501, 'card.number');
    fails(sale({ card: { number: '4111111111111112', expMonth: 1, expYear: 2049 } }), 504, 'card.number');
  });
  it('normalises spaces and dashes like the seed', () => {
    const r = buildSale(MERCHANT, tx({ card: { number: '4444-33332222 1111', expMonth: 1, expYear: 49 } }));
    expect(r.accountNumber).toBe('4444333322221111');
    expect(r.expirationDate).toBe('0149');
  });
  it('expiry: month 1-12, year 0-99 or 2000-2099, not expired', () => {
    fails(sale({ card: { number: PAN, expMonth: 13, expYear: 2049 } }), 505, 'card.expMonth');
    fails(sale({ card: { number: PAN, expMonth: 1, expYear: 2100 } }), 505, 'card.expYear');
    fails(sale({ card: { number: PAN, expMonth: 1, expYear: 150 } }), 505, 'card.expYear');
    fails(sale({ card: { number: PAN, expMonth: 12, expYear: 2025 } }), 506, 'card.expYear');
  });
  it('CVV: 3 or 4 digits, consistent with its presence', () => {
    fails(sale({ card: { number: PAN, expMonth: 1, expYear: 2049, cvvData: '12' } }), 502, 'card.cvvData');
    fails(
      sale({ card: { number: PAN, expMonth: 1, expYear: 2049, cvvPresence: 'provided' } }),
      593,
      'card.cvvData',
    );
    fails(
      sale({ card: { number: PAN, expMonth: 1, expYear: 2049, cvvData: '123', cvvPresence: 'notOnCard' } }),
      705,
      'card.cvvPresence',
    );
    fails(
      sale({ card: { number: PAN, expMonth: 1, expYear: 2049, cvvPresence: 'illegible' } }),
      704,
      'card.cvvPresence',
    );
    const r = buildSale(MERCHANT, tx({ card: { number: PAN, expMonth: 1, expYear: 2049 } }));
    expect(r.tokens[0]).toEqual({ id: 'CV', cv: { presence: '9' } });
  });
  it('entry data source: IVR/kiosk refused, other non-manual sources not public', () => {
    fails(
      sale({ card: { number: PAN, expMonth: 1, expYear: 2049, entryDataSource: 'kiosk' } }),
      503,
      'card.entryDataSource',
    );
    fails(
      sale({ card: { number: PAN, expMonth: 1, expYear: 2049, entryDataSource: 'track2Contactless' } }),
      704,
      'card.entryDataSource',
    );
    fails(
      sale({
        card: {
          number: '',
          expMonth: 1,
          expYear: 2049,
          entryDataSource: 'track2',
          magneticStripe: `${PAN}=4912101123`,
        },
      }),
      704,
      'card.magneticStripe',
    );
    fails(
      sale({
        card: {
          number: '',
          expMonth: 1,
          expYear: 2049,
          entryDataSource: 'track2',
          magneticStripe: '4111111111111112=4912101123',
        },
      }),
      504,
      'card.magneticStripe',
    );
  });
});

describe('transaction limits', () => {
  it('amount 0.01-99999.99; 0 only as an account verification (auth only)', () => {
    fails(sale({ amount: 0 }), 503, 'amount');
    fails(sale({ amount: 10_000_000 }), 503, 'amount');
    fails(sale({ amount: 1.5 }), 503, 'amount');
    expect(str(encodeRequest(buildSale(MERCHANT, tx({ amount: 9_999_999 }))))).toContain('99999.99');
    expect(str(encodeRequest(buildSale(MERCHANT, tx({ amount: 1 }))))).toContain('\x1c0.01\x1c');
    expect(buildAuthOnly(MERCHANT, tx({ amount: 0 })).amount).toBe(0);
  });
  it('implied-cents amount format writes 1200 for 12.00', () => {
    const w = str(encodeRequest(buildSale({ ...MERCHANT, amountFormat: 'implied' }, tx({ amount: 1200 }))));
    expect(w).toContain('\x1c1200\x1c00000000\x1c');
  });
  it('sequence number 0-2400, wrapping to 1', () => {
    fails(sale({ sequenceNumber: 2401 }), 503, 'sequenceNumber');
    fails(sale({ sequenceNumber: -1 }), 503, 'sequenceNumber');
    expect(nextSequenceNumber(0)).toBe(1);
    expect(nextSequenceNumber(2399)).toBe(2400);
    expect(nextSequenceNumber(2400)).toBe(1);
    expect(() => nextSequenceNumber(2401)).toThrowError(expect.objectContaining({ code: 503 }));
  });
  it('invoice number: 16 e-commerce, 9 direct marketing (required), 6 retail', () => {
    fails(sale({ invoiceNumber: 'A'.repeat(17) }), 501, 'invoiceNumber');
    expect(
      (buildSale(MERCHANT, tx({ invoiceNumber: 'a'.repeat(16) })) as FinancialRequest).industryData
        .orderNumber,
    ).toBe('A'.repeat(16));
    fails(sale({ industryType: 'directMarketing', invoiceNumber: '1234567890' }), 501, 'invoiceNumber');
    fails(sale({ industryType: 'directMarketing', invoiceNumber: '' }), 593, 'invoiceNumber');
    fails(sale({ industryType: 'retail', invoiceNumber: '1234567' }), 501, 'invoiceNumber');
    fails(sale({ invoiceNumber: 'AB#1' }), 502, 'invoiceNumber');
  });
  it('valid direct marketing / retail input reaches the 704 for the unpublished industry field', () => {
    fails(sale({ industryType: 'directMarketing', invoiceNumber: '123456789' }), 704, 'industryType');
    fails(sale({ industryType: 'retail', invoiceNumber: '123456' }), 704, 'industryType');
    fails(sale({ industryType: 'hotel', invoiceNumber: '1' }), 704, 'industryType');
    fails(sale({ industryType: 'moto' as never }), 503, 'industryType');
  });
  it('ECI: seed values map to two wire digits; default 7', () => {
    expect(buildSale(MERCHANT, tx()).industryData.eci).toBe('07');
    expect(buildSale(MERCHANT, tx({ eci: '5' })).industryData.eci).toBe('05');
    expect(buildSale(MERCHANT, tx({ eci: '20' })).industryData.eci).toBe('20');
    expect(buildSale(MERCHANT, tx({ eci: ' ' })).industryData.eci).toBeUndefined();
    fails(sale({ eci: '9' }), 503, 'eci');
  });
  it('AVS address and zip limits', () => {
    fails(sale({ customerAddress: 'x'.repeat(41) }), 501, 'customerAddress');
    fails(sale({ customerZip: '1234567890' }), 501, 'customerZip');
    fails(sale({ customerZip: '90210\x1c' }), 502, 'customerZip');
  });
  it('customer defined data (30), POS retrieval number (digits, 12), authorization type (2)', () => {
    fails(sale({ customerDefinedData: 'x'.repeat(31) }), 501, 'customerDefinedData');
    fails(sale({ posRetrievalNumber: '12A' }), 502, 'posRetrievalNumber');
    fails(sale({ posRetrievalNumber: '1234567890123' }), 501, 'posRetrievalNumber');
    fails(sale({ authorizationType: '1' }), 501, 'authorizationType');
    const r = buildSale(
      MERCHANT,
      tx({ customerDefinedData: 'abc', posRetrievalNumber: '42', authorizationType: '00' }),
    );
    expect(r.tokens.map((t) => t.id)).toEqual(['CV', 'CD', 'RN', 'P8']);
  });
});

describe('Level II, 3-D Secure, MIT: validated, then refused where the wire is not public', () => {
  it('Level II limits, then 704', () => {
    fails(sale({ level2: { purchaseId: 'x'.repeat(18) } }), 501, 'level2.purchaseId');
    fails(sale({ level2: { salesTax: '1234567.00' } }), 501, 'level2.salesTax');
    fails(sale({ level2: { salesTax: '12' } }), 502, 'level2.salesTax');
    fails(sale({ level2: { salesTax: 'EXEMPT' } }), 704, 'level2');
    fails(sale({ level2: { salesTax: '0.00', purchaseId: 'PO1' } }), 704, 'level2');
    expect(buildSale(MERCHANT, tx({ level2: { purchaseId: '', salesTax: '' } })).transactionCode).toBe('01');
  });
  it('Visa CAVV → VA token with 40 hex digits', () => {
    const cavv = 'ASNFZ4mrze8BI0VniavN7wEjRWc='; // 20 bytes
    const r = buildSale(MERCHANT, tx({ threeDSecure: { cavv }, eci: '5' }));
    expect(r.tokens[1]).toEqual({ id: 'VA', va: { cavv: '0123456789ABCDEF0123456789ABCDEF01234567' } });
  });
  it('Mastercard CAVV → SC token with UCAF indicator 2', () => {
    const mc = '5500000000000004';
    const r = buildSale(
      MERCHANT,
      tx({
        card: { number: mc, expMonth: 1, expYear: 2049 },
        threeDSecure: { cavv: 'ASNFZ4mrze8BI0VniavN7wAAAAA=' },
      }),
    );
    expect(r.tokens[1]).toEqual({
      id: 'SC',
      sc: { ucafIndicator: '2', aav: 'ASNFZ4mrze8BI0VniavN7wAAAAA=' },
    });
    expect(str(encodeRequest(r))).toContain('SC2ASNFZ4mrze8BI0VniavN7wAAAAA=\x1c');
    fails(
      sale({
        card: { number: mc, expMonth: 1, expYear: 2049 },
        threeDSecure: { ucafCollectionIndicator: '4' },
      }),
      503,
      'threeDSecure.ucafCollectionIndicator',
    );
  });
  it('3-D Secure parts without a public token', () => {
    fails(sale({ threeDSecure: { cavv: 'short' } }), 501, 'threeDSecure.cavv');
    fails(sale({ threeDSecure: { xid: 'x'.repeat(40) } }), 704, 'threeDSecure.xid');
    fails(
      sale({ threeDSecure: { directoryServerTransactionId: 'x'.repeat(35) } }),
      501,
      'threeDSecure.directoryServerTransactionId',
    );
    fails(
      sale({ threeDSecure: { directoryServerTransactionId: 'f'.repeat(36) } }),
      704,
      'threeDSecure.directoryServerTransactionId',
    );
    fails(sale({ threeDSecure: { programProtocol: '0' } }), 503, 'threeDSecure.programProtocol');
    fails(sale({ threeDSecure: { tavv: 'AAAA' } }), 501, 'threeDSecure.tavv');
    fails(
      sale({
        card: { number: '378282246310005', expMonth: 1, expYear: 2049 },
        threeDSecure: { cavv: 'ASNFZ4mrze8BI0VniavN7wEjRWc=' },
      }),
      704,
      'threeDSecure.cavv',
    );
  });
  it('MIT fields validated, then 704', () => {
    fails(sale({ mit: { messageReasonCode: '3905' } }), 503, 'mit.messageReasonCode');
    fails(sale({ mit: { transactionId: '123' } }), 501, 'mit.transactionId');
    fails(sale({ mit: { posEnvironmentCode: 'X' } }), 503, 'mit.posEnvironmentCode');
    fails(sale({ mit: { posEntryModeCOF: 'N' } }), 503, 'mit.posEntryModeCOF');
    fails(sale({ mit: { recurringSubmissionType: 'X' } }), 503, 'mit.recurringSubmissionType');
    fails(sale({ mit: { messageReasonCode: '3901', transactionId: '123456789012345' } }), 704, 'mit');
  });
  it('other seed options', () => {
    fails(sale({ goodsIndicator: 'digital' }), 704, 'goodsIndicator');
    fails(
      sale({ goodsIndicator: 'digital', industryType: 'retail', invoiceNumber: '1' }),
      705,
      'goodsIndicator',
    );
    fails(sale({ duplicateChecking: 2 }), 704, 'duplicateChecking');
    fails(sale({ allowPartialAuths: true }), 704, 'allowPartialAuths');
    fails(sale({ splitShipment: { sequence: 3, total: 2 } }), 503, 'splitShipment.sequence');
    expect(buildSale(MERCHANT, tx({ duplicateChecking: 0, allowPartialAuths: false })).transactionCode).toBe(
      '01',
    );
  });
  it('validation errors come before 704 refusals', () => {
    fails(sale({ level2: { salesTax: 'EXEMPT' }, amount: 0 }), 503, 'amount');
  });
  it('additional tokens from the caller pass through; known ids are refused', () => {
    const r = buildSale(MERCHANT, tx({ additionalTokens: [{ id: 'L2', data: 'PO123' }] }));
    expect(str(encodeRequest(r))).toContain('\x1cL2PO123\x1c\x03');
    fails(sale({ additionalTokens: [{ id: 'CV', data: 'x' }] }), 705, 'additionalTokens.0.id');
    fails(sale({ additionalTokens: [{ id: 'l2', data: 'x' }] }), 502, 'additionalTokens.0.id');
  });
});

describe('capture and void', () => {
  it('capture needs an approval code of at most 6 characters', () => {
    fails(() => buildCapture(MERCHANT, tx(), ''), 593, 'approvalCode');
    fails(() => buildCapture(MERCHANT, tx(), '1234567'), 501, 'approvalCode');
    expect(buildCapture(MERCHANT, tx(), '123456').approvalCode).toBe('123456');
  });
  it('void needs numeric retrieval numbers and the original card', () => {
    fails(
      () => buildVoid(MERCHANT, { cardNumber: PAN, retrievalNumberToVoid: 'ABC' }),
      502,
      'retrievalNumberToVoid',
    );
    fails(() => buildVoid(MERCHANT, { cardNumber: '1234', retrievalNumberToVoid: '1' }), 501, 'cardNumber');
    const v = buildVoid(MERCHANT, {
      cardNumber: PAN,
      retrievalNumberToVoid: '11',
      lastRetrievalNumber: '12',
    });
    expect([v.retrievalNumberToVoid, v.lastRetrievalNumber]).toEqual(['11', '12']);
  });
});
