/**
 * The Paymentech NetConnect client: builds each request with `@paywire/paymentech`, POSTs it with
 * `@paywire/transport-https` (primary URL, then the secondary only when nothing was sent), reads
 * the answer, and sends the reversal advice (46) itself when a sale or auth only ends without a
 * known outcome.
 */

import { ErrorCode, isPaywireError, PaywireError } from '@paywire/core';
import {
  buildAuthOnly,
  buildCapture,
  buildCredit,
  buildReversalAdvice,
  buildSale,
  buildVoid,
  checkNetConnectResponse,
  decodeResponse,
  encodeRequest,
  interpretResponse,
  lookupServerError,
  type MerchantSetup,
  type NetConnectHeaders,
  netConnectRequestHeaders,
  nextSequenceNumber,
  redactHeaders,
  reversalAdviceFor,
  type TampaRequest,
  type TampaResponse,
} from '@paywire/paymentech';
import { isTransportError, type TransportError } from '@paywire/transport-common';
import { type HttpsResponse, httpsRequest } from '@paywire/transport-https';
import { PaymentechClientError, PaymentechClientErrorCode } from './errors.js';
import { escaped, maskRequestBytes, maskText } from './packets.js';
import type {
  CallOptions,
  PacketEvent,
  PaymentechClientOptions,
  PaymentechResult,
  PaymentechStatus,
  PaymentechTransaction,
  PaymentechVoid,
  ReversalReport,
} from './types.js';

export const DEFAULT_MAX_RESPONSE_BYTES = 65_536;

export interface PaymentechClient {
  /** Seed `sale()`: authorize and add to the open batch (01). */
  sale(tx: PaymentechTransaction, options?: CallOptions): Promise<PaymentechResult>;
  /** Seed `auth_only()` (02); amount 0 is an account verification. */
  authOnly(tx: PaymentechTransaction, options?: CallOptions): Promise<PaymentechResult>;
  /** Seed `capture(approval_code)`: prior authorization to the batch (03). */
  capture(tx: PaymentechTransaction, approvalCode: string, options?: CallOptions): Promise<PaymentechResult>;
  /** Force with a voice approval code: the same message as a capture (03). */
  force(tx: PaymentechTransaction, approvalCode: string, options?: CallOptions): Promise<PaymentechResult>;
  /** Seed `credit()` (06). */
  refund(tx: PaymentechTransaction, options?: CallOptions): Promise<PaymentechResult>;
  /** Seed `void_transaction()` (41). */
  void(input: PaymentechVoid, options?: CallOptions): Promise<PaymentechResult>;
  /** Sends a reversal advice (46) for an earlier sale (01) or auth only (02) yourself. */
  reversalAdvice(
    tx: PaymentechTransaction,
    original: { transactionCode: '01' | '02'; sequenceNumber: number },
    options?: CallOptions,
  ): Promise<PaymentechResult>;
  /** The sequence number the next request will take (0-2400, 2400 wraps to 1). */
  readonly nextSequenceNumber: number;
}

type Operation = 'sale' | 'authOnly' | 'capture' | 'force' | 'refund' | 'void' | 'reversalAdvice';

function checkOptions(o: PaymentechClientOptions): void {
  if (o === null || typeof o !== 'object') {
    throw new PaywireError(ErrorCode.INVALID_ARGUMENT, 'options are required', {
      family: 'paymentech-client',
    });
  }
  if (!Array.isArray(o.urls) || o.urls.length < 1 || o.urls.length > 2) {
    throw new PaywireError(ErrorCode.INVALID_ARGUMENT, 'urls: give [primary] or [primary, secondary]', {
      family: 'paymentech-client',
      field: 'urls',
    });
  }
  for (const [i, u] of o.urls.entries()) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      throw new PaywireError(ErrorCode.INVALID_ARGUMENT, `urls[${i}] is not a URL`, {
        family: 'paymentech-client',
        field: 'urls',
      });
    }
    if (url.protocol !== 'https:') {
      throw new PaywireError(ErrorCode.INVALID_ARGUMENT, `urls[${i}] must be https`, {
        family: 'paymentech-client',
        field: 'urls',
      });
    }
  }
  if (o.credentials === null || typeof o.credentials !== 'object') {
    throw new PaywireError(ErrorCode.MISSING_VALUE, 'credentials are required', {
      family: 'paymentech-client',
      field: 'credentials',
    });
  }
  const first = o.firstSequenceNumber;
  if (first !== undefined && (!Number.isInteger(first) || first < 0 || first > 2400)) {
    throw new PaywireError(ErrorCode.OUT_OF_RANGE, 'firstSequenceNumber must be an integer 0-2400', {
      family: 'paymentech-client',
      field: 'firstSequenceNumber',
      actual: String(first),
    });
  }
}

