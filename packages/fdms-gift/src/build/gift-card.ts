/**
 * The FDMSGiftCard surface of the seed SDK as pure builders: each method takes the merchant
 * configuration, the card and the transaction's options, and returns an `SvdotRequest` ready for
 * `encodeRequest`. Nothing here talks to the network or keeps state (reverse_last_transaction takes
 * the previous request explicitly).
 */

import type { RequestCode } from '../codes/request-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import type { SvdotFieldsInput, SvdotRequest } from '../payload/types.js';
import {
  checkAlternateMerchantId,
  checkAmount,
  checkClerkId,
  checkMerchantNumber,
  checkReferenceNumber,
  checkTerminalId,
  checkTransactionNumber,
  checkWireDate,
  currencyNumeric,
  wireDateTime,
} from './limits.js';
import { buildRequest, buildTimeoutReversal } from './request-builder.js';

/** Merchant settings shared by every request (seed properties and config settings). */
export interface GiftMerchant {
  /** merchant_number: 11 digits; the payload header and the start of field 42. */
  merchantNumber: string;
  /** terminal_id: 4 digits, the end of field 42 (default `0000`). */
  terminalId?: string;
  /** alternate_merchant_id: store number, up to 11 digits (field 44). */
  alternateMerchantId?: string;
  /** CurrencyCode: ISO 4217 numeric or alpha (field C0, sent when set; amount limits; default USD). */
  currencyCode?: string;
  /** SourceCode (EA): default `30` (Internet with EAN) when an encrypted EAN is sent, else `31`. */
  sourceCode?: string;
  /** MerchantKeyID (F3): id of the merchant working key that encrypted the EAN. */
  merchantKeyId?: string | number;
  /** IsRetailTransaction: the SVdot Internet format has no normal redemption; see `redeemCard`. */
  isRetailTransaction?: boolean;
}

/** The card: embossed number or Track II, plus its security value (encrypted EAN or plain SCV). */
export interface GiftCard {
  /** card_number (field 70); spaces and dashes are removed. */
  cardNumber?: string;
  /** card_magnetic_stripe with Track 2 data, without sentinels: 37 characters (field 35). */
  track2?: string;
  /** EAN config setting, already encrypted under the working key: 32 hex digits (field 34). See `encryptEan`. */
  encryptedEan?: string;
  /** SCV config setting (field 32), 3-8 digits, for source code 31. */
  scv?: string;
}

/** Options every transaction takes. */
export interface GiftTransactionOptions {
  merchant: GiftMerchant;
  card?: GiftCard;
  /** Local date and time of the transaction (fields 13 and 12); a Date or wire strings. Default: now. */
  at?: Date | { date: string; time: string };
  /** transaction_number: terminal transaction number (field 15), 1-7 digits or 'X' + hex. */
  transactionNumber?: string;
  /** clerk_id (field 62). */
  clerkId?: string;
  /** reference_number (field 08). */
  referenceNumber?: string;
  /** User1 / User2 config settings (fields 09, 10), up to 20 characters. */
  user1?: string;
  user2?: string;
  /** EchoBack config setting (field 7F), up to 26 characters, returned by the host. */
  echoBack?: string;
  /** Post date (field 53), MMDDCCYY. */
  postDate?: string;
}

export interface ActivateCardOptions extends GiftTransactionOptions {
  /** transaction_amount in minor units (field 04); fixed-denomination cards may ignore it. */
  amount?: number;
  /** Promotion code (F2): required for virtual card activations. */
  promotionCode?: string | number;
  /** CardAvailableDate (field 16): MMDDCCYY or a Date, delayed activation. */
  cardAvailableDate?: string | Date;
  /** CardExpirationDate (field A0): MMDDCCYY or a Date. */
  cardExpirationDate?: string | Date;
  /**
   * Which activation: `physical` 2104 (default with a card), `virtual` 2102 (default without),
   * `virtual-scv` 2107 and `virtual-ean` 2108 (with provisioning), `standard` 2101.
   */
  activation?: 'physical' | 'virtual' | 'virtual-scv' | 'virtual-ean' | 'standard';
}

export interface LoadCardOptions extends GiftTransactionOptions {
  amount: number;
  /** Refund config setting: value added back as a refund (2700). */
  refund?: boolean;
  /** IsOnlineRefund config setting: online refund authorization (2700, see README). */
  onlineRefund?: boolean;
  /** Reload merchant specific (2301) instead of reload (2300). */
  merchantSpecific?: boolean;
}

