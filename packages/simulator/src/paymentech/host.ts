/**
 * The simulated Paymentech NetConnect endpoint on loopback: HTTPS POST of a UTF197 message to
 * `/NetConnect/controller` with the `Auth-*` headers, the Tampa answer in the body. Gateway-level
 * refusals (authentication, content type) come back as HTTP errors with `Error-Code` and
 * `Error-Reason` headers and an empty body, as NetConnect does.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeRequest,
  encodeResponse,
  interpretResponse,
  NETCONNECT_CERTIFICATION_URL,
  redactRequest,
  type TampaRequest,
  type TampaResponse,
} from '@paywire/paymentech';
import type { HostContext, RunningHost } from '../context.js';
import { type FaultRule, garbageBytes } from '../faults.js';
import { acceptPost, sendHttpAnswer } from '../http-answer.js';
import { startHttpsServer } from '../servers.js';
import {
  formatErrorFor,
  hostErrorResponse,
  PAYMENTECH_TEST_CREDENTIALS,
  type PaymentechCredentials,
  PaymentechEngine,
  type PaymentechEngineOptions,
  type PaymentechTransaction,
} from './engine.js';

/** The request kind hosts report to the fault controller. */
export const PAYMENTECH_REQUEST_KIND = 'paymentech-request';
/** The path of the NetConnect URLs the codec names (`/NetConnect/controller`). */
export const NETCONNECT_PATH = new URL(NETCONNECT_CERTIFICATION_URL).pathname;
/** Content types accepted: UTF197 with host capture or terminal capture. */
export const NETCONNECT_CONTENT_TYPES: readonly string[] = ['UTF197/HCS', 'UTF197/TCS'];

/**
 * NetConnect `Error-Code` values this simulator sends. The real gateway's numbers are not public
 * (only that 506/509/515/516/517 call for a reversal advice), so these follow the HTTP status.
 */
export const NETCONNECT_ERRORS = {
  authentication: { status: 401, code: '401', reason: 'Authentication failed (Auth-User/Auth-Password)' },
  merchant: { status: 403, code: '403', reason: 'Auth-MID/Auth-TID not set up for this login' },
  contentType: { status: 415, code: '415', reason: 'Content-Type must be UTF197/HCS or UTF197/TCS' },
} as const;

export interface PaymentechHostOptions extends PaymentechEngineOptions, Partial<PaymentechCredentials> {
  /** HTTPS port (default: ephemeral). */
  port?: number;
}

/** Read access to the host's ledger, for tests (PAN masked). */
export interface PaymentechState {
  transactions(): PaymentechTransaction[];
  transaction(retrievalNumber: string): PaymentechTransaction | undefined;
}

export interface PaymentechHost extends RunningHost {
  /** `https://<loopback>:<port>/NetConnect/controller`. */
  url: string;
  host: string;
  port: number;
  /** The login the host accepts (give it to your client; the password is a test value). */
  credentials: Readonly<PaymentechCredentials>;
  state: PaymentechState;
}

