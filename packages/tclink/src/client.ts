/**
 * The TrustCommerce client: any request of `@paywire/trustcommerce`, checked like the gateway
 * before sending, then sent over the TCLink socket (4.2.0 failover order, bounded in attempts and
 * time, only while nothing was written) or as an HTTPS POST. One connection per request, as
 * TCLink does; no state is shared between calls.
 */

import { ErrorCode, isPaywireError, PaywireError, withProperties } from '@paywire/core';
import { isTransportError, type TransportError } from '@paywire/transport-common';
import { post } from '@paywire/transport-https';
import { connectTls, endLineReader, type HostAddress, type TlsConnection } from '@paywire/transport-tls';
import {
  buildRequest,
  decodeResponse,
  encodeHttpsRequest,
  encodeTclinkRequest,
  isSuccess,
  type NvpPair,
  type TcRequest,
  type TcResponse,
  type TrustCommerceError,
  validateRequest,
} from '@paywire/trustcommerce';
import { TcLinkError, TcLinkErrorCode } from './errors.js';
import { attemptOrder } from './failover.js';
import { maskAnswer, maskFormRequest, maskTclinkRequest, packetText } from './packets.js';
import {
  DEFAULT_TCLINK_HOST,
  DEFAULT_TCLINK_URL,
  type TcLinkCallOptions,
  type TcLinkClientOptions,
  type TcLinkPacketEvent,
  type TcLinkRequest,
  type TcLinkResult,
} from './types.js';

export const DEFAULT_CONNECT_MS = 8_000;
export const DEFAULT_TOTAL_CONNECT_MS = 100_000;
export const DEFAULT_RESPONSE_MS = 100_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 16_000;

export interface TcLinkClient {
  /** Sends one request; approvals, declines, baddata and gateway errors come back as data. */
  send(request: TcLinkRequest, options?: TcLinkCallOptions): Promise<TcLinkResult>;
  /** Socket transport: the hosts in the order a request tries them. */
  readonly attemptOrder: readonly HostAddress[];
  readonly transport: 'socket' | 'https';
}

function invalid(message: string, field: string): PaywireError {
  return new PaywireError(ErrorCode.INVALID_ARGUMENT, message, { family: 'tclink', field });
}

function checkOptions(o: TcLinkClientOptions): void {
  if (o === null || typeof o !== 'object') throw invalid('options are required', 'options');
  if (typeof o.custid !== 'string' || o.custid === '') throw invalid('custid is required', 'custid');
  if (typeof o.password !== 'string' || o.password === '') throw invalid('password is required', 'password');
  if (o.transport !== 'socket' && o.transport !== 'https')
    throw invalid("transport must be 'socket' or 'https'", 'transport');
  if (o.transport === 'socket') {
    if (o.hosts !== undefined && (!Array.isArray(o.hosts) || o.hosts.length === 0))
      throw invalid('hosts must list at least one { host, port }', 'hosts');
    if (o.maxAttempts !== undefined && (!Number.isInteger(o.maxAttempts) || o.maxAttempts < 1))
      throw invalid('maxAttempts must be a positive integer', 'maxAttempts');
  } else if (o.url !== undefined) {
    let u: URL;
    try {
      u = new URL(o.url);
    } catch {
      throw invalid('url is not a URL', 'url');
    }
    if (u.protocol !== 'https:') throw invalid('url must be https', 'url');
  }
}

function badDataResult(e: TrustCommerceError): TcLinkResult {
  return {
    status: 'baddata',
    ...(e.error !== undefined ? { error: e.error } : {}),
    offenders: [...e.offenders],
    ok: false,
    origin: 'client',
  };
}

