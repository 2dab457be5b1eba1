/**
 * FDMS Closed Loop Gift over Datawire. Gift card numbers are not stored: a record keeps the masked
 * number, the amounts and the terminal transaction number a void must repeat; the void request
 * brings the card again and must match the masked number.
 */

import { createGiftClient, type GiftClient, type GiftResult } from '@paywire/fdms-gift-client';
import type { MerchantConfig } from '../config.js';
import { fromClientError, GatewayErrorCode, gatewayError } from '../errors.js';
import type { TransactionRecord } from '../store/types.js';
import { type AdapterContext, blankRecord, maskCard } from './types.js';

export interface GiftCardInput {
  number: string;
  /** Security card value, when the card program uses one. */
  scv?: string;
}

export type GiftOperation = 'activate' | 'balance' | 'redeem' | 'reload';

export interface GiftView {
  approved: boolean;
  responseCode: string;
  responseText: string;
  previousBalance?: number;
  balance?: number;
}

export interface GiftAdapter {
  run(
    operation: GiftOperation,
    input: { card: GiftCardInput; amount?: number; partial?: boolean },
  ): Promise<{ record?: TransactionRecord; result: GiftView }>;
  void(
    record: TransactionRecord,
    card: GiftCardInput,
  ): Promise<{ record: TransactionRecord; result: GiftView }>;
  close(): Promise<void>;
}

function view(r: GiftResult): GiftView {
  return {
    approved: r.approved,
    responseCode: r.responseCode,
    responseText: r.responseText,
    ...(r.previousBalance === undefined ? {} : { previousBalance: r.previousBalance }),
    ...(r.newBalance === undefined ? {} : { balance: r.newBalance }),
  };
}

const VOID_TYPES: Record<string, 'activation' | 'redemption' | 'load'> = {
  'gift-activate': 'activation',
  'gift-redeem': 'redemption',
  'gift-reload': 'load',
};

export function createGiftAdapter(
  ctx: AdapterContext,
  config: NonNullable<MerchantConfig['gift']>,
): GiftAdapter {
  const client: GiftClient = createGiftClient(config);

  async function call(what: string, fn: () => Promise<GiftResult>): Promise<GiftResult> {
    try {
      return await fn();
    } catch (e) {
      throw fromClientError(e, `gift ${what}`);
    }
  }

  const cardOf = (c: GiftCardInput) => ({
    cardNumber: c.number,
    ...(c.scv === undefined ? {} : { scv: c.scv }),
  });

  return {
    async run(operation, input) {
      const card = cardOf(input.card);
      const amount = input.amount ?? 0;
      let r: GiftResult;
      switch (operation) {
        case 'balance':
          r = await call('balance inquiry', () => client.balanceInquiry({ card }));
          return { result: view(r) };
        case 'activate':
          r = await call('activation', () =>
            client.activateCard({ card, ...(input.amount === undefined ? {} : { amount }) }),
          );
          break;
        case 'redeem':
          r = await call('redemption', () =>
            client.redeemCard({ card, amount, redemptionType: input.partial ? 'partial' : 'normal' }),
          );
          break;
        case 'reload':
          r = await call('reload', () => client.reload({ card, amount }));
          break;
      }
      let approvedAmount = 0;
      if (r.approved) {
        if (operation === 'redeem' && r.previousBalance !== undefined && r.newBalance !== undefined)
          approvedAmount = r.previousBalance - r.newBalance;
        else if (operation === 'activate' && r.newBalance !== undefined && input.amount === undefined)
          approvedAmount = r.newBalance;
        else approvedAmount = amount;
      }
      const record = blankRecord(ctx, {
        processor: 'gift',
        kind: 'gift',
        operation: `gift-${operation}`,
        status: r.approved ? 'approved' : 'declined',
        amount,
        approvedAmount,
        cardMasked: maskCard(input.card.number),
        approvalCode: r.approvalCode ?? null,
        responseCode: r.responseCode,
        responseText: r.responseText,
        processorReference: r.transactionNumber ?? null,
        data: {
          gift: {
            ...(r.previousBalance === undefined ? {} : { previousBalance: r.previousBalance }),
            ...(r.newBalance === undefined ? {} : { balance: r.newBalance }),
          },
        },
      });
      await ctx.store.insertTransaction(record);
      return { record, result: view(r) };
    },

    async void(record, card) {
      const voidType = VOID_TYPES[record.operation];
      if (record.kind !== 'gift' || voidType === undefined || record.status !== 'approved')
        throw gatewayError(
          GatewayErrorCode.INVALID_STATE,
          `cannot void a ${record.operation} that is ${record.status}`,
        );
      if (maskCard(card.number) !== record.cardMasked)
        throw gatewayError(705, 'card.number is not the card of this gift transaction', {
          field: 'card.number',
          status: 422,
        });
      const r = await call('void', () =>
        client.voidTransaction({
          card: cardOf(card),
          voidType,
          amount: record.approvedAmount,
          transactionNumber: record.processorReference ?? '',
        }),
      );
      if (!r.approved)
        throw gatewayError(
          GatewayErrorCode.PROCESSOR_DECLINED,
          `the gift host refused the void: ${r.responseCode} ${r.responseText}`,
        );
      record.status = 'voided';
      record.data = {
        ...record.data,
        void: {
          responseCode: r.responseCode,
          ...(r.newBalance === undefined ? {} : { balance: r.newBalance }),
        },
      };
      if (!(await ctx.store.updateTransaction(record)))
        throw gatewayError(GatewayErrorCode.CONCURRENT_UPDATE, `transaction ${record.id} changed meanwhile`);
      return { record, result: view(r) };
    },

    async close() {},
  };
}
