/**
 * The FDMS Closed Loop Gift (SVdot, service 104) host: decodes a request payload with
 * `@paywire/fdms-gift`, applies it to the ledger and builds the answer payload. Request codes and
 * response codes are the codec's tables; the semantics follow the SVdot notes and the seed
 * (README "Datawire host" lists every rule and the decisions where the sources are silent).
 */

import {
  decodeRequest,
  decryptEan,
  encodeHistory,
  encryptEan,
  HISTORY_FORMATS,
  type HistoryItem,
  type HistoryRecord,
  openWorkingKey,
  recordLength,
  requestCodeDef,
  type SvdotFields,
  type SvdotFieldsInput,
  type SvdotRequest,
  type SvdotResponseInput,
  validateRequest,
} from '@paywire/fdms-gift';
import { computeSharedSecret, nodeGiftCrypto } from '@paywire/fdms-gift/node';
import {
  applyEffect,
  type GiftCardState,
  type GiftLedger,
  invertEffect,
  type LedgerEffect,
  type LedgerTransaction,
  lockedTotal,
} from './ledger.js';
import { DATAWIRE_TEST_KEY_EXCHANGE } from './test-data.js';

export interface GiftServiceOptions {
  /** Largest balance a card may hold (minor units); loads above it answer 17. Default 1,000,000. */
  maxBalance?: number;
  /**
   * Working key exchange (2010): the DH group, the FDMS private key and each merchant's public key
   * on file (hex, by MID). Default: `DATAWIRE_TEST_KEY_EXCHANGE` with the test merchant's key.
   */
  keyExchange?: {
    group: { prime: string; generator: number | string };
    fdmsPrivateKey: string;
    merchantPublicKeys: Readonly<Record<string, string>>;
  };
}

/** What the service did with one payload (for the host's log and fault handling). */
export interface GiftOutcome {
  response: SvdotResponseInput;
  /** The decoded request, when it decoded. */
  request?: SvdotRequest;
  requestCode?: string;
  responseCode: string;
}

const ACTIVATIONS = new Set(['2101', '2102', '2104', '2107', '2108']);
const VIRTUAL = new Set(['2102', '2107', '2108']);
const REDEMPTIONS = new Set(['2201', '2202', '2208', '2600']);
const LOADS = new Set(['2300', '2301', '2700']);
/** Value or status changing codes the ledger records (and a 0704 can find). */
const NO_EXPIRY = '01013025';

/** D0 header account status indicator per card status (only 2 = active is seen in a recording). */
const ACCOUNT_STATUS: Record<GiftCardState['status'], string> = {
  inactive: '01',
  active: '02',
  closed: '03',
  frozen: '04',
};

function amountOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return /^[0-9]+$/.test(t) ? Number(t) : undefined;
}

/** MMDDCCYY -> CCYYMMDD for comparisons. */
function sortable(mmddccyy: string): string {
  return mmddccyy.slice(4) + mmddccyy.slice(0, 4);
}

function cardNumberOf(f: SvdotFields): string | undefined {
  if (f.embossedCardNumber !== undefined) return f.embossedCardNumber;
  if (f.track2Data !== undefined) return f.track2Data.split('=')[0];
  return undefined;
}

/** The request fields a timeout reversal must repeat to find its original (README). */
function matchKey(mid: string, code: string, f: SvdotFields): string {
  return JSON.stringify([
    mid,
    code,
    f.merchantTerminalId ?? '',
    cardNumberOf(f) ?? '',
    f.localTransactionDate ?? '',
    f.localTransactionTime ?? '',
    f.terminalTransactionNumber?.trim() ?? '',
    amountOf(f.transactionAmount) ?? '',
    f.localLockId?.trim() ?? '',
  ]);
}

class Decline {
  constructor(
    readonly code: string,
    readonly extra: SvdotFieldsInput = {},
  ) {}
}

