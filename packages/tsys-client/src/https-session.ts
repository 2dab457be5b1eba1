// The TSYS HTTPS gateway: one POST per authorization (`x-Visa-II/x-auth`, application type 4) or per
// batch (`x-Visa-II/x-settle`, application type 1). The gateway's own problems come back as
// `NNN - text` bodies (500-514) and become typed errors; whether the host may have acted depends on
// the number (see GATEWAY_NOT_SENT).

import { type HttpsResponse, post } from '@paywire/transport-https';
import {
  type AuthorizationResponse,
  decodeBatchResponse,
  isGatewayErrorBody,
  parseGatewayError,
  type SettlementResponse,
} from '@paywire/tsys';
import { clientError, closedError, type TsysClientError, TsysClientErrorCode, wrapError } from './errors.js';
import type { PacketHooks } from './packets.js';
import type { Session } from './session.js';
import { tlsSettings } from './tls-settings.js';
import type { CallOptions, HttpsTransportOptions } from './types.js';
import { fromWire, readAuthAnswer, toWire } from './wire.js';

export const AUTH_CONTENT_TYPE = 'x-Visa-II/x-auth';
export const SETTLE_CONTENT_TYPE = 'x-Visa-II/x-settle';

/**
 * Gateway errors raised before the packet went to the host (malformed packet, not POST, unknown
 * content type, wrong application type, batch framing): `not-sent`. Every other number (lost host
 * connection, invalid or oversized host answer, batch ended early, host NAK) is `unknown`.
 */
export const GATEWAY_NOT_SENT: ReadonlySet<string> = new Set([
  '502',
  '503',
  '504',
  '507',
  '510',
  '511',
  '512',
  '513',
  '514',
]);

export interface HttpsSessionSettings {
  transport: HttpsTransportOptions;
  responseMs: number;
  settlementMs: number;
  hooks: PacketHooks;
}

function gatewayError(body: Uint8Array): TsysClientError {
  const g = parseGatewayError(body);
  const err = clientError(TsysClientErrorCode.SERVER_ERROR_RESPONSE, g.message, {
    outcome: GATEWAY_NOT_SENT.has(g.gatewayCode) ? 'not-sent' : 'unknown',
    cause: g,
    actual: g.gatewayCode,
    ...(g.meaning === undefined ? {} : { expected: g.meaning }),
  });
  err.gatewayCode = g.gatewayCode;
  return err;
}

export class HttpsSession implements Session {
  readonly #s: HttpsSessionSettings;
  readonly #parity: boolean;
  #closed = false;

  constructor(settings: HttpsSessionSettings) {
    this.#s = settings;
    this.#parity = settings.transport.parity !== false;
  }

  async #post(
    body: Uint8Array,
    contentType: string,
    call: CallOptions,
    timeoutMs: number,
  ): Promise<Uint8Array> {
    if (this.#closed) throw closedError();
    const t = this.#s.transport;
    let res: HttpsResponse;
    try {
      res = await post(t.url, toWire(body, this.#parity), {
        contentType,
        ...tlsSettings(t),
        responseTimeoutMs: call.timeoutMs ?? timeoutMs,
        maxResponseBytes: t.maxResponseBytes ?? 64 * 1024,
        ...(call.signal === undefined ? {} : { signal: call.signal }),
      });
    } catch (e) {
      throw wrapError(e, 'unknown', 'HTTPS gateway');
    }
    if (res.status !== 200) {
      const err = clientError(
        TsysClientErrorCode.SERVER_ERROR_RESPONSE,
        `the gateway answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
        {
          // A 4xx other than 408 means the gateway refused the request itself; 5xx, 408: it may have gone on.
          outcome: res.status >= 400 && res.status < 500 && res.status !== 408 ? 'not-sent' : 'unknown',
          actual: String(res.status),
        },
      );
      err.httpStatus = res.status;
      throw err;
    }
    if (res.body.length > 0 && isGatewayErrorBody(res.body)) {
      this.#s.hooks.emit('in', 'gateway-error', res.body);
      throw gatewayError(res.body);
    }
    return res.body;
  }

  async authorize(bytes: Uint8Array, sequence: number, call: CallOptions): Promise<AuthorizationResponse> {
    this.#s.hooks.emit('out', 'auth-request', bytes, sequence);
    const body = await this.#post(bytes, AUTH_CONTENT_TYPE, call, this.#s.responseMs);
    const clear = this.#readable(body, 'auth-response');
    return readAuthAnswer(clear, sequence);
  }

  #readable(body: Uint8Array, kind: 'auth-response' | 'batch-response'): Uint8Array {
    let clear: Uint8Array;
    try {
      clear = fromWire(body, this.#parity);
    } catch (e) {
      this.#s.hooks.emit(
        'in',
        'unreadable',
        body.map((b) => b & 0x7f),
      );
      throw e;
    }
    if (clear.length === 0) {
      throw clientError(TsysClientErrorCode.INVALID_RESPONSE, 'the gateway answered an empty body', {
        outcome: 'unknown',
        name: 'EMPTY_RESPONSE',
      });
    }
    this.#s.hooks.emit('in', kind, clear);
    return clear;
  }

  async settle(frames: Uint8Array[], call: CallOptions): Promise<SettlementResponse> {
    let size = 0;
    for (const f of frames) size += f.length;
    const body = new Uint8Array(size);
    let p = 0;
    for (const f of frames) {
      this.#s.hooks.emit('out', 'settlement-record', f);
      body.set(f, p);
      p += f.length;
    }
    const answer = await this.#post(body, SETTLE_CONTENT_TYPE, call, this.#s.settlementMs);
    const clear = this.#readable(answer, 'batch-response');
    try {
      return decodeBatchResponse(clear);
    } catch (e) {
      throw wrapError(e, 'unknown', 'the batch answer does not decode');
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}
