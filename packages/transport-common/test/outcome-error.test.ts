import { PaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { isOutcomeError, TransportError, TransportErrorCode } from '../src/index.js';

describe('isOutcomeError', () => {
  it('accepts an error of the family with a known outcome', () => {
    const e = Object.assign(new PaywireError(501, 'x', { family: 'some-client' }), { outcome: 'unknown' });
    expect(isOutcomeError(e, 'some-client')).toBe(true);
    const t = new TransportError(TransportErrorCode.CONNECTION_REFUSED, 'refused', { outcome: 'not-sent' });
    expect(isOutcomeError(t, 'transport')).toBe(true);
  });

  it('refuses another family, a missing or odd outcome, and non-errors', () => {
    const e = Object.assign(new PaywireError(501, 'x', { family: 'some-client' }), { outcome: 'unknown' });
    expect(isOutcomeError(e, 'other-client')).toBe(false);
    expect(isOutcomeError(new PaywireError(501, 'x', { family: 'some-client' }), 'some-client')).toBe(false);
    expect(isOutcomeError(Object.assign(new Error('x'), { family: 'f', outcome: 'sent' }), 'f')).toBe(false);
    expect(isOutcomeError({ family: 'f', outcome: 'unknown' }, 'f')).toBe(false);
  });
});
