// Record layouts checked against the byte positions printed in EIS 1081 chapter 5 (T5.1, T5.5, T5.7, T5.8, T5.23-T5.26),
// chapter 3 lengths (T3.7, T3.10, T3.12-T3.16) and the computed header vector of tsys-wire.md §8.4.
import { ByteWriter, lrc } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  amexCpsLineItemRecord,
  amexLodgingLineItemRecord,
  amexRetailLineItemRecord,
  amexTadLineItemRecord,
  buildBatch,
  canadianTaxRecord,
  chipCardRecord,
  decodeBatch,
  decodeBatchResponse,
  detailRecord,
  encodeBatch,
  encodeBatchResponse,
  encryptionBlockRecord,
  headerRecord,
  mastercardLineItemRecord,
  parameterRecord,
  rejectedField,
  trailerRecord,
  visaLineItemRecord,
} from '../../src/settlement/index.js';
import type { DecodeContext } from '../../src/settlement/records/record-def.js';
import { ascii, at, bytesOf, header, PAN, parameter, sale, splitFrames } from './helpers.js';

interface Def {
  encode(w: ByteWriter, v: never): void;
  decode(b: Uint8Array, p: number, e: number, c: DecodeContext): { value: unknown; next: number };
}

function recordText(def: Def, value: unknown): string {
  const w = new ByteWriter();
  w.ascii('K1.Z');
  def.encode(w, value as never);
  return ascii(w.view());
}

function roundTrip(def: Def, value: unknown) {
  const text = recordText(def, value);
  const bytes = bytesOf(text);
  const r = def.decode(bytes, 4, bytes.length, { trace: null, path: '', depth: 0 });
  expect(r.next).toBe(bytes.length);
  expect(recordText(def, r.value)).toBe(text);
  return { text, value: r.value };
}

describe('header record (T3.1, T5.1)', () => {
  it('matches the computed vector of tsys-wire.md §8.4 including its LRC 0x4e', () => {
    const text = recordText(headerRecord, { ...header, industryCode: 'D', blockingIndicator: '0' });
    expect(text).toBe('K1.ZH@@@@99999500000000000099999999991100119911QD8400070509110010');
    expect(text.length).toBe(65);
    const withEtb = new Uint8Array([...bytesOf(text), 0x17]);
    expect(lrc(withEtb, 0, withEtb.length)).toBe(0x4e);
  });
  it('puts every base field at its T5.1 position', () => {
    const t = recordText(headerRecord, { ...header, blockingIndicator: '2' });
    expect(at(t, 5, 9)).toBe('H@@@@');
    expect(at(t, 10, 15)).toBe('999995');
    expect(at(t, 28, 39)).toBe('999999999911');
    expect(at(t, 40, 43)).toBe('0011');
    expect(at(t, 44, 47)).toBe('9911');
    expect(at(t, 48)).toBe('Q');
    expect(at(t, 49)).toBe('R');
    expect(at(t, 50, 52)).toBe('840');
    expect(at(t, 55, 57)).toBe('705');
    expect(at(t, 58, 61)).toBe('0911');
    expect(at(t, 62, 64)).toBe('001');
    expect(at(t, 65)).toBe('2');
  });
  it('optional groups: record types and lengths of T5.2 (H@@@H, 89), T5.3 (H@@@A, 98), T5.4 (H@@@B, 87)', () => {
    const gen2 = roundTrip(headerRecord, {
      ...header,
      groups: { gen2Authentication: { genKey: '0123456789ABCDEF01234567' } },
    });
    expect(at(gen2.text, 5, 9)).toBe('H@@@H');
    expect(gen2.text.length).toBe(89);
    const travel = roundTrip(headerRecord, {
      ...header,
      groups: { passengerTravel: { travelAgencyCode: '12345678', travelAgencyName: 'Travel and Tours' } },
    });
    expect(at(travel.text, 5, 9)).toBe('H@@@A');
    expect(travel.text.length).toBe(98);
    expect(at(travel.text, 66, 73)).toBe('12345678');
    expect(at(travel.text, 74, 98)).toBe('Travel and Tours'.padEnd(25));
    const hotel = roundTrip(headerRecord, {
      ...header,
      groups: {
        hotelAutoCardNotPresent: {
          merchantLocalTelephoneNumber: '602-5551234',
          cardholderServiceTelephoneNumber: '800-1234567',
        },
      },
    });
    expect(at(hotel.text, 5, 9)).toBe('H@@@B');
    expect(hotel.text.length).toBe(87);
    expect(at(hotel.text, 77, 87)).toBe('800-1234567');
    // groups 3, 5, 6 (opt blue 12, developer 10, gateway 10): map bits 4, 16, 32 of the last byte
    const all = roundTrip(headerRecord, {
      ...header,
      groups: {
        optBlue: { pspAggregatorName: 'PSP' },
        developer: { developerId: '000572', applicationId: 'B020' },
        gateway: { gatewayId: 'GW01' },
      },
    });
    expect(at(all.text, 9)).toBe(String.fromCharCode(0x40 | 4 | 16 | 32));
    expect(all.text.length).toBe(65 + 12 + 10 + 10);
    expect(at(all.text, 78, 83)).toBe('000572');
  });
  it('refuses batch number 000 and a bad blocking indicator', () => {
    expect(() => recordText(headerRecord, { ...header, batchNumber: '000' })).toThrow(/batchNumber/);
    expect(() => recordText(headerRecord, { ...header, blockingIndicator: '1' })).toThrow(
      /blockingIndicator/,
    );
  });
});