function findLast<T>(list: readonly T[], test: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

function decline(code: string, extra: SvdotFieldsInput = {}): never {
  throw new Decline(code, extra);
}

export class GiftService {
  readonly #ledger: GiftLedger;
  readonly #maxBalance: number;
  readonly #keyExchange: NonNullable<GiftServiceOptions['keyExchange']>;

  constructor(ledger: GiftLedger, options: GiftServiceOptions = {}) {
    this.#ledger = ledger;
    this.#maxBalance = options.maxBalance ?? 1_000_000;
    this.#keyExchange = options.keyExchange ?? {
      group: DATAWIRE_TEST_KEY_EXCHANGE.group,
      fdmsPrivateKey: DATAWIRE_TEST_KEY_EXCHANGE.fdmsPrivateKey,
      merchantPublicKeys: { '99000000001': DATAWIRE_TEST_KEY_EXCHANGE.merchantPublicKey },
    };
  }

  /** Answers one SVdot request payload; `authMid` is the MID of the Datawire `Auth`. */
  handle(payload: Uint8Array, authMid: string): GiftOutcome {
    let request: SvdotRequest;
    try {
      request = decodeRequest(payload);
    } catch {
      return { response: { fields: { responseCode: '12' } }, responseCode: '12' };
    }
    const code = request.requestCode;
    const f = request.fields;
    const echo = (): SvdotFieldsInput => {
      const out: SvdotFieldsInput = {};
      if (f.terminalTransactionNumber !== undefined)
        out.terminalTransactionNumber = f.terminalTransactionNumber;
      if (f.merchantTerminalId !== undefined) out.merchantTerminalId = f.merchantTerminalId;
      if (f.alternateMerchantNumber !== undefined) out.alternateMerchantNumber = f.alternateMerchantNumber;
      if (f.referenceNumber !== undefined) out.referenceNumber = f.referenceNumber;
      out.originalTransactionRequest = code === '0704' ? (f.originalTransactionRequest ?? code) : code;
      if (f.echoBack !== undefined) out.echoBack = f.echoBack;
      return out;
    };
    const trace = this.#ledger.nextTrace();
    const answer = (responseCode: string, body: SvdotFieldsInput): GiftOutcome => {
      const fields: SvdotFieldsInput = { systemTraceNumber: trace };
      if (responseCode === '00') fields.authorizationCode = authCode(trace);
      fields.responseCode = responseCode;
      Object.assign(fields, body, echo());
      if (responseCode === '00' || body.lockAmount !== undefined) {
        fields.cardClass = '0';
        fields.localCurrency = '840';
      }
      return { response: { fields }, request, requestCode: code, responseCode };
    };
    try {
      if (request.version !== '4' || request.format !== '0') decline('26');
      if (request.merchantId !== authMid) decline('07');
      try {
        validateRequest(request);
      } catch {
        decline(requestCodeDef(code) ? '12' : '06');
      }
      return answer('00', this.#dispatch(request, trace));
    } catch (e) {
      if (e instanceof Decline) return answer(e.code, e.extra);
      throw e;
    }
  }

  #dispatch(req: SvdotRequest, trace: string): SvdotFieldsInput {
    const code = req.requestCode;
    if (code === '0704') return this.#reverse(req);
    if (code === '2010') return this.#assignWorkingKey(req);
    if (VIRTUAL.has(code)) return this.#activateVirtual(req, trace);
    const card = this.#card(req);
    if (ACTIVATIONS.has(code)) return this.#activate(req, card, trace);
    switch (code) {
      case '2400':
        this.#usable(req, card);
        return this.#balances(card, card.balance, { lockAmount: String(lockedTotal(card)) });
      case '2408':
        return this.#lock(req, card, trace);
      case '2202':
      case '2201':
      case '2208':
      case '2600':
        return this.#redeem(req, card, trace);
      case '2300':
      case '2301':
      case '2700':
        return this.#load(req, card, trace);
      case '2800':
      case '2801':
      case '2802':
      case '2808':
        return this.#void(req, card, trace);
      case '2003':
      case '2016':
      case '2004':
        return this.#status(req, card, trace);
      case '2410':
      case '2411':
      case '2413':
        return this.#history(req, card);
      case '2495':
      case '2496':
        return this.#provisioning(req, card);
      default:
        return decline('06');
    }
  }

  // ---- card checks ----

  #card(req: SvdotRequest): GiftCardState {
    const number = cardNumberOf(req.fields);
    const card = number === undefined ? undefined : this.#ledger.live(number);
    if (!card) return decline('03');
    this.#security(req, card);
    return card;
  }

  /** Encrypted EAN (34 with F3) or SCV (32) must match the card; `requireSecurity` cards need one. */
  #security(req: SvdotRequest, card: GiftCardState): void {
    const f = req.fields;
    if (f.extendedAccountNumber !== undefined) {
      const key = this.#ledger.workingKey(req.merchantId, f.merchantKeyId ?? '');
      if (!key) decline('46');
      let clear: string | undefined;
      try {
        clear = decryptEan(nodeGiftCrypto, key, f.extendedAccountNumber);
      } catch {
        decline('45');
      }
      if (card.ean === undefined || clear !== card.ean) decline('45');
    } else if (f.securityCardValue !== undefined) {
      if (card.scv === undefined || f.securityCardValue.trim() !== card.scv) decline('45');
    } else if (card.requireSecurity) {
      decline('90');
    }
  }

  /** Status and date checks of a card that must be active and usable on the request's date. */
  #usable(req: SvdotRequest, card: GiftCardState, allow: { frozen?: boolean; closed?: boolean } = {}): void {
    if (card.status === 'closed' && !allow.closed) decline('02');
    if (card.status === 'inactive') decline('04');
    if (card.status === 'frozen' && !allow.frozen) decline('70');
    const date = req.fields.localTransactionDate;
    if (
      date !== undefined &&
      card.availableDate !== undefined &&
      sortable(date) < sortable(card.availableDate)
    )
      decline('04');
    if (
      date !== undefined &&
      card.expirationDate !== undefined &&
      sortable(date) > sortable(card.expirationDate)
    )
      decline('05', { expirationDate: card.expirationDate });
  }

  #balances(card: GiftCardState, previous: number, extra: SvdotFieldsInput = {}): SvdotFieldsInput {
    return {
      previousBalance: String(previous),
      newBalance: String(card.balance),
      embossedCardNumber: card.cardNumber,
      expirationDate: card.expirationDate ?? NO_EXPIRY,
      ...extra,
    };
  }

  #record(
    req: SvdotRequest,
    card: GiftCardState,
    trace: string,
    effect: LedgerEffect,
    extra: Partial<LedgerTransaction> = {},
  ): void {
    applyEffect(card, effect);
    const f = req.fields;
    const t: LedgerTransaction = {
      systemTrace: trace,
      authorizationCode: authCode(trace),
      requestCode: req.requestCode,
      merchantId: req.merchantId,
      merchantTerminalId: f.merchantTerminalId ?? '',
      cardNumber: card.cardNumber,
      localDate: f.localTransactionDate ?? '',
      localTime: f.localTransactionTime ?? '',
      effect,
      balanceAfter: card.balance,
      lockedAfter: lockedTotal(card),
      state: 'applied',
      matchKey: matchKey(req.merchantId, req.requestCode, f),
      ...extra,
    };
    if (f.alternateMerchantNumber !== undefined) t.alternateMerchantNumber = f.alternateMerchantNumber;
    if (f.terminalTransactionNumber !== undefined)
      t.terminalTransactionNumber = f.terminalTransactionNumber.trim();
    const amount = amountOf(f.transactionAmount);
    if (amount !== undefined) t.requestedAmount = amount;
    if (f.localLockId !== undefined && t.lockId === undefined) t.lockId = f.localLockId.trim();
    this.#ledger.record(t);
  }

  // ---- operations ----

  #activate(req: SvdotRequest, card: GiftCardState, trace: string): SvdotFieldsInput {
    if (card.status === 'closed') decline('02');
    if (card.status !== 'inactive') decline('08');
    const f = req.fields;
    const amount = card.denomination ?? amountOf(f.transactionAmount) ?? 0;
    if (amount > this.#maxBalance) decline('17');
    if (f.cardAvailableDate !== undefined) card.availableDate = f.cardAvailableDate;
    if (f.expirationDate !== undefined) card.expirationDate = f.expirationDate;
    const previous = card.balance;
    this.#record(req, card, trace, { balance: amount, statusFrom: 'inactive', statusTo: 'active' });
    return this.#balances(card, previous);
  }

  #activateVirtual(req: SvdotRequest, trace: string): SvdotFieldsInput {
    const f = req.fields;
    const code = req.requestCode;
    const amount = amountOf(f.transactionAmount) ?? 0;
    if (amount > this.#maxBalance) decline('17');
    const keyId = f.merchantKeyId?.trim() ?? this.#ledger.latestKeyId(req.merchantId);
    const key = keyId === undefined ? undefined : this.#ledger.workingKey(req.merchantId, keyId);
    const wantsEan = code === '2108' || (code === '2102' && key !== undefined);
    if (wantsEan && !key) decline('46');
    const n = this.#ledger.virtualCount + 1;
    const card = this.#ledger.issueVirtualCard({
      status: 'inactive',
      balance: 0,
      ean: `V${String(n).padStart(7, '0')}`,
      scv: String(1000 + (n % 9000)),
      ...(f.promotionCode !== undefined ? { promotionCode: f.promotionCode } : {}),
      ...(f.cardAvailableDate !== undefined ? { availableDate: f.cardAvailableDate } : {}),
      ...(f.expirationDate !== undefined ? { expirationDate: f.expirationDate } : {}),
    });
    this.#record(req, card, trace, { balance: amount, statusFrom: 'inactive', statusTo: 'active' });
    const out = this.#balances(card, 0);
    if (wantsEan && key) {
      out.extendedAccountNumber = encryptEan(nodeGiftCrypto, key, card.ean!);
      out.merchantKeyId = keyId;
    } else {
      out.securityCardValue = card.scv;
    }
    if (code !== '2102') {
      card.provisioned = true;
      out.track2Data = track2Of(card);
    }
    return out;
  }

  #lock(req: SvdotRequest, card: GiftCardState, trace: string): SvdotFieldsInput {
    this.#usable(req, card);
    const available = card.balance - lockedTotal(card);
    const amount = amountOf(req.fields.transactionAmount) ?? available;
    if (amount <= 0 && req.fields.transactionAmount !== undefined) decline('18');
    if (amount <= 0 || amount > available) {
      decline(available <= 0 && card.locks.length > 0 ? '32' : '01', {
        previousBalance: String(card.balance),
        newBalance: String(card.balance),
      });
    }
    const lock = { lockId: this.#ledger.nextLockId(), amount };
    this.#record(req, card, trace, { balance: 0, locksAdded: [lock] }, { lockId: lock.lockId });
    return this.#balances(card, card.balance, { lockAmount: String(amount), localLockId: lock.lockId });
  }

  #redeem(req: SvdotRequest, card: GiftCardState, trace: string): SvdotFieldsInput {
    this.#usable(req, card);
    const code = req.requestCode;
    const amount = amountOf(req.fields.transactionAmount);
    const previous = card.balance;
    const locked = lockedTotal(card);
    const available = card.balance - locked;
    const shortOf = (c: string): never =>
      decline(c, { previousBalance: String(card.balance), newBalance: String(card.balance) });
    if (code === '2600') {
      if (locked > 0) shortOf('32');
      if (card.balance <= 0) shortOf('01');
      this.#record(req, card, trace, { balance: -card.balance });
      return this.#balances(card, previous);
    }
    if (amount === undefined) return decline('18');
    if (code === '2202' || (code === '2201' && card.locks.length === 0)) {
      if (amount <= 0) decline('18');
      if (available <= 0) shortOf(locked > 0 ? '32' : '01');
      // 2202 is the Internet format's partial redemption: what the card has, up to the amount.
      // 2201 without a lock is a plain redemption: all of it or nothing.
      if (code === '2201' && amount > available) shortOf('01');
      this.#record(req, card, trace, { balance: -Math.min(amount, available) });
      return this.#balances(card, previous);
    }
    // Redemption with unlock: 2201 releases every lock, 2208 the one named by field 79.
    let locks = card.locks;
    if (code === '2208') {
      const id = req.fields.localLockId?.trim();
      locks = card.locks.filter((l) => l.lockId === id);
      if (locks.length === 0) decline('33');
    }
    const lockSum = locks.reduce((n, l) => n + l.amount, 0);
    if (amount > lockSum) decline('18', { lockAmount: String(lockSum) });
    this.#record(req, card, trace, { balance: -amount, locksRemoved: locks.map((l) => ({ ...l })) });
    return this.#balances(card, previous, { lockAmount: String(lockedTotal(card)) });
  }

  #load(req: SvdotRequest, card: GiftCardState, trace: string): SvdotFieldsInput {
    this.#usable(req, card);
    const amount = amountOf(req.fields.transactionAmount) ?? 0;
    if (amount <= 0) decline('18');
    if (card.balance + amount > this.#maxBalance) decline('17');
    const previous = card.balance;
    this.#record(req, card, trace, { balance: amount });
    return this.#balances(card, previous);
  }

  #void(req: SvdotRequest, card: GiftCardState, trace: string): SvdotFieldsInput {
    const code = req.requestCode;
    if (code !== '2802') this.#usable(req, card);
    else if (card.status === 'closed') decline('02');
    const f = req.fields;
    const amount = amountOf(f.transactionAmount) ?? 0;
    const lockId = f.localLockId?.trim();
    const kinds =
      code === '2800'
        ? REDEMPTIONS
        : code === '2808'
          ? new Set(['2208'])
          : code === '2801'
            ? LOADS
            : ACTIVATIONS;
    const all = this.#ledger.liveTransactions();
    const candidates = all.filter(
      (t) =>
        t.state === 'applied' &&
        t.cardNumber === card.cardNumber &&
        t.merchantId === req.merchantId &&
        kinds.has(t.requestCode) &&
        (code !== '2808' || t.lockId === lockId),
    );
    if (candidates.length === 0) decline('33');
    const sameAmount = candidates.filter((t) => Math.abs(t.effect.balance) === amount);
    if (sameAmount.length === 0) decline('18');
    const ttn = f.terminalTransactionNumber?.trim();
    const original =
      ttn === undefined
        ? sameAmount[sameAmount.length - 1]!
        : findLast(
            sameAmount,
            (t) => t.terminalTransactionNumber === undefined || t.terminalTransactionNumber === ttn,
          );
    if (!original) return decline('59');
    if (code === '2802') {
      // Every later transaction on the card must itself be voided (void records net out).
      const after = all.slice(all.indexOf(original) + 1);
      const later = after.some(
        (t) => t.state === 'applied' && t.cardNumber === card.cardNumber && t.voids === undefined,
      );
      if (later) decline('42');
    }
    const effect = invertEffect(original.effect);
    if (availableAfter(card, effect) < 0) {
      decline('01', { previousBalance: String(card.balance), newBalance: String(card.balance) });
    }
    const previous = card.balance;
    original.state = 'voided';
    this.#record(req, card, trace, effect, { voids: original.systemTrace });
    return this.#balances(card, previous);
  }

  #status(req: SvdotRequest, card: GiftCardState, trace: string): SvdotFieldsInput {
    const code = req.requestCode;
    if (card.status === 'closed') decline('02');
    const previous = card.balance;
    if (code === '2003') {
      if (card.status !== 'active') decline('41');
      this.#record(req, card, trace, { balance: 0, statusFrom: 'active', statusTo: 'frozen' });
    } else if (code === '2016') {
      if (card.status !== 'frozen') decline('41');
      this.#record(req, card, trace, { balance: 0, statusFrom: 'frozen', statusTo: 'active' });
    } else {
      const remove = req.fields.removeBalance !== 'N';
      this.#record(req, card, trace, {
        balance: remove ? -card.balance : 0,
        statusFrom: card.status,
        statusTo: 'closed',
        ...(remove && card.locks.length > 0 ? { locksRemoved: card.locks.map((l) => ({ ...l })) } : {}),
      });
    }
    return this.#balances(card, previous);
  }

  #history(req: SvdotRequest, card: GiftCardState): SvdotFieldsInput {
    this.#usable(req, card, { frozen: true, closed: true });
    const f = req.fields;
    const format = f.historyFormat?.trim() ?? '84';
    const layout = HISTORY_FORMATS[format];
    if (!layout) return decline('12');
    const size = recordLength(layout);
    let list = this.#ledger
      .liveTransactions()
      .filter((t) => t.cardNumber === card.cardNumber && t.state !== 'reversed');
    if (req.requestCode === '2413')
      list = list.filter((t) => ACTIVATIONS.has(t.requestCode) || LOADS.has(t.requestCode));
    const first = Number((f.firstTransactionNumber ?? '-10').trim());
    const count = Math.min(Number((f.transactionCount ?? '10').trim()) || 10, Math.floor((512 - 4) / size));
    const selected =
      first < 0 ? list.slice(Math.max(0, list.length + first)) : list.slice(Math.max(0, first - 1));
    const records = selected.slice(0, count);
    if (records.length === 0) return decline('38');
    const bytes = encodeHistory({
      accountStatus: ACCOUNT_STATUS[card.status],
      format,
      baseCurrency: '840',
      records: records.map((t) => historyRecord(t, layout)),
    });
    let d0 = '';
    for (const b of bytes) d0 += String.fromCharCode(b);
    return {
      embossedCardNumber: card.cardNumber,
      count: String(records.length),
      transactionRecordLength: String(size),
      firstTransactionNumber: f.firstTransactionNumber ?? '-10',
      transactionHistoryDetail: d0,
      newBalance: String(card.balance),
    };
  }

  #provisioning(req: SvdotRequest, card: GiftCardState): SvdotFieldsInput {
    this.#usable(req, card);
    if (req.requestCode === '2495') {
      card.provisioned = true;
      return { embossedCardNumber: card.cardNumber, track2Data: track2Of(card) };
    }
    card.provisioned = false;
    return { embossedCardNumber: card.cardNumber };
  }

  #assignWorkingKey(req: SvdotRequest): SvdotFieldsInput {
    const f = req.fields;
    const pub = this.#keyExchange.merchantPublicKeys[req.merchantId];
    if (pub === undefined) return decline('46');
    try {
      const secret = computeSharedSecret(this.#keyExchange.group, this.#keyExchange.fdmsPrivateKey, pub);
      const opened = openWorkingKey(nodeGiftCrypto, secret, f.workingKey ?? '');
      this.#ledger.setWorkingKey(req.merchantId, f.merchantKeyId ?? '', opened.workingKey);
    } catch {
      return decline('46');
    }
    return { merchantKeyId: f.merchantKeyId };
  }

  /** 0704: find the original by merchant, F6 and its repeated fields, and undo it. */
  #reverse(req: SvdotRequest): SvdotFieldsInput {
    const f = req.fields;
    const originalCode = f.originalTransactionRequest ?? '';
    const key = matchKey(req.merchantId, originalCode, f);
    const original = findLast(this.#ledger.liveTransactions(), (t) => t.matchKey === key);
    if (!original) return decline('33');
    if (original.state !== 'applied') return decline('34');
    const card = this.#ledger.live(original.cardNumber);
    if (!card) return decline('33');
    const previous = card.balance;
    applyEffect(card, invertEffect(original.effect));
    original.state = 'reversed';
    if (original.voids !== undefined) {
      const voided = this.#ledger.liveTransactions().find((t) => t.systemTrace === original.voids);
      if (voided) voided.state = 'applied';
    }
    return this.#balances(card, previous, { lockAmount: String(lockedTotal(card)) });
  }
}

