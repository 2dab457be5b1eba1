// The multi-Group-III exchange captured in tsys-wire.md §8.2 (Go source A, tsysauths2.dat): both Group III areas.

import { ByteWriter, fromEscaped, lrc } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { additionalAmountsFromFields, decodeGroupIII, encodeGroupIII } from '../src/auth/group-3/index.js';

const REQUEST =
  '<STX>D4.99999599999999991100119911QR84084022030    007055999Y000154ZD4123459999992349=990999999999999999<FS><FS><FS>000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>' +
  '001!010<GS>020000136B248<FS><FS><GS>02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>0211EB2C1772D<GS>025D00000150<FS><GS>027H11101C13336<GS>032<GS>034<GS>040<GS>046<GS>061<ETX>';
const RESPONSE =
  '<STX>E4.N001199115000100TAS131111414155234APPROVAL TAS131 0431820501497 000000000579293<FS>5A58<FS>' +
  '0010<GS>020<GS>02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>021<GS>025<GS>027<GS>032<FS><FS><FS><FS>840<FS><FS><FS><FS><FS><FS><GS>034A <FS><GS>040<FS><GS>046VISA<FS><GS>061<FS><ETX>#';

/** Group III area of a captured frame: from the given offset to the ETX. */
function area(frame: Uint8Array, start: number): [number, number] {
  return [start, frame.indexOf(0x03)];
}

/** Offset just after the n-th FS of the frame. */
function afterFs(frame: Uint8Array, n: number): number {
  let p = -1;
  for (let i = 0; i < n; i++) p = frame.indexOf(0x1c, p + 1);
  return p + 1;
}

describe('tsys-wire.md §8.2 multi-Group-III exchange', () => {
  const req = fromEscaped(REQUEST);
  const res = fromEscaped(RESPONSE);

  it('the captured response LRC is right (sanity of the fixture)', () => {
    const etx = res.indexOf(0x03);
    expect(lrc(res, 1, etx + 1)).toBe(0x23);
  });

  it('decodes the request Group III area (after the 9 Group I FS)', () => {
    const [start, end] = area(req, afterFs(req, 9));
    const records = decodeGroupIII(req, start, end, 'request');
    expect(records.map((r) => r.version)).toEqual([
      '001',
      '020',
      '022',
      '021',
      '025',
      '027',
      '032',
      '034',
      '040',
      '046',
      '061',
    ]);
    expect(records[0]!.fields).toEqual({ commercialCardRequestIndicator: '!010' });
    expect(records[1]!.fields).toEqual({ developerId: '000136', applicationId: 'B248' });
    expect(additionalAmountsFromFields(records[2]!.fields)).toEqual([
      { accountType: '30', amountType: '02', currencyCode: '840', sign: 'C', amount: 500 },
      { accountType: '30', amountType: '02', currencyCode: '840', sign: 'C', amount: 700 },
      { accountType: '30', amountType: '02', currencyCode: '840', sign: 'C', amount: 900 },
      { accountType: '30', amountType: '02', currencyCode: '840', sign: 'C', amount: 1100 },
    ]);
    expect(records[3]!.fields).toEqual({ merchantVerificationValue: '1EB2C1772D' });
    expect(records[4]!.fields).toEqual({ transactionFeeAmount: 'D00000150' });
    expect(records[5]!.fields).toEqual({
      posDataCode: {
        terminalCardDataInputCapability: 'H',
        terminalCardholderAuthenticationCapability: '1',
        terminalCardCaptureCapability: '1',
        terminalOperatingEnvironment: '1',
        cardholderPresentData: '0',
        cardPresentData: '1',
        cardDataInputMode: 'C',
        cardholderAuthenticationMethod: '1',
        cardholderAuthenticationEntity: '3',
        cardDataOutputCapability: '3',
        terminalDataOutputCapability: '3',
        pinCaptureCapability: '6',
      },
    });
    for (const r of records.slice(6)) expect(r.fields).toEqual({});
    // and back to the same bytes
    const w = new ByteWriter();
    encodeGroupIII(w, records, 'request');
    expect(w.toBytes()).toEqual(req.slice(start, end));
  });

  it('decodes the response Group III area (after TID<FS> and validation code<FS>)', () => {
    const [start, end] = area(res, afterFs(res, 2));
    const records = decodeGroupIII(res, start, end, 'response');
    expect(records.map((r) => r.version)).toEqual([
      '001',
      '020',
      '022',
      '021',
      '025',
      '027',
      '032',
      '034',
      '040',
      '046',
      '061',
    ]);
    expect(records[0]!.fields).toEqual({ commercialCardResponseIndicator: '0' });
    expect(records[1]!.fields).toEqual({});
    expect(records[2]!.fields).toMatchObject({
      firstAdditionalAmountAccountType: '30',
      firstAdditionalAmountAmountType: '02',
      firstAdditionalAmountCurrencyCode: '840',
      firstAdditionalAmountSign: 'C',
      firstAdditionalAmount: '000000000500',
      fourthAdditionalAmount: '000000001100',
    });
    expect(records[6]!.fields).toEqual({ acquirerTransactionCurrencyCode: '840' });
    expect(records[7]!.fields).toEqual({ cardProductCode: 'A ' });
    expect(records[8]!.fields).toEqual({});
    expect(records[9]!.fields).toEqual({ cardType: 'VISA' });
    expect(records[10]!.fields).toEqual({});
    const w = new ByteWriter();
    encodeGroupIII(w, records, 'response');
    expect(w.toBytes()).toEqual(res.slice(start, end));
  });

  it('traces the response with one entry per record, version and field', () => {
    const [start, end] = area(res, afterFs(res, 2));
    const trace: import('@paywire/core').TraceEntry[] = [];
    decodeGroupIII(res, start, end, 'response', trace);
    const cardType = trace.find((e) => e.path === 'groupIII.9.fields.cardType');
    expect(cardType).toMatchObject({
      offset: res.indexOf(0x56 /* V of VISA */, start),
      length: 4,
      value: 'VISA',
    });
    expect(trace.filter((e) => e.path.endsWith('.version'))).toHaveLength(11);
    expect(trace.find((e) => e.path === 'groupIII.0')).toMatchObject({
      offset: start,
      length: 4,
      terminator: '<GS>',
    });
  });
});
