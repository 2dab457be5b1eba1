// Each decoder's documented maximum input size is enforced: one byte more is 702 INPUT_TOO_LARGE,
// refused quickly, whatever the bytes.
import { ErrorCode, isPaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { allKinds, MAX_INPUT } from '../src/kinds.js';
import { seedsFor } from '../src/seeds.js';

function outcome(fn: () => unknown): number | 'value' {
  try {
    fn();
    return 'value';
  } catch (e) {
    if (isPaywireError(e)) return e.code;
    throw e;
  }
}

/** An example stretched to `size` bytes: its start, spaces, its last bytes. */
function stretched(example: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size).fill(0x20);
  const head = Math.min(example.length - 4, size - 4);
  b.set(example.subarray(0, head));
  b.set(example.subarray(example.length - 4), size - 4);
  return b;
}

describe('maximum input sizes', () => {
  it('every kind has a documented maximum', () => {
    for (const k of allKinds) expect(MAX_INPUT[k.name]).toBeGreaterThan(0);
  });

  it.each(allKinds.map((k) => [k.name, k] as const))('%s refuses its maximum + 1 with 702', (name, kind) => {
    const max = MAX_INPUT[name]!;
    // the HTTPS form (the socket form of TrustCommerce requests stops at 15,999 bytes, tested there)
    const example =
      name === 'trustcommerce-request'
        ? Uint8Array.from('action=sale&custid=1&amount=100&x=1', (c) => c.charCodeAt(0))
        : seedsFor(kind)[0]!.bytes;
    const t0 = performance.now();
    expect(outcome(() => kind.decode(stretched(example, max + 1)))).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(outcome(() => kind.trace(stretched(example, max + 1)))).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(outcome(() => kind.decode(new Uint8Array(64 * 1024 * 1024)))).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(performance.now() - t0).toBeLessThan(200);
    // at the maximum the parser runs (a value or another error, never 702)
    expect(outcome(() => kind.decode(stretched(example, max)))).not.toBe(ErrorCode.INPUT_TOO_LARGE);
  });
});
