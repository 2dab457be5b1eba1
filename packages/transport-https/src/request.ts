/** One HTTPS exchange with verified TLS, timeouts, a body cap, and failover before sending. */

import type { IncomingMessage } from 'node:http';
import { request as httpsRequestRaw, type RequestOptions } from 'node:https';
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { ErrorCode } from '@paywire/core';
import {
  abortError,
  allAttemptsFailed,
  type ConnectAttempt,
  checkTimeout,
  checkTlsVersions,
  classifySocketError,
  deadlineMs,
  earliest,
  endsFailover,
  failedAttempt,
  Guard,
  invalidArgument,
  refuseUnverified,
  type SecurityOptions,
  type PemInput as SharedPemInput,
  stopBeforeAttempt,
  TransportError,
  TransportErrorCode,
  type TransportOutcome,
  tlsOptions,
} from '@paywire/transport-common';

/** PEM text or PEM bytes. */
export type PemInput = SharedPemInput;

/** Certificate verification and client authentication. Verification cannot be turned off. */
export type HttpsSecurityOptions = SecurityOptions;

export interface HttpsRequestOptions extends HttpsSecurityOptions {
  /** The URL (https only). Give `url` or `urls`. */
  url?: string | URL;
  /**
   * URLs in the order to try them. The next one is tried only when the previous attempt failed
   * before any byte of the request was sent (connect, DNS, TLS or certificate failure).
   */
  urls?: ReadonlyArray<string | URL>;
  /** Default: `POST` when a body is given, else `GET`. */
  method?: 'POST' | 'GET' | 'PUT';
  /** Request content type, e.g. `x-Visa-II/x-auth`, `UTF197/HCS`, `text/xml`. */
  contentType?: string;
  /**
   * Extra request headers. Values may be secrets (`Auth-Password`, ...): they are sent and never
   * logged, never put in errors, and never returned.
   */
  headers?: Readonly<Record<string, string>>;
  /** Request body: bytes as they are, or text encoded as UTF-8. */
  body?: Uint8Array | string;
  /** Attempts in all, cycling through the URLs. Default: one per URL. */
  maxAttempts?: number;
  /** Milliseconds for TCP connect and TLS handshake of one attempt. Default 10 000. */
  connectTimeoutMs?: number;
  /** Milliseconds for all connect attempts together. */
  totalConnectTimeoutMs?: number;
  /** Milliseconds from sending until the whole response body is in. Default 60 000. */
  responseTimeoutMs?: number;
  /** Absolute deadline (epoch ms or Date) for everything. */
  deadline?: number | Date;
  signal?: AbortSignal;
  /** Largest response body accepted, in bytes. Default 1 MiB. */
  maxResponseBytes?: number;
}

export interface HttpsResponse {
  /** HTTP status; 4xx and 5xx are returned, not thrown. */
  status: number;
  statusText: string;
  /** Response headers, names in lower case (repeated headers joined by Node's rules). */
  headers: Record<string, string | string[]>;
  body: Uint8Array;
  /** The body decoded as UTF-8 (or the given label). */
  text(encoding?: string): string;
  /** The URL that answered, without credentials or query string. */
  url: string;
  /** Every attempt made, the answering one last. */
  attempts: readonly ConnectAttempt[];
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_RESPONSE_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Origin and path only: user info and query strings may hold secrets. */
export function describeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

interface Prepared {
  urls: URL[];
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

function prepare(options: HttpsRequestOptions): Prepared {
  if (options === null || typeof options !== 'object') throw invalidArgument('options are required');
  refuseUnverified(options);
  const raw = options.urls ?? (options.url === undefined ? [] : [options.url]);
  if (options.urls !== undefined && options.url !== undefined)
    throw invalidArgument('give url or urls, not both', 'url');
  if (raw.length === 0) throw invalidArgument('url (or urls) is required', 'url');
  const urls = raw.map((u, i) => {
    let url: URL;
    try {
      url = new URL(String(u));
    } catch {
      throw invalidArgument(`urls[${i}] is not a valid URL`, 'url');
    }
    if (url.protocol !== 'https:') throw invalidArgument(`urls[${i}] must use https:`, 'url');
    if (url.username !== '' || url.password !== '') {
      // Never echoed: only the fact is reported. Send credentials in headers instead.
      throw invalidArgument(`urls[${i}] must not carry user name or password; use headers`, 'url');
    }
    return url;
  });
  checkTlsVersions(options);
  if (
    options.maxAttempts !== undefined &&
    (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1)
  ) {
    throw invalidArgument('maxAttempts must be a positive integer', 'maxAttempts');
  }
  if (
    options.maxResponseBytes !== undefined &&
    (!Number.isSafeInteger(options.maxResponseBytes) || options.maxResponseBytes < 0)
  ) {
    throw invalidArgument('maxResponseBytes must be a non-negative integer', 'maxResponseBytes');
  }
  checkTimeout('connectTimeoutMs', options.connectTimeoutMs);
  checkTimeout('totalConnectTimeoutMs', options.totalConnectTimeoutMs);
  checkTimeout('responseTimeoutMs', options.responseTimeoutMs);

  const headers: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    // Only the header NAME is ever put in an error message; values may be passwords.
    if (!TOKEN.test(name)) throw invalidArgument('a header name is not a valid HTTP token', 'headers');
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw invalidArgument(`header ${name} has a value that is not a single-line string`, `headers.${name}`);
    }
    const lower = name.toLowerCase();
    if (seen.has(lower)) throw invalidArgument(`header ${name} is given twice`, `headers.${name}`);
    if (
      lower === 'content-length' ||
      lower === 'host' ||
      lower === 'transfer-encoding' ||
      lower === 'connection'
    ) {
      throw invalidArgument(`header ${name} is set by the transport`, `headers.${name}`);
    }
    seen.add(lower);
    headers[name] = value;
  }
  if (options.contentType !== undefined) {
    if (seen.has('content-type'))
      throw invalidArgument('give contentType or a Content-Type header, not both', 'contentType');
    if (/[\r\n\0]/.test(options.contentType))
      throw invalidArgument('contentType must be one line', 'contentType');
    headers['Content-Type'] = options.contentType;
  }
  let body: Uint8Array | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string') body = new Uint8Array(Buffer.from(options.body, 'utf8'));
    else if (options.body instanceof Uint8Array) body = options.body;
    else throw invalidArgument('body must be a Uint8Array or a string', 'body');
  }
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  if (method !== 'GET' && method !== 'POST' && method !== 'PUT') {
    throw invalidArgument('method must be GET, POST or PUT', 'method');
  }
  if (method === 'GET' && body !== undefined) throw invalidArgument('a GET request has no body', 'body');
  if (body !== undefined || method !== 'GET') headers['Content-Length'] = String(body?.length ?? 0);
  return { urls, method, headers, body };
}

