import { describe, expect, it } from 'vitest';
import { fdmsGiftRequestKind, fdmsGiftResponseKind, kinds } from '../src/index.js';
import { ascii, unescapePayload } from './helpers.js';
import vectors from './vectors/recorded-exchanges.json' with { type: 'json' };

const request = unescapePayload(vectors.requests[0]!.payload);
const response = unescapePayload(vectors.responses[0]!.payload);

describe('CLI kinds', () => {
  it('exports fdms-gift-request and fdms-gift-response', () => {
    expect(kinds.map((k) => k.name)).toEqual(['fdms-gift-request', 'fdms-gift-response']);
    for (const k of kinds) {
      expect(k.package).toBe('@paywire/fdms-gift');
      expect(k.input).toBe('bytes');
    }
  });

  it('decode/encode give back identical bytes; trace agrees with decode', () => {
    expect(fdmsGiftRequestKind.encode(fdmsGiftRequestKind.decode(request))).toEqual(request);
    expect(fdmsGiftResponseKind.encode(fdmsGiftResponseKind.decode(response))).toEqual(response);
    expect(fdmsGiftRequestKind.trace(request).value).toEqual(fdmsGiftRequestKind.decode(request));
    expect(fdmsGiftResponseKind.trace(response).value).toEqual(fdmsGiftResponseKind.decode(response));
  });

  it('trace offsets point at the value bytes', () => {
    for (const [kind, bytes] of [
      [fdmsGiftRequestKind, request],
      [fdmsGiftResponseKind, response],
    ] as const) {
      for (const e of kind.trace(bytes).entries) {
        if (e.sensitive) continue;
        expect(String.fromCharCode(...bytes.subarray(e.offset, e.offset + e.length))).toBe(String(e.value));
      }
    }
  });

  it('detect picks the right kind and ignores other packets', () => {
    expect(fdmsGiftRequestKind.detect!(request)).toBeGreaterThan(fdmsGiftResponseKind.detect!(request));
    expect(fdmsGiftResponseKind.detect!(response)).toBeGreaterThan(fdmsGiftRequestKind.detect!(response));
    for (const other of [
      ascii('\x02D4.999995'),
      ascii('<?xml version="1.0"?>'),
      ascii('action=sale\n'),
      new Uint8Array(),
    ]) {
      expect(fdmsGiftRequestKind.detect!(other)).toBe(0);
      expect(fdmsGiftResponseKind.detect!(other)).toBe(0);
    }
  });

  it('redact masks the card number and the EAN', () => {
    const r = fdmsGiftRequestKind.redact(fdmsGiftRequestKind.decode(request));
    expect(r.fields.embossedCardNumber).toBe('777716******5246');
    expect(r.fields.extendedAccountNumber).toBe('*'.repeat(32));
    expect(r.fields.merchantTerminalId).toBe('990268099968594');
  });
});
