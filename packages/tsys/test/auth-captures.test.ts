import { readFileSync } from 'node:fs';
import { frame, fromEscaped, isPaywireError, toEscaped } from '@paywire/core';
import { describe, expect, test } from 'vitest';
import {
  authRequestKind,
  authResponseKind,
  decodeAuthRequest,
  decodeAuthResponse,
  encodeAuthRequest,
  encodeAuthResponse,
} from '../src/auth/index.js';
import { kinds } from '../src/index.js';

interface Vector {
  name: string;
  record: string;
  lrc?: string;
  malformed?: boolean;
  expect?: Record<string, unknown> & { groupIIIVersions?: string[] };
}
const vectors = JSON.parse(
  readFileSync(new URL('./vectors/auth-captures.json', import.meta.url), 'utf8'),
) as {
  requests: Vector[];
  responses: Vector[];
};

function packet(v: Vector): Uint8Array {
  return frame(fromEscaped(v.record));
}

function split(e: Vector['expect']) {
  const { groupIIIVersions, ...fields } = e ?? {};
  return { groupIIIVersions, fields };
}

describe('captured requests (tsys-wire.md)', () => {
  for (const v of vectors.requests) {
    test(v.name, () => {
      const bytes = packet(v);
      if (v.lrc !== undefined) expect(bytes[bytes.length - 1]!.toString(16).padStart(2, '0')).toBe(v.lrc);
      if (v.malformed) {
        let caught: unknown;
        try {
          decodeAuthRequest(bytes);
        } catch (e) {
          caught = e;
        }
        expect(isPaywireError(caught)).toBe(true);
        expect((caught as { offset?: number }).offset).toBeTypeOf('number');
        return;
      }
      const value = decodeAuthRequest(bytes);
      const { groupIIIVersions, fields } = split(v.expect);
      expect(value).toMatchObject(fields);
      if (groupIIIVersions && 'groupIII' in value) {
        expect(value.groupIII.map((r) => r.version)).toEqual(groupIIIVersions);
      }
      expect(toEscaped(encodeAuthRequest(value))).toBe(toEscaped(bytes));
      // through the CLI kind as well
      expect(toEscaped(authRequestKind.encode(authRequestKind.decode(bytes)))).toBe(toEscaped(bytes));
    });
  }
});

describe('captured responses (tsys-wire.md)', () => {
  for (const v of vectors.responses) {
    test(v.name, () => {
      const bytes = packet(v);
      if (v.lrc !== undefined) expect(bytes[bytes.length - 1]!.toString(16).padStart(2, '0')).toBe(v.lrc);
      const value = decodeAuthResponse(bytes);
      const { groupIIIVersions, fields } = split(v.expect);
      expect(value).toMatchObject(fields);
      if (groupIIIVersions) expect(value.groupIII.map((r) => r.version)).toEqual(groupIIIVersions);
      expect(toEscaped(encodeAuthResponse(value))).toBe(toEscaped(bytes));
      expect(toEscaped(authResponseKind.encode(authResponseKind.decode(bytes)))).toBe(toEscaped(bytes));
    });
  }
});

describe('framing', () => {
  const good = packet(vectors.responses[0]!);

  test('a wrong LRC is refused with code 518 and the LRC offset', () => {
    const bad = good.slice();
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0x01;
    expect(() => decodeAuthResponse(bad)).toThrowError(
      expect.objectContaining({ code: 518, family: 'tsys', offset: bad.length - 1 }),
    );
  });

  test('bytes after the LRC are refused', () => {
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    expect(() => decodeAuthResponse(longer)).toThrowError(expect.objectContaining({ code: 517 }));
  });

  test('unframed decoding and encoding', () => {
    const record = fromEscaped(vectors.responses[0]!.record);
    const v = decodeAuthResponse(record, { framed: false });
    expect(toEscaped(encodeAuthResponse(v, { framed: false }))).toBe(toEscaped(record));
  });

  test('the package exports both kinds and detect tells them apart', () => {
    const names = kinds.map((k) => k.name);
    expect(names).toContain('tsys-auth-request');
    expect(names).toContain('tsys-auth-response');
    const req = packet(vectors.requests[0]!);
    expect(authRequestKind.detect!(req)).toBeGreaterThan(0);
    expect(authResponseKind.detect!(req)).toBe(0);
    expect(authResponseKind.detect!(good)).toBeGreaterThan(0);
    expect(authRequestKind.detect!(good)).toBe(0);
  });
});

describe('debit confirmation record V (Table 5.4) and traces', () => {
  test('V is 23 bytes and round-trips', () => {
    const v = {
      recordFormat: 'V',
      applicationType: '4',
      acquirerBin: '999995',
      hostMessageIdentifier: '        ',
      systemTraceAuditNumber: '142282',
    } as const;
    const bytes = encodeAuthRequest({ ...v, hostMessageIdentifier: '' });
    expect(toEscaped(bytes.subarray(1, bytes.length - 2))).toBe('V4.999995        142282');
    expect(decodeAuthRequest(bytes)).toEqual({ ...v, hostMessageIdentifier: '' });
  });

  test('the trace names every field with its offset in the framed input', () => {
    const bytes = packet(vectors.responses[5]!);
    const { entries } = authResponseKind.trace(bytes);
    const at = (path: string) => entries.find((e) => e.path === path);
    expect(at('stx')?.offset).toBe(0);
    expect(at('recordFormat')).toMatchObject({ offset: 1, raw: 'U' });
    expect(at('responseCode')).toMatchObject({
      offset: 18,
      raw: '00',
      meaning: expect.stringContaining('APPROVAL'),
    });
    expect(at('groupII.networkIdCode')).toMatchObject({ raw: '5' });
    expect(at('lrc')?.offset).toBe(bytes.length - 1);
    const g3 = at('groupIII');
    expect(g3?.offset).toBe(String.fromCharCode(...bytes).indexOf('\x1c020\x1d') + 1);
  });
});