describe('parameter record (T3.3, T5.5)', () => {
  it('is 78 bytes with T5.5 positions', () => {
    const { text } = roundTrip(parameterRecord, parameter);
    expect(text.length).toBe(78);
    expect(at(text, 5, 9)).toBe('P@@@@');
    expect(at(text, 10, 12)).toBe('840');
    expect(at(text, 13, 21)).toBe('85284    ');
    expect(at(text, 22, 25)).toBe('5999');
    expect(at(text, 26, 50)).toBe('PAYWIRE TEST STORE'.padEnd(25));
    expect(at(text, 51, 63)).toBe('TEMPE'.padEnd(13));
    expect(at(text, 64, 65)).toBe('AZ');
    expect(at(text, 66, 70)).toBe('00001');
    expect(at(text, 71, 78)).toBe('00000001');
  });
});

describe('encrypted transmission block record (T3.4, T5.7)', () => {
  it('writes type V at 10 and the 5-digit size at 11-15', () => {
    const block = 'QUJD'.repeat(66);
    const { text } = roundTrip(encryptionBlockRecord, {
      encryptionType: 'V',
      encryptedTransmissionBlock: block,
    });
    expect(at(text, 5, 9)).toBe('E@@@@');
    expect(at(text, 10)).toBe('V');
    expect(at(text, 11, 15)).toBe('00264');
    expect(text.length).toBe(15 + 264);
  });
});

describe('detail record base group (T3.5, T5.8)', () => {
  it('is 108 bytes with T5.8 positions', () => {
    const { text } = roundTrip(detailRecord, sale(1234, 7));
    expect(text.length).toBe(108);
    expect(at(text, 5, 9)).toBe('D@@@@');
    expect(at(text, 10, 11)).toBe('54');
    expect(at(text, 12)).toBe('@');
    expect(at(text, 13)).toBe('D');
    expect(at(text, 14, 35)).toBe(PAN.padEnd(22));
    expect(at(text, 36)).toBe('Y');
    expect(at(text, 37)).toBe('A');
    expect(at(text, 38)).toBe('5');
    expect(at(text, 39, 42)).toBe('0007');
    expect(at(text, 43, 44)).toBe('00');
    expect(at(text, 45, 50)).toBe('123456');
    expect(at(text, 51, 54)).toBe('0605');
    expect(at(text, 55, 60)).toBe('124555');
    expect(at(text, 61)).toBe('0');
    expect(at(text, 62, 76)).toBe('012345678901234');
    expect(at(text, 77, 80)).toBe('AB12');
    expect(at(text, 81)).toBe(' ');
    expect(at(text, 82, 83)).toBe('00');
    expect(at(text, 84)).toBe('0');
    expect(at(text, 85, 96)).toBe('000000001234');
    expect(at(text, 97, 108)).toBe('000000001234');
  });
  it('refuses an all-zero sequence number and a bad date', () => {
    expect(() => recordText(detailRecord, sale(1, 1, { transactionSequenceNumber: '0000' }))).toThrow(
      /transactionSequenceNumber/,
    );
    expect(() => recordText(detailRecord, sale(1, 1, { localTransactionDate: '1340' }))).toThrow(
      /localTransactionDate/,
    );
  });
});

