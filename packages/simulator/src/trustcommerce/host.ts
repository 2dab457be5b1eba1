/**
 * The simulated TrustCommerce gateway on loopback: the TCLink TLS socket (`BEGIN` ... `END`
 * blocks, one or more per connection) and the HTTPS `/trans/` endpoint (form-encoded request,
 * name=value lines back). One engine answers both.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import {
  buildResponse,
  decodeHttpsRequest,
  decodeTclinkRequest,
  encodeResponse,
  maskParam,
  type NvpPair,
  redactResponse,
  TCLINK_MAX_REQUEST_BYTES,
  type TcResponse,
  type WireForm,
} from '@paywire/trustcommerce';
import type { HostContext, RunningHost } from '../context.js';
import { type FaultRule, garbageBytes, sleep } from '../faults.js';
import { acceptPost, sendHttpAnswer } from '../http-answer.js';
import { startHttpsServer, startTlsServer } from '../servers.js';
import {
  TrustCommerceEngine,
  type TrustCommerceEngineOptions,
  type TrustCommerceTransaction,
  type TrustCommerceVaultEntry,
} from './engine.js';

/** The request kind hosts report to the fault controller. */
export const TRUSTCOMMERCE_REQUEST_KIND = 'trustcommerce-request';
/** Path of the HTTPS endpoint (as vault.trustcommerce.com/trans/). */
export const TRUSTCOMMERCE_HTTPS_PATH = '/trans/';

export interface TrustCommerceHostOptions extends TrustCommerceEngineOptions {
  /** TCLink socket port (default: ephemeral). */
  tclinkPort?: number;
  /** HTTPS port (default: ephemeral). */
  httpsPort?: number;
}

export interface TrustCommerceEndpoints {
  tclink: { host: string; port: number };
  https: { url: string };
}

/** Read access to the gateway's state, for tests (card data masked). */
export interface TrustCommerceState {
  transactions(): TrustCommerceTransaction[];
  transaction(transId: string): TrustCommerceTransaction | undefined;
  vault(): TrustCommerceVaultEntry[];
  billingId(id: string): TrustCommerceVaultEntry | undefined;
}

export interface TrustCommerceHost extends RunningHost {
  endpoints: TrustCommerceEndpoints;
  /** The TCLink socket port (same as `endpoints.tclink.port`). */
  port: number;
  /** The HTTPS endpoint (same as `endpoints.https.url`). */
  url: string;
  state: TrustCommerceState;
}

function urlHost(bind: string): string {
  return bind.includes(':') ? `[${bind}]` : bind;
}

/** Masked one-line form of request pairs (the codec's own masking per parameter). */
export function summarizePairs(pairs: readonly NvpPair[]): string {
  return pairs.map(([n, v]) => `${n}=${maskParam(n, v)}`).join(' ');
}

function summarizeResponse(r: TcResponse): string {
  return summarizePairs(buildResponse(redactResponse(r)));
}

function actionOf(pairs: readonly NvpPair[]): string | undefined {
  return pairs.find((p) => p[0] === 'action')?.[1];
}

const FAULT_NOTES: Partial<Record<FaultRule['mode'], string>> = {
  drop: 'dropped without an answer',
  truncate: 'answer truncated',
  garbage: 'answered with garbage',
  'disconnect-mid': 'disconnected mid-answer',
  'http-5xx': 'HTTP 500, not processed',
};