export interface LockCardOptions extends GiftTransactionOptions {
  /** Amount to lock (the seed requires it for a full lock too). */
  amount: number;
  /** lock_type: `full` (default) or `partial`; both build 2408 (README). */
  lockType?: 'full' | 'partial';
}

export interface RedeemCardOptions extends GiftTransactionOptions {
  /** transaction_amount: required except for cash out; `0` with `unlock` only releases the lock. */
  amount?: number;
  /** redemption_type (default `normal`). */
  redemptionType?: 'normal' | 'partial' | 'cash-out' | 'unlock';
  /** Local lock id (field 79) of the lock to redeem against: `unlock` then builds 2208. */
  lockId?: string | number;
}

export interface VoidTransactionOptions extends GiftTransactionOptions {
  /** void_type. */
  voidType: 'redemption' | 'load' | 'activation';
  /** For partial redemptions and cash outs: the amount actually approved, not the one requested. */
  amount: number;
  /** Local lock id (field 79): voids a multi-lock redemption (2808). */
  lockId?: string | number;
}

export interface HistoryOptions extends GiftTransactionOptions {
  /** `all` 2410 (default), `recent` 2411 (6 months), `activation-reload` 2413. */
  history?: 'all' | 'recent' | 'activation-reload';
  /** History format E8, 81-88 (default 84). */
  historyFormat?: string;
  /** First transaction number CE (default -10: the last ten). */
  firstTransactionNumber?: number;
  /** Transaction count CF (default 10). */
  transactionCount?: number;
}

export interface AssignWorkingKeyOptions extends Omit<GiftTransactionOptions, 'card'> {
  /** Field 63: the 80-hex-digit encrypted key block from `createWorkingKey`. */
  workingKeyBlock: string;
  /** F3: the id the new key will be known by. */
  merchantKeyId: string | number;
}

export interface CloseAccountOptions extends GiftTransactionOptions {
  /** FA: remove a non-zero balance (default true, `Y`). */
  removeBalance?: boolean;
}

function normaliseCardNumber(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^[0-9]+$/.test(digits)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, 'cardNumber: only digits, spaces and dashes are allowed', {
      field: 'cardNumber',
    });
  }
  return digits;
}

function dateField(value: string | Date, field: string): string {
  return value instanceof Date ? wireDateTime(value).date : checkWireDate(value, field);
}

function currency(o: GiftTransactionOptions): string {
  return o.merchant.currencyCode === undefined ? '840' : currencyNumeric(o.merchant.currencyCode);
}

/** Fields every builder writes: time, date, card, merchant/terminal, tracking, source code. */
function baseFields(o: GiftTransactionOptions, withCard: boolean): SvdotFieldsInput {
  if (o === null || typeof o !== 'object' || o.merchant === null || typeof o.merchant !== 'object') {
    throw giftError(GiftErrorCode.MISSING_VALUE, 'merchant settings are required', { field: 'merchant' });
  }
  const m = o.merchant;
  const mid = checkMerchantNumber(m.merchantNumber);
  const terminal = checkTerminalId(m.terminalId ?? '0000');
  const at = o.at === undefined ? wireDateTime(new Date()) : o.at instanceof Date ? wireDateTime(o.at) : o.at;
  const card = o.card ?? {};
  const fields: SvdotFieldsInput = {
    localTransactionTime: at.time,
    localTransactionDate: checkWireDate(at.date, 'localTransactionDate'),
  };
  if (o.transactionNumber !== undefined)
    fields.terminalTransactionNumber = checkTransactionNumber(o.transactionNumber);
  if (withCard) {
    if (card.cardNumber !== undefined && card.track2 !== undefined) {
      throw giftError(
        GiftErrorCode.INVALID_ARGUMENT,
        'card: give the card number or Track 2 data, not both',
        {
          field: 'card',
        },
      );
    }
    if (card.cardNumber !== undefined) fields.embossedCardNumber = normaliseCardNumber(card.cardNumber);
    if (card.track2 !== undefined) fields.track2Data = card.track2;
  }
  fields.merchantTerminalId = mid + terminal;
  if (m.alternateMerchantId !== undefined)
    fields.alternateMerchantNumber = checkAlternateMerchantId(m.alternateMerchantId);
  if (withCard && card.encryptedEan !== undefined) {
    fields.extendedAccountNumber = card.encryptedEan;
    if (m.merchantKeyId === undefined) {
      throw giftError(
        GiftErrorCode.MISSING_VALUE,
        'merchant.merchantKeyId is required to send an encrypted EAN',
        {
          field: 'merchantKeyId',
        },
      );
    }
    fields.merchantKeyId = String(m.merchantKeyId);
  }
  if (withCard && card.scv !== undefined) fields.securityCardValue = card.scv;
  fields.sourceCode = m.sourceCode ?? (withCard && card.encryptedEan !== undefined ? '30' : '31');
  if (o.clerkId !== undefined) fields.clerkId = checkClerkId(o.clerkId);
  if (o.referenceNumber !== undefined) fields.referenceNumber = checkReferenceNumber(o.referenceNumber);
  if (o.user1 !== undefined) fields.user1 = o.user1;
  if (o.user2 !== undefined) fields.user2 = o.user2;
  if (o.echoBack !== undefined) fields.echoBack = o.echoBack;
  if (o.postDate !== undefined) fields.postDate = checkWireDate(o.postDate, 'postDate');
  if (m.currencyCode !== undefined) fields.localCurrency = currencyNumeric(m.currencyCode);
  return fields;
}

