/** The typed view of a response: the seed's response_* properties, amounts as integers, history decoded. */

import { mask } from '@paywire/core';
import { responseCodeInfo } from '../codes/response-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { fieldByName } from '../fields/dictionary.js';
import { decodeHistory, type TransactionHistory } from '../history/fdcd.js';
import type { SvdotResponse } from '../payload/types.js';

export interface GiftResponse {
  /** response_code (field 39), e.g. `00`. */
  responseCode: string;
  /** response_text: short text for display. */
  responseText: string;
  /** True only for response code `00`. */
  approved: boolean;
  /** response_approval_code (38): 6 digits or 8 alphanumerics. */
  approvalCode?: string;
  /** response_system_trace (11). */
  systemTrace?: string;
  /** response_previous_balance (75), minor units. */
  previousBalance?: number;
  /** response_new_balance (76), minor units. */
  newBalance?: number;
  /** response_lock_amount (78), minor units. */
  lockAmount?: number;
  /** response_cash_back (54), minor units. */
  cashBack?: number;
  /** response_card_class (B0); `0` means none. */
  cardClass?: string;
  /** response_card_exp_date (A0) as MMDDCCYY; null when the year is 3000 or later (no expiration). */
  cardExpirationDate?: string | null;
  /** response_reference_number (08). */
  referenceNumber?: string;
  /** Card number (70), e.g. of a newly activated virtual card. */
  cardNumber?: string;
  /** Encrypted EAN (34) of a new virtual card; decrypt with `decryptEan`. */
  encryptedEan?: string;
  /** SCV (32) of a new virtual card. */
  scv?: string;
  /** Track II (35) returned by provisioning. */
  track2?: string;
  /** Local lock id (79) returned by a 2408 lock. */
  lockId?: string;
  /** Request code the answer is for (F6). */
  originalRequestCode?: string;
  echoBack?: string;
  terminalTransactionNumber?: string;
  localCurrency?: string;
  /** Transaction history (D0, with EB count, EC record length and CE first number). */
  history?: TransactionHistory;
  historyCount?: number;
}

function num(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^[0-9]+$/.test(t)) {
    throw giftError(GiftErrorCode.CORRUPT_RESPONSE, `${name}: '${t}' is not an unsigned amount`, {
      field: name,
    });
  }
  return Number(t);
}

/** Expiration date of field A0: MMDDCCYY, or null when the year is 3000 or later (no expiration). */
export function expirationOf(text: string): string | null {
  return Number(text.slice(4)) >= 3000 ? null : text;
}

/** Reads a decoded response into the seed's response properties. */
export function readResponse(
  response: SvdotResponse,
  options: { historyFormat?: string } = {},
): GiftResponse {
  const f = response.fields;
  if (f.responseCode === undefined) {
    throw giftError(GiftErrorCode.CORRUPT_RESPONSE, 'SVdot response has no response code (field 39)', {
      field: 'responseCode',
    });
  }
  const info = responseCodeInfo(f.responseCode.trim());
  const out: GiftResponse = { responseCode: info.code, responseText: info.text, approved: info.approved };
  const set = <K extends keyof GiftResponse>(key: K, value: GiftResponse[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('approvalCode', f.authorizationCode?.trim());
  set('systemTrace', f.systemTraceNumber?.trim());
  set('previousBalance', num(f.previousBalance, 'previousBalance'));
  set('newBalance', num(f.newBalance, 'newBalance'));
  set('lockAmount', num(f.lockAmount, 'lockAmount'));
  set('cashBack', num(f.cashback, 'cashback'));
  set('cardClass', f.cardClass?.trim());
  if (f.expirationDate !== undefined) out.cardExpirationDate = expirationOf(f.expirationDate);
  set('referenceNumber', f.referenceNumber?.trimEnd());
  set('cardNumber', f.embossedCardNumber);
  set('encryptedEan', f.extendedAccountNumber);
  set('scv', f.securityCardValue?.trim());
  set('track2', f.track2Data);
  set('lockId', f.localLockId?.trim());
  set('originalRequestCode', f.originalTransactionRequest);
  set('echoBack', f.echoBack?.trimEnd());
  set('terminalTransactionNumber', f.terminalTransactionNumber?.trimEnd());
  set('localCurrency', f.localCurrency?.trim());
  if (f.transactionHistoryDetail !== undefined) {
    out.history = decodeHistory(f.transactionHistoryDetail, options.historyFormat);
  }
  set('historyCount', num(f.count, 'count'));
  return out;
}

/** A copy of a `GiftResponse` with the card data masked (card number 6/4; EAN, SCV, track fully). */
export function redactGiftResponse(response: GiftResponse): GiftResponse {
  const out = { ...response };
  if (out.cardNumber !== undefined) out.cardNumber = mask('pan', out.cardNumber);
  if (out.encryptedEan !== undefined)
    out.encryptedEan = mask(fieldByName('extendedAccountNumber')!.sensitive!, out.encryptedEan);
  if (out.scv !== undefined) out.scv = mask('cvv', out.scv);
  if (out.track2 !== undefined) out.track2 = mask('track', out.track2);
  return out;
}