/**
 * Sends one HTTPS request and returns the response as data. Throws a `TransportError` only when
 * no complete HTTP response arrived: `outcome: 'not-sent'` when no attempt got as far as sending
 * (every URL was tried within the bounds), `outcome: 'unknown'` when the request went out. It
 * never sends the request twice.
 */
export async function httpsRequest(options: HttpsRequestOptions): Promise<HttpsResponse> {
  const prepared = prepare(options);
  const started = Date.now();
  const deadline = deadlineMs(options.deadline);
  const budgetEnd = earliest(
    deadline,
    options.totalConnectTimeoutMs === undefined ? undefined : started + options.totalConnectTimeoutMs,
  );
  const maxAttempts = options.maxAttempts ?? prepared.urls.length;
  const attempts: ConnectAttempt[] = [];
  let last: TransportError | undefined;
  for (let i = 0; i < maxAttempts; i++) {
    const url = prepared.urls[i % prepared.urls.length]!;
    const port = url.port === '' ? 443 : Number(url.port);
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const stop = stopBeforeAttempt(options.signal, budgetEnd, deadline, 'before sending', Date.now());
    if (stop !== undefined) {
      last = stop;
      break;
    }
    const t0 = Date.now();
    try {
      const response = await attempt(url, host, port, prepared, options, budgetEnd, deadline, attempts);
      attempts.push({ host, port, elapsedMs: Date.now() - t0 });
      return response;
    } catch (err) {
      const e = err as TransportError;
      attempts.push(failedAttempt(host, port, e, t0));
      if (e.outcome === 'unknown') {
        throw new TransportError(e.code, e.message, {
          outcome: 'unknown',
          host,
          port,
          field: e.field,
          expected: e.expected,
          actual: e.actual,
          attempts,
          cause: e.cause,
        });
      }
      last = e;
      if (endsFailover(e)) break;
    }
  }
  const final = last!;
  throw allAttemptsFailed(final, attempts, 'request not sent', final.cause);
}

