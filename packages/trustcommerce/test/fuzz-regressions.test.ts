// Regressions found by the tools/fuzz fuzzer: decoder size limits and linear-time traces.
import { ErrorCode } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { kinds, MAX_DOCUMENT_BYTES, TCLINK_MAX_REQUEST_BYTES } from '../src/index.js';
import { bytes, catchPaywire } from './helpers.js';

const request = kinds.find((k) => k.name === 'trustcommerce-request')!;
const response = kinds.find((k) => k.name === 'trustcommerce-response')!;

function lines(count: number, line: string): Uint8Array {
  return bytes(line.repeat(count));
}

describe('input size limits', () => {
  it('an answer larger than MAX_DOCUMENT_BYTES is 702 before parsing, in both forms', () => {
    const big = lines(Math.ceil((MAX_DOCUMENT_BYTES + 1) / 15), 'status=decline\n');
    expect(big.length).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    expect(catchPaywire(() => response.decode(big)).code).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(catchPaywire(() => response.trace(big)).code).toBe(ErrorCode.INPUT_TOO_LARGE);
    const block = bytes(`BEGIN\n${'status=decline\n'.repeat(5000)}END\n`);
    expect(catchPaywire(() => response.decode(block)).code).toBe(ErrorCode.INPUT_TOO_LARGE);
  });

  it('an HTTPS form body larger than MAX_DOCUMENT_BYTES is 702; the socket form keeps its 15,999', () => {
    const form = bytes(`action=sale&custid=1&x=${'a'.repeat(MAX_DOCUMENT_BYTES)}`);
    expect(catchPaywire(() => request.decode(form)).code).toBe(ErrorCode.INPUT_TOO_LARGE);
    const block = bytes(`BEGIN\n${'action=sale\n'.repeat(Math.ceil(TCLINK_MAX_REQUEST_BYTES / 12))}END\n`);
    expect(catchPaywire(() => request.decode(block)).code).toBe(ErrorCode.INPUT_TOO_LARGE);
  });

  it('documents at the limit are still decoded', () => {
    const body = 'status=decline\n';
    const ok = lines(Math.floor(MAX_DOCUMENT_BYTES / body.length), body);
    expect(response.decode(ok)).toMatchObject({ form: 'https' });
  });
});

describe('large answers trace completely', () => {
  // The trace used to search from the start of the document for every field (quadratic time).
  // Speed is not asserted here (tests do not time code); tools/fuzz bounds every input to 50 ms.
  it('a 5,800-field answer traces every field at its own offset', () => {
    const large = lines(2900, 'status=decline\ncvv=N\n\n');
    const { entries } = response.trace(large);
    expect(entries).toHaveLength(5800);
    const last = entries.at(-1)!;
    expect([last.path, last.value]).toEqual(['cvv', 'N']);
    expect(large[last.offset]).toBe('N'.charCodeAt(0));
    expect(entries.every((e, i) => i === 0 || e.offset > entries[i - 1]!.offset)).toBe(true);
  });

  it('repeated field names each show their own value and offset', () => {
    const input = bytes('status=decline\nstatus=approved\n');
    const { entries } = response.trace(input);
    expect(entries.map((e) => [e.value, e.offset])).toEqual([
      ['decline', 7],
      ['approved', 22],
    ]);
  });
});
