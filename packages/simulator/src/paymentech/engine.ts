/**
 * The Paymentech Tampa host's behaviour behind NetConnect, without I/O: deterministic approvals
 * and declines, AVS and CVV results, and a ledger so captures, partial reversals, voids and
 * reversal advices find the authorization they refer to. Host errors come from the seed tables
 * the codec exports (`lookupServerError`), never invented text.
 */

import { cardBrand, isPaywireError, luhnCheck, maskPan } from '@paywire/core';
import {
  type CaptureRequest,
  type FinancialRequest,
  lookupServerError,
  type PartialReversalRequest,
  type ResponseToken,
  type ReversalAdviceRequest,
  type TampaRequest,
  type TampaResponse,
  type VoidRequest,
} from '@paywire/paymentech';

/** NetConnect login and Tampa merchant setup the simulated host accepts. */
export interface PaymentechCredentials {
  /** 12 digits: `Auth-MID` and the request preamble. */
  merchantNumber: string;
  /** 3 digits: `Auth-TID` and the request preamble. */
  terminalNumber: string;
  /** `Auth-User`. */
  userId: string;
  /** `Auth-Password`. */
  password: string;
}

/** Test defaults (not real credentials): pass them to your client, or set your own in the host options. */
export const PAYMENTECH_TEST_CREDENTIALS: Readonly<PaymentechCredentials> = Object.freeze({
  merchantNumber: '700000000001',
  terminalNumber: '001',
  userId: 'PAYWIRETEST',
  password: 'paywire-test-password',
});

/**
 * Amounts from 2.00 to 2.99 answer with the issuer error of the same number when the seed table
 * has one (2.00 → 200 Auth Declined, 2.01 → 201 Call Voice Oper, 2.15 → 215 Lost/Stolen Card ...).
 * Every other amount is approved when the card and request are valid.
 */
export const PAYMENTECH_DECLINE_AMOUNTS = { from: 200, to: 299 } as const;
/** A CVV of `000` answers `N` (no match); any other CVV `M`. */
export const PAYMENTECH_CVV_MISMATCH = '000';
/** A ZIP of `00000` answers AVS `N`. */
export const PAYMENTECH_AVS_NO_MATCH_ZIP = '00000';

export type PaymentechKind =
  | 'sale'
  | 'authorization'
  | 'capture'
  | 'force'
  | 'refund'
  | 'partial-reversal'
  | 'void'
  | 'reversal-advice';

/** One transaction as the host remembers it (PAN masked). */
export interface PaymentechTransaction {
  /** 8 digits, as in the response. */
  retrievalNumber: string;
  transactionCode: string;
  kind: PaymentechKind;
  /** Action code answered: `A` or `E`. */
  actionCode: string;
  /** Host error number when declined. */
  hostError?: string;
  /** Cents. */
  amount: number;
  /** Masked PAN. */
  account: string;
  approvalCode?: string;
  sequenceNumber: number;
  /** authorized → captured / reversed / voided; sale is captured at once. */
  state: 'authorized' | 'captured' | 'refunded' | 'voided' | 'reversed' | 'declined' | 'recorded';
  /** The retrieval number of the transaction this one acted on. */
  refersTo?: string;
  /** `RN` token of the request, when sent. */
  posRetrievalNumber?: string;
  at: number;
}

interface Entry {
  view: PaymentechTransaction;
  pan: string;
}

const CARD_TYPE: Readonly<Record<string, string>> = {
  visa: 'VI',
  mastercard: 'MC',
  amex: 'AE',
  discover: 'DS',
  jcb: 'JC',
  diners: 'DS',
};

/** Host error → response fields (action `E`, the number in the approval code field, the table's text). */
export function hostErrorResponse(code: string, sequenceNumber?: number): TampaResponse {
  const entry = lookupServerError(code)[0];
  if (!entry) throw new Error(`no host error ${code} in the seed tables`);
  return {
    actionCode: 'E',
    approvalCode: code,
    responseText: entry.text,
    ...(sequenceNumber !== undefined ? { sequenceNumber: seq(sequenceNumber) } : {}),
    tokens: [],
  };
}

function seq(n: number): string {
  return String(n).padStart(6, '0');
}