/** Creates a client. Credentials and URLs are checked here, before anything is sent. */
export function createPaymentechClient(options: PaymentechClientOptions): PaymentechClient {
  checkOptions(options);
  const c = options.credentials;
  const merchant: MerchantSetup = {
    clientNumber: c.clientNumber ?? '0000',
    merchantNumber: c.merchant,
    terminalNumber: c.terminal,
    ...(options.merchant ?? {}),
  };
  const headers: NetConnectHeaders = netConnectRequestHeaders({
    merchantNumber: c.merchant,
    terminalNumber: c.terminal,
    userId: c.user,
    password: c.password,
  });
  const urls = [...options.urls];
  const unmasked = options.unmaskedPackets === true;
  const reverseOnUnknown = options.reverseOnUnknownOutcome !== false;
  const hooks = options.hooks ?? {};
  let sequence = options.firstSequenceNumber ?? 1;

  /** Takes the next sequence number synchronously, so concurrent calls never share one. */
  function takeSequence(): number {
    const n = sequence;
    sequence = nextSequenceNumber(sequence);
    return n;
  }

  function emit(event: PacketEvent): void {
    if (!hooks.onPacket) return;
    try {
      hooks.onPacket(event);
    } catch {
      // a failing logger must not change the outcome of a payment
    }
  }

  async function post(
    operation: Operation,
    seq: number,
    body: Uint8Array,
    call: CallOptions,
  ): Promise<HttpsResponse> {
    const packet = unmasked ? body : maskRequestBytes(body);
    emit({
      direction: 'out',
      operation,
      sequenceNumber: seq,
      url: urls[0],
      bytes: packet,
      text: escaped(packet),
      headers: unmasked ? { ...headers } : redactHeaders(headers),
      masked: !unmasked,
    });
    const response = await httpsRequest({
      urls,
      method: 'POST',
      body,
      headers: { ...headers },
      ...(options.ca !== undefined ? { ca: options.ca } : {}),
      ...(options.cert !== undefined ? { cert: options.cert } : {}),
      ...(options.key !== undefined ? { key: options.key } : {}),
      ...(options.servername !== undefined ? { servername: options.servername } : {}),
      ...(options.timeouts?.connectMs !== undefined ? { connectTimeoutMs: options.timeouts.connectMs } : {}),
      responseTimeoutMs: call.timeoutMs ?? options.timeouts?.responseMs ?? 60_000,
      ...(call.deadline !== undefined ? { deadline: call.deadline } : {}),
      ...(call.signal !== undefined ? { signal: call.signal } : {}),
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    });
    const inbound = unmasked ? response.body : maskText(response.body);
    emit({
      direction: 'in',
      operation,
      sequenceNumber: seq,
      url: response.url,
      bytes: inbound,
      text: escaped(inbound),
      status: response.status,
      masked: !unmasked,
    });
    return response;
  }

  /** Why an exchange failed, before deciding about a reversal. */
  interface Failure {
    code: number;
    message: string;
    outcome: 'not-sent' | 'unknown';
    status?: number;
    netConnectErrorCode?: string;
    netConnectErrorReason?: string;
    url?: string;
    attempts?: TransportError['attempts'];
    cause?: unknown;
    field?: string;
    expected?: string;
    actual?: string;
  }

  function fromTransport(e: TransportError): Failure {
    const f: Failure = { code: e.code, message: e.message, outcome: e.outcome, cause: e };
    if (e.host !== undefined) f.url = `${e.host}:${e.port ?? ''}`;
    if (e.attempts !== undefined) f.attempts = e.attempts;
    return f;
  }

  /** One request, one answer. Returns the result, or the failure (never throws for the exchange). */
  async function exchange(
    operation: Operation,
    request: TampaRequest,
    call: CallOptions,
  ): Promise<{ result: PaymentechResult } | { failure: Failure }> {
    const seq = request.sequenceNumber;
    const body = encodeRequest(request);
    let response: HttpsResponse;
    try {
      response = await post(operation, seq, body, call);
    } catch (e) {
      if (isTransportError(e)) return { failure: fromTransport(e) };
      throw e;
    }
    const where = response.url;
    let checked: ReturnType<typeof checkNetConnectResponse>;
    try {
      checked = checkNetConnectResponse({
        status: response.status,
        headers: response.headers,
        body: response.body,
      });
    } catch (e) {
      // Content-Length differs from the body: the answer is damaged, the host may have acted
      const pe = e as PaywireError;
      return {
        failure: {
          code: pe.code,
          message: `NetConnect answer damaged: ${pe.message}`,
          outcome: 'unknown',
          status: response.status,
          url: where,
          cause: e,
        },
      };
    }
    if (!checked.ok) {
      const code = checked.errorCode;
      // An Error-Code is NetConnect's verdict; the reversal codes mean the host may have the request.
      // An HTTP 5xx without one: the gateway failed, possibly after forwarding.
      const unknown = code !== undefined ? reversalCodes.has(code) : checked.status >= 500;
      const f: Failure = {
        code: PaymentechClientErrorCode.NETCONNECT_ERROR,
        message:
          code !== undefined
            ? `NetConnect refused the message: HTTP ${checked.status}, Error-Code ${code}${checked.errorReason ? ` (${checked.errorReason})` : ''}`
            : `NetConnect answered HTTP ${checked.status}`,
        outcome: unknown ? 'unknown' : 'not-sent',
        status: checked.status,
        url: where,
      };
      if (code !== undefined) f.netConnectErrorCode = code;
      if (checked.errorReason !== undefined) f.netConnectErrorReason = checked.errorReason;
      return { failure: f };
    }
    let decoded: TampaResponse;
    try {
      decoded = decodeResponse(checked.body);
    } catch (e) {
      const pe = isPaywireError(e) ? e : undefined;
      return {
        failure: {
          code: pe?.code ?? ErrorCode.CORRUPT_RESPONSE,
          message: `the host's answer cannot be read: ${pe?.message ?? 'decode failed'}`,
          outcome: 'unknown',
          status: response.status,
          url: where,
          cause: e,
          ...(pe?.field !== undefined ? { field: pe.field } : {}),
        },
      };
    }
    const echoed = decoded.sequenceNumber?.trim();
    if (echoed !== undefined && echoed !== '' && /^\d+$/.test(echoed) && Number(echoed) !== seq) {
      return {
        failure: {
          code: PaymentechClientErrorCode.SEQUENCE_MISMATCH,
          message: `the answer carries sequence number ${Number(echoed)}, the request ${seq}`,
          outcome: 'unknown',
          status: response.status,
          url: where,
          expected: String(seq),
          actual: String(Number(echoed)),
        },
      };
    }
    return {
      result: toResult(operation, request, decoded, where, where !== describe(urls[0]!)),
    };
  }

  async function sendReversal(advice: TampaRequest, reason: string): Promise<ReversalReport> {
    const report: ReversalReport = { reason, sent: false, sequenceNumber: advice.sequenceNumber };
    try {
      const r = await exchange('reversalAdvice', advice, {});
      if ('result' in r) {
        report.sent = true;
        report.result = r.result;
      } else {
        report.error = new PaymentechClientError(r.failure.code, r.failure.message, {
          outcome: r.failure.outcome,
          operation: 'reversalAdvice',
          sequenceNumber: advice.sequenceNumber,
          status: r.failure.status,
          url: r.failure.url,
          cause: r.failure.cause,
        });
      }
    } catch (e) {
      report.error = isPaywireError(e)
        ? e
        : new PaywireError(ErrorCode.BUILD_FAILED, 'reversal advice failed', { family: 'paymentech-client' });
    }
    try {
      hooks.onReversal?.(report);
    } catch {
      // ignored, as for onPacket
    }
    return report;
  }

  async function run(
    operation: Operation,
    build: (seq: number) => TampaRequest,
    tx: PaymentechTransaction | undefined,
    call: CallOptions = {},
  ): Promise<PaymentechResult> {
    const seq = takeSequence();
    const request = build(seq); // validation errors: nothing sent
    const r = await exchange(operation, request, call);
    if ('result' in r) return r.result;
    const f = r.failure;
    let reversal: ReversalReport | undefined;
    const code = request.transactionCode;
    if (f.outcome === 'unknown' && (code === '01' || code === '02')) {
      if (f.netConnectErrorCode !== undefined) {
        const decision = reversalAdviceFor(request, f.netConnectErrorCode);
        if (decision.action === 'send-reversal-advice')
          reversal = await sendReversal(decision.request, decision.reason);
      } else if (reverseOnUnknown && tx !== undefined) {
        const advice = buildReversalAdvice(merchant, { ...tx, sequenceNumber: seq }, code);
        reversal = await sendReversal(advice, `no usable answer to transaction ${code} (${f.message})`);
      }
    }
    throw new PaymentechClientError(f.code, `${operation} (sequence ${seq}): ${f.message}`, {
      outcome: f.outcome,
      operation,
      sequenceNumber: seq,
      status: f.status,
      netConnectErrorCode: f.netConnectErrorCode,
      netConnectErrorReason: f.netConnectErrorReason,
      url: f.url,
      attempts: f.attempts,
      reversal,
      field: f.field,
      expected: f.expected,
      actual: f.actual,
      cause: f.cause,
    });
  }

  const withSeq = (tx: PaymentechTransaction, seq: number) => ({ ...tx, sequenceNumber: seq });

  return {
    sale: (tx, o) => run('sale', (s) => buildSale(merchant, withSeq(tx, s)), tx, o),
    authOnly: (tx, o) => run('authOnly', (s) => buildAuthOnly(merchant, withSeq(tx, s)), tx, o),
    capture: (tx, approval, o) =>
      run('capture', (s) => buildCapture(merchant, withSeq(tx, s), approval), undefined, o),
    force: (tx, approval, o) =>
      run('force', (s) => buildCapture(merchant, withSeq(tx, s), approval), undefined, o),
    refund: (tx, o) => run('refund', (s) => buildCredit(merchant, withSeq(tx, s)), undefined, o),
    void: (input, o) =>
      run('void', (s) => buildVoid(merchant, { ...input, sequenceNumber: s }), undefined, o),
    reversalAdvice: (tx, original, o) =>
      run(
        'reversalAdvice',
        () => buildReversalAdvice(merchant, withSeq(tx, original.sequenceNumber), original.transactionCode),
        undefined,
        o,
      ),
    get nextSequenceNumber() {
      return sequence;
    },
  };
}

