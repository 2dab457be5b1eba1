/** What every card processor adapter offers the gateway, and the shared request shapes. */

import { randomUUID } from 'node:crypto';
import { cardBrand, maskPan } from '@paywire/core';
import type { CardVault } from '../card-vault.js';
import type { GatewayStore, TransactionRecord } from '../store/types.js';
import { nowIso } from '../store/types.js';

/** A card as the API takes it: keyed (number + expiry, CVV optional) or swiped (track 1 or 2). */
export interface CardInput {
  number?: string;
  expMonth?: number;
  expYear?: number;
  cvv?: string;
  track?: string;
}

export interface AuthorizeInput {
  amount: number;
  /** true: authorize and capture at once (a sale). */
  capture: boolean;
  card: CardInput;
  avs?: { street?: string; zip: string };
  /** Merchant's order number (Paymentech invoice number). */
  orderId?: string;
}

export interface AdapterContext {
  merchantId: string;
  store: GatewayStore;
  vault: CardVault;
}

export interface CardProcessorAdapter {
  readonly processor: 'tsys' | 'paymentech' | 'trustcommerce';
  authorize(input: AuthorizeInput): Promise<TransactionRecord>;
  capture(record: TransactionRecord, amount: number): Promise<TransactionRecord>;
  refund(record: TransactionRecord, amount: number): Promise<TransactionRecord>;
  void(record: TransactionRecord): Promise<TransactionRecord>;
  close(): Promise<void>;
}

export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '')}`;
}

export function blankRecord(
  ctx: AdapterContext,
  fields: Pick<TransactionRecord, 'processor' | 'kind' | 'operation' | 'status' | 'amount'> &
    Partial<TransactionRecord>,
): TransactionRecord {
  const now = nowIso();
  return {
    id: newId(fields.kind === 'refund' ? 'rfd' : fields.kind === 'gift' ? 'gft' : 'txn'),
    merchantId: ctx.merchantId,
    parentId: null,
    approvedAmount: 0,
    capturedAmount: 0,
    refundedAmount: 0,
    cardMasked: null,
    approvalCode: null,
    responseCode: null,
    responseText: null,
    processorReference: null,
    batchId: null,
    cardSecret: null,
    data: {},
    createdAt: now,
    updatedAt: now,
    version: 0,
    ...fields,
  };
}

export function maskCard(pan: string): string {
  return maskPan(pan.replace(/[\s-]/g, ''));
}

export function brandOf(pan: string): string | undefined {
  try {
    return cardBrand(pan) ?? undefined;
  } catch {
    return undefined;
  }
}

/** PAN read from a track (1 or 2, with or without sentinels). */
export function panFromTrack(track: string): string {
  const m = /^[%;]?B?(\d{12,19})/.exec(track);
  return m?.[1] ?? '';
}