/** Creates a client; options are checked here, before anything is sent. */
export function createTcLinkClient(options: TcLinkClientOptions): TcLinkClient {
  checkOptions(options);
  const unmasked = options.unmaskedPackets === true;
  const hooks = options.hooks ?? {};
  const connectMs = options.timeouts?.connectMs ?? DEFAULT_CONNECT_MS;
  const totalConnectMs = options.timeouts?.totalConnectMs ?? DEFAULT_TOTAL_CONNECT_MS;
  const responseMs = options.timeouts?.responseMs ?? DEFAULT_RESPONSE_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const hosts: readonly HostAddress[] =
    options.transport === 'socket' ? [...(options.hosts ?? [{ host: DEFAULT_TCLINK_HOST, port: 443 }])] : [];
  const order =
    options.transport === 'socket'
      ? attemptOrder(hosts, options.custid, options.maxAttempts ?? hosts.length + 1)
      : [];
  const url = options.transport === 'https' ? (options.url ?? DEFAULT_TCLINK_URL) : '';

  function emit(event: TcLinkPacketEvent): void {
    if (!hooks.onPacket) return;
    try {
      hooks.onPacket(event);
    } catch {
      // a failing logger must not change the outcome
    }
  }

  /** Validation and building: a `baddata` result, or the wire pairs. */
  function prepare(request: TcLinkRequest): TcLinkResult | NvpPair[] {
    // withProperties, not a spread: a spread copy that gains keys is slow to make and to read (core)
    const full = withProperties(request, { custId: options.custid, password: options.password }) as TcRequest;
    if (options.validate !== false) {
      const v = validateRequest(full, options.validateOptions);
      if (!v.ok) {
        return {
          status: 'baddata',
          error: v.error,
          offenders: [...v.offenders],
          ok: false,
          origin: 'client',
          problems: v.problems,
        };
      }
    }
    try {
      return buildRequest(full);
    } catch (e) {
      if (isPaywireError(e) && (e as TrustCommerceError).error !== undefined)
        return badDataResult(e as TrustCommerceError);
      throw e;
    }
  }

  function linkError(
    e: unknown,
    action: string,
    extra: { host?: string; port?: number; url?: string },
  ): TcLinkError {
    if (isTransportError(e)) {
      const t = e as TransportError;
      return new TcLinkError(t.code, `${action}: ${t.message}`, {
        outcome: t.outcome,
        transport: options.transport,
        action,
        host: t.host ?? extra.host,
        port: t.port ?? extra.port,
        url: extra.url,
        attempts: t.attempts,
        cause: t,
      });
    }
    const pe = isPaywireError(e) ? e : undefined;
    // anything else after the request went out: the answer could not be read
    return new TcLinkError(
      pe?.code ?? ErrorCode.CORRUPT_RESPONSE,
      `${action}: the answer cannot be read: ${pe?.message ?? String(e)}`,
      {
        outcome: 'unknown',
        transport: options.transport,
        action,
        ...extra,
        field: pe?.field,
        cause: e,
      },
    );
  }

  async function sendSocket(
    action: string,
    pairs: NvpPair[],
    call: TcLinkCallOptions,
  ): Promise<TcLinkResult> {
    const version = options.transport === 'socket' ? options.version : undefined;
    // the 4.2.0 limits are checked before connecting (pass/time add a few bytes: counted with room to spare)
    try {
      encodeTclinkRequest(pairs, { ...(version !== undefined ? { version } : {}), pass: 99, time: 99_999 });
    } catch (e) {
      if (isPaywireError(e) && (e as TrustCommerceError).error !== undefined)
        return badDataResult(e as TrustCommerceError);
      throw e;
    }
    const started = Date.now();
    let connection: TlsConnection;
    try {
      connection = await connectTls({
        hosts: order,
        maxAttempts: order.length,
        connectTimeoutMs: connectMs,
        totalConnectTimeoutMs: totalConnectMs,
        responseTimeoutMs: call.timeoutMs ?? responseMs,
        ...(options.ca !== undefined ? { ca: options.ca } : {}),
        ...(options.servername !== undefined ? { servername: options.servername } : {}),
        ...(call.deadline !== undefined ? { deadline: call.deadline } : {}),
        ...(call.signal !== undefined ? { signal: call.signal } : {}),
      });
    } catch (e) {
      throw linkError(e, action, {});
    }
    const peer = { host: connection.host, port: connection.port };
    try {
      const bytes = encodeTclinkRequest(pairs, {
        ...(version !== undefined ? { version } : {}),
        pass: connection.attempts.length,
        time: Math.floor((Date.now() - started) / 1000),
      });
      const out = unmasked ? bytes : maskTclinkRequest(bytes);
      emit({
        direction: 'out',
        transport: 'socket',
        action,
        peer: `${peer.host}:${peer.port}`,
        bytes: out,
        text: packetText(out),
        masked: !unmasked,
      });
      const answer = await connection.request(bytes, endLineReader({ maxBytes }), {
        timeoutMs: call.timeoutMs ?? responseMs,
        ...(call.deadline !== undefined ? { deadline: call.deadline } : {}),
        ...(call.signal !== undefined ? { signal: call.signal } : {}),
      });
      const inbound = unmasked ? answer : maskAnswer(answer, true);
      emit({
        direction: 'in',
        transport: 'socket',
        action,
        peer: `${peer.host}:${peer.port}`,
        bytes: inbound,
        text: packetText(inbound),
        masked: !unmasked,
      });
      const response: TcResponse = decodeResponse(answer);
      return {
        ...response,
        ok: isSuccess(response),
        origin: 'gateway',
        host: peer.host,
        port: peer.port,
        attempts: connection.attempts,
      };
    } catch (e) {
      throw linkError(e, action, peer);
    } finally {
      connection.destroy();
    }
  }

  async function sendHttps(action: string, pairs: NvpPair[], call: TcLinkCallOptions): Promise<TcLinkResult> {
    const body = encodeHttpsRequest(pairs);
    const out = unmasked ? body : maskFormRequest(body);
    emit({
      direction: 'out',
      transport: 'https',
      action,
      peer: url,
      bytes: out,
      text: packetText(out),
      masked: !unmasked,
    });
    let status: number;
    let answer: Uint8Array;
    let where: string;
    try {
      const r = await post(url, body, {
        contentType: 'application/x-www-form-urlencoded',
        connectTimeoutMs: connectMs,
        responseTimeoutMs: call.timeoutMs ?? responseMs,
        maxResponseBytes: maxBytes,
        ...(options.ca !== undefined ? { ca: options.ca } : {}),
        ...(options.servername !== undefined ? { servername: options.servername } : {}),
        ...(call.deadline !== undefined ? { deadline: call.deadline } : {}),
        ...(call.signal !== undefined ? { signal: call.signal } : {}),
      });
      status = r.status;
      answer = r.body;
      where = r.url;
    } catch (e) {
      throw linkError(e, action, { url });
    }
    const inbound = unmasked ? answer : maskAnswer(answer, false);
    emit({
      direction: 'in',
      transport: 'https',
      action,
      peer: where,
      bytes: inbound,
      text: packetText(inbound),
      masked: !unmasked,
    });
    if (status !== 200) {
      throw new TcLinkError(TcLinkErrorCode.HTTP_STATUS, `${action}: the gateway answered HTTP ${status}`, {
        // a server error may come after the transaction ran; a 4xx means it was not taken
        outcome: status >= 500 ? 'unknown' : 'not-sent',
        transport: 'https',
        action,
        url: where,
        status,
      });
    }
    try {
      const response = decodeResponse(answer);
      return { ...response, ok: isSuccess(response), origin: 'gateway', url: where };
    } catch (e) {
      throw linkError(e, action, { url: where });
    }
  }

  return {
    transport: options.transport,
    attemptOrder: order,
    async send(request, call = {}) {
      const prepared = prepare(request);
      if (!Array.isArray(prepared)) return prepared;
      const action = String((request as { action?: unknown }).action);
      return options.transport === 'socket'
        ? sendSocket(action, prepared, call)
        : sendHttps(action, prepared, call);
    },
  };
}
