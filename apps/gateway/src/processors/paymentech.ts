/**
 * Chase Paymentech NetConnect (host capture): authorize = auth only (02), sale (01), capture (03)
 * by approval code, refund (06), void (41) by retrieval number. Each follow-up message carries the
 * card again, so the PAN and expiry are kept encrypted until the transaction is voided or fully
 * refunded. Paymentech settles captured items itself: there is no batch to close here.
 */

import {
  createPaymentechClient,
  type PaymentechClient,
  type PaymentechResult,
} from '@paywire/paymentech-client';
import type { PaymentechMerchantConfig } from '../config.js';
import { fromClientError, GatewayErrorCode, gatewayError } from '../errors.js';
import type { TransactionRecord } from '../store/types.js';
import { checkCapturable, checkRefundable, checkVoidable, refundRecord, saveRecord } from './lifecycle.js';
import {
  type AdapterContext,
  type AuthorizeInput,
  blankRecord,
  type CardProcessorAdapter,
  maskCard,
} from './types.js';

export function createPaymentechAdapter(
  ctx: AdapterContext,
  config: PaymentechMerchantConfig['paymentech'],
): CardProcessorAdapter {
  const client: PaymentechClient = createPaymentechClient(config);

  async function call(what: string, fn: () => Promise<PaymentechResult>): Promise<PaymentechResult> {
    try {
      return await fn();
    } catch (e) {
      throw fromClientError(e, `Paymentech ${what}`);
    }
  }

  function refused(what: string, r: PaymentechResult): never {
    throw gatewayError(
      GatewayErrorCode.PROCESSOR_DECLINED,
      `Paymentech refused the ${what}: ${r.hostErrorCode ?? r.actionCode} ${r.responseText ?? ''}`.trim(),
    );
  }

  const update = (record: TransactionRecord) => saveRecord(ctx, record);

  function cardOf(record: TransactionRecord) {
    if (record.cardSecret === null)
      throw gatewayError(
        GatewayErrorCode.INVALID_STATE,
        `transaction ${record.id} keeps no card data any more`,
      );
    const c = ctx.vault.open(record.id, record.cardSecret);
    return { number: c.pan, expMonth: c.expMonth ?? 0, expYear: c.expYear ?? 0 };
  }

  return {
    processor: 'paymentech',

    async authorize(input: AuthorizeInput) {
      const c = input.card;
      if (c.number === undefined)
        throw gatewayError(705, 'Paymentech takes keyed cards here: card.number, expMonth, expYear', {
          field: 'card.number',
          status: 400,
        });
      const tx = {
        card: {
          number: c.number,
          expMonth: c.expMonth ?? 0,
          expYear: c.expYear ?? 0,
          ...(c.cvv === undefined ? {} : { cvvData: c.cvv }),
        },
        amount: input.amount,
        ...(input.orderId === undefined ? {} : { invoiceNumber: input.orderId }),
        ...(input.avs?.zip === undefined ? {} : { customerZip: input.avs.zip }),
        ...(input.avs?.street === undefined ? {} : { customerAddress: input.avs.street }),
      };
      const r = await call('authorization', () => (input.capture ? client.sale(tx) : client.authOnly(tx)));
      const record = blankRecord(ctx, {
        processor: 'paymentech',
        kind: 'payment',
        operation: input.capture ? 'sale' : 'authorize',
        status: !r.approved ? 'declined' : input.capture ? 'captured' : 'authorized',
        amount: input.amount,
        approvedAmount: r.approved ? input.amount : 0,
        capturedAmount: r.approved && input.capture ? input.amount : 0,
        cardMasked: maskCard(c.number),
        approvalCode: r.approvalCode ?? null,
        responseCode: r.approved ? r.actionCode : (r.hostErrorCode ?? r.actionCode),
        responseText: r.responseText ?? null,
        processorReference: r.retrievalNumber ?? null,
        data: {
          paymentech: {
            sequenceNumber: r.sequenceNumber,
            ...(r.avsResult === undefined ? {} : { avsResult: r.avsResult }),
            ...(r.cvvResult === undefined ? {} : { cvvResult: r.cvvResult }),
            ...(r.batchNumber === undefined ? {} : { batchNumber: r.batchNumber }),
          },
        },
      });
      if (r.approved)
        record.cardSecret = ctx.vault.seal(record.id, {
          pan: c.number.replace(/[\s-]/g, ''),
          expMonth: tx.card.expMonth,
          expYear: tx.card.expYear,
        });
      await ctx.store.insertTransaction(record);
      return record;
    },

    async capture(record, amount) {
      checkCapturable(record);
      const card = cardOf(record);
      const r = await call('capture', () => client.capture({ card, amount }, record.approvalCode ?? ''));
      if (!r.approved) refused('capture', r);
      record.status = 'captured';
      record.capturedAmount = amount;
      return update(record);
    },

    async refund(record, amount) {
      checkRefundable(record);
      const card = cardOf(record);
      const r = await call('refund', () => client.refund({ card, amount }));
      if (!r.approved) refused('refund', r);
      record.refundedAmount += amount;
      if (record.refundedAmount >= record.capturedAmount) record.cardSecret = null;
      await update(record);
      const refund = refundRecord(ctx, record, amount, {
        processor: 'paymentech',
        responseCode: r.actionCode,
        responseText: r.responseText ?? null,
        processorReference: r.retrievalNumber ?? null,
        data: { paymentech: { sequenceNumber: r.sequenceNumber } },
      });
      await ctx.store.insertTransaction(refund);
      return refund;
    },

    async void(record) {
      checkVoidable(record);
      const card = cardOf(record);
      const r = await call('void', () =>
        client.void({ cardNumber: card.number, retrievalNumberToVoid: record.processorReference ?? '' }),
      );
      if (!r.approved) refused('void', r);
      record.status = 'voided';
      record.cardSecret = null;
      return update(record);
    },

    async close() {},
  };
}
