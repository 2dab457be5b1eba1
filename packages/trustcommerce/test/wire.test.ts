import { ErrorCode } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  decodeForm,
  decodeHttpsRequest,
  decodeLines,
  decodeResponsePairs,
  decodeTclinkRequest,
  encodeForm,
  encodeHttpsResponse,
  encodeTclinkRequest,
  encodeTclinkResponse,
  TCLINK_MAX_LINE_BYTES,
  TCLINK_MAX_REQUEST_BYTES,
} from '../src/index.js';
import { bytes, catchPaywire, text } from './helpers.js';

describe('TCLink socket form', () => {
  it('writes BEGIN, version, the pairs in order, pass/time/dns, END with bare LF', () => {
    const out = encodeTclinkRequest(
      [
        ['custid', 'TestMerchant'],
        ['password', 'password'],
        ['action', 'preauth'],
        ['cc', '4111111111111111'],
        ['exp', '0404'],
        ['amount', '100'],
        ['avs', 'n'],
      ],
      { version: '4.2.0-Python-Linux-x86_64', pass: 1, time: 0 },
    );
    expect(text(out)).toBe(
      'BEGIN\nversion=4.2.0-Python-Linux-x86_64\ncustid=TestMerchant\npassword=password\naction=preauth\n' +
        'cc=4111111111111111\nexp=0404\namount=100\navs=n\npass=1\ntime=0\nEND\n',
    );
    const back = decodeTclinkRequest(out);
    expect(back.meta).toEqual({ version: '4.2.0-Python-Linux-x86_64', pass: 1, time: 0 });
    expect(back.params[0]).toEqual(['custid', 'TestMerchant']);
  });

  it('adds dns=n only when the fallback addresses were used', () => {
    const out = text(encodeTclinkRequest({ action: 'sale' }, { version: 'v', dnsFallback: true }));
    expect(out).toBe('BEGIN\nversion=v\naction=sale\ndns=n\nEND\n');
  });

  it('refuses line breaks in names and values and = in names instead of replacing them', () => {
    expect(catchPaywire(() => encodeTclinkRequest([['name', 'a\nb']])).code).toBe(ErrorCode.INVALID_FORMAT);
    expect(catchPaywire(() => encodeTclinkRequest([['name', 'a\rb']])).code).toBe(ErrorCode.INVALID_FORMAT);
    const e = catchPaywire(() => encodeTclinkRequest([['na=me', 'x']]));
    expect(e.code).toBe(ErrorCode.INVALID_FORMAT);
    expect(e.error).toBe('badformat');
    expect(() => encodeTclinkRequest([['ticket', 'a=b=c']])).not.toThrow();
  });

  it('enforces the 1,023-byte line and 15,999-byte request limits as errors', () => {
    // "ticket=" + value + "\n" = 1023 bytes exactly is fine; one more is not.
    const ok = 'x'.repeat(TCLINK_MAX_LINE_BYTES - 8);
    expect(() => encodeTclinkRequest([['ticket', ok]])).not.toThrow();
    const e = catchPaywire(() => encodeTclinkRequest([['ticket', `${ok}x`]]));
    expect(e.code).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(e.error).toBe('badlength');
    const many = Array.from({ length: 40 }, (_, i) => [`p${i}`, 'y'.repeat(400)] as const);
    const big = catchPaywire(() => encodeTclinkRequest(many));
    expect(big.code).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(big.offenders).toEqual(['request']);
    // exactly at the limit
    const fill = (n: number) => {
      const rows: (readonly [string, string])[] = [];
      let left = n - 'BEGIN\nversion=v\nEND\n'.length;
      let i = 0;
      while (left > 0) {
        const name = `n${i++}`;
        const len = Math.min(1000, left - name.length - 2);
        rows.push([name, 'z'.repeat(len)]);
        left -= name.length + 2 + len;
      }
      return rows;
    };
    expect(encodeTclinkRequest(fill(TCLINK_MAX_REQUEST_BYTES), { version: 'v' }).length).toBe(
      TCLINK_MAX_REQUEST_BYTES,
    );
    expect(
      catchPaywire(() => encodeTclinkRequest(fill(TCLINK_MAX_REQUEST_BYTES + 1), { version: 'v' })).code,
    ).toBe(ErrorCode.INPUT_TOO_LARGE);
  });

  it('parses with the TCLink rules: first =, case-insensitive markers, blank lines, CRLF', () => {
    const input = '\n\nbegin\r\ntransid=025-0007423614\n\nstatus=approved\r\nnote=a=b==c\nEnd\n\n';
    const d = decodeLines(bytes(input), { block: true });
    expect(d.pairs).toEqual([
      ['transid', '025-0007423614'],
      ['status', 'approved'],
      ['note', 'a=b==c'],
    ]);
  });

  it('rejects broken framing with paywire errors', () => {
    const cases: [string, number][] = [
      ['status=approved\nEND\n', ErrorCode.CORRUPT_RESPONSE],
      ['BEGIN\nBEGIN\nEND\n', ErrorCode.CORRUPT_RESPONSE],
      ['BEGIN\nstatus\nEND\n', ErrorCode.CORRUPT_RESPONSE],
      ['END\n', ErrorCode.CORRUPT_RESPONSE],
      ['BEGIN\nstatus=approved\n', ErrorCode.TRUNCATED],
      ['BEGIN\nstatus=approved\nEND\nmore=1\n', ErrorCode.CORRUPT_RESPONSE],
      ['', ErrorCode.EMPTY_RESPONSE],
      ['\n\r\n', ErrorCode.EMPTY_RESPONSE],
    ];
    for (const [input, code] of cases) {
      expect(catchPaywire(() => decodeLines(bytes(input), { block: true })).code, JSON.stringify(input)).toBe(
        code,
      );
    }
  });

  it('carries UTF-8 names and values', () => {
    const out = encodeTclinkResponse([['name', 'Zoë Ångström 東京 😀']]);
    expect(decodeResponsePairs(out)).toEqual([['name', 'Zoë Ångström 東京 😀']]);
    expect(
      catchPaywire(() => decodeLines(Uint8Array.of(0x61, 0x3d, 0xff, 0x0a), { block: false })).code,
    ).toBe(ErrorCode.INVALID_FORMAT);
  });
});