function urlHost(bind: string): string {
  return bind.includes(':') ? `[${bind}]` : bind;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Masked one-line summary of a decoded request (the codec's redaction). */
export function summarizeRequest(r: TampaRequest): string {
  const red = redactRequest(r) as unknown as Record<string, unknown>;
  const parts = [`code=${r.transactionCode}`, `seq=${r.sequenceNumber}`, `mid=${r.merchantNumber}`];
  for (const k of ['accountNumber', 'expirationDate', 'amount', 'approvalCode', 'retrievalNumberToVoid']) {
    const v = red[k];
    if (v !== undefined && v !== '') parts.push(`${k}=${String(v)}`);
  }
  const tokens = (red['tokens'] as { id: string }[] | undefined)?.map((t) => t.id) ?? [];
  if (tokens.length > 0) parts.push(`tokens=${tokens.join(',')}`);
  return parts.join(' ');
}

function summarizeResponse(r: TampaResponse): string {
  const i = interpretResponse(r);
  const parts = [`action=${r.actionCode}`];
  if (r.approvalCode) parts.push(i.approved ? `approval=${r.approvalCode}` : `hostError=${i.hostErrorCode}`);
  if (r.retrievalNumber) parts.push(`retrieval=${r.retrievalNumber}`);
  if (r.responseText) parts.push(`text=${r.responseText.trim()}`);
  if (r.avsResult) parts.push(`avs=${r.avsResult}`);
  if (i.cvvResult) parts.push(`cvv=${i.cvvResult}`);
  return parts.join(' ');
}

/** NetConnect Error-Codes that leave the outcome unknown (the reversal advice rule's list). */
const NETCONNECT_AFTER_HOST: ReadonlySet<string> = new Set(['506', '509', '515', '516', '517']);

const FAULT_NOTES: Partial<Record<FaultRule['mode'], string>> = {
  drop: 'dropped without an answer',
  truncate: 'answer truncated',
  garbage: 'answered with garbage',
  'disconnect-mid': 'disconnected mid-answer',
  'corrupt-lrc': 'answer sent with a wrong LRC',
  'http-5xx': 'HTTP 500, not processed',
  'netconnect-error': 'answered with a NetConnect Error-Code',
};

export async function startPaymentechHost(
  ctx: HostContext,
  options: PaymentechHostOptions = {},
): Promise<PaymentechHost> {
  const credentials: PaymentechCredentials = {
    merchantNumber: options.merchantNumber ?? PAYMENTECH_TEST_CREDENTIALS.merchantNumber,
    terminalNumber: options.terminalNumber ?? PAYMENTECH_TEST_CREDENTIALS.terminalNumber,
    userId: options.userId ?? PAYMENTECH_TEST_CREDENTIALS.userId,
    password: options.password ?? PAYMENTECH_TEST_CREDENTIALS.password,
  };
  const engine = new PaymentechEngine({ ...options, ...credentials });
  const closing = new AbortController();

  function refuse(res: ServerResponse, which: keyof typeof NETCONNECT_ERRORS, request: string): void {
    const e = NETCONNECT_ERRORS[which];
    res.writeHead(e.status, { 'Error-Code': e.code, 'Error-Reason': e.reason, 'Content-Length': '0' });
    res.end();
    ctx.log.add({
      host: 'paymentech',
      transport: 'https',
      request,
      response: `HTTP ${e.status} Error-Code ${e.code}: ${e.reason}`,
    });
  }

  async function deliver(
    req: IncomingMessage,
    res: ServerResponse,
    response: TampaResponse,
    fault: FaultRule | undefined,
  ): Promise<void> {
    let body = encodeResponse(response);
    switch (fault?.mode) {
      case 'netconnect-error':
        res.writeHead(500, {
          'Error-Code': fault.errorCode ?? '506',
          'Error-Reason': 'simulated host error',
          'Content-Length': '0',
        });
        res.end();
        return;
      case 'garbage':
        body = garbageBytes();
        break;
      case 'corrupt-lrc': {
        // the NetConnect integrity check: ETX then an LRC byte, here deliberately wrong
        body = encodeResponse({ ...response, trailingLrc: true });
        body[body.length - 1]! ^= 0xff;
        break;
      }
    }
    await sendHttpAnswer(req, res, body, { 'Content-Type': 'UTF197/HCS' }, fault, closing.signal);
  }

  const server = await startHttpsServer(
    ctx.material,
    async (req, body, res) => {
      if (!acceptPost(req, res, [NETCONNECT_PATH])) return;
      const who = `user=${header(req, 'Auth-User') ?? '(none)'} mid=${header(req, 'Auth-MID') ?? '(none)'}`;
      if (
        header(req, 'Auth-User') !== credentials.userId ||
        header(req, 'Auth-Password') !== credentials.password
      ) {
        refuse(res, 'authentication', who);
        return;
      }
      const tid = header(req, 'Auth-TID');
      if (
        header(req, 'Auth-MID') !== credentials.merchantNumber ||
        (tid !== undefined && tid !== credentials.terminalNumber)
      ) {
        refuse(res, 'merchant', who);
        return;
      }
      const type = (header(req, 'Content-Type') ?? '').split(';')[0]!.trim().toUpperCase();
      if (!NETCONNECT_CONTENT_TYPES.includes(type)) {
        refuse(res, 'contentType', `${who} content-type=${type || '(none)'}`);
        return;
      }
      let request: TampaRequest | undefined;
      let response: TampaResponse | undefined;
      let summary: string;
      try {
        request = decodeRequest(body);
        summary = summarizeRequest(request);
      } catch (e) {
        // the host parses what it can; an unreadable field gets its format error
        response = hostErrorResponse(formatErrorFor(e));
        summary = `(undecodable request: ${formatErrorFor(e)})`;
      }
      const fault = ctx.faults.take('paymentech', {
        kind: PAYMENTECH_REQUEST_KIND,
        ...(request ? { operation: request.transactionCode } : {}),
      });
      // NetConnect Error-Codes 506, 509, 515-517 come after the host may have acted; any other code
      // means the gateway refused the message before forwarding it, so nothing is processed.
      const refusedBeforeHost =
        fault?.mode === 'http-5xx' ||
        (fault?.mode === 'netconnect-error' && !NETCONNECT_AFTER_HOST.has(fault.errorCode ?? '506'));
      if (request && !refusedBeforeHost) response = engine.process(request);
      response ??= hostErrorResponse('330');
      if (request?.trailingLrc) response = { ...response, trailingLrc: true };
      const note = fault ? FAULT_NOTES[fault.mode] : undefined;
      ctx.log.add({
        host: 'paymentech',
        transport: 'https',
        request: summary,
        response:
          fault?.mode === 'http-5xx'
            ? note!
            : note
              ? `${note}: ${summarizeResponse(response)}`
              : summarizeResponse(response),
        ...(fault ? { fault: fault.mode } : {}),
      });
      await deliver(req, res, response, fault);
    },
    { host: ctx.bind, ...(options.port !== undefined ? { port: options.port } : {}) },
  );

  return {
    url: `https://${urlHost(server.host)}:${server.port}${NETCONNECT_PATH}`,
    host: server.host,
    port: server.port,
    credentials: Object.freeze({ ...credentials }),
    state: {
      transactions: () => engine.transactions(),
      transaction: (rn) => engine.transaction(rn),
    },
    async close() {
      closing.abort();
      await server.close();
    },
  };
}
