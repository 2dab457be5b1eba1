import { frame, fromEscaped, toBase64, toEscaped, toHex, utf8Decode } from '@paywire/core';
import { assertNoLeaks, registerSecret } from '@paywire/test-guard';
import { describe, expect, it } from 'vitest';
import { checkFraming } from '../src/framing.js';
import { inspectPacket } from '../src/inspect.js';
import { examples, registry } from '../src/kinds.js';
import { detectNotation, type Notation } from '../src/notation.js';

// Gift card numbers in the fdms-gift and datawire examples: never shown unmasked either.
registerSecret('707777165452305246', '707777165452249042', '707777165452341385');

// EIS 1080 keyed credit request with AVS and CVV2 (the tsys example "keyed credit with AVS ZIP and
// CVV2 (8.3)"), written out here so the expectations do not come from the code under test.
const KEYED =
  '<STX>D4.99999599999999991100119911QR84084022030    007055999Y000154MT4219876128293505<FS>1215<FS><FS>' +
  '85284<FS><FS>000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>001!010<GS>' +
  '00711 999<GS>020000136B248<FS><FS><ETX>{';

describe('notation detection', () => {
  const cases: [string, Notation][] = [
    ['02 44 34 2E 39 39', 'hex'],
    ['0244342e3939', 'hex'],
    ['02:44:34:2E', 'hex'],
    ['AkQ0Ljk5OTk5NQM=', 'base64'],
    ['<STX>D4.999995<ETX><BEL>', 'escaped'],
    ['  <stx>abc<x80>  ', 'escaped'],
    ['<?xml version="1.0"?><Request Version="3"></Request>', 'text'],
    ['<Response>\n  <Status StatusCode="OK"/>\n</Response>', 'text'],
    ['transid=025-0007423614\nstatus=approved\n', 'text'],
    ['BEGIN\ncustid=1\nEND\n', 'text'],
    ['hello world', 'text'],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input.slice(0, 30))} is ${want}`, () => {
      expect(detectNotation(input)).toBe(want);
    });
  }
});

describe('every example, in every notation, is recognised and decodes', () => {
  for (const ex of examples) {
    const notations: [Notation, string][] = [
      ['hex', toHex(ex.bytes)],
      ['base64', toBase64(ex.bytes)],
      ['escaped', toEscaped(ex.bytes)],
    ];
    if (ex.kind.input === 'text') notations.push(['text', utf8Decode(ex.bytes)]);
    for (const [notation, text] of notations) {
      it(`${ex.kind.name}: ${ex.name} (${notation})`, () => {
        const r = inspectPacket(text);
        expect(r.error).toBeUndefined();
        expect(r.notation).toBe(notation);
        expect(r.kind?.name).toBe(ex.kind.name);
        expect(r.size).toBe(ex.bytes.length);
        expect(r.roundTrip).toBe(true);
        expect(r.rows.length).toBeGreaterThan(0);
        if (ex.kind.framed) expect(['ok', 'absent']).toContain(r.framing?.status);
        else expect(r.framing).toBeUndefined();
        assertNoLeaks(JSON.stringify({ ...r, kind: r.kind?.name, scores: [] }), `${ex.kind.name} result`);
      });
    }
  }

  it('covers every registered kind', () => {
    expect(new Set(examples.map((e) => e.kind.name))).toEqual(new Set(registry.map((k) => k.name)));
  });
});

describe('a TSYS keyed authorization', () => {
  const bytes = fromEscaped(KEYED);

  it('is detected, traced with the PAN and CVV masked, and its LRC checked', () => {
    const r = inspectPacket(toHex(bytes));
    expect(r.kind?.name).toBe('tsys-auth-request');
    expect(r.framing).toEqual({
      status: 'ok',
      parity: false,
      records: [{ start: 0, endOffset: 186, end: 'ETX', computed: 0x7b, received: 0x7b, status: 'ok' }],
    });
    const pan = r.rows.find((row) => row.value.startsWith('421987'));
    expect(pan?.value).toBe('421987******3505');
    expect(pan?.offset).toBe(65);
    expect(pan?.sensitive).toBe('pan');
    expect(r.rows.find((row) => row.label === 'Transaction amount')?.value).toBe('000000008800');
    expect(r.rows.find((row) => row.label === 'Merchant state')?.value).toBe('VA');
    expect(r.rows.find((row) => row.label.startsWith('Verification Code (CVV2'))?.value).not.toContain('999');
    expect(r.json).toContain('421987******3505');
    assertNoLeaks(JSON.stringify({ ...r, kind: undefined, scores: [] }));
  });

  it('with a wrong LRC byte: error 518 at the LRC offset, framing shows both values', () => {
    const bad = bytes.slice();
    bad[bad.length - 1] = 0x7c;
    const r = inspectPacket(toHex(bad));
    expect(r.kind?.name).toBe('tsys-auth-request');
    expect(r.error).toMatchObject({ code: 518, name: 'LRC_CHECK_FAILED', offset: 187 });
    expect(r.framing?.status).toBe('mismatch');
    expect(r.framing?.records[0]).toMatchObject({ computed: 0x7b, received: 0x7c, status: 'mismatch' });
    expect(r.rows).toEqual([]);
  });

  it('forced to the response kind: a decode error, not a crash', () => {
    const r = inspectPacket(KEYED, { kind: 'tsys-auth-response' });
    expect(r.kindAuto).toBe(false);
    expect(r.kind?.name).toBe('tsys-auth-response');
    expect(r.error?.code).toBeGreaterThan(500);
    expect(r.error?.name).not.toBe('UNEXPECTED');
    assertNoLeaks(JSON.stringify(r.error));
  });
});

describe('bad input', () => {
  it('unrecognised bytes: 703 UNKNOWN_KIND', () => {
    const r = inspectPacket('hello, world');
    expect(r.notation).toBe('text');
    expect(r.error).toMatchObject({ code: 703, name: 'UNKNOWN_KIND', field: 'kind' });
  });

  it('hex forced on non-hex text: 502 INVALID_FORMAT on the input', () => {
    const r = inspectPacket('02 44 3Z', { notation: 'hex' });
    expect(r.error).toMatchObject({ code: 502, name: 'INVALID_FORMAT', field: 'input' });
    expect(r.error?.message).toContain('hex');
  });

  it('an unknown control name in escaped text: 502', () => {
    expect(inspectPacket('<STX>abc<BOGUS>').error).toMatchObject({ code: 502, field: 'input' });
  });

  it('whitespace only: 520 EMPTY_RESPONSE', () => {
    expect(inspectPacket('   ', { notation: 'hex' }).error).toMatchObject({ code: 520 });
  });

  it('a truncated TSYS request: a paywire error with an offset', () => {
    const cut = fromEscaped(KEYED).subarray(0, 90);
    const r = inspectPacket(toHex(cut), { kind: 'tsys-auth-request' });
    expect(r.error?.code).toBeGreaterThanOrEqual(501);
    expect(r.error?.name).not.toBe('UNEXPECTED');
    expect(r.framing?.status).toBe('unframed');
  });
});

describe('framing check', () => {
  it('checks every record of an EIS 1081 batch (ETB .. ETX)', () => {
    const batch = examples.find((e) => e.kind.name === 'tsys-settlement-request')!.bytes;
    const f = checkFraming(batch);
    expect(f.status).toBe('ok');
    expect(f.records.length).toBeGreaterThan(2);
    expect(f.records.at(-1)?.end).toBe('ETX');
    expect(f.records.slice(0, -1).every((r) => r.end === 'ETB')).toBe(true);
  });

  it('strips even parity before checking', () => {
    const f = checkFraming(frame(fromEscaped('D4.999995'), { parity: true }));
    expect(f).toMatchObject({ status: 'ok', parity: true });
    // 'D4.999995' XOR ETX, computed by hand: 0x44^0x34^0x2E^0x39^0x39^0x39^0x39^0x39^0x35^0x03
    expect(f.records[0]?.computed).toBe(0x51);
  });

  it('reports a missing LRC byte as absent and bytes after the record as a problem', () => {
    expect(checkFraming(fromEscaped('<STX>AB<ETX>')).status).toBe('absent');
    const f = checkFraming(fromEscaped('<STX>AB<ETX><NUL>xyz'));
    expect(f.status).toBe('ok');
    expect(f.problem).toContain('3 byte(s) after the LRC');
  });
});