function attempt(
  url: URL,
  host: string,
  port: number,
  prepared: Prepared,
  options: HttpsRequestOptions,
  budgetEnd: number | undefined,
  deadline: number | undefined,
  attempts: readonly ConnectAttempt[],
): Promise<HttpsResponse> {
  const where = describeUrl(url);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const responseTimeoutMs = options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise<HttpsResponse>((resolve, reject) => {
    let sent = false;
    let settled = false;
    let guard: Guard;
    const outcome = (): TransportOutcome => (sent ? 'unknown' : 'not-sent');
    const fail = (
      code: number,
      message: string,
      extra: { cause?: unknown; field?: string; expected?: string; actual?: string | undefined } = {},
    ) => {
      if (settled) return;
      settled = true;
      guard.clear();
      req.destroy();
      reject(new TransportError(code, message, { outcome: outcome(), host, port, ...extra }));
    };
    const onGuard = (why: 'timeout' | 'deadline' | 'abort', reason?: unknown) => {
      if (settled) return;
      const phase = sent ? `waiting for the response from ${where}` : `connecting to ${where}`;
      if (why === 'abort') {
        const e = abortError(outcome(), phase, reason);
        fail(e.code, e.message, { cause: e.cause });
      } else if (why === 'deadline' && (sent || budgetEnd === deadline)) {
        fail(TransportErrorCode.DEADLINE_EXCEEDED, `deadline passed ${phase}`);
      } else if (sent) {
        fail(
          TransportErrorCode.NO_RESPONSE,
          `no complete response from ${where} within the response timeout`,
        );
      } else {
        fail(TransportErrorCode.CONNECT_TIMEOUT, `no TLS connection to ${where} within the connect timeout`);
      }
    };
    // Phase 1: connect (per-attempt timeout, bounded by the connect budget).
    const connectEnd = Date.now() + connectTimeoutMs;
    guard = new Guard(
      {
        timeoutMs: connectTimeoutMs,
        deadline: budgetEnd !== undefined && budgetEnd < connectEnd ? budgetEnd : undefined,
        signal: options.signal,
      },
      onGuard,
    );
    const requestOptions: RequestOptions = {
      protocol: 'https:',
      host,
      port,
      path: `${url.pathname}${url.search}`,
      method: prepared.method,
      headers: prepared.headers,
      agent: false,
      ...tlsOptions(options, options.servername ?? (isIP(host) === 0 ? host : undefined)),
    };

    let tcpConnected = false;
    const req = httpsRequestRaw(requestOptions);
    req.on('socket', (socket) => {
      socket.once('connect', () => {
        tcpConnected = true;
      });
      (socket as TLSSocket).once('secureConnect', () => {
        if (settled) return;
        // From here Node writes the request: whatever happens next, the host may have it.
        sent = true;
        guard.clear();
        guard = new Guard({ timeoutMs: responseTimeoutMs, deadline, signal: options.signal }, onGuard);
      });
    });
    req.on('error', (err) => {
      if (settled) return;
      const code = (err as { code?: string }).code ?? '';
      if (sent && code.startsWith('HPE_')) {
        fail(TransportErrorCode.HTTP_PROTOCOL_ERROR, `the answer from ${where} is not valid HTTP (${code})`, {
          cause: err,
        });
        return;
      }
      let c = classifySocketError(err);
      if (!sent && tcpConnected && c.code === TransportErrorCode.HOST_DISCONNECTED) {
        c = { code: TransportErrorCode.TLS_HANDSHAKE_FAILED, what: `TLS handshake failed: ${c.what}` };
      }
      if (sent && c.code === TransportErrorCode.CONNECT_FAILED) c.code = TransportErrorCode.HOST_DISCONNECTED;
      const when = sent ? `after sending to ${where}` : `(${where})`;
      fail(c.code, `${c.what} ${when}`, { cause: err, actual: code === '' ? undefined : code });
    });
    req.on('response', (res: IncomingMessage) => {
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        fail(ErrorCode.INPUT_TOO_LARGE, `response body from ${where} exceeds maxResponseBytes`, {
          field: 'maxResponseBytes',
          expected: `at most ${maxBytes} bytes`,
          actual: `${declared} bytes (Content-Length)`,
        });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          fail(ErrorCode.INPUT_TOO_LARGE, `response body from ${where} exceeds maxResponseBytes`, {
            field: 'maxResponseBytes',
            expected: `at most ${maxBytes} bytes`,
            actual: `more than ${maxBytes} bytes`,
          });
          return;
        }
        chunks.push(chunk);
      });
      const truncated = (cause?: unknown) =>
        fail(
          TransportErrorCode.RESPONSE_TRUNCATED,
          `response from ${where} ended before its body was complete`,
          {
            cause,
            actual: `${size} byte(s) of body received`,
          },
        );
      res.on('aborted', () => truncated());
      res.on('error', (err) => truncated(err));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) {
          truncated();
          return;
        }
        settled = true;
        guard.clear();
        const body = new Uint8Array(Buffer.concat(chunks, size));
        const headers: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = v;
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers,
          body,
          text: (encoding = 'utf-8') => new TextDecoder(encoding).decode(body),
          url: where,
          attempts,
        });
      });
    });
    req.end(
      prepared.body === undefined
        ? undefined
        : Buffer.from(prepared.body.buffer, prepared.body.byteOffset, prepared.body.byteLength),
    );
  });
}

/** `POST` `body` to `url` with `contentType` (and any other options). */
export function post(
  url: string | URL,
  body: Uint8Array | string,
  options: Omit<HttpsRequestOptions, 'url' | 'urls' | 'body' | 'method'> = {},
): Promise<HttpsResponse> {
  return httpsRequest({ ...options, url, body, method: 'POST' });
}

/** `GET` `url` (e.g. Datawire service discovery). */
export function get(
  url: string | URL,
  options: Omit<HttpsRequestOptions, 'url' | 'urls' | 'body' | 'method'> = {},
): Promise<HttpsResponse> {
  return httpsRequest({ ...options, url, method: 'GET' });
}