/** The format error a request the codec could not decode gets, by the field the codec named. */
export function formatErrorFor(error: unknown): string {
  if (!isPaywireError(error)) return '330';
  const field = (error.field ?? '').split('.')[0]!;
  switch (field) {
    case 'transactionCode':
      return '301';
    case 'merchantNumber':
    case 'clientNumber':
    case 'terminalNumber':
      return '300';
    case 'accountNumber':
      return '302';
    case 'expirationDate':
      return '303';
    case 'amount':
      return '305';
    case 'pinCapability':
      return '319';
    case 'transactionClass':
      return '318';
    case 'sequenceNumber':
      return '359';
    case 'industryData':
      return '314';
    case 'retrievalNumberToVoid':
    case 'lastRetrievalNumber':
      return '320';
    case 'tokens':
      return (error.field ?? '').includes('cv') ? '332' : '331';
    default:
      return '330';
  }
}

function normaliseRetrieval(text: string): string {
  const t = text.trim().replace(/^0+/, '');
  return t === '' ? '0' : t;
}

export interface PaymentechEngineOptions {
  /** Merchant/terminal the host knows (default `PAYMENTECH_TEST_CREDENTIALS`). */
  merchantNumber?: string;
  terminalNumber?: string;
  /** Batch number in every response (6 digits, default `000001`). */
  batchNumber?: string;
  /** Clock for expiry checks and ledger times (default `Date.now`). */
  now?: () => number;
}

/** The simulated Tampa host (no I/O). */
export class PaymentechEngine {
  readonly #merchant: string;
  readonly #terminal: string;
  readonly #batch: string;
  readonly #now: () => number;
  readonly #ledger: Entry[] = [];
  #nextRetrieval = 1;
  #nextApproval = 1;

  constructor(options: PaymentechEngineOptions = {}) {
    this.#merchant = options.merchantNumber ?? PAYMENTECH_TEST_CREDENTIALS.merchantNumber;
    this.#terminal = options.terminalNumber ?? PAYMENTECH_TEST_CREDENTIALS.terminalNumber;
    this.#batch = options.batchNumber ?? '000001';
    if (!/^\d{6}$/.test(this.#batch)) throw new Error('batchNumber must be 6 digits');
    this.#now = options.now ?? Date.now;
  }

  /** Every transaction so far, oldest first (copies; PAN masked). */
  transactions(): PaymentechTransaction[] {
    return this.#ledger.map((e) => ({ ...e.view }));
  }

  /** A transaction by retrieval number (leading zeros ignored). */
  transaction(retrievalNumber: string): PaymentechTransaction | undefined {
    const e = this.#find(retrievalNumber);
    return e ? { ...e.view } : undefined;
  }

  #find(retrievalNumber: string): Entry | undefined {
    const key = normaliseRetrieval(retrievalNumber);
    return this.#ledger.find((e) => normaliseRetrieval(e.view.retrievalNumber) === key);
  }

  /** Answers one decoded request. */
  process(request: TampaRequest): TampaResponse {
    if (request.merchantNumber !== this.#merchant) return hostErrorResponse('401', request.sequenceNumber);
    if (request.terminalNumber !== this.#terminal) return hostErrorResponse('410', request.sequenceNumber);
    switch (request.transactionCode) {
      case '01':
      case '02':
      case '06':
        return this.#financial(request);
      case '03':
        return this.#capture(request);
      case '09':
        return this.#partialReversal(request);
      case '41':
        return this.#void(request);
      case '46':
        return this.#reversalAdvice(request);
      default:
        return hostErrorResponse('301', (request as { sequenceNumber: number }).sequenceNumber);
    }
  }

  #approved(
    request: { sequenceNumber: number; accountNumber: string },
    approvalCode: string | undefined,
    text: string,
    extra: Partial<TampaResponse> = {},
  ): { response: TampaResponse; retrievalNumber: string } {
    const retrievalNumber = String(this.#nextRetrieval++).padStart(8, '0');
    const cardType = CARD_TYPE[cardBrand(request.accountNumber)];
    return {
      retrievalNumber,
      response: {
        actionCode: 'A',
        ...(approvalCode !== undefined ? { approvalCode } : {}),
        batchNumber: this.#batch,
        retrievalNumber,
        sequenceNumber: seq(request.sequenceNumber),
        responseText: text,
        ...(cardType ? { cardType } : {}),
        tokens: [],
        ...extra,
      },
    };
  }

  #record(
    request: { transactionCode: string; sequenceNumber: number; accountNumber: string; tokens?: unknown },
    fields: Omit<
      PaymentechTransaction,
      'transactionCode' | 'account' | 'sequenceNumber' | 'at' | 'retrievalNumber'
    > & {
      retrievalNumber?: string;
    },
  ): Entry {
    const rn = (request.tokens as { id: string; rn?: { posRetrievalNumber: string } }[] | undefined)?.find(
      (t) => t.id === 'RN',
    )?.rn?.posRetrievalNumber;
    const view: PaymentechTransaction = {
      retrievalNumber: fields.retrievalNumber ?? '',
      transactionCode: request.transactionCode,
      account: maskPan(request.accountNumber),
      sequenceNumber: request.sequenceNumber,
      at: this.#now(),
      ...(rn !== undefined ? { posRetrievalNumber: rn } : {}),
      ...fields,
    } as PaymentechTransaction;
    const entry: Entry = { view, pan: request.accountNumber };
    this.#ledger.push(entry);
    return entry;
  }

  /** Card checks shared by every card-carrying request; a host error number or undefined. */
  #cardError(r: { accountNumber: string; expirationDate: string }): string | undefined {
    if (!/^\d{12,19}$/.test(r.accountNumber) || !luhnCheck(r.accountNumber)) return '204';
    const month = Number(r.expirationDate.slice(0, 2));
    if (!/^\d{4}$/.test(r.expirationDate) || month < 1 || month > 12) return '303';
    const year = 2000 + Number(r.expirationDate.slice(2));
    const now = new Date(this.#now());
    if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1))
      return '205';
    return undefined;
  }

