/**
 * `createGiftClient`: FDMS Closed Loop Gift over Datawire. Holds the session rules: discovery and
 * Ping (fastest provider, again every 100 transactions), registration with its Retry loop,
 * merchant activation, one ClientRef per exchange, and the 0704 timeout reversal whenever a
 * financial request's outcome is unknown.
 */

import { isPaywireError, withProperties } from '@paywire/core';
import {
  activationRequest,
  checkApp,
  checkAuth,
  deliveryOutcome,
  escapePayload,
  registrationRequest,
  transactionRequest,
  unescapePayload,
} from '@paywire/datawire';
import {
  activateCard,
  assignMerchantWorkingKey,
  balanceInquiry,
  buildTimeoutReversal,
  closeAccount,
  decodeResponse as decodeSvdotResponse,
  encodeRequest as encodeSvdotRequest,
  freezeCard,
  type GiftMerchant,
  type GiftResponse,
  loadCard,
  lockCard,
  provisionCard,
  readResponse,
  redeemCard,
  removeProvisioning,
  reversalRequired,
  type SvdotRequest,
  transactionHistory,
  unfreezeCard,
  validateRequest,
  voidTransaction,
} from '@paywire/fdms-gift';
import { ClientRefs } from './client-ref.js';
import {
  GiftClientError,
  GiftClientErrorCode,
  type GiftClientErrorOptions,
  isGiftClientError,
} from './errors.js';
import { Providers } from './providers.js';
import { makeResult } from './result.js';
import type {
  ActivateInput,
  CallOptions,
  CardInput,
  CloseInput,
  GiftClientEvent,
  GiftClientOptions,
  GiftResult,
  HistoryInput,
  LoadInput,
  LockInput,
  RedeemInput,
  RefundInput,
  RegistrationResult,
  ReversalReport,
  ReversalStatus,
  ServiceProviderRank,
  VoidInput,
  WorkingKeyInput,
} from './types.js';
import { Wire } from './wire.js';

export interface GiftClient {
  /** The DID in use (from the options or from `register()`). */
  readonly did: string | undefined;
  /** Providers by Ping score, fastest first (empty before the first Ping). */
  readonly providers: ServiceProviderRank[];
  /** Discovery (if configured) and the first Ping. Transactions call it on their own. */
  start(call?: CallOptions): Promise<ServiceProviderRank[]>;
  /** Service discovery now. */
  discover(call?: CallOptions): Promise<string[]>;
  /** Pings every provider URL now and re-orders them. */
  ping(call?: CallOptions): Promise<ServiceProviderRank[]>;
  /** Registration (with its Retry loop) then Activation. Persist the returned DID. */
  register(call?: CallOptions): Promise<RegistrationResult>;
  /** Activation of the DID alone (after a registration whose activation failed). */
  activateMerchant(call?: CallOptions): Promise<void>;

  activateCard(input: ActivateInput, call?: CallOptions): Promise<GiftResult>;
  balanceInquiry(input: CardInput, call?: CallOptions): Promise<GiftResult>;
  /** Reload (2300, 2301 with `merchantSpecific`). */
  reload(input: Omit<LoadInput, 'refund' | 'onlineRefund'>, call?: CallOptions): Promise<GiftResult>;
  /** Refund (2700); `online` for an online refund authorization. */
  refund(input: RefundInput, call?: CallOptions): Promise<GiftResult>;
  /** The seed's load_card: reload, or refund with `refund` / `onlineRefund`. */
  loadCard(input: LoadInput, call?: CallOptions): Promise<GiftResult>;
  lockCard(input: LockInput, call?: CallOptions): Promise<GiftResult>;
  /** Redemption: `normal` / `partial` (2202), `cash-out` (2600), `unlock` (2201, 2208 with a lock id). */
  redeemCard(input: RedeemInput, call?: CallOptions): Promise<GiftResult>;
  /** Cash out: the whole balance (2600). */
  cashOut(input: CardInput, call?: CallOptions): Promise<GiftResult>;
  /** Void of a redemption, load or activation; give the original's `transactionNumber`. */
  voidTransaction(input: VoidInput, call?: CallOptions): Promise<GiftResult>;
  transactionHistory(input: HistoryInput, call?: CallOptions): Promise<GiftResult>;
  freezeCard(input: CardInput, call?: CallOptions): Promise<GiftResult>;
  unfreezeCard(input: CardInput, call?: CallOptions): Promise<GiftResult>;
  closeAccount(input: CloseInput, call?: CallOptions): Promise<GiftResult>;
  provisionCard(input: CardInput, call?: CallOptions): Promise<GiftResult>;
  removeProvisioning(input: CardInput, call?: CallOptions): Promise<GiftResult>;
  assignMerchantWorkingKey(input: WorkingKeyInput, call?: CallOptions): Promise<GiftResult>;
  /** Sends a request built with `@paywire/fdms-gift` (same rules: reversal on an unknown outcome). */
  send(request: SvdotRequest, call?: CallOptions): Promise<GiftResult>;
  /** Sends the 0704 timeout reversal of `request` (retried while its own outcome is unknown). */
  reverse(request: SvdotRequest, call?: CallOptions): Promise<GiftResult>;
  /** The seed's reverse_last_transaction: the 0704 of the last request this client sent. */
  reverseLast(call?: CallOptions): Promise<GiftResult>;
}

