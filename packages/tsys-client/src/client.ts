// createTsysClient: the TSYS codec, a transport (TLS socket or HTTPS gateway) and the session rules
// (ENQ, application types, interleaved matching, sequence numbers, unknown-outcome recovery).

import { ErrorCode } from '@paywire/core';
import {
  type AuthorizationRequest,
  type AuthorizationResponse,
  applyAuthorizationOptions,
  authCodes,
  buildEligibilityInquiry,
  buildHealthcare,
  buildKeyedEcommerce,
  buildRetailSwipe,
  buildReversal,
  type CardInput,
  encodeAuthRequest,
  encodeBatch,
  type MerchantProfile,
  type SettlementBatch,
} from '@paywire/tsys';
import { type AuthorizationRecovery, clientError, type TsysClientError, wrapError } from './errors.js';
import { HttpsSession } from './https-session.js';
import { PacketHooks } from './packets.js';
import { authorizationResult, eligibility, settlementResult } from './results.js';
import { checkSequence, MemorySequenceStore, terminalKey } from './sequence.js';
import type { Session } from './session.js';
import { SocketSession } from './socket-session.js';
import type {
  ApplicationTypeOption,
  AuthorizationInput,
  AuthorizationResult,
  CallOptions,
  EligibilityResult,
  RecoveryResult,
  SequenceStore,
  SettlementResult,
  TsysClientOptions,
} from './types.js';
import { splitFrames } from './wire.js';

export const DEFAULT_RESPONSE_TIMEOUT_MS = 30_000;
export const DEFAULT_SETTLEMENT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_PENDING = 100;

export interface ReversalOptions extends CallOptions {
  /** Amount still to be settled (default 0: full reversal). */
  settlementAmount?: number;
  /** `59` before batch settlement (default), `5A` after. */
  transactionCode?: '59' | '5A';
}

export interface TsysClient {
  /** `socket` or `https`. */
  readonly transport: 'socket' | 'https';
  readonly applicationType: ApplicationTypeOption;
  /** Credit (swipe, keyed), healthcare IIAS (with partial approval), or any raw request (debit / EBT). */
  authorize(input: AuthorizationInput, options?: CallOptions): Promise<AuthorizationResult>;
  /** Healthcare eligibility inquiry (transaction code 5M). */
  eligibilityInquiry(
    input: { card: CardInput; memberData?: string },
    options?: CallOptions,
  ): Promise<EligibilityResult>;
  /** Reverses an approved authorization (Table 8.10), fully or down to `settlementAmount`. */
  reverse(original: AuthorizationResult, options?: ReversalOptions): Promise<AuthorizationResult>;
  /** Incremental authorization of `amount` more on top of an approved one (requested ACI `I`). */
  incremental(
    original: AuthorizationResult,
    input: { amount: number },
    options?: CallOptions,
  ): Promise<AuthorizationResult>;
  /** Sends a batch (from `buildBatch`) and returns the host's verdict: accepted, rejected (with the record and field) or duplicate. */
  settle(batch: SettlementBatch, options?: CallOptions): Promise<SettlementResult>;
  /** Closes connections; requests still waiting fail with CLIENT_CLOSED (outcome unknown). */
  close(): Promise<void>;
}

function invalid(message: string, field: string): TsysClientError {
  return clientError(ErrorCode.INVALID_ARGUMENT, message, { outcome: 'not-sent', field });
}

function positiveMs(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 2_147_483_647)
    throw invalid('must be a whole number of milliseconds, 1-2147483647', field);
  return value;
}

const RECOVERABLE = new Set(['54', '55', '56', '57', 'CR']);

