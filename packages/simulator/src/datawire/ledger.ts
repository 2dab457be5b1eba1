/**
 * The gift-card ledger behind the simulated FDMS Closed Loop Gift service: card state, every
 * applied transaction with its effect (so voids and timeout reversals undo exactly what was done),
 * and the merchant working keys. Read it from tests through `host.ledger`.
 */

import { DATAWIRE_TEST_CARDS, type GiftCardSetup, type GiftCardStatus } from './test-data.js';

export interface GiftLock {
  /** Local lock id (field 79). */
  lockId: string;
  amount: number;
}

/** A card as the ledger holds it (snapshots are copies). */
export interface GiftCardState extends GiftCardSetup {
  locks: GiftLock[];
  /** Issued by a virtual activation (2102/2107/2108). */
  virtual?: boolean;
  /** Mobile wallet provisioned (2495). */
  provisioned?: boolean;
}

/** What a transaction changed, so it can be undone. */
export interface LedgerEffect {
  /** Balance change in minor units. */
  balance: number;
  locksAdded?: GiftLock[];
  locksRemoved?: GiftLock[];
  statusFrom?: GiftCardStatus;
  statusTo?: GiftCardStatus;
}

export type LedgerTransactionState = 'applied' | 'voided' | 'reversed';

/** An approved transaction as the ledger keeps it. */
export interface LedgerTransaction {
  /** System trace number (field 11) the host answered with. */
  systemTrace: string;
  authorizationCode: string;
  requestCode: string;
  merchantId: string;
  /** Field 42. */
  merchantTerminalId: string;
  alternateMerchantNumber?: string;
  cardNumber: string;
  terminalTransactionNumber?: string;
  /** Fields 13 and 12 of the request (MMDDCCYY, HHMMSS). */
  localDate: string;
  localTime: string;
  /** Field 04 as sent (minor units), when sent. */
  requestedAmount?: number;
  effect: LedgerEffect;
  balanceAfter: number;
  lockedAfter: number;
  state: LedgerTransactionState;
  /** Trace of the transaction this one voided (2800/2801/2802/2808). */
  voids?: string;
  /** Local lock id (79) the transaction created or redeemed. */
  lockId?: string;
  /** Request fields a 0704 timeout reversal is matched on (see README). */
  matchKey: string;
}

function copyCard(c: GiftCardState): GiftCardState {
  return { ...c, locks: c.locks.map((l) => ({ ...l })) };
}

export function lockedTotal(c: GiftCardState): number {
  let n = 0;
  for (const l of c.locks) n += l.amount;
  return n;
}

/** The effect that undoes `e`. */
export function invertEffect(e: LedgerEffect): LedgerEffect {
  const out: LedgerEffect = { balance: -e.balance };
  if (e.locksRemoved) out.locksAdded = e.locksRemoved;
  if (e.locksAdded) out.locksRemoved = e.locksAdded;
  if (e.statusFrom !== undefined && e.statusTo !== undefined) {
    out.statusFrom = e.statusTo;
    out.statusTo = e.statusFrom;
  }
  return out;
}

/** Applies an effect to a card in place. */
export function applyEffect(card: GiftCardState, e: LedgerEffect): void {
  card.balance += e.balance;
  if (e.locksRemoved) {
    const ids = new Set(e.locksRemoved.map((l) => l.lockId));
    card.locks = card.locks.filter((l) => !ids.has(l.lockId));
  }
  if (e.locksAdded) for (const l of e.locksAdded) card.locks.push({ ...l });
  if (e.statusTo !== undefined) card.status = e.statusTo;
}

export class GiftLedger {
  readonly #cards = new Map<string, GiftCardState>();
  readonly #transactions: LedgerTransaction[] = [];
  /** `${mid}/${keyId}` -> 24-byte working key. */
  readonly #workingKeys = new Map<string, Uint8Array>();
  #trace = 0;
  #virtual = 0;
  #lock = 0;

  constructor(cards: readonly GiftCardSetup[] = Object.values(DATAWIRE_TEST_CARDS)) {
    for (const c of cards) this.addCard(c);
  }

  /** Adds (or replaces) a card. */
  addCard(setup: GiftCardSetup): GiftCardState {
    const c: GiftCardState = { ...setup, locks: [] };
    this.#cards.set(setup.cardNumber, c);
    return copyCard(c);
  }

  /** A copy of a card's state, or undefined. */
  card(cardNumber: string): GiftCardState | undefined {
    const c = this.#cards.get(cardNumber);
    return c ? copyCard(c) : undefined;
  }

  /** Balance in minor units (undefined for an unknown card). */
  balance(cardNumber: string): number | undefined {
    return this.#cards.get(cardNumber)?.balance;
  }

  /** Copies of every card. */
  cards(): GiftCardState[] {
    return [...this.#cards.values()].map(copyCard);
  }

  /** Copies of the approved transactions, oldest first (optionally of one card). */
  transactions(cardNumber?: string): LedgerTransaction[] {
    return this.#transactions
      .filter((t) => cardNumber === undefined || t.cardNumber === cardNumber)
      .map((t) => ({ ...t, effect: { ...t.effect } }));
  }

  /** The working key a merchant registered under a key id. */
  workingKey(mid: string, keyId: string): Uint8Array | undefined {
    return this.#workingKeys.get(`${mid}/${Number(keyId)}`);
  }

  setWorkingKey(mid: string, keyId: string, key: Uint8Array): void {
    this.#workingKeys.set(`${mid}/${Number(keyId)}`, key.slice());
  }

  /** Merchant's most recently assigned key id, if any. */
  latestKeyId(mid: string): string | undefined {
    let last: string | undefined;
    for (const k of this.#workingKeys.keys()) if (k.startsWith(`${mid}/`)) last = k.slice(mid.length + 1);
    return last;
  }

  // ---- used by the service ----

  /** The live card object (service only). */
  live(cardNumber: string): GiftCardState | undefined {
    return this.#cards.get(cardNumber);
  }

  nextTrace(): string {
    this.#trace = (this.#trace % 999_999) + 1;
    return String(this.#trace).padStart(6, '0');
  }

  nextLockId(): string {
    this.#lock = (this.#lock % 9999) + 1;
    return String(this.#lock);
  }

  /** Sequence number of the next virtual card (for its test EAN and SCV). */
  get virtualCount(): number {
    return this.#virtual;
  }

  /** A new virtual card number (Luhn-valid, 16 digits). */
  issueVirtualCard(setup: Omit<GiftCardSetup, 'cardNumber'>): GiftCardState {
    this.#virtual++;
    const body = `77779${String(this.#virtual).padStart(10, '0')}`;
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = body.charCodeAt(body.length - 1 - i) - 48;
      if (i % 2 === 0) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    const cardNumber = body + String((10 - (sum % 10)) % 10);
    const c: GiftCardState = { ...setup, cardNumber, locks: [], virtual: true };
    this.#cards.set(cardNumber, c);
    return c;
  }

  removeCard(cardNumber: string): void {
    this.#cards.delete(cardNumber);
  }

  record(t: LedgerTransaction): void {
    this.#transactions.push(t);
  }

  /** The live transaction list (service only). */
  liveTransactions(): LedgerTransaction[] {
    return this.#transactions;
  }
}
