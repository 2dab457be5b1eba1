// One test per detail optional data group: the group map bit, the group's length from EIS 1081 Table 3.6 and
// where the group starts (byte 109, or after the 4-byte extension map for groups 25-48), plus a round trip.
import { ByteWriter } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  type DetailRecord,
  detailRecord,
  findGroupConflict,
  fixedDetailGroups,
} from '../../src/settlement/index.js';
import { ascii, at, bytesOf, sale } from './helpers.js';

/** Group lengths added up by hand from Table 3.6 (L2010-L2427), independent of the tables in src. */
const SPEC_LENGTHS: Record<number, number> = {
  1: 12,
  2: 12,
  3: 38,
  4: 52,
  5: 52,
  6: 4,
  7: 21,
  8: 29,
  9: 75,
  10: 23,
  11: 8,
  12: 5,
  13: 51,
  14: 1,
  16: 1,
  17: 1,
  18: 2,
  19: 43,
  20: 10,
  21: 78,
  22: 30,
  25: 81,
  26: 136,
  27: 60,
  29: 1,
  30: 120,
  31: 1,
  32: 12,
  33: 40,
  34: 26,
  35: 6,
  36: 118,
  37: 6,
  38: 5,
  39: 53,
  40: 17,
  42: 177,
  43: 124,
  44: 81,
  45: 1,
  46: 25,
};

/** Minimal valid content for groups whose fields are required or constrained. */
const SAMPLE: Record<string, Record<string, unknown>> = {
  cashBack: { cashBackAmount: 2000 },
  restaurant: { gratuityAmount: 500 },
  directMarketing: {
    totalAuthorizedAmount: 1995,
    purchaseIdentifierFormatCode: '1',
    purchaseIdentifier: 'ORDER-1',
  },
  autoRental: {
    totalAuthorizedAmount: 5000,
    purchaseIdentifierFormatCode: '3',
    purchaseIdentifier: 'RA-77',
    marketSpecificDataIndicator: 'A',
    noShowIndicator: '0',
    extraCharges: '12',
    rentalDate: '160301',
  },
  hotel: {
    totalAuthorizedAmount: 5000,
    purchaseIdentifierFormatCode: '4',
    purchaseIdentifier: 'FOLIO-9',
    marketSpecificDataIndicator: 'H',
    noShowIndicator: '0',
    extraCharges: '24',
    checkInDate: '160301',
  },
  hotelNonFrontDesk: { merchantCategoryCodeOverride: '5812' },
  hotelAmex: { chargeType: '1', checkoutDate: '160303', stayDuration: '02', lodgingRoomRate: 12900 },
  commercialCardLevel2Legacy: {
    optionalAmountIdentifier: '1',
    optionalAmount: 100,
    purchaseOrderNumber: 'PO1',
  },
  passengerTransport: {
    restrictedTicketIndicator: '1',
    multipleClearingSequenceNumber: '01',
    multipleClearingSequenceCount: '03',
    ticketNumber: '8382152100395',
    passengerName: 'John Smith',
    departureDate: '072117',
    originationCityAirportCode: 'JFK',
    tripLegs: [
      { carrierCode: 'DL', serviceClass: 'C', stopOverCode: 'X', destinationCityAirportCode: 'LAX' },
    ],
  },
  directDebit: {
    retrievalReferenceNumber: '123456789012',
    systemTraceAuditNumber: '000123',
    networkIdentificationCode: 'Q',
    settlementDate: '0606',
  },
  laneId: { laneId: '00000007' },
  directMarketingInstallment: {
    multipleClearingSequenceNumber: '01',
    multipleClearingSequenceCount: '03',
    motoEcommerceIndicator: '3',
  },
  autoRentalExtended: {
    renterName: 'JOHN SMITH',
    rentalReturnCity: 'PHOENIX',
    rentalReturnStateCountry: 'AZ',
    rentalReturnLocationId: 'PHX01',
  },
  serviceDevelopment: { serviceDevelopmentIndicator: '1' },
  existingDebt: { existingDebtIndicator: '9' },
  universalCardholderAuthentication: { ucafCollectionIndicator: '2' },
  ecommerceGoods: { ecommerceGoodsIndicator: 'D' },
  ccsPrivateLabel: {
    creditPlanNumber: '10001',
    productCode1: 'AB12',
    orgId: '001',
    storeCode: '000000123',
    receivingInstitutionId: '911111',
  },
  merchantVerificationValue: { merchantVerificationValue: '1234567890' },
  amexPurchasingCard: {
    supplierReferenceNumber: 'SUP1',
    cardholderReferenceNumber: 'REF1',
    shippedToZipCode: '85284',
    salesTax: 100,
    chargeDescriptor1: 'OFFICE SUPPLIES',
  },
  commercialCardLevel2: { optionalAmountIdentifier: '1', optionalAmount: 100, purchaseOrderNumber: 'PO-17' },
  commercialCard: {
    totalAuthorizedAmount: 1000,
    purchaseIdentifierFormatCode: '1',
    purchaseIdentifier: 'P1',
    localTaxIncludedFlag: '1',
    localTax: 80,
    nationalTaxIncludedFlag: '0',
    nationalTaxAmount: 0,
    purchaseOrderNumber: 'PO-1',
  },
  visaEnhancedData: {
    summaryCommodityCode: '1234',
    discountAmount: 0,
    freightAmount: 500,
    destinationPostalCode: '85284',
    destinationCountryCode: '840',
    orderDate: '160301',
    lineItemCount: 0,
  },
  mastercardEnhancedData: {
    freightAmount: 500,
    destinationPostalCode: '85284',
    destinationCountryCode: '840',
    alternateTaxAmountIndicator: 'N',
    alternateTaxAmount: 0,
    lineItemCount: 0,
  },
  canadianTaxItemCount: { lineItemCount: 0 },
  amexChargeDescriptors: { chargeDescriptor2: 'TWO', chargeDescriptor3: 'THREE', chargeDescriptor4: 'FOUR' },
  marketSpecificData: { marketSpecificDataIndicator: 'M' },
  posDataCode: { posDataCode: 'C01101654110' },
  retailAdvice: { retailDepartmentName: 'SHOES' },
  lodgingAdvice: { lodgingRenterName: 'JOHN SMITH' },
  adviceLineItemCounts: { tadLineItemCount: 0, taaLineItemCount: 0 },
  locationDetail: {
    locationDetailName: 'SUB MERCHANT',
    locationDetailCity: 'TEMPE',
    locationDetailCountryCode: '840',
  },
  mastercardMiscellaneous: { versionNumber: '001', serviceCode: '201' },
  visaMiscellaneous: { versionNumber: '001', cardProductCode: 'A' },
  amexCorporatePurchasingExtension: { requesterName: 'JANE', totalTaxAmount: 100, taxTypeCode: '056' },
  discoverMiscellaneous: {
    versionNumber: '001',
    discoverPosDataCode: '1234567890123',
    partialShipmentIndicator: 'N',
  },
  amexAutoRental: {
    agreementNumber: 'AG1',
    pickupDate: '20160301',
    returnDate: '20160303',
    auditAdjustmentAmount: 0,
  },
  amexInsurance: { policyNumber: 'POL1', coverageStartDate: '20160101', coverageEndDate: '20161231' },
  ach: { achSecCode: 'WEB', achRoutingNumber: '123456789', achIndividualName: 'JOHN' },
  transactionSecurity: { transactionSecurityIndicator: 'T' },
  merchantSoftDescriptor: { merchantSoftDescriptor: 'PAYWIRE*STORE' },
};