const reversalCodes = new Set(['506', '509', '515', '516', '517']);

function describe(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

function toResult(
  operation: string,
  request: TampaRequest,
  r: TampaResponse,
  url: string,
  failover: boolean,
): PaymentechResult {
  const summary = interpretResponse(r);
  let status: PaymentechStatus;
  if (summary.approved) status = 'approved';
  else if (r.actionCode === 'D') status = 'declined';
  else if (
    summary.hostErrorCode !== undefined &&
    lookupServerError(summary.hostErrorCode).some((e) => e.table === 'issuer')
  )
    status = 'declined';
  else status = 'error';
  const out: PaymentechResult = {
    status,
    approved: status === 'approved',
    operation,
    transactionCode: request.transactionCode,
    sequenceNumber: request.sequenceNumber,
    actionCode: r.actionCode,
    response: r,
    summary,
    url,
    failover,
  };
  const set = <K extends keyof PaymentechResult>(k: K, v: PaymentechResult[K] | undefined) => {
    if (v !== undefined && v !== '') out[k] = v;
  };
  if (summary.approved) set('approvalCode', r.approvalCode?.trim());
  set('retrievalNumber', r.retrievalNumber?.trim());
  set('batchNumber', r.batchNumber?.trim());
  set('responseText', r.responseText?.trim());
  set('avsResult', r.avsResult?.trim());
  set('avsMeaning', summary.avsMeaning);
  set('cvvResult', summary.cvvResult);
  set('cvvMeaning', summary.cvvMeaning);
  set('cardType', r.cardType?.trim());
  set('hostErrorCode', summary.hostErrorCode);
  set('hostError', summary.hostError);
  return out;
}