  #declined(
    request: FinancialRequest | CaptureRequest | PartialReversalRequest,
    code: string,
  ): TampaResponse {
    const kind: PaymentechKind =
      request.transactionCode === '01'
        ? 'sale'
        : request.transactionCode === '02'
          ? 'authorization'
          : request.transactionCode === '06'
            ? 'refund'
            : request.transactionCode === '03'
              ? 'capture'
              : 'partial-reversal';
    this.#record(request, {
      kind,
      actionCode: 'E',
      hostError: code,
      amount: request.amount,
      state: 'declined',
    });
    return hostErrorResponse(code, request.sequenceNumber);
  }

  #financial(request: FinancialRequest): TampaResponse {
    const cardError = this.#cardError(request);
    if (cardError) return this.#declined(request, cardError);
    const refund = request.transactionCode === '06';
    // below .01 is an amount error, except the $0 account verification (auth only)
    if (request.amount === 0 && request.transactionCode !== '02') return this.#declined(request, '305');
    if (
      !refund &&
      request.amount >= PAYMENTECH_DECLINE_AMOUNTS.from &&
      request.amount <= PAYMENTECH_DECLINE_AMOUNTS.to &&
      lookupServerError(String(request.amount)).some((e) => e.table === 'issuer')
    ) {
      return this.#declined(request, String(request.amount));
    }
    const tokens: ResponseToken[] = [];
    let avsResult: string | undefined;
    if (!refund) {
      const cv = request.tokens.find((t) => t.id === 'CV') as
        | { id: 'CV'; cv: { presence: string; value?: string } }
        | undefined;
      // the CVV result is never returned for American Express (seed)
      if (cv?.cv.value !== undefined && cardBrand(request.accountNumber) !== 'amex') {
        tokens.push({ id: 'CV', data: cv.cv.value === PAYMENTECH_CVV_MISMATCH ? 'N' : 'M' });
      }
      avsResult = avs(request.streetAddress, request.zipCode);
    }
    const approvalCode = refund ? undefined : `T${String(this.#nextApproval++).padStart(5, '0')}`;
    const { response, retrievalNumber } = this.#approved(request, approvalCode, 'APPROVED', {
      ...(avsResult !== undefined ? { avsResult } : {}),
      tokens,
    });
    this.#record(request, {
      retrievalNumber,
      kind: refund ? 'refund' : request.transactionCode === '01' ? 'sale' : 'authorization',
      actionCode: 'A',
      amount: request.amount,
      ...(approvalCode !== undefined ? { approvalCode } : {}),
      state: refund ? 'refunded' : request.transactionCode === '01' ? 'captured' : 'authorized',
    });
    return response;
  }

  /** The open authorization a capture or partial reversal names: same approval code and card. */
  #authorization(approvalCode: string, pan: string): Entry | undefined {
    const code = approvalCode.trim();
    for (let i = this.#ledger.length - 1; i >= 0; i--) {
      const e = this.#ledger[i]!;
      if (e.view.kind === 'authorization' && e.view.approvalCode === code && e.pan === pan) return e;
    }
    return undefined;
  }

  #capture(request: CaptureRequest): TampaResponse {
    const cardError = this.#cardError(request);
    if (cardError) return this.#declined(request, cardError);
    if (request.approvalCode.trim() === '') return this.#declined(request, '308');
    if (request.amount === 0) return this.#declined(request, '305');
    const auth = this.#authorization(request.approvalCode, request.accountNumber);
    if (auth && auth.view.state !== 'authorized') return this.#declined(request, '404');
    const { response, retrievalNumber } = this.#approved(request, request.approvalCode.trim(), 'APPROVED');
    this.#record(request, {
      retrievalNumber,
      kind: auth ? 'capture' : 'force',
      actionCode: 'A',
      amount: request.amount,
      approvalCode: request.approvalCode.trim(),
      state: 'captured',
      ...(auth ? { refersTo: auth.view.retrievalNumber } : {}),
    });
    if (auth) auth.view.state = 'captured';
    return response;
  }

  #partialReversal(request: PartialReversalRequest): TampaResponse {
    if (request.approvalCode.trim() === '') return this.#declined(request, '308');
    const auth = this.#authorization(request.approvalCode, request.accountNumber);
    if (auth?.view.state !== 'authorized') return this.#declined(request, '405');
    if (request.amount > auth.view.amount) return this.#declined(request, '305');
    const { response, retrievalNumber } = this.#approved(request, request.approvalCode.trim(), 'APPROVED');
    this.#record(request, {
      retrievalNumber,
      kind: 'partial-reversal',
      actionCode: 'A',
      amount: request.amount,
      state: 'recorded',
      refersTo: auth.view.retrievalNumber,
    });
    auth.view.amount -= request.amount;
    if (auth.view.amount === 0) auth.view.state = 'reversed';
    return response;
  }

  #void(request: VoidRequest): TampaResponse {
    const target = this.#find(request.retrievalNumberToVoid);
    if (!target || target.pan !== request.accountNumber || target.view.actionCode !== 'A') {
      this.#record(request, {
        kind: 'void',
        actionCode: 'E',
        hostError: '405',
        amount: 0,
        state: 'declined',
      });
      return hostErrorResponse('405', request.sequenceNumber);
    }
    if (target.view.state === 'voided' || target.view.state === 'reversed' || target.view.kind === 'void') {
      this.#record(request, {
        kind: 'void',
        actionCode: 'E',
        hostError: '404',
        amount: 0,
        state: 'declined',
      });
      return hostErrorResponse('404', request.sequenceNumber);
    }
    const { response, retrievalNumber } = this.#approved(request, target.view.approvalCode, 'VOIDED');
    this.#record(request, {
      retrievalNumber,
      kind: 'void',
      actionCode: 'A',
      amount: target.view.amount,
      state: 'recorded',
      refersTo: target.view.retrievalNumber,
    });
    target.view.state = 'voided';
    return response;
  }

  /**
   * Reversal advice: undoes the original sale/authorization when the host has it (same RN token
   * and original code, or else the latest one with the same card, amount and code) and is
   * accepted either way: the client sends it exactly when it cannot know whether the host did.
   */
  #reversalAdvice(request: ReversalAdviceRequest): TampaResponse {
    const tc = request.tokens.find((t) => t.id === 'TC') as
      | { id: 'TC'; tc: { originalTransactionCode?: string } }
      | undefined;
    const code = tc?.tc.originalTransactionCode;
    const rn = (
      request.tokens.find((t) => t.id === 'RN') as { rn?: { posRetrievalNumber: string } } | undefined
    )?.rn?.posRetrievalNumber;
    let original: Entry | undefined;
    for (let i = this.#ledger.length - 1; i >= 0 && !original; i--) {
      const e = this.#ledger[i]!;
      const v = e.view;
      if (v.actionCode !== 'A' || (v.kind !== 'sale' && v.kind !== 'authorization')) continue;
      if (v.state !== 'captured' && v.state !== 'authorized') continue;
      if (e.pan !== request.accountNumber || (code !== undefined && v.transactionCode !== code)) continue;
      if (rn !== undefined ? v.posRetrievalNumber === rn : v.amount === request.amount) original = e;
    }
    const { response, retrievalNumber } = this.#approved(
      request,
      undefined,
      original ? 'REVERSED' : 'NO ORIGINAL FOUND',
    );
    this.#record(request, {
      retrievalNumber,
      kind: 'reversal-advice',
      actionCode: 'A',
      amount: request.amount,
      state: 'recorded',
      ...(original ? { refersTo: original.view.retrievalNumber } : {}),
    });
    if (original) original.view.state = 'reversed';
    return response;
  }
}

/** AVS result for the street and ZIP sent (none sent: `0`, not requested). */
function avs(street: string | undefined, zip: string | undefined): string {
  const s = street?.trim() ?? '';
  const z = zip?.trim() ?? '';
  if (s === '' && z === '') return '0';
  if (z === PAYMENTECH_AVS_NO_MATCH_ZIP) return 'N';
  if (s !== '' && z !== '') return z.length === 9 ? 'X' : 'Y';
  if (z !== '') return z.length === 9 ? 'W' : 'Z';
  return 'A';
}