describe('HTTPS forms', () => {
  it('writes the WHATWG form encoding (same bytes as URLSearchParams)', () => {
    const pairs: [string, string][] = [
      ['custid', 'TestMerchant'],
      ['name', 'Jennifer Smith'],
      ['address1', '123 Test St.'],
      ['email', 'a+b@example.com'],
      ['weird', '~!@#$%^&*()=+[]{}|;:\'",<>/?`é😀'],
    ];
    expect(text(encodeForm(pairs))).toBe(new URLSearchParams(pairs).toString());
    expect(decodeHttpsRequest(encodeForm(pairs))).toEqual(pairs);
  });

  it('decodes the way URLSearchParams does, including bad escapes and missing =', () => {
    const body = 'a=%zz&b&c=1+2%2B3&=x&d=%E6%9D%B1&e=%FF';
    const expected = [...new URLSearchParams(body)];
    expect(decodeForm(bytes(body)).pairs).toEqual(expected);
  });

  it('answers are plain name=value lines', () => {
    const out = encodeHttpsResponse([
      ['transid', '025-0007423827'],
      ['declinetype', 'cvv'],
      ['status', 'decline'],
      ['cvv', 'N'],
    ]);
    expect(text(out)).toBe('transid=025-0007423827\ndeclinetype=cvv\nstatus=decline\ncvv=N\n');
    expect(decodeResponsePairs(bytes('transid=1\r\nstatus=approved'))).toEqual([
      ['transid', '1'],
      ['status', 'approved'],
    ]);
  });
});
