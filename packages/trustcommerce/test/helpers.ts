import { isPaywireError } from '@paywire/core';
import { expect } from 'vitest';

export const bytes = (s: string): Uint8Array => {
  const out: number[] = [];
  for (const b of new TextEncoder().encode(s)) out.push(b);
  return Uint8Array.from(out);
};
export const text = (b: Uint8Array): string => new TextDecoder().decode(b);

/** Runs fn and returns the thrown paywire error (fails the test when nothing or something else is thrown). */
export function catchPaywire(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(isPaywireError(e), `expected a paywire error, got ${String(e)}`).toBe(true);
    return e as import('../src/errors.js').TrustCommerceError;
  }
  throw new Error('expected an error');
}