export function createTsysClient(options: TsysClientOptions): TsysClient {
  if (options === null || typeof options !== 'object') throw invalid('options are required', 'options');
  const t = options.transport;
  if (t === undefined || (t.kind !== 'socket' && t.kind !== 'https'))
    throw invalid("transport.kind must be 'socket' or 'https'", 'transport.kind');
  if (options.merchant === undefined) throw invalid('merchant is required', 'merchant');
  const app: ApplicationTypeOption = options.applicationType ?? 4;
  if (app !== 0 && app !== 2 && app !== 4) throw invalid('must be 0, 2 or 4', 'applicationType');
  if (t.kind === 'https' && app !== 4)
    throw invalid('the HTTPS gateway takes application type 4 (interleaved) only', 'applicationType');
  if (t.kind === 'socket') {
    if (typeof t.host !== 'string' || t.host === '') throw invalid('host is required', 'transport.host');
    if (!Number.isInteger(t.port) || t.port < 1 || t.port > 65535)
      throw invalid('port must be 1-65535', 'transport.port');
  } else if (typeof t.url !== 'string' || !t.url.startsWith('https://')) {
    throw invalid('url must be an https:// URL', 'transport.url');
  }
  const maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
  if (!Number.isInteger(maxPending) || maxPending < 1 || maxPending > 9998)
    throw invalid('must be an integer 1-9998', 'maxPending');
  const responseMs = positiveMs(
    options.timeouts?.responseMs,
    DEFAULT_RESPONSE_TIMEOUT_MS,
    'timeouts.responseMs',
  );
  const pendingResponseMs = positiveMs(
    options.timeouts?.pendingResponseMs,
    responseMs,
    'timeouts.pendingResponseMs',
  );
  const settlementMs = positiveMs(
    options.timeouts?.settlementMs,
    DEFAULT_SETTLEMENT_TIMEOUT_MS,
    'timeouts.settlementMs',
  );
  const onUnknown = options.onUnknownOutcome ?? 'throw';
  if (onUnknown !== 'throw' && onUnknown !== 'reverse')
    throw invalid("must be 'throw' or 'reverse'", 'onUnknownOutcome');

  const seqOption = options.sequence;
  const sequences: SequenceStore =
    seqOption !== undefined && typeof (seqOption as SequenceStore).next === 'function'
      ? (seqOption as SequenceStore)
      : new MemorySequenceStore((seqOption as { start?: number } | undefined)?.start ?? 1);

  const hooks = new PacketHooks(options.hooks, t.kind);
  const session: Session =
    t.kind === 'socket'
      ? new SocketSession({
          transport: t,
          applicationType: app,
          responseMs,
          pendingResponseMs,
          settlementMs,
          maxPending,
          hooks,
        })
      : new HttpsSession({ transport: t, responseMs, settlementMs, hooks });

  const appText = String(app) as '0' | '2' | '4';
  const merchant: MerchantProfile = { ...options.merchant, applicationType: appText };
  const terminal = terminalKey(merchant);
  const now = options.now;

  function nextSequence(call: CallOptions): number {
    if (call.sequenceNumber !== undefined) return checkSequence(call.sequenceNumber);
    return checkSequence(sequences.next(terminal), 'sequence store');
  }

  function common(seq: number) {
    return { merchant, sequenceNumber: seq, ...(now === undefined ? {} : { now: now() }) };
  }

  /** Sends a finished request; on an unknown outcome attaches (or runs) the recovery. */
  async function send(
    request: AuthorizationRequest,
    seq: number,
    call: CallOptions,
    recoverable: boolean,
  ): Promise<AuthorizationResponse> {
    const bytes = encodeAuthRequest(request); // validation errors surface here, nothing sent
    try {
      return await session.authorize(bytes, seq, call);
    } catch (e) {
      const err = wrapError(e, 'unknown', 'authorization');
      if (err.outcome === 'unknown') {
        const recovery = recoveryFor(request, recoverable);
        if (recovery !== undefined) {
          err.recovery = recovery;
          if (onUnknown === 'reverse' && recoverable) {
            try {
              err.recoveryResult = await recovery.reverse({});
            } catch (re) {
              err.recoveryError = re;
            }
          }
        }
      }
      throw err;
    }
  }

  function recoveryFor(
    request: AuthorizationRequest,
    reversible: boolean,
  ): AuthorizationRecovery | undefined {
    const repeatCode = authCodes.transactionCodeInfo[request.transactionCode]?.repeat;
    if (repeatCode === undefined) return undefined;
    let used = false;
    const once = () => {
      if (used) throw invalid('this recovery was already used (it runs once)', 'recovery');
      used = true;
    };
    const repeat = async (call: CallOptions = {}): Promise<AuthorizationResult> => {
      const seq = nextSequence(call);
      const again: AuthorizationRequest = {
        ...request,
        transactionCode: repeatCode,
        transactionSequenceNumber: String(seq).padStart(4, '0'),
      };
      const response = await send(again, seq, call, false);
      return authorizationResult(again, response);
    };
    return {
      repeat(call) {
        once();
        return repeat(call);
      },
      async reverse(call = {}): Promise<RecoveryResult> {
        once();
        const first = await repeat(call);
        if (!reversible || !first.approved || first.responseCode === '85') return { repeat: first };
        const { sequenceNumber: _fixed, ...rest } = call;
        const reversal = await client.reverse(first, rest);
        return { repeat: first, reversal };
      },
    };
  }

  function withSequence(request: AuthorizationRequest, seq: number): AuthorizationRequest {
    return { ...request, applicationType: appText, transactionSequenceNumber: String(seq).padStart(4, '0') };
  }

  function cleanCall(call: CallOptions): CallOptions {
    const out: CallOptions = {};
    if (call.timeoutMs !== undefined) out.timeoutMs = positiveMs(call.timeoutMs, 1, 'timeoutMs');
    if (call.signal !== undefined) out.signal = call.signal;
    if (call.sequenceNumber !== undefined) out.sequenceNumber = call.sequenceNumber;
    return out;
  }

  const client: TsysClient = {
    transport: t.kind,
    applicationType: app,

    async authorize(input, callOptions = {}) {
      const call = cleanCall(callOptions);
      if (input === null || typeof input !== 'object') throw invalid('input is required', 'input');
      const seq = nextSequence(call);
      const c = common(seq);
      const extra = {
        ...('options' in input && input.options !== undefined ? { options: input.options } : {}),
        ...('posDataCode' in input && input.posDataCode !== undefined
          ? { posDataCode: input.posDataCode }
          : {}),
      };
      let request: AuthorizationRequest;
      switch (input.kind) {
        case 'swipe':
          request = buildRetailSwipe({ ...c, ...extra, card: input.card, amount: input.amount });
          break;
        case 'keyed': {
          const { kind: _k, options: _o, posDataCode: _p, ...rest } = input;
          request = buildKeyedEcommerce({ ...c, ...extra, ...rest });
          break;
        }
        case 'healthcare': {
          const { kind: _k, options: _o, posDataCode: _p, ...rest } = input;
          request = buildHealthcare({ ...c, ...extra, ...rest });
          break;
        }
        case 'raw':
          request = withSequence(input.request, seq);
          break;
        default:
          throw invalid("kind must be 'swipe', 'keyed', 'healthcare' or 'raw'", 'input.kind');
      }
      const recoverable = RECOVERABLE.has(request.transactionCode) && request.requestedAci !== 'I';
      const response = await send(request, seq, call, recoverable);
      return authorizationResult(request, response);
    },

    async eligibilityInquiry(input, callOptions = {}) {
      const call = cleanCall(callOptions);
      const seq = nextSequence(call);
      const request = buildEligibilityInquiry({
        ...common(seq),
        card: input.card,
        ...(input.memberData === undefined ? {} : { memberData: input.memberData }),
      });
      const response = await send(request, seq, call, false);
      return eligibility(request, response);
    },

    async reverse(original, options = {}) {
      const { settlementAmount, transactionCode, ...rest } = options;
      const call = cleanCall(rest);
      if (original?.request === undefined || original.response === undefined)
        throw invalid('pass the result of authorize()', 'original');
      const seq = nextSequence(call);
      const request = buildReversal({
        original: original.request,
        response: original.response,
        authorizedAmount: original.approvedAmount > 0 ? original.approvedAmount : original.requestedAmount,
        sequenceNumber: seq,
        ...(settlementAmount === undefined ? {} : { settlementAmount }),
        ...(transactionCode === undefined ? {} : { transactionCode }),
      });
      const withApp = { ...request, applicationType: appText };
      const response = await send(withApp, seq, call, false);
      return authorizationResult(withApp, response);
    },

    async incremental(original, input, callOptions = {}) {
      const call = cleanCall(callOptions);
      if (original?.request === undefined || original.response === undefined)
        throw invalid('pass the result of authorize()', 'original');
      const r = original.response;
      if (r.transactionIdentifier === undefined || r.transactionIdentifier.trim() === '')
        throw invalid('the original answer has no transaction identifier', 'original.transactionIdentifier');
      if (!Number.isSafeInteger(input?.amount) || input.amount < 0)
        throw invalid('must be an integer amount in minor units', 'amount');
      const applied = applyAuthorizationOptions({
        incremental: {
          approvalCode: r.approvalCode,
          retrievalNumber: r.retrievalReferenceNumber,
          transactionDate: r.localTransactionDate,
          transactionId: r.transactionIdentifier,
          transactionTime: r.localTransactionTime,
        },
      });
      const seq = nextSequence(call);
      const { marketSpecificData, ...base } = original.request;
      const request: AuthorizationRequest = {
        ...base,
        ...(marketSpecificData !== undefined && marketSpecificData.identifier !== 'M'
          ? { marketSpecificData }
          : {}),
        ...applied.groupI,
        applicationType: appText,
        transactionAmount: String(input.amount),
        transactionSequenceNumber: String(seq).padStart(4, '0'),
        // Amounts, partial-approval, substantiation and CVV belong to the original only.
        groupIII: original.request.groupIII.filter((g) => !['007', '022', '026', '037'].includes(g.version)),
      };
      const response = await send(request, seq, call, false);
      return authorizationResult(request, response);
    },

    async settle(batch, callOptions = {}) {
      const call = cleanCall(callOptions);
      if (t.kind === 'https' && batch.applicationType !== '1')
        throw invalid('the HTTPS gateway takes settlement application type 1 only', 'batch.applicationType');
      const frames = splitFrames(encodeBatch(batch));
      try {
        return settlementResult(await session.settle(frames, call));
      } catch (e) {
        throw wrapError(e, 'unknown', 'settlement');
      }
    },

    close() {
      return session.close();
    },
  };
  return client;
}