/** Finds the end of the first `END` line (case-insensitive, LF-terminated); -1 when not there yet. */
export function findEndLine(buf: Uint8Array): number {
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] !== 0x0a) continue;
    if (
      i - start === 3 &&
      (buf[start]! | 0x20) === 0x65 &&
      (buf[start + 1]! | 0x20) === 0x6e &&
      (buf[start + 2]! | 0x20) === 0x64
    ) {
      return i + 1;
    }
    start = i + 1;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export async function startTrustCommerceHost(
  ctx: HostContext,
  options: TrustCommerceHostOptions = {},
): Promise<TrustCommerceHost> {
  const engine = new TrustCommerceEngine(options);
  const closing = new AbortController();

  /** Decoded pairs -> answer, fault, log entry. */
  function answer(
    pairs: readonly NvpPair[] | undefined,
    form: WireForm,
  ): { bytes: Uint8Array; fault: FaultRule | undefined; request: string; response: TcResponse } {
    const action = pairs ? actionOf(pairs) : undefined;
    const fault = ctx.faults.take('trustcommerce', {
      kind: TRUSTCOMMERCE_REQUEST_KIND,
      ...(action !== undefined ? { operation: action } : {}),
    });
    const request = pairs ? summarizePairs(pairs) : '(undecodable request)';
    let response: TcResponse;
    if (fault?.mode === 'http-5xx' && form === 'https') response = { status: 'error' };
    else if (pairs) response = engine.process(pairs).response;
    else response = { status: 'baddata', error: 'badformat', offenders: ['request'] };
    return { bytes: encodeResponse(response, form), fault, request, response };
  }

  function log(
    transport: 'tls' | 'https',
    request: string,
    response: TcResponse,
    fault: FaultRule | undefined,
  ): void {
    const note = fault ? FAULT_NOTES[fault.mode] : undefined;
    ctx.log.add({
      host: 'trustcommerce',
      transport,
      request,
      response:
        fault?.mode === 'http-5xx' && transport === 'https'
          ? note!
          : note
            ? `${note}: ${summarizeResponse(response)}`
            : summarizeResponse(response),
      ...(fault ? { fault: fault.mode } : {}),
    });
  }

  // --- TCLink socket -------------------------------------------------------------------------
  async function deliverTls(
    socket: TLSSocket,
    bytes: Uint8Array,
    fault: FaultRule | undefined,
  ): Promise<void> {
    if (socket.destroyed) return;
    switch (fault?.mode) {
      case 'drop':
        socket.end();
        return;
      case 'delay':
        await sleep(fault.delayMs ?? 10_000, closing.signal);
        if (!socket.destroyed && !closing.signal.aborted) socket.write(bytes);
        return;
      case 'truncate':
        socket.end(bytes.subarray(0, Math.floor(bytes.length / 2)));
        return;
      case 'garbage':
        socket.end(garbageBytes());
        return;
      case 'disconnect-mid':
        socket.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => socket.destroy());
        return;
      default:
        socket.write(bytes);
    }
  }

  const tclink = await startTlsServer(
    ctx.material,
    (socket) => {
      let buf: Uint8Array = new Uint8Array(0);
      let queue = Promise.resolve();
      let over = false;
      socket.on('data', (chunk: Uint8Array) => {
        if (over) return;
        buf = concat(buf, chunk);
        for (;;) {
          const end = findEndLine(buf);
          if (end < 0) {
            if (buf.length > TCLINK_MAX_REQUEST_BYTES) {
              // more than a TCLink client can send: answer as the gateway would and hang up
              over = true;
              const response: TcResponse = { status: 'baddata', error: 'badlength', offenders: ['request'] };
              log('tls', `(request over ${TCLINK_MAX_REQUEST_BYTES} bytes)`, response, undefined);
              queue = queue.then(() => {
                socket.end(encodeResponse(response, 'tclink'));
              });
            }
            return;
          }
          const block = buf.subarray(0, end);
          buf = buf.slice(end);
          let pairs: NvpPair[] | undefined;
          try {
            pairs = decodeTclinkRequest(block).params;
          } catch {
            pairs = undefined;
          }
          const a = answer(pairs, 'tclink');
          log('tls', a.request, a.response, a.fault);
          queue = queue.then(() => deliverTls(socket, a.bytes, a.fault));
        }
      });
    },
    { host: ctx.bind, ...(options.tclinkPort !== undefined ? { port: options.tclinkPort } : {}) },
  );

  // --- HTTPS /trans/ -------------------------------------------------------------------------
  async function deliverHttps(
    req: IncomingMessage,
    res: ServerResponse,
    bytes: Uint8Array,
    fault: FaultRule | undefined,
  ): Promise<void> {
    if (fault?.mode === 'garbage') {
      await sendHttpAnswer(
        req,
        res,
        garbageBytes(),
        { 'Content-Type': 'application/octet-stream' },
        fault,
        closing.signal,
      );
      return;
    }
    await sendHttpAnswer(
      req,
      res,
      bytes,
      { 'Content-Type': 'text/plain; charset=utf-8' },
      fault,
      closing.signal,
    );
  }

  const https = await startHttpsServer(
    ctx.material,
    async (req, body, res) => {
      if (!acceptPost(req, res, [TRUSTCOMMERCE_HTTPS_PATH, '/trans'])) return;
      let pairs: NvpPair[] | undefined;
      try {
        pairs = decodeHttpsRequest(body);
      } catch {
        pairs = undefined;
      }
      const a = answer(pairs, 'https');
      log('https', a.request, a.response, a.fault);
      await deliverHttps(req, res, a.bytes, a.fault);
    },
    { host: ctx.bind, ...(options.httpsPort !== undefined ? { port: options.httpsPort } : {}) },
  );

  const endpoints: TrustCommerceEndpoints = {
    tclink: { host: tclink.host, port: tclink.port },
    https: { url: `https://${urlHost(https.host)}:${https.port}${TRUSTCOMMERCE_HTTPS_PATH}` },
  };
  return {
    endpoints,
    port: endpoints.tclink.port,
    url: endpoints.https.url,
    state: {
      transactions: () => engine.transactions(),
      transaction: (id) => engine.transaction(id),
      vault: () => engine.vault(),
      billingId: (id) => engine.billingId(id),
    },
    async close() {
      closing.abort();
      await Promise.allSettled([tclink.close(), https.close()]);
    },
  };
}
