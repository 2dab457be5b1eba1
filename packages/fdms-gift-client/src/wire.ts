/**
 * One HTTP exchange with Datawire: encode, run the packet hooks, send with @paywire/transport-https,
 * decode. Every failure becomes a `GiftClientError` that says whether the host may have the request.
 */

import { isPaywireError, utf8Decode, utf8Encode } from '@paywire/core';
import {
  type DatawireRequest,
  type DatawireResponse,
  decodeResponse,
  encodeRequest,
} from '@paywire/datawire';
import type { SvdotRequest } from '@paywire/fdms-gift';
import {
  type HttpsRequestOptions,
  type HttpsResponse,
  httpsRequest,
  isTransportError,
} from '@paywire/transport-https';
import { GiftClientError, type GiftClientErrorOptions } from './errors.js';
import { maskedRequestText, maskedResponseText } from './masking.js';
import type { GiftClientHooks, GiftClientOptions, GiftPacket } from './types.js';

export interface WireCall {
  service: GiftPacket['service'];
  urls: readonly string[];
  /** GET for discovery, else POST of `request`. */
  request?: DatawireRequest;
  /** The SVdot request inside a Transaction (for masking and errors). */
  svdot?: SvdotRequest;
  responseTimeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface WireAnswer {
  response: DatawireResponse;
  url: string;
  elapsedMs: number;
}

/** The TLS and limit options every request takes. */
export type TlsOptions = Pick<HttpsRequestOptions, 'ca' | 'cert' | 'key' | 'passphrase' | 'maxResponseBytes'>;

export class Wire {
  readonly #tls: TlsOptions;
  readonly #connectMs: number;
  readonly #hooks: GiftClientHooks;

  constructor(options: GiftClientOptions) {
    const tls: TlsOptions = { maxResponseBytes: options.maxResponseBytes ?? 256 * 1024 };
    if (options.ca !== undefined) tls.ca = options.ca;
    if (options.cert !== undefined) tls.cert = options.cert;
    if (options.key !== undefined) tls.key = options.key;
    if (options.passphrase !== undefined) tls.passphrase = options.passphrase;
    this.#tls = tls;
    this.#connectMs = options.timeouts?.connectMs ?? 10_000;
    this.#hooks = options.hooks ?? {};
  }

  #emit(
    direction: 'out' | 'in',
    call: WireCall,
    url: string,
    raw: Uint8Array,
    masked: () => string,
    httpStatus?: number,
  ): void {
    const hook = direction === 'out' ? this.#hooks.onPacketOut : this.#hooks.onPacketIn;
    if (!hook) return;
    const unmasked = this.#hooks.unmasked === true;
    const text = unmasked ? utf8Decode(raw, 0, raw.length, false) : masked();
    const packet: GiftPacket = {
      direction,
      service: call.service,
      url,
      text,
      bytes: unmasked ? raw.slice() : utf8Encode(text),
      masked: !unmasked,
    };
    if (call.svdot) packet.requestCode = call.svdot.requestCode;
    if (call.request) packet.clientRef = call.request.clientId.clientRef;
    if (httpStatus !== undefined) packet.httpStatus = httpStatus;
    try {
      hook(packet);
    } catch {
      // A throwing hook must not change what happens to a payment.
    }
  }

  /** Sends one request; throws `GiftClientError` for anything but an HTTP 200 with a Datawire document. */
  async exchange(call: WireCall): Promise<WireAnswer> {
    const base: Omit<GiftClientErrorOptions, 'outcome'> = {
      requestCode: call.svdot?.requestCode,
      clientRef: call.request?.clientId.clientRef,
      request: call.svdot,
    };
    let body: Uint8Array | undefined;
    if (call.request) {
      try {
        body = encodeRequest(call.request);
      } catch (e) {
        throw new GiftClientError(
          isPaywireError(e) ? e.code : 705,
          `${call.service} request not built: ${(e as Error).message}`,
          { ...base, outcome: 'not-sent', cause: e },
        );
      }
      const req = call.request;
      this.#emit('out', call, call.urls[0] ?? '', body, () => maskedRequestText(req, call.svdot));
    } else {
      this.#emit('out', call, call.urls[0] ?? '', new Uint8Array(0), () => `GET ${call.urls[0] ?? ''}`);
    }
    const started = Date.now();
    let http: HttpsResponse;
    try {
      http = await httpsRequest({
        ...this.#tls,
        urls: call.urls,
        method: body === undefined ? 'GET' : 'POST',
        ...(body !== undefined ? { body, contentType: 'text/xml' } : {}),
        connectTimeoutMs: this.#connectMs,
        responseTimeoutMs: call.responseTimeoutMs,
        ...(call.signal ? { signal: call.signal } : {}),
      });
    } catch (e) {
      if (isTransportError(e)) {
        throw new GiftClientError(e.code, `${call.service}: ${e.message}`, {
          ...base,
          outcome: e.outcome,
          cause: e,
        });
      }
      throw e;
    }
    const elapsedMs = Date.now() - started;
    const text = utf8Decode(http.body, 0, http.body.length, false);
    this.#emit('in', call, http.url, http.body, () => maskedResponseText(text), http.status);
    // A GET changes nothing: its failures are all "not sent" as far as payments go.
    const unknown = call.service === 'Transaction' ? 'unknown' : 'not-sent';
    if (http.status !== 200) {
      throw new GiftClientError(
        151,
        `${call.service}: HTTP ${http.status} ${http.statusText} from ${http.url}`,
        {
          ...base,
          outcome: http.status >= 500 ? unknown : 'not-sent',
          httpStatus: http.status,
          retryable: http.status >= 500,
        },
      );
    }
    let response: DatawireResponse;
    try {
      response = decodeResponse(http.body);
    } catch (e) {
      throw new GiftClientError(
        isPaywireError(e) ? e.code : 529,
        `${call.service}: the answer is not a Datawire response (${isPaywireError(e) ? e.name : 'error'})`,
        { ...base, outcome: unknown, cause: e },
      );
    }
    return { response, url: http.url, elapsedMs };
  }
}
