/** Response layout (notes a.3; AM-NC parser and the shape of its test responses). */
import { describe, expect, it } from 'vitest';
import { decodeResponse, encodeResponse, interpretResponse, traceResponse } from '../src/index.js';
import { bytes, ETX, FS, fixed, response, STX, str } from './helpers.js';

describe('response fixed block offsets', () => {
  const wire = response(fixed('A', 'Y', '123456', 'APPROVED'));
  it('decodes each field from its documented offset', () => {
    const r = decodeResponse(bytes(wire));
    expect(r).toMatchObject({
      actionCode: 'A',
      avsResult: 'Y',
      approvalCode: '123456',
      batchNumber: '000001',
      retrievalNumber: '12345678',
      sequenceNumber: '000001',
      responseText: 'APPROVED',
      cardType: 'VI',
      interchange: 'interchange',
      authNetworkSource: 'auth_source',
      optionalData: 'optional',
      tokens: [{ id: 'CV', data: '12M' }],
      finalSeparator: false,
    });
    expect(r.unknown3).toBeUndefined();
  });
  it('traces offsets 1 (action), 2 (AVS), 3 (approval), 9, 15, 23, 29, 61 after STX', () => {
    const { entries } = traceResponse(bytes(wire));
    const at = (p: string) => entries.find((e) => e.path === p)!;
    expect([at('actionCode').offset, at('avsResult').offset, at('approvalCode').offset]).toEqual([1, 2, 3]);
    expect([at('batchNumber').offset, at('retrievalNumber').offset, at('sequenceNumber').offset]).toEqual([
      9, 15, 23,
    ]);
    expect([at('responseText').offset, at('cardType').offset]).toEqual([29, 61]);
    expect(wire.charCodeAt(63)).toBe(0x1c);
    expect(at('interchange').offset).toBe(64);
    expect(at('actionCode').meaning).toBe('Approved');
    expect(at('avsResult').meaning).toMatch(/five-digit/);
  });
  it('re-encodes to the same bytes (last token without FS)', () => {
    expect(str(encodeResponse(decodeResponse(bytes(wire))))).toBe(wire);
  });
  it('re-encodes a response whose last token ends with FS', () => {
    const w = response(fixed('A', 'Y', '123456', 'APPROVED'), `CVM${FS}ZZabc${FS}`);
    const r = decodeResponse(bytes(w));
    expect(r.finalSeparator).toBeUndefined();
    expect(r.tokens).toEqual([
      { id: 'CV', data: 'M' },
      { id: 'ZZ', data: 'abc' },
    ]);
    expect(str(encodeResponse(r))).toBe(w);
    expect(interpretResponse(r)).toMatchObject({
      approved: true,
      cvvResult: 'M',
      cvvMeaning: 'CVV2 match',
      cardTypeName: 'Visa',
    });
  });
  it('a credit return carries six blank spaces as approval code', () => {
    const r = decodeResponse(bytes(response(fixed('A', '0', '', 'APPROVED'), '')));
    expect(r.approvalCode).toBeUndefined();
    expect(r.tokens).toEqual([]);
    expect(interpretResponse(r).avsMeaning).toMatch(/not requested/);
  });
  it('rejects a response cut short with a field-named error', () => {
    const w = `${STX}${fixed('A', 'Y', '123456', 'APPROVED')}${FS}x${ETX}`;
    expect(() => decodeResponse(bytes(w))).toThrowError(
      expect.objectContaining({ family: 'paymentech', code: 512 }),
    );
    expect(() => decodeResponse(bytes(`${STX}A${ETX}`))).toThrowError(
      expect.objectContaining({ field: 'avsResult' }),
    );
    expect(() => decodeResponse(bytes(''))).toThrowError(expect.objectContaining({ code: 520 }));
    expect(() => decodeResponse(bytes('A'))).toThrowError(
      expect.objectContaining({ code: 519, field: 'stx' }),
    );
  });
});