describe('addenda records', () => {
  it('chip card addendum is 233 bytes (T3.7) and ODG1 adds 12 (T3.8, C@@@A)', () => {
    const chip = {
      transactionType: '00',
      terminalTransactionDate: '160318',
      terminalVerificationResults: '0000008000',
      terminalCurrencyCode: '840',
      applicationTransactionCounter: '001C',
      applicationInterchangeProfile: '5C00',
      applicationCryptogram: '0123456789ABCDEF',
      unpredictableNumber: '1A2B3C4D',
      issuerApplicationData: '06010A03A00000',
      cryptogramInformationData: '80',
      terminalCapabilityProfile: 'E0F0C8',
      cardSequenceNumber: '001',
      cvmResults: '1E0300',
      formFactorIdentifier: '',
    };
    const base = roundTrip(chipCardRecord, chip);
    expect(base.text.length).toBe(233);
    expect(at(base.text, 5, 9)).toBe('C@@@@');
    expect(at(base.text, 10, 11)).toBe('00');
    expect(at(base.text, 12, 17)).toBe('160318');
    const withAmount = roundTrip(chipCardRecord, {
      ...chip,
      groups: { cryptogramAmount: { cryptogramAmount: 1995 } },
    });
    expect(at(withAmount.text, 5, 9)).toBe('C@@@A');
    expect(at(withAmount.text, 234, 245)).toBe('000000001995');
  });
  it('Visa line item is 148 bytes with the §6.6 positions; ODG1 makes L@@@A', () => {
    const item = {
      itemCommodityCode: '1234',
      itemDescription: 'WIDGET',
      productCode: 'W-1',
      quantity: 20000,
      unitOfMeasure: 'EA',
      unitCost: 12500,
      vatTaxAmount: 0,
      vatTaxRate: '0000',
      discountPerLineItem: 0,
      lineItemTotal: 2500,
    };
    const { text } = roundTrip(visaLineItemRecord, item);
    expect(text.length).toBe(148);
    expect(at(text, 5, 13)).toBe('L@@@@VISA');
    expect(at(text, 26, 60)).toBe('WIDGET'.padEnd(35));
    expect(at(text, 73, 84)).toBe('000000020000');
    expect(at(text, 137, 148)).toBe('000000002500');
    const g = roundTrip(visaLineItemRecord, {
      ...item,
      groups: { lineItemIndicators: { lineItemDiscountTreatmentCode: '1' } },
    });
    expect(at(g.text, 5, 9)).toBe('L@@@A');
    expect(g.text.length).toBe(149);
  });
  it('Mastercard line item (§6.7) is 150 bytes: item description keeps its 35-byte length', () => {
    const { text } = roundTrip(mastercardLineItemRecord, {
      itemDescription: 'WIDGET',
      productCode: 'W-1',
      itemQuantity: 2,
      itemUnitOfMeasure: 'EA',
      taxAmount: 10,
      extendedItemAmount: 2500,
      debitCreditIndicator: 'D',
    });
    expect(text.length).toBe(150);
    expect(at(text, 10, 13)).toBe('MCRD');
    expect(at(text, 14, 48)).toBe('WIDGET'.padEnd(35));
  });
  it('Canadian tax line item is 34 bytes with record type X@@@@', () => {
    const { text } = roundTrip(canadianTaxRecord, {
      taxAmountIndicator: 'Y',
      taxAmount: 65,
      taxRate: '05000',
      taxRateExponent: '3',
      taxTypeApplied: 'GST',
      taxTypeIdentifier: '01',
    });
    expect(text.length).toBe(34);
    expect(at(text, 5, 9)).toBe('X@@@@');
    expect(at(text, 11, 22)).toBe('000000000065');
  });
  it('Amex line items are 28 / 46 / 26 / 27 bytes (T3.13-T3.16)', () => {
    expect(
      roundTrip(amexTadLineItemRecord, {
        additionalAmountType: '001',
        additionalAmount: 100,
        additionalAmountSign: '+',
      }).text,
    ).toMatch(/^K1\.ZA@@@@TAD001000000000100\+$/);
    expect(
      roundTrip(amexRetailLineItemRecord, {
        retailItemDescription: 'SHOES',
        retailItemQuantity: 1,
        retailItemAmount: 5000,
      }).text.length,
    ).toBe(46);
    expect(
      roundTrip(amexLodgingLineItemRecord, { lodgingRoomRate: 12900, lodgingNumberOfNights: 2 }).text.length,
    ).toBe(26);
    expect(roundTrip(amexCpsLineItemRecord, { chargeItemQuantity: 1, chargeItemAmount: 100 }).text).toBe(
      'K1.ZA@@@@CPS001000000000100',
    );
  });
});

