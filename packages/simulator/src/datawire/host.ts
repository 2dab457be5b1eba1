/**
 * The simulated Datawire Secure Transport host (VXN API v3) in front of the FDMS Closed Loop Gift
 * service 104: service discovery (GET), ping, SRS registration and activation, and the transaction
 * endpoints, on HTTPS over loopback. Requests are decoded with `@paywire/datawire` and
 * `@paywire/fdms-gift`; every answer is checked against the same codecs before it is sent.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DatawireRequest,
  type DatawireResponse,
  decodeRequest,
  decodeResponse,
  encodeResponse,
  escapePayload,
  maskAuth,
  splitAuth,
  unescapePayload,
} from '@paywire/datawire';
import {
  decodeRequest as decodeSvdotRequest,
  decodeResponse as decodeSvdotResponse,
  encodeResponse as encodeSvdotResponse,
  redactFields,
  requestCodeName,
  type SvdotFields,
} from '@paywire/fdms-gift';
import type { HostContext, RunningHost } from '../context.js';
import { type FaultRule, garbageBytes, sleep } from '../faults.js';
import { startHttpsServer } from '../servers.js';
import { GiftService, type GiftServiceOptions } from './gift-service.js';
import { GiftLedger } from './ledger.js';
import {
  DATAWIRE_NEW_MERCHANT,
  DATAWIRE_TEST_CARDS,
  DATAWIRE_TEST_MERCHANT,
  DATAWIRE_TEST_WORKING_KEY,
  type DatawireMerchant,
  type GiftCardSetup,
} from './test-data.js';

export interface DatawireHostOptions extends GiftServiceOptions {
  /** Port to listen on (default: ephemeral). */
  port?: number;
  /** The gift ServiceID (default `104`). */
  serviceId?: string;
  /**
   * `TransactionTimeMs` each service provider URL reports to Ping; one URL per entry (default
   * `[40, 10, 25]`: three URLs, the second is the fastest).
   */
  providerTimesMs?: readonly number[];
  /** Real extra delay before answering a Ping on each provider URL (default none). */
  providerDelaysMs?: readonly number[];
  /** `MaxTransactionsInPackage` of each provider in discovery (default `1`). */
  maxTransactionsInPackage?: string;
  /** How many Registration requests answer Retry before the DID is issued (default 1). */
  registrationRetries?: number;
  /** Merchants Datawire knows (default: `DATAWIRE_TEST_MERCHANT` and `DATAWIRE_NEW_MERCHANT`). */
  merchants?: readonly DatawireMerchant[];
  /** Cards preloaded in the ledger (default: `DATAWIRE_TEST_CARDS`). */
  cards?: readonly GiftCardSetup[];
}

/** Registration state of one merchant (MID|TID). */
export interface DatawireMerchantState {
  mid: string;
  tid: string;
  /** The DID currently valid (a new registration replaces it). */
  did?: string;
  activated: boolean;
  /** Registration requests answered Retry so far. */
  retriesAnswered: number;
}

export interface DatawireHost extends RunningHost {
  host: string;
  port: number;
  /** `https://127.0.0.1:<port>` (or the bound loopback address). */
  url: string;
  /** Service discovery base URL: GET `${discoveryUrl}/${serviceId}`; POSTs here are transactions too. */
  discoveryUrl: string;
  /** Self-registration (SRS) URL for Registration and Activation. */
  srsUrl: string;
  /** The transaction (service provider) URLs discovery and registration return. */
  serviceUrls: string[];
  serviceId: string;
  /** The gift-card ledger (read it in tests; `addCard` for your own cards). */
  ledger: GiftLedger;
  /** Registration state of a merchant, by MID and TID. */
  merchant(mid: string, tid: string): DatawireMerchantState | undefined;
}

const SERVICE_PATHS = ['/vxn1', '/vxn2', '/vxn3', '/vxn4', '/vxn5', '/vxn6', '/vxn7', '/vxn8'];

