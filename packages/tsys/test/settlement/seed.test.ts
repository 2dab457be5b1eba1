// The TSYSDetailRecord seed examples (seed 003) produce detail records whose bytes match EIS 1081 field by field.
// Expected values come from the spec's field rules (sections cited per line), not from this package's output.
import { ByteWriter } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  addGratuity,
  buildBatch,
  type DetailRecord,
  decodeBatch,
  detailFromAuthorization,
  detailRecord,
  encodeBatch,
  forceSale,
  offlineCredit,
  parseLeg,
  setInstallment,
  setPassengerTransport,
} from '../../src/settlement/index.js';
import { ascii, at, header, PAN, parameter, splitFrames } from './helpers.js';

function text(d: DetailRecord): string {
  const w = new ByteWriter();
  w.ascii('K1.Z');
  detailRecord.encode(w, d);
  return ascii(w.view());
}

/** Fields every offline item shares (§4.238 Y, §4.248 space, §4.240 spaces, §4.21 zero, §4.302 zeros, §4.320 spaces, §4.232 zero). */
function expectOfflineDefaults(t: string) {
  expect(at(t, 36)).toBe('Y');
  expect(at(t, 37)).toBe(' ');
  expect(at(t, 43, 44)).toBe('  ');
  expect(at(t, 61)).toBe('0');
  expect(at(t, 62, 76)).toBe('000000000000000');
  expect(at(t, 77, 80)).toBe('    ');
  expect(at(t, 81)).toBe(' ');
  expect(at(t, 82, 83)).toBe('00');
  expect(at(t, 84)).toBe('0');
  expect(at(t, 97, 108)).toBe('000000000000');
}

const retailRequest = {
  transactionCode: '54',
  cardholderIdentificationCode: '@',
  accountDataSource: 'D',
  cardholderAccountNumber: PAN,
  transactionSequenceNumber: '0042',
  transactionAmount: 2500,
};
const approval = {
  responseCode: '00',
  approvalCode: '654321',
  returnedAci: 'E',
  authorizationSourceCode: '5',
  localTransactionDate: '060517',
  localTransactionTime: '124555',
  avsResultCode: '0',
  transactionIdentifier: '012345678901234',
  validationCode: 'X1Y2',
};