interface Built {
  svdot: SvdotRequest;
  clientRef: string;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function optionError(message: string, field: string): GiftClientError {
  return new GiftClientError(705, message, { outcome: 'not-sent', field });
}

function positive(value: number | undefined, fallback: number, field: string, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) throw optionError(`${field} must be a number >= ${min}`, field);
  return value;
}

const REVERSAL_STATUS: Record<string, ReversalStatus> = {
  '00': 'reversed',
  '33': 'not-found',
  '34': 'already-reversed',
};

export function createGiftClient(options: GiftClientOptions): GiftClient {
  if (options === null || typeof options !== 'object') throw optionError('options are required', 'options');
  if (
    options.discoveryUrl === undefined &&
    (options.serviceUrls === undefined || options.serviceUrls.length === 0)
  ) {
    throw optionError('give discoveryUrl or serviceUrls', 'discoveryUrl');
  }
  const wrapInput = (e: unknown, field?: string): GiftClientError => {
    if (isGiftClientError(e)) return e;
    if (isPaywireError(e)) {
      return new GiftClientError(e.code, e.message, {
        outcome: 'not-sent',
        field: e.field ?? field,
        expected: e.expected,
        actual: e.actual,
        cause: e,
      });
    }
    return new GiftClientError(705, (e as Error)?.message ?? String(e), { outcome: 'not-sent', cause: e });
  };
  const auth = `${options.merchantId}|${options.terminalId}`;
  try {
    checkApp(options.app);
    checkAuth(auth);
  } catch (e) {
    throw wrapInput(e);
  }
  const serviceId = options.serviceId ?? '104';
  const timeouts = options.timeouts ?? {};
  const transactionMs = positive(timeouts.transactionMs, 30_000, 'timeouts.transactionMs');
  const reversalMs = positive(timeouts.reversalMs, transactionMs, 'timeouts.reversalMs');
  const registrationMs = positive(timeouts.registrationMs, 30_000, 'timeouts.registrationMs');
  const reversalAttempts = positive(options.reversalAttempts, 3, 'reversalAttempts');
  const reversalDelay = positive(options.reversalRetryDelayMs, 200, 'reversalRetryDelayMs', 0);
  const regMax = positive(options.registration?.maxAttempts, 10, 'registration.maxAttempts');
  const regDelay = positive(options.registration?.retryDelayMs, 1_000, 'registration.retryDelayMs', 0);
  const regTotal = positive(options.registration?.totalMs, 60_000, 'registration.totalMs');
  const autoReverse = options.autoReverse !== false;
  const clientTimeout =
    options.clientTimeout === undefined
      ? undefined
      : String(Math.round(positive(options.clientTimeout, 30, 'clientTimeout')));
  const merchant: GiftMerchant = { ...(options.merchant ?? {}), merchantNumber: options.merchantId };
  const emit = (event: GiftClientEvent) => {
    try {
      options.hooks?.onEvent?.(event);
    } catch {
      // hooks never change the flow
    }
  };

  let refs: ClientRefs;
  try {
    refs = new ClientRefs(options.firstTransactionId, options.clientRefVersion ?? { major: 1, revision: 0 });
  } catch (e) {
    throw wrapInput(e, 'clientRefVersion');
  }
  let did = options.did;
  let last: SvdotRequest | undefined;
  const wire = new Wire(options);

  const requireDid = (): string => {
    if (did === undefined || did === '') {
      throw new GiftClientError(
        GiftClientErrorCode.NOT_REGISTERED,
        'no DID: call register() once and pass the DID it returns as `did`',
        { outcome: 'not-sent', field: 'did' },
      );
    }
    return did;
  };

  const providers = new Providers({
    wire,
    serviceId,
    discoveryUrl: options.discoveryUrl,
    serviceUrls: options.serviceUrls,
    pingMs: positive(timeouts.pingMs, 5_000, 'timeouts.pingMs'),
    discoveryMs: positive(timeouts.discoveryMs, 10_000, 'timeouts.discoveryMs'),
    repingEvery: positive(options.repingEvery, 100, 'repingEvery'),
    identity: () => ({ did: requireDid(), app: options.app, auth, clientRef: refs.next().clientRef }),
    emit,
  });

  /** One Transaction exchange; the answer must be delivered and readable. */
  const exchange = async (svdot: SvdotRequest, clientRef: string, call: CallOptions, timeoutMs: number) => {
    const base: Omit<GiftClientErrorOptions, 'outcome'> = {
      requestCode: svdot.requestCode,
      clientRef,
      request: svdot,
    };
    let payload: string;
    try {
      payload = escapePayload(encodeSvdotRequest(svdot));
    } catch (e) {
      throw wrapInput(e);
    }
    const theDid = requireDid();
    const urls = await providers.forTransaction(call.signal);
    const request = transactionRequest({
      did: theDid,
      app: options.app,
      auth,
      clientRef,
      serviceId,
      payload,
      ...(clientTimeout !== undefined ? { clientTimeout } : {}),
    });
    const started = Date.now();
    const answer = await wire.exchange({
      service: 'Transaction',
      urls,
      request,
      svdot,
      responseTimeoutMs: call.timeoutMs ?? timeoutMs,
      signal: call.signal,
    });
    const res = answer.response;
    const o = deliveryOutcome(res);
    const body = res.body?.type === 'transaction' ? res.body : undefined;
    if (!o.delivered) {
      const rc = body?.returnCode;
      const statusOk = o.status.delivered;
      throw new GiftClientError(
        statusOk ? 531 : 530,
        statusOk
          ? `Datawire return code ${rc ?? '(missing)'}: ${o.returnCode?.meaning ?? 'no return code'}`
          : `Datawire status ${res.status}: ${o.status.meaning}`,
        {
          ...base,
          outcome: o.reversalRequired ? 'unknown' : 'not-sent',
          datawireStatus: res.status,
          returnCode: rc,
          retryable: o.retryable,
        },
      );
    }
    if (body === undefined) {
      throw new GiftClientError(529, 'status OK but no TransactionResponse in the answer', {
        ...base,
        outcome: 'unknown',
        datawireStatus: res.status,
      });
    }
    const echoed = res.clientId?.clientRef;
    if (echoed !== undefined && echoed !== '' && echoed !== clientRef) {
      throw new GiftClientError(
        GiftClientErrorCode.CLIENT_REF_MISMATCH,
        'the answer carries another ClientRef than the request',
        { ...base, outcome: 'unknown', expected: clientRef, actual: echoed, field: 'RespClientID.ClientRef' },
      );
    }
    if (body.payload === undefined || body.payload === '') {
      throw new GiftClientError(520, 'return code 000 with an empty payload', {
        ...base,
        outcome: 'unknown',
        datawireStatus: res.status,
        returnCode: body.returnCode,
      });
    }
    let response: GiftResponse;
    try {
      response = readResponse(decodeSvdotResponse(unescapePayload(body.payload)), {
        ...(svdot.fields.historyFormat !== undefined ? { historyFormat: svdot.fields.historyFormat } : {}),
      });
    } catch (e) {
      throw new GiftClientError(
        isPaywireError(e) ? e.code : 519,
        `the gift payload of the answer does not decode (${isPaywireError(e) ? e.name : 'error'})`,
        { ...base, outcome: 'unknown', datawireStatus: res.status, returnCode: body.returnCode, cause: e },
      );
    }
    return makeResult({
      response,
      request: svdot,
      clientRef,
      url: answer.url,
      status: res.status,
      returnCode: body.returnCode ?? '000',
      elapsedMs: Date.now() - started,
    });
  };

  /** 0704 attempts for `original` until one is answered or the attempts run out. */
  const reverseBounded = async (original: SvdotRequest, signal?: AbortSignal): Promise<ReversalReport> => {
    const reversal = buildTimeoutReversal(original);
    const report: ReversalReport = { status: 'failed', attempts: 0, errors: [] };
    for (let attempt = 1; attempt <= reversalAttempts; attempt++) {
      if (attempt > 1) await sleep(reversalDelay, signal);
      if (signal?.aborted) break;
      report.attempts = attempt;
      try {
        const result = await exchange(reversal, refs.next().clientRef, signal ? { signal } : {}, reversalMs);
        report.result = result;
        report.status = REVERSAL_STATUS[result.responseCode] ?? 'declined';
        emit({ type: 'reversal', requestCode: original.requestCode, attempt, status: report.status });
        return report;
      } catch (e) {
        const err = isPaywireError(e) ? e : wrapInput(e);
        report.errors.push({
          code: err.code,
          name: err.name,
          outcome: isGiftClientError(err) ? err.outcome : 'unknown',
          message: err.message,
        });
        emit({
          type: 'reversal',
          requestCode: original.requestCode,
          attempt,
          status: attempt < reversalAttempts ? 'retrying' : 'failed',
        });
      }
    }
    return report;
  };

  const withReversal = (e: GiftClientError, reversal: ReversalReport): GiftClientError => {
    const how =
      reversal.status === 'not-required' || reversal.status === 'disabled'
        ? `no timeout reversal (${reversal.status})`
        : `timeout reversal ${reversal.status}${reversal.result ? ` (${reversal.result.responseCode})` : ''} after ${reversal.attempts} attempt(s)`;
    return new GiftClientError(e.code, `${e.message}; outcome unknown, ${how}`, {
      outcome: e.outcome,
      field: e.field,
      expected: e.expected,
      actual: e.actual,
      cause: e.cause,
      requestCode: e.requestCode,
      clientRef: e.clientRef,
      datawireStatus: e.datawireStatus,
      returnCode: e.returnCode,
      httpStatus: e.httpStatus,
      retryable: false,
      request: e.request,
      reversal,
    });
  };

  /** Sends a financial or inquiry request with the reversal rule. */
  const transact = async (built: Built, call: CallOptions = {}): Promise<GiftResult> => {
    const { svdot, clientRef } = built;
    if (svdot.requestCode !== '0704') last = svdot;
    try {
      return await exchange(svdot, clientRef, call, transactionMs);
    } catch (e) {
      if (!isGiftClientError(e) || e.outcome !== 'unknown') throw e;
      if (!reversalRequired(svdot.requestCode)) {
        throw withReversal(e, { status: 'not-required', attempts: 0, errors: [] });
      }
      if (!autoReverse) throw withReversal(e, { status: 'disabled', attempts: 0, errors: [] });
      // The caller's signal may have caused this; the reversal must still go out.
      throw withReversal(e, await reverseBounded(svdot));
    }
  };

  /** Builds with a fresh ClientRef whose 7 digits are field 15 unless the caller gave one. */
  const build = <I extends { transactionNumber?: string }>(
    builder: (o: I & { merchant: GiftMerchant }) => SvdotRequest,
    input: I,
  ): Built => {
    if (input === null || typeof input !== 'object') throw optionError('input must be an object', 'input');
    const { id, clientRef } = refs.next();
    try {
      const svdot = builder(
        withProperties(input, { merchant, transactionNumber: input.transactionNumber ?? id }),
      );
      return { svdot, clientRef };
    } catch (e) {
      throw wrapInput(e);
    }
  };

  const op =
    <I extends { transactionNumber?: string }>(
      builder: (o: I & { merchant: GiftMerchant }) => SvdotRequest,
    ) =>
    async (input: I, call?: CallOptions): Promise<GiftResult> =>
      transact(build(builder, input), call);

  const reverseOrThrow = async (request: SvdotRequest, call: CallOptions = {}): Promise<GiftResult> => {
    try {
      buildTimeoutReversal(request);
    } catch (e) {
      throw wrapInput(e);
    }
    const report = await reverseBounded(request, call.signal);
    if (report.result !== undefined) return report.result;
    const lastError = report.errors[report.errors.length - 1];
    throw new GiftClientError(
      lastError?.code ?? 720,
      `timeout reversal of ${request.requestCode} got no usable answer in ${report.attempts} attempt(s)${lastError ? `: ${lastError.message}` : ''}`,
      { outcome: 'unknown', requestCode: '0704', request, reversal: report, retryable: true },
    );
  };

  return {
    get did() {
      return did;
    },
    get providers() {
      return providers.ranking;
    },
    start: (call = {}) => providers.start(call.signal),
    discover: (call = {}) => providers.discover(call.signal),
    ping: (call = {}) => providers.ping(call.signal),

    async register(call = {}) {
      const url = options.registrationUrl ?? options.discoveryUrl;
      if (url === undefined)
        throw optionError('registration needs registrationUrl or discoveryUrl', 'registrationUrl');
      const deadline = Date.now() + regTotal;
      for (let attempt = 1; ; attempt++) {
        const left = deadline - Date.now();
        const request = registrationRequest({
          app: options.app,
          auth,
          clientRef: refs.next().clientRef,
          serviceId,
        });
        const { response } = await wire.exchange({
          service: 'Registration',
          urls: [url],
          request,
          responseTimeoutMs: Math.max(1, Math.min(registrationMs, left)),
          signal: call.signal,
        });
        if (response.status === 'OK' && response.body?.type === 'registration' && response.body.did) {
          did = response.body.did;
          providers.offer(response.body.urls);
          await this.activateMerchant(call);
          return { did, urls: [...response.body.urls], attempts: attempt };
        }
        if (response.status !== 'Retry') {
          throw new GiftClientError(530, `registration answered status ${response.status}`, {
            outcome: 'not-sent',
            datawireStatus: response.status,
            retryable: false,
          });
        }
        if (attempt >= regMax || Date.now() + regDelay >= deadline) {
          throw new GiftClientError(
            GiftClientErrorCode.REGISTRATION_INCOMPLETE,
            `registration still answered Retry after ${attempt} attempt(s) in ${regTotal - Math.max(0, deadline - Date.now())} ms`,
            { outcome: 'not-sent', datawireStatus: 'Retry', retryable: true },
          );
        }
        emit({ type: 'registration-retry', attempt });
        await sleep(regDelay, call.signal);
        if (call.signal?.aborted) {
          throw new GiftClientError(720, 'registration aborted', { outcome: 'not-sent', retryable: true });
        }
      }
    },

    async activateMerchant(call = {}) {
      const url = options.registrationUrl ?? options.discoveryUrl;
      if (url === undefined)
        throw optionError('activation needs registrationUrl or discoveryUrl', 'registrationUrl');
      const { response } = await wire.exchange({
        service: 'Activation',
        urls: [url],
        request: activationRequest({
          did: requireDid(),
          app: options.app,
          auth,
          clientRef: refs.next().clientRef,
          serviceId,
        }),
        responseTimeoutMs: call.timeoutMs ?? registrationMs,
        signal: call.signal,
      });
      if (response.status !== 'OK') {
        throw new GiftClientError(530, `activation answered status ${response.status}`, {
          outcome: 'not-sent',
          datawireStatus: response.status,
          retryable: false,
        });
      }
    },

    activateCard: op(activateCard),
    balanceInquiry: op(balanceInquiry),
    reload: op(loadCard),
    refund: op((o: RefundInput & { merchant: GiftMerchant }) => {
      const { online, ...rest } = o;
      return loadCard(online ? { ...rest, onlineRefund: true } : { ...rest, refund: true });
    }),
    loadCard: op(loadCard),
    lockCard: op(lockCard),
    redeemCard: op(redeemCard),
    cashOut: op((o: CardInput & { merchant: GiftMerchant }) =>
      redeemCard({ ...o, redemptionType: 'cash-out' }),
    ),
    voidTransaction: op(voidTransaction),
    transactionHistory: op(transactionHistory),
    freezeCard: op(freezeCard),
    unfreezeCard: op(unfreezeCard),
    closeAccount: op(closeAccount),
    provisionCard: op(provisionCard),
    removeProvisioning: op(removeProvisioning),
    assignMerchantWorkingKey: op(assignMerchantWorkingKey),

    async send(request, call) {
      try {
        validateRequest(request);
      } catch (e) {
        throw wrapInput(e);
      }
      return transact({ svdot: request, clientRef: refs.next().clientRef }, call);
    },

    reverse: (request, call) => reverseOrThrow(request, call),

    async reverseLast(call) {
      if (last === undefined) {
        throw new GiftClientError(
          GiftClientErrorCode.NOTHING_TO_REVERSE,
          'no transaction sent yet to reverse',
          {
            outcome: 'not-sent',
          },
        );
      }
      return reverseOrThrow(last, call);
    },
  };
}
