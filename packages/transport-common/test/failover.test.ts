import { describe, expect, it } from 'vitest';
import {
  allAttemptsFailed,
  endsFailover,
  failedAttempt,
  stopBeforeAttempt,
  TransportError,
  TransportErrorCode,
} from '../src/index.js';

describe('failover bookkeeping', () => {
  it('lets an attempt start while the budget lasts and nothing aborted', () => {
    expect(stopBeforeAttempt(undefined, undefined, undefined, 'while connecting', 5)).toBeUndefined();
    expect(stopBeforeAttempt(new AbortController().signal, 10, 10, 'while connecting', 9)).toBeUndefined();
  });

  it('stops on abort, at the deadline, and when the total connect time is used up', () => {
    const ac = new AbortController();
    ac.abort();
    const aborted = stopBeforeAttempt(ac.signal, undefined, undefined, 'before sending', 0);
    expect(aborted?.code).toBe(TransportErrorCode.ABORTED);
    expect(aborted?.message).toBe('aborted before sending');
    const late = stopBeforeAttempt(undefined, 10, 10, 'while connecting', 10);
    expect(late?.code).toBe(TransportErrorCode.DEADLINE_EXCEEDED);
    expect(late?.outcome).toBe('not-sent');
    const budget = stopBeforeAttempt(undefined, 10, 20, 'while connecting', 11);
    expect(budget?.code).toBe(TransportErrorCode.CONNECT_TIMEOUT);
    expect(budget?.message).toBe('total connect time used up');
  });

  it('records failed attempts, ends failover on abort/deadline only, and sums up', () => {
    const refused = new TransportError(TransportErrorCode.CONNECTION_REFUSED, 'refused', {
      outcome: 'not-sent',
      host: 'b',
      port: 2,
    });
    const a = failedAttempt('b', 2, refused, Date.now());
    expect(a).toMatchObject({ host: 'b', port: 2, code: refused.code, name: refused.name });
    expect(a.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(endsFailover(refused)).toBe(false);
    expect(endsFailover(new TransportError(TransportErrorCode.ABORTED, 'x', { outcome: 'not-sent' }))).toBe(
      true,
    );
    const attempts = [{ host: 'a', port: 1, elapsedMs: 1 }, a];
    const all = allAttemptsFailed(refused, attempts, 'could not connect', refused);
    expect(all.message).toBe('could not connect (2 attempts): refused');
    expect(all).toMatchObject({ code: refused.code, outcome: 'not-sent', host: 'b', port: 2 });
    expect(all.attempts).toBe(attempts);
    expect(all.cause).toBe(refused);
    expect(allAttemptsFailed(refused, [a], 'request not sent', undefined).message).toBe(
      'request not sent (1 attempt): refused',
    );
  });
});