function fieldsSummary(fields: SvdotFields): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(redactFields(fields))) {
    if (k === 'transactionHistoryDetail') out.push(`${k}=<${String(v).length} bytes>`);
    else out.push(`${k}=${String(v).trim()}`);
  }
  return out.join(' ');
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Request code of an SVdot request payload without decoding all of it (for fault matching). */
function peekRequestCode(payload: Uint8Array): string | undefined {
  if (payload.length < 21 || payload[0] !== 0x53 || payload[1] !== 0x56 || payload[2] !== 0x2e)
    return undefined;
  return String.fromCharCode(...payload.subarray(17, 21));
}

export async function startDatawireHost(
  ctx: HostContext,
  options: DatawireHostOptions = {},
): Promise<DatawireHost> {
  const serviceId = options.serviceId ?? '104';
  const times = options.providerTimesMs ?? [40, 10, 25];
  const providers = Math.max(1, Math.min(times.length, SERVICE_PATHS.length));
  const retries = options.registrationRetries ?? 1;
  const ledger = new GiftLedger(options.cards ?? Object.values(DATAWIRE_TEST_CARDS));
  const hexKey = DATAWIRE_TEST_WORKING_KEY.key;
  const testKey = new Uint8Array(hexKey.length / 2);
  for (let i = 0; i < testKey.length; i++) testKey[i] = Number.parseInt(hexKey.slice(i * 2, i * 2 + 2), 16);
  ledger.setWorkingKey(DATAWIRE_TEST_MERCHANT.mid, DATAWIRE_TEST_WORKING_KEY.merchantKeyId, testKey);
  const gift = new GiftService(ledger, options);
  const merchants = new Map<string, DatawireMerchantState>();
  const known: readonly DatawireMerchant[] = options.merchants ?? [
    DATAWIRE_TEST_MERCHANT,
    DATAWIRE_NEW_MERCHANT,
  ];
  for (const m of known) {
    merchants.set(`${m.mid}|${m.tid}`, {
      mid: m.mid,
      tid: m.tid,
      ...(m.did !== undefined ? { did: m.did } : {}),
      activated: m.did !== undefined,
      retriesAnswered: 0,
    });
  }
  let didSequence = 0;
  const closing = new AbortController();
  let base = '';
  let servicePaths: string[] = [];

  const merchantOf = (auth: string): DatawireMerchantState | undefined => {
    const parts = splitAuth(auth);
    return parts ? merchants.get(`${parts.key1}|${parts.key2}`) : undefined;
  };

  /** The answer to a decoded POST, and whether a transaction was applied. */
  const answer = (
    req: DatawireRequest,
    path: string,
    fault: FaultRule | undefined,
  ): { response: DatawireResponse; note: string } => {
    const clientId = { did: req.clientId.did, clientRef: req.clientId.clientRef };
    const head: Pick<DatawireResponse, 'version' | 'clientId'> = { version: '3', clientId };
    const status = (code: string, note = code): { response: DatawireResponse; note: string } => ({
      response: { ...head, status: code },
      note,
    });
    if (fault?.mode === 'datawire-retry') return status('Retry', 'Retry (fault)');
    switch (req.service) {
      case 'Ping': {
        if (req.serviceId !== serviceId) return status('UnknownServiceID');
        const i = servicePaths.indexOf(path);
        const ms = String(times[Math.max(i, 0)] ?? 0);
        return {
          response: {
            ...head,
            status: 'OK',
            body: { type: 'ping', costs: [{ serviceId, transactionTimeMs: ms }] },
          },
          note: `OK ping ${ms} ms`,
        };
      }
      case 'Registration': {
        const m = merchantOf(req.clientId.auth);
        if (!m) return status('AccessDenied', 'AccessDenied (unknown MID/TID)');
        if (m.activated) return status('AccessDenied', 'AccessDenied (merchant already activated)');
        if (req.serviceId !== serviceId) return status('UnknownServiceID');
        if (m.retriesAnswered < retries) {
          m.retriesAnswered++;
          return {
            response: { ...head, status: 'Retry', body: { type: 'registration', urls: [] } },
            note: `Retry (${m.retriesAnswered}/${retries})`,
          };
        }
        didSequence++;
        m.did = `00077${String(didSequence + 100).padStart(15, '0')}`;
        return {
          response: {
            ...head,
            status: 'OK',
            body: { type: 'registration', did: m.did, urls: servicePaths.map((p) => base + p) },
          },
          note: 'OK DID issued',
        };
      }
      case 'Activation': {
        const m = merchantOf(req.clientId.auth);
        if (!m) return status('AccessDenied', 'AccessDenied (unknown MID/TID)');
        if (m.activated) return status('AccessDenied', 'AccessDenied (merchant already activated)');
        if (m.did === undefined || m.did !== req.clientId.did) return status('AuthenticationError');
        m.activated = true;
        return {
          response: {
            ...head,
            clientId: { did: '', clientRef: clientId.clientRef },
            status: 'OK',
            body: { type: 'activation' },
          },
          note: 'OK activated',
        };
      }
      default: {
        const m = merchantOf(req.clientId.auth);
        if (!m?.activated || m.did !== req.clientId.did) return status('AuthenticationError');
        if (req.serviceId !== serviceId) return status('UnknownServiceID');
        let payload: Uint8Array;
        try {
          payload =
            req.payloadEncoding === undefined
              ? unescapePayload(req.payload ?? '')
              : latin1Bytes(req.payload ?? '');
        } catch {
          return status('XMLError', 'XMLError (payload escaping)');
        }
        const outcome = gift.handle(payload, m.mid);
        const name = outcome.requestCode
          ? (requestCodeName(outcome.requestCode) ?? outcome.requestCode)
          : 'undecodable';
        if (fault?.mode === 'return-code-205') {
          return {
            response: {
              ...head,
              status: 'OK',
              body: { type: 'transaction', returnCode: '205', payload: '' },
            },
            note: `OK 205 (fault; ${name} applied with 39=${outcome.responseCode})`,
          };
        }
        const bytes = encodeSvdotResponse(outcome.response);
        return {
          response: {
            ...head,
            status: 'OK',
            body: { type: 'transaction', returnCode: '000', payload: escapePayload(bytes) },
          },
          note: `OK 000 ${fieldsSummary(decodeSvdotResponse(bytes).fields)}`,
        };
      }
    }
  };

  /** Encodes and checks an answer with the codecs: the host never sends what they cannot decode. */
  const encodeChecked = (res: DatawireResponse): Uint8Array => {
    const bytes = encodeResponse(res);
    const back = decodeResponse(bytes);
    if (back.body?.type === 'transaction' && back.body.payload) {
      decodeSvdotResponse(unescapePayload(back.body.payload));
    }
    return bytes;
  };

  const deliver = async (
    httpReq: IncomingMessage,
    res: ServerResponse,
    bytes: Uint8Array,
    fault: FaultRule | undefined,
  ): Promise<string> => {
    const send = (status: number, body: Uint8Array, type = 'text/xml') => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    };
    switch (fault?.mode) {
      case 'delay':
        await sleep(fault.delayMs ?? 10_000, closing.signal);
        if (res.destroyed || closing.signal.aborted) return 'delayed, connection gone';
        send(200, bytes);
        return `delayed ${fault.delayMs ?? 10_000} ms`;
      case 'truncate': {
        res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': bytes.length });
        res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.end());
        return `truncated to ${bytes.length >> 1} of ${bytes.length} bytes`;
      }
      case 'disconnect-mid':
        res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': bytes.length });
        res.write(bytes.subarray(0, Math.min(16, bytes.length >> 2)), () => httpReq.socket.destroy());
        return 'disconnected mid-response';
      case 'garbage':
        send(200, garbageBytes(64));
        return '64 garbage bytes';
      default:
        send(200, bytes);
        return '';
    }
  };

  const handler = async (httpReq: IncomingMessage, body: Uint8Array, res: ServerResponse): Promise<void> => {
    const method = httpReq.method ?? 'GET';
    const path = new URL(httpReq.url ?? '/', 'https://localhost').pathname;
    const log = (request: string, response: string, fault?: FaultRule) =>
      ctx.log.add({
        host: 'datawire',
        transport: 'https',
        request: `${method} ${path} ${request}`.trim(),
        response,
        ...(fault ? { fault: fault.mode } : {}),
      });
    const notFound = () => {
      res.writeHead(404, { 'Content-Length': 0 });
      res.end();
      log('', 'HTTP 404');
    };
    const preFault = (fault: FaultRule | undefined, request: string): boolean => {
      if (fault?.mode === 'drop') {
        httpReq.socket.destroy();
        log(request, 'dropped (no answer)', fault);
        return true;
      }
      if (fault?.mode === 'http-5xx') {
        res.writeHead(500, { 'Content-Length': 0 });
        res.end();
        log(request, 'HTTP 500 (fault)', fault);
        return true;
      }
      return false;
    };

    if (method === 'GET') {
      const m = /^\/sd\/([^/]+)$/.exec(path);
      if (!m) return notFound();
      const sid = decodeURIComponent(m[1]!);
      const fault = ctx.faults.take('datawire', { kind: 'datawire-request', operation: 'ServiceDiscovery' });
      const request = `ServiceDiscovery ${sid}`;
      if (preFault(fault, request)) return;
      const response: DatawireResponse =
        fault?.mode === 'datawire-retry'
          ? { version: '3', status: 'Retry' }
          : sid === serviceId
            ? {
                version: '3',
                status: 'OK',
                body: {
                  type: 'serviceDiscovery',
                  providers: servicePaths.map((p) => ({
                    url: base + p,
                    maxTransactionsInPackage: options.maxTransactionsInPackage ?? '1',
                  })),
                },
              }
            : { version: '3', status: 'UnknownServiceID' };
      const how = await deliver(httpReq, res, encodeChecked(response), fault);
      log(request, `HTTP 200 ${response.status}${how ? ` (${how})` : ''}`, fault);
      return;
    }
    if (method !== 'POST') return notFound();
    if (path !== '/srs' && path !== '/sd' && !servicePaths.includes(path)) return notFound();

    let req: DatawireRequest;
    try {
      req = decodeRequest(body);
    } catch {
      const fault = ctx.faults.take('datawire', { kind: 'datawire-request', operation: 'invalid' });
      if (preFault(fault, 'undecodable request')) return;
      const how = await deliver(httpReq, res, encodeChecked({ version: '3', status: 'XMLError' }), fault);
      log('undecodable request', `HTTP 200 XMLError${how ? ` (${how})` : ''}`, fault);
      return;
    }
    let operation: string = req.service;
    let payloadSummary = '';
    if (req.service === 'Transaction') {
      try {
        const bytes =
          req.payloadEncoding === undefined
            ? unescapePayload(req.payload ?? '')
            : latin1Bytes(req.payload ?? '');
        operation = peekRequestCode(bytes) ?? 'Transaction';
        try {
          payloadSummary = ` ${operation} ${fieldsSummary(decodeSvdotRequest(bytes).fields)}`;
        } catch {
          payloadSummary = ' undecodable payload';
        }
      } catch {
        payloadSummary = ' bad payload escaping';
      }
    }
    const request = `${req.service} ${req.serviceId} auth=${maskAuth(req.clientId.auth)} ref=${req.clientId.clientRef}${payloadSummary}`;
    const fault = ctx.faults.take('datawire', { kind: 'datawire-request', operation });
    if (preFault(fault, request)) return;
    if (req.service === 'Ping') {
      const i = servicePaths.indexOf(path);
      const d = options.providerDelaysMs?.[Math.max(i, 0)];
      if (d) await sleep(d, closing.signal);
    }
    const { response, note } = answer(req, path, fault);
    const how = await deliver(httpReq, res, encodeChecked(response), fault);
    log(request, `HTTP 200 ${note}${how ? ` (${how})` : ''}`, fault);
  };

  const listening = await startHttpsServer(ctx.material, handler, {
    host: ctx.bind,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  const hostPart = listening.host.includes(':') ? `[${listening.host}]` : listening.host;
  base = `https://${hostPart}:${listening.port}`;
  servicePaths = SERVICE_PATHS.slice(0, providers);

  return {
    host: listening.host,
    port: listening.port,
    url: base,
    discoveryUrl: `${base}/sd`,
    srsUrl: `${base}/srs`,
    serviceUrls: servicePaths.map((p) => base + p),
    serviceId,
    ledger,
    merchant(mid, tid) {
      const m = merchants.get(`${mid}|${tid}`);
      return m ? { ...m } : undefined;
    },
    async close() {
      closing.abort();
      await listening.close();
    },
  };
}
