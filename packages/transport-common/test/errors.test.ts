import { isPaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  checkTimeout,
  deadlineMs,
  earliest,
  Guard,
  isTransportError,
  MAX_TIMEOUT_MS,
  TransportError,
  TransportErrorCode,
} from '../src/index.js';

describe('TransportError', () => {
  it('says whether the request may have reached the host', () => {
    const notSent = new TransportError(TransportErrorCode.CONNECTION_REFUSED, 'refused', {
      outcome: 'not-sent',
      host: '127.0.0.1',
      port: 1,
    });
    const unknown = new TransportError(TransportErrorCode.NO_RESPONSE, 'no response', { outcome: 'unknown' });
    expect([notSent.sent, unknown.sent]).toEqual([false, true]);
    expect(notSent.toJSON()).toMatchObject({
      code: 10061,
      name: 'CONNECTION_REFUSED',
      family: 'transport',
      outcome: 'not-sent',
      sent: false,
      host: '127.0.0.1',
      port: 1,
    });
    expect(isTransportError(unknown) && isPaywireError(unknown)).toBe(true);
    expect(isTransportError(new Error('x'))).toBe(false);
  });

  it('uses the seed SDK numbers for the meanings they share', () => {
    expect(TransportErrorCode).toMatchObject({
      RESPONSE_TRUNCATED: 521,
      HOST_DISCONNECTED: 522,
      NO_RESPONSE: 523,
      INVALID_TIMEOUT: 526,
      CONNECT_TIMEOUT: 10060,
      CONNECTION_REFUSED: 10061,
    });
  });
});

describe('timing helpers', () => {
  it('validate timeouts and deadlines', () => {
    expect(() => checkTimeout('responseTimeoutMs', 0)).toThrow(/between 1 and/);
    expect(() => checkTimeout('responseTimeoutMs', MAX_TIMEOUT_MS + 1)).toThrow(/between 1 and/);
    expect(() => checkTimeout('responseTimeoutMs', 1000)).not.toThrow();
    expect(deadlineMs(new Date(5))).toBe(5);
    expect(() => deadlineMs(Number.NaN)).toThrow(/deadline/);
    expect(earliest(undefined, 30, 10, undefined)).toBe(10);
    expect(earliest()).toBeUndefined();
  });

  it('a guard fires once, says why, and never fires after clear', async () => {
    const fired: string[] = [];
    new Guard({ timeoutMs: 5 }, (why) => fired.push(why));
    const controller = new AbortController();
    new Guard({ timeoutMs: 10_000, signal: controller.signal }, (why) => fired.push(why));
    controller.abort();
    controller.abort();
    const cleared = new Guard({ timeoutMs: 5 }, (why) => fired.push(`cleared ${why}`));
    cleared.clear();
    new Guard({ timeoutMs: 10_000, deadline: Date.now() + 5 }, (why) => fired.push(why));
    await new Promise((r) => setTimeout(r, 50));
    expect(fired.sort()).toEqual(['abort', 'deadline', 'timeout']);
  });
});
