/**
 * Idempotency keys. A request with an `Idempotency-Key` header is recorded with a keyed hash of
 * its method, route and canonical JSON body before anything is sent; its answer is stored with it.
 * A retry with the same key and body gets the stored answer (header `Idempotent-Replayed: true`)
 * and nothing is sent again. The same key with another body: 422. The same key while the first
 * request still runs: the retry waits for the answer (up to `waitMs`), then 409.
 */

import type { CardVault } from './card-vault.js';
import { type ErrorBody, GatewayErrorCode, gatewayError } from './errors.js';
import type { GatewayStore } from './store/types.js';

export interface ApiAnswer {
  status: number;
  body: unknown;
  replayed?: boolean;
}

/** Keys sorted at every level, so `{a,b}` and `{b,a}` hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Answers that say nothing happened at the processor are not kept, so the same key can be tried
 * again: 401, 404, 409 (state or key conflicts) and 503 (processor not reached). Everything else
 * is kept: approvals, declines, validation errors, 502 (outcome unknown) and 500 (the gateway
 * failed, possibly after the processor acted): a retry must never send it again.
 */
function keep(status: number): boolean {
  return !(status === 401 || status === 404 || status === 409 || status === 503);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runIdempotent(
  store: GatewayStore,
  vault: CardVault,
  scope: string,
  key: string | undefined,
  request: { method: string; route: string; body: unknown },
  waitMs: number,
  run: () => Promise<ApiAnswer>,
): Promise<ApiAnswer> {
  if (key === undefined) return run();
  if (key.length === 0 || key.length > 255)
    throw gatewayError(705, 'Idempotency-Key must be 1-255 characters', {
      field: 'Idempotency-Key',
      status: 400,
    });
  const hash = vault.fingerprint(
    `${request.method} ${request.route}\n${canonicalJson(request.body ?? null)}`,
  );
  if (!(await store.claimIdempotency(scope, key, hash))) {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const rec = await store.getIdempotency(scope, key);
      if (rec === undefined) {
        // Released meanwhile (the first attempt did nothing): try to take it.
        if (await store.claimIdempotency(scope, key, hash)) break;
        continue;
      }
      if (rec.requestHash !== hash)
        throw gatewayError(
          GatewayErrorCode.IDEMPOTENCY_KEY_REUSED,
          'this Idempotency-Key was used with another request; use a new key for a new request',
        );
      if (rec.state === 'completed') return { status: rec.status ?? 200, body: rec.body, replayed: true };
      if (Date.now() >= deadline)
        throw gatewayError(
          GatewayErrorCode.IDEMPOTENCY_KEY_IN_USE,
          'a request with this Idempotency-Key is still being processed; retry later',
        );
      await sleep(25);
    }
  }
  let answer: ApiAnswer;
  try {
    answer = await run();
  } catch (e) {
    await store.releaseIdempotency(scope, key);
    throw e;
  }
  if (keep(answer.status)) await store.completeIdempotency(scope, key, answer.status, answer.body);
  else await store.releaseIdempotency(scope, key);
  return answer;
}

export type { ErrorBody };