function build(code: RequestCode, o: GiftTransactionOptions, fields: SvdotFieldsInput): SvdotRequest {
  return buildRequest({ merchantId: o.merchant.merchantNumber, requestCode: code, fields });
}

/** activate_card: activates a card (2104 physical, 2102 virtual, 2107/2108 with provisioning, 2101). */
export function activateCard(o: ActivateCardOptions): SvdotRequest {
  const hasCard = o.card?.cardNumber !== undefined || o.card?.track2 !== undefined;
  const which = o.activation ?? (hasCard ? 'physical' : 'virtual');
  const code: RequestCode = (
    {
      physical: '2104',
      virtual: '2102',
      'virtual-scv': '2107',
      'virtual-ean': '2108',
      standard: '2101',
    } as const
  )[which];
  if (code === undefined) {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      `activation: '${String(which)}' is not an activation kind`,
      {
        field: 'activation',
      },
    );
  }
  const virtual = code === '2102' || code === '2107' || code === '2108';
  if (virtual && hasCard) {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      'a virtual card activation gets its card number from the host; leave card out',
      {
        field: 'card',
      },
    );
  }
  const fields = baseFields(o, !virtual);
  if (o.amount !== undefined) fields.transactionAmount = checkAmount(o.amount, currency(o), 'amount');
  if (o.promotionCode !== undefined) fields.promotionCode = String(o.promotionCode);
  if (o.cardAvailableDate !== undefined)
    fields.cardAvailableDate = dateField(o.cardAvailableDate, 'cardAvailableDate');
  if (o.cardExpirationDate !== undefined)
    fields.expirationDate = dateField(o.cardExpirationDate, 'cardExpirationDate');
  return build(code, o, fields);
}

/** balance_inquiry: 2400. */
export function balanceInquiry(o: GiftTransactionOptions): SvdotRequest {
  return build('2400', o, baseFields(o, true));
}

/** load_card: reload 2300 (2301 merchant specific), refund and online refund 2700. */
export function loadCard(o: LoadCardOptions): SvdotRequest {
  if (o.merchantSpecific && (o.refund || o.onlineRefund)) {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'merchantSpecific applies to reloads, not refunds', {
      field: 'merchantSpecific',
    });
  }
  const code: RequestCode = o.refund || o.onlineRefund ? '2700' : o.merchantSpecific ? '2301' : '2300';
  const fields = baseFields(o, true);
  fields.transactionAmount = checkAmount(o.amount, currency(o), 'amount');
  return build(code, o, fields);
}

/** lock_card: 2408 (balance inquiry with multi-lock) for the amount; the answer carries the lock id (79). */
export function lockCard(o: LockCardOptions): SvdotRequest {
  if (o.lockType !== undefined && o.lockType !== 'full' && o.lockType !== 'partial') {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      `lockType: '${String(o.lockType)}' is not full or partial`,
      { field: 'lockType' },
    );
  }
  const fields = baseFields(o, true);
  fields.transactionAmount = checkAmount(o.amount, currency(o), 'amount');
  return build('2408', o, fields);
}

/**
 * redeem_card: `normal` and `partial` 2202 (the Internet format only has the partial flavour, so a
 * normal redemption is sent as partial, as the seed does with IsRetailTransaction false), `cash-out`
 * 2600 (no amount), `unlock` 2201, or 2208 with a lock id.
 */