function encode(d: DetailRecord): string {
  const w = new ByteWriter();
  w.ascii('K1.Z');
  detailRecord.encode(w, d);
  return ascii(w.view());
}

function decode(text: string): DetailRecord {
  const b = bytesOf(text);
  const r = detailRecord.decode(b, 4, b.length, { trace: null, path: '', depth: 0 });
  expect(r.next).toBe(b.length);
  return r.value;
}

/** Expected 4 map characters, computed here from §4.230.1: byte 4 = groups 1-6 ... byte 1 = 19-24. */
function mapChars(groups: number[], base: number): string {
  const bytes = [0x40, 0x40, 0x40, 0x40];
  for (const g of groups) {
    const bit = g - base - 1;
    bytes[3 - Math.floor(bit / 6)]! |= 1 << (bit % 6);
  }
  return String.fromCharCode(...bytes);
}

describe('detail optional data groups (Table 3.6)', () => {
  it('has a table for every group the spec defines with data', () => {
    const numbers = [...fixedDetailGroups.map((g) => g.number), 41].sort((a, b) => a - b);
    expect(numbers).toEqual([...Object.keys(SPEC_LENGTHS).map(Number), 41].sort((a, b) => a - b));
  });

  for (const def of fixedDetailGroups) {
    it(`ODG${def.number} ${def.key}: map bit, ${SPEC_LENGTHS[def.number]} bytes, position, round trip`, () => {
      expect(def.length).toBe(SPEC_LENGTHS[def.number]);
      const sample = SAMPLE[def.key];
      expect(sample, `sample for ${def.key}`).toBeDefined();
      const d = sale(1000, 1, { groups: { [def.key]: sample } });
      const text = encode(d);
      if (def.number < 23) {
        expect(at(text, 5, 9)).toBe(`D${mapChars([def.number], 0)}`);
        expect(text.length).toBe(108 + (def.length as number));
      } else {
        expect(at(text, 5, 9)).toBe(`D${mapChars([23], 0)}`);
        expect(at(text, 109, 112)).toBe(mapChars([def.number], 24));
        expect(text.length).toBe(112 + (def.length as number));
      }
      const back = decode(text);
      expect(back.groups?.[def.key as keyof typeof back.groups]).toBeDefined();
      expect(encode(back)).toBe(text);
    });
  }

  it('ODG41 detail extension: length, tag/size/value items, extension map bit', () => {
    const d = sale(1000, 1, {
      groups: {
        detailExtension: {
          items: [
            { tag: 'IIA', value: '1' },
            { tag: 'OA', value: '000000123352' },
            { tag: 'WID', value: '103' },
          ],
        },
      },
    });
    const text = encode(d);
    expect(at(text, 5, 9)).toBe(`D${mapChars([23], 0)}`);
    expect(at(text, 109, 112)).toBe(mapChars([41], 24));
    expect(text.slice(112)).toBe('0031IIA011OA 12000000123352WID03103');
    expect(decode(text)).toEqual(d);
  });
  it('ODG41 refuses unknown tags and over-long values', () => {
    expect(() =>
      encode(sale(1, 1, { groups: { detailExtension: { items: [{ tag: 'ZZZ', value: '1' }] } } })),
    ).toThrow(/groups\.detailExtension\.items\.0\.tag/);
    expect(() =>
      encode(sale(1, 1, { groups: { detailExtension: { items: [{ tag: 'IIA', value: '12' }] } } })),
    ).toThrow(/IIA/);
  });
  it('ODG23 empty extension map (@@@@) survives a round trip', () => {
    const text = encode(sale(1000, 1, { groups: { groupMapExtension: true } }));
    expect(at(text, 5, 9)).toBe(`D${mapChars([23], 0)}`);
    expect(at(text, 109, 112)).toBe('@@@@');
    expect(encode(decode(text))).toBe(text);
  });
  it('groups are written in group-number order whatever the object key order', () => {
    const d = sale(1000, 1, {
      groups: {
        transactionSecurity: { transactionSecurityIndicator: 'E' },
        posDataCode: { posDataCode: 'C01101654110' },
        directMarketingInstallment: SAMPLE.directMarketingInstallment!,
        directMarketing: SAMPLE.directMarketing!,
      } as NonNullable<DetailRecord['groups']>,
    });
    const text = encode(d);
    // groups 3 + 12 + 23 in the record type, 32 + 45 in the extension map
    expect(at(text, 5, 9)).toBe(`D${mapChars([3, 12, 23], 0)}`);
    expect(at(text, 109, 146)).toMatch(/^000000001995/);
    expect(at(text, 147, 151)).toBe('01033');
    expect(at(text, 152, 155)).toBe(mapChars([32, 45], 24));
    expect(at(text, 156, 167)).toBe('C01101654110');
    expect(at(text, 168)).toBe('E');
  });
  it('the encrypted/token detail of T5.9/T5.10 has record type DP@@@ and extension D@@@ (group 45)', () => {
    const text = encode(
      sale(1000, 1, { groups: { transactionSecurity: { transactionSecurityIndicator: 'T' } } }),
    );
    expect(at(text, 5, 9)).toBe('DP@@@');
    expect(at(text, 109, 112)).toBe('D@@@');
    expect(text.length).toBe(113);
  });
  it('decoding refuses reserved groups 15 and 24 with the (0-based) offset of their map byte', () => {
    const base = encode(sale(1000));
    for (const [g, mapAt] of [
      [15, 6],
      [24, 5],
    ] as const) {
      const t = `${base.slice(0, 4)}D${mapChars([g], 0)}${base.slice(9)}`;
      try {
        decode(t);
        throw new Error('accepted');
      } catch (e) {
        expect(e).toMatchObject({ code: 502, field: 'recordType', offset: mapAt });
      }
    }
  });
  it('Table 3.9 conflicts are found', () => {
    expect(findGroupConflict([1, 2])).toMatch(/group 1 may not be combined with group 2/);
    expect(findGroupConflict([12])).toMatch(/group 12 needs group 3 or 25/);
    expect(findGroupConflict([3, 12, 32, 45])).toBeUndefined();
  });
});