describe('seed 003 examples', () => {
  it('off-line credit of $34.76 (direct marketing, keyed, AVS)', () => {
    const d = offlineCredit({
      cardholderAccountNumber: PAN,
      settlementAmount: 3476,
      localTransactionDate: '0605',
      localTransactionTime: '124555',
      transactionSequenceNumber: '123',
      cardholderIdentificationCode: 'N',
      accountDataSource: '@',
    });
    const t = text(d);
    expect(t.length).toBe(108);
    expect(at(t, 5, 9)).toBe('D@@@@');
    expect(at(t, 10, 11)).toBe('CR'); // T4.59 credit/return
    expect(at(t, 12)).toBe('N');
    expect(at(t, 13)).toBe('@');
    expect(at(t, 14, 35)).toBe('4444333322221111      ');
    expect(at(t, 38)).toBe('9'); // T4.13 not authorized (credits)
    expect(at(t, 39, 42)).toBe('0123');
    expect(at(t, 45, 50)).toBe('      '); // §4.34 credits: spaces
    expect(at(t, 51, 54)).toBe('0605');
    expect(at(t, 55, 60)).toBe('124555');
    expect(at(t, 85, 96)).toBe('000000003476');
    expectOfflineDefaults(t);
  });

  it('the same credit with the direct marketing groups 3 + 12 of T5.12 (D@@`D, 151 bytes)', () => {
    const d = offlineCredit({
      cardholderAccountNumber: PAN,
      settlementAmount: 3476,
      localTransactionDate: '0605',
      localTransactionTime: '124555',
      transactionSequenceNumber: 123,
      cardholderIdentificationCode: 'N',
      accountDataSource: '@',
      motoEcommerceIndicator: '1',
    });
    const t = text(d);
    expect(t.length).toBe(151);
    expect(at(t, 5, 9)).toBe('D@@`D');
    expect(at(t, 109, 120)).toBe('000000000000');
    expect(at(t, 147, 148)).toBe('00'); // §4.199.2 not an installment: zero
    expect(at(t, 149, 150)).toBe('00');
    expect(at(t, 151)).toBe('1');
  });

  it('force of $55.55 with voice approval code 123456 (retail, track 1, signature)', () => {
    const d = forceSale({
      approvalCode: '123456',
      cardPresent: true,
      cardholderAccountNumber: PAN,
      settlementAmount: 5555,
      localTransactionDate: '0605',
      localTransactionTime: '124555',
      transactionSequenceNumber: '124',
      cardholderIdentificationCode: '@',
      accountDataSource: 'H',
    });
    const t = text(d);
    expect(at(t, 5, 9)).toBe('D@@@@');
    expect(at(t, 10, 11)).toBe('54');
    expect(at(t, 12)).toBe('@');
    expect(at(t, 13)).toBe('H');
    expect(at(t, 38)).toBe('E'); // T4.13 voice approval, keyed code
    expect(at(t, 39, 42)).toBe('0124');
    expect(at(t, 45, 50)).toBe('123456');
    expect(at(t, 85, 96)).toBe('000000005555');
    expectOfflineDefaults(t);
  });

  it('off-line items refuse sequence number 0 and a force without approval code', () => {
    const base = {
      cardholderAccountNumber: PAN,
      settlementAmount: 1,
      localTransactionDate: '0605',
      localTransactionTime: '124555',
      cardholderIdentificationCode: '@',
      accountDataSource: 'H',
    };
    expect(() => offlineCredit({ ...base, transactionSequenceNumber: 0 })).toThrow(
      /transactionSequenceNumber/,
    );
    expect(() => forceSale({ ...base, transactionSequenceNumber: 1, approvalCode: '' })).toThrow(
      /approvalCode/,
    );
  });

  it('gratuity added to a retail sale: settlement = authorized + gratuity, group 2 at 109-120 (T5.11)', () => {
    const d = addGratuity(detailFromAuthorization(retailRequest, approval), 500);
    const t = text(d);
    expect(at(t, 5, 9)).toBe('D@@@B');
    expect(at(t, 10, 11)).toBe('54');
    expect(at(t, 37)).toBe('E');
    expect(at(t, 38)).toBe('5');
    expect(at(t, 39, 42)).toBe('0042');
    expect(at(t, 43, 44)).toBe('00');
    expect(at(t, 45, 50)).toBe('654321');
    expect(at(t, 51, 54)).toBe('0605'); // MMDDYY of the auth response becomes MMDD
    expect(at(t, 62, 76)).toBe('012345678901234');
    expect(at(t, 77, 80)).toBe('X1Y2');
    expect(at(t, 85, 96)).toBe('000000003000');
    expect(at(t, 97, 108)).toBe('000000002500');
    expect(at(t, 109, 120)).toBe('000000000500');
  });

  it('installment 1 of 3 for $19.95 (e-commerce): groups 3 + 12, sequence 01 of 03, MOTO indicator 3', () => {
    const req = {
      ...retailRequest,
      transactionCode: '56',
      cardholderIdentificationCode: 'N',
      accountDataSource: '@',
      transactionAmount: 1995,
      motoEcommerceIndicator: '3',
    };
    const d = setInstallment(detailFromAuthorization(req, approval), { number: 1, count: 3 });
    const t = text(d);
    expect(t.length).toBe(151);
    expect(at(t, 5, 9)).toBe('D@@`D');
    expect(at(t, 10, 11)).toBe('56');
    expect(at(t, 85, 96)).toBe('000000001995');
    expect(at(t, 109, 120)).toBe('000000001995'); // total authorized amount
    expect(at(t, 147, 148)).toBe('01');
    expect(at(t, 149, 150)).toBe('03');
    expect(at(t, 151)).toBe('3'); // T4.40 installment
  });

  it('passenger transport, passenger 1 of 3, one leg (T5.17 positions) and the travel agency in the header (T5.3)', () => {
    const auth = detailFromAuthorization(retailRequest, approval);
    const d = setPassengerTransport(auth, {
      passengerNumber: 1,
      passengerCount: 3,
      restrictedTicket: true,
      ticketNumber: '8382152100395',
      passengerName: 'John Smith',
      departureDate: '072117',
      origin: 'JFK',
      legs: [parseLeg('Carrier=DL;ServiceClass=C;StopOver=X;Destination=LAX')],
    });
    const t = text(d);
    expect(t.length).toBe(183);
    expect(at(t, 5, 9)).toBe('D@@D@');
    expect(at(t, 109)).toBe('1');
    expect(at(t, 110, 111)).toBe('01');
    expect(at(t, 112, 113)).toBe('03');
    expect(at(t, 114, 126)).toBe('8382152100395');
    expect(at(t, 127, 146)).toBe('John Smith'.padEnd(20));
    expect(at(t, 147, 152)).toBe('072117');
    expect(at(t, 153, 155)).toBe('JFK');
    expect(at(t, 156, 157)).toBe('DL');
    expect(at(t, 158)).toBe('C');
    expect(at(t, 159)).toBe('X');
    expect(at(t, 160, 162)).toBe('LAX');
    expect(at(t, 163, 183)).toBe(' '.repeat(21)); // legs 2-4 unused

    const batch = buildBatch({
      header: {
        ...header,
        industryCode: 'P',
        groups: { passengerTravel: { travelAgencyCode: '12345678', travelAgencyName: 'Travel and Tours' } },
      },
      parameter,
      records: [d],
    });
    const frames = splitFrames(encodeBatch(batch));
    expect(at(frames[0]!.text, 5, 9)).toBe('H@@@A');
    expect(at(frames[0]!.text, 66, 73)).toBe('12345678');
    expect(at(frames[0]!.text, 74, 98)).toBe('Travel and Tours'.padEnd(25));
    expect(frames[2]!.text).toBe(t);
    expect(decodeBatch(encodeBatch(batch))).toEqual(batch);
  });

  it('refuses to build a detail from a declined or mismatched authorization', () => {
    expect(() => detailFromAuthorization(retailRequest, { ...approval, responseCode: '05' })).toThrow(
      /responseCode/,
    );
    expect(() =>
      detailFromAuthorization(retailRequest, { ...approval, transactionSequenceNumber: '0043' }),
    ).toThrow(/transactionSequenceNumber/);
    expect(() => detailFromAuthorization(retailRequest, { ...approval, responseCode: '10' })).toThrow(
      /authorizedAmount/,
    );
  });
});