export function redeemCard(o: RedeemCardOptions): SvdotRequest {
  const type = o.redemptionType ?? 'normal';
  const fields = baseFields(o, true);
  let code: RequestCode;
  switch (type) {
    case 'normal':
    case 'partial':
      code = '2202';
      break;
    case 'cash-out':
      code = '2600';
      if (o.amount !== undefined) {
        throw giftError(
          GiftErrorCode.INVALID_ARGUMENT,
          'cash out takes no amount: the whole balance is redeemed',
          { field: 'amount' },
        );
      }
      break;
    case 'unlock':
      code = o.lockId === undefined ? '2201' : '2208';
      if (o.lockId !== undefined) fields.localLockId = String(o.lockId);
      break;
    default:
      throw giftError(
        GiftErrorCode.INVALID_ARGUMENT,
        `redemptionType: '${String(type)}' is not a redemption type`,
        {
          field: 'redemptionType',
        },
      );
  }
  if (code !== '2600') {
    if (o.amount === undefined) {
      throw giftError(GiftErrorCode.MISSING_VALUE, `amount is required for a ${type} redemption`, {
        field: 'amount',
      });
    }
    fields.transactionAmount = checkAmount(o.amount, currency(o), 'amount');
  }
  return build(code, o, fields);
}

/** void_transaction: redemption 2800 (2808 with a lock id), load 2801, activation 2802. */
export function voidTransaction(o: VoidTransactionOptions): SvdotRequest {
  const code: RequestCode | undefined =
    o.voidType === 'redemption'
      ? o.lockId === undefined
        ? '2800'
        : '2808'
      : o.voidType === 'load'
        ? '2801'
        : o.voidType === 'activation'
          ? '2802'
          : undefined;
  if (code === undefined) {
    throw giftError(
      GiftErrorCode.INVALID_ARGUMENT,
      `voidType: '${String(o.voidType)}' is not redemption, load or activation`,
      {
        field: 'voidType',
      },
    );
  }
  if (o.lockId !== undefined && code !== '2808') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'lockId applies to voids of redemptions only', {
      field: 'lockId',
    });
  }
  const fields = baseFields(o, true);
  fields.transactionAmount = checkAmount(o.amount, currency(o), 'amount');
  if (o.lockId !== undefined) fields.localLockId = String(o.lockId);
  return build(code, o, fields);
}

/** reverse_last_transaction: the 0704 timeout reversal of the request whose answer never came. */
export function reverseLastTransaction(previous: SvdotRequest): SvdotRequest {
  return buildTimeoutReversal(previous);
}

/** Transaction history: 2410 (all), 2411 (recent), 2413 (activations and reloads). */
export function transactionHistory(o: HistoryOptions): SvdotRequest {
  const code: RequestCode =
    o.history === 'recent' ? '2411' : o.history === 'activation-reload' ? '2413' : '2410';
  const fields = baseFields(o, true);
  fields.historyFormat = o.historyFormat ?? '84';
  fields.firstTransactionNumber = o.firstTransactionNumber ?? -10;
  fields.transactionCount = o.transactionCount ?? 10;
  if (!/^8[1-8]$/.test(String(fields.historyFormat))) {
    throw giftError(
      GiftErrorCode.OUT_OF_RANGE,
      'historyFormat: only formats 81-88 are described by the sources',
      {
        field: 'historyFormat',
        actual: String(fields.historyFormat),
      },
    );
  }
  return build(code, o, fields);
}

/**
 * AssignMerchantWorkingKey: 2010 with the encrypted key block (63) and its new key id (F3). The
 * source code defaults to 31: the request cannot itself carry an EAN (README decisions).
 */
export function assignMerchantWorkingKey(o: AssignWorkingKeyOptions): SvdotRequest {
  const merchant = { ...o.merchant, sourceCode: o.merchant.sourceCode ?? '31' };
  const fields = baseFields({ ...o, merchant }, false);
  fields.workingKey = o.workingKeyBlock;
  fields.merchantKeyId = String(o.merchantKeyId);
  return build('2010', o, fields);
}

/** Freeze an active card (2003). */
export function freezeCard(o: GiftTransactionOptions): SvdotRequest {
  return build('2003', o, baseFields(o, true));
}

/** Unfreeze a frozen card (2016). */
export function unfreezeCard(o: GiftTransactionOptions): SvdotRequest {
  return build('2016', o, baseFields(o, true));
}

/** Close the account (2004); FA says whether a remaining balance is removed. */
export function closeAccount(o: CloseAccountOptions): SvdotRequest {
  const fields = baseFields(o, true);
  fields.removeBalance = o.removeBalance === false ? 'N' : 'Y';
  return build('2004', o, fields);
}

/** Mobile wallet provisioning (2495); the answer carries Track II (35). */
export function provisionCard(o: GiftTransactionOptions): SvdotRequest {
  return build('2495', o, baseFields(o, true));
}

/** Remove mobile wallet provisioning (2496). */
export function removeProvisioning(o: GiftTransactionOptions): SvdotRequest {
  return build('2496', o, baseFields(o, true));
}