function authCode(trace: string): string {
  return String((Number(trace) * 7919 + 104_729) % 1_000_000).padStart(6, '0');
}

/** Track II of a provisioned card: PAN, '=', expiry YYMM, filler digits to 37 characters. */
function track2Of(card: GiftCardState): string {
  const exp = card.expirationDate ?? '12319999';
  const yymm = exp.slice(6, 8) + exp.slice(0, 2);
  const filler = Math.max(0, 37 - card.cardNumber.length - 5);
  return `${card.cardNumber}=${yymm}${'0'.repeat(filler)}`.slice(0, 37).padEnd(37, '0');
}

/** Balance minus locks once `effect` is applied. */
function availableAfter(card: GiftCardState, effect: LedgerEffect): number {
  const removed = new Set((effect.locksRemoved ?? []).map((l) => l.lockId));
  let locked = 0;
  for (const l of card.locks) if (!removed.has(l.lockId)) locked += l.amount;
  for (const l of effect.locksAdded ?? []) locked += l.amount;
  return card.balance + effect.balance - locked;
}

function historyRecord(t: LedgerTransaction, layout: readonly HistoryItem[]): HistoryRecord {
  let altDigits = 11;
  for (const item of layout)
    if (item.kind === 'digits' && item.name === 'alternateMerchantNumber') altDigits = item.digits;
  const d = t.localDate.length === 8 ? t.localDate : '01012000';
  const tm = t.localTime.length === 6 ? t.localTime : '000000';
  const delta = t.effect.balance;
  const amount = Math.abs(delta) || (t.requestedAmount ?? 0);
  const alt = (t.alternateMerchantNumber?.trim() ?? '').replace(/\D/g, '');
  const terminal = t.merchantTerminalId.slice(-4).padStart(4, '0');
  return {
    primaryMerchantNumber: t.merchantId,
    alternateMerchantNumber: alt.padStart(altDigits, '0').slice(-altDigits),
    terminalNumber: terminal,
    requestCode: t.requestCode,
    amountSign: delta < 0 ? '-' : '+',
    localCurrency: '840',
    localAmount: amount,
    amount,
    balance: t.balanceAfter,
    lockAmount: t.lockedAfter,
    dateTime: `${d.slice(4, 8)}-${d.slice(0, 2)}-${d.slice(2, 4)}T${tm.slice(0, 2)}:${tm.slice(2, 4)}`,
  };
}