describe('trailer record (T3.17, T5.23)', () => {
  it('is 73 bytes with T5.23 positions', () => {
    const { text } = roundTrip(trailerRecord, {
      batchTransmissionDate: '0911',
      batchNumber: '001',
      batchRecordCount: 4,
      batchHashingTotal: 1500,
      cashBackTotal: 0,
      batchNetDeposit: 1500,
    });
    expect(text.length).toBe(73);
    expect(at(text, 5, 9)).toBe('T@@@@');
    expect(at(text, 10, 13)).toBe('0911');
    expect(at(text, 14, 16)).toBe('001');
    expect(at(text, 17, 25)).toBe('000000004');
    expect(at(text, 26, 41)).toBe('0000000000001500');
    expect(at(text, 42, 57)).toBe('0000000000000000');
    expect(at(text, 58, 73)).toBe('0000000000001500');
  });
});

describe('batch responses (T3.18-T3.20, T5.24-T5.26)', () => {
  const frame = (text: string) => {
    const body = bytesOf(`${text}\x03`);
    return new Uint8Array([0x02, ...body, lrc(body, 0, body.length)]);
  };
  it('decodes a GB answer written from T5.24', () => {
    const text = `K1.ZR@@@@000000004${'1500'.padStart(16, '0')}GB00999_ACCEPTED${' '.repeat(16)}`;
    expect(text.length).toBe(66);
    const r = decodeBatchResponse(frame(text));
    expect(r).toMatchObject({
      batchResponseCode: 'GB',
      batchRecordCount: 4,
      batchNetDeposit: 1500,
      batchNumber: '999',
      batchResponseText: '_ACCEPTED',
      applicationType: '1',
    });
    expect(ascii(encodeBatchResponse(r))).toBe(ascii(frame(text)));
  });
  it('decodes a QD answer written from T5.26', () => {
    const text = `K1.ZR@@@@000000002${'0'.repeat(16)}QD009990911${' '.repeat(21)}`;
    const r = decodeBatchResponse(frame(text));
    expect(r).toMatchObject({ batchResponseCode: 'QD', batchNumber: '999', batchTransmissionDate: '0911' });
    expect(encodeBatchResponse(r)).toEqual(frame(text));
  });
  it('decodes an RB answer in both layouts (32-byte error data of T3.19, 17-byte of T5.25) and points at the field', () => {
    const long = `K1.ZR@@@@000000003${'0'.repeat(16)}RB00999E0003D24${'000000000001500'.padEnd(32)}`;
    expect(long.length).toBe(81);
    const r = decodeBatchResponse(frame(long));
    expect(r).toMatchObject({
      batchResponseCode: 'RB',
      errorType: 'E',
      errorRecordSequenceNumber: '0003',
      errorRecordType: 'D',
      errorDataFieldNumber: '24',
      errorData: '000000000001500',
    });
    if (r.batchResponseCode !== 'RB') throw new Error('not RB');
    expect(rejectedField(r)).toEqual({
      recordIndex: 2,
      field: 'settlementAmount',
      description: 'settlement amount invalid',
    });
    expect(encodeBatchResponse(r)).toEqual(frame(long));
    const short = `K1.ZR@@@@000000001${'0'.repeat(16)}RB00999E0001K17${'000'.padEnd(17)}`;
    expect(short.length).toBe(66);
    const s = decodeBatchResponse(frame(short));
    if (s.batchResponseCode !== 'RB') throw new Error('not RB');
    expect(s.errorDataLength).toBe(17);
    expect(rejectedField(s).field).toBe('batchNumber');
    expect(encodeBatchResponse(s)).toEqual(frame(short));
  });
  it('reports an unknown response code with its offset', () => {
    const bad = `K1.ZR@@@@000000004${'0'.repeat(16)}XX00999_ACCEPTED${' '.repeat(16)}`;
    try {
      decodeBatchResponse(frame(bad));
      throw new Error('no error');
    } catch (e) {
      expect(e).toMatchObject({ code: 503, field: 'batchResponseCode', offset: 1 + 34, family: 'tsys' });
    }
  });
});

describe('whole batch framing', () => {
  it('frames every record STX..ETB LRC and the trailer STX..ETX LRC', () => {
    const batch = buildBatch({ header, parameter, records: [sale(1500)] });
    const frames = splitFrames(encodeBatch(batch));
    expect(frames.map((f) => f.end)).toEqual([0x17, 0x17, 0x17, 0x03]);
    expect(frames.map((f) => at(f.text, 5))).toEqual(['H', 'P', 'D', 'T']);
    expect(decodeBatch(encodeBatch(batch))).toEqual(batch);
  });
});
