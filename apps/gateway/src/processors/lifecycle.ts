/** The state checks, saving and refund records the card processor adapters share. */

import { GatewayErrorCode, gatewayError } from '../errors.js';
import type { TransactionRecord, TransactionStatus } from '../store/types.js';
import { type AdapterContext, blankRecord } from './types.js';

/** Only an authorization that is not captured yet can be captured. */
export function checkCapturable(record: TransactionRecord): void {
  if (record.status !== 'authorized')
    throw gatewayError(
      GatewayErrorCode.INVALID_STATE,
      `cannot capture a transaction that is ${record.status}`,
    );
}

/** A refund needs a transaction in one of `statuses` (captured money). */
export function checkRefundable(
  record: TransactionRecord,
  statuses: readonly TransactionStatus[] = ['captured'],
): void {
  if (!statuses.includes(record.status))
    throw gatewayError(
      GatewayErrorCode.INVALID_STATE,
      `cannot refund a transaction that is ${record.status}`,
    );
}

/** Only a payment that is authorized or captured can be voided. */
export function checkVoidable(record: TransactionRecord): void {
  if (record.kind !== 'payment' || (record.status !== 'authorized' && record.status !== 'captured'))
    throw gatewayError(
      GatewayErrorCode.INVALID_STATE,
      `cannot void a ${record.kind} that is ${record.status}`,
    );
}

/** Saves a changed record; another request that changed it first makes this one fail. */
export async function saveRecord(ctx: AdapterContext, record: TransactionRecord): Promise<TransactionRecord> {
  if (!(await ctx.store.updateTransaction(record)))
    throw gatewayError(
      GatewayErrorCode.CONCURRENT_UPDATE,
      `transaction ${record.id} changed meanwhile; read it again`,
    );
  return record;
}

/** A new refund record of `amount` against `parent` (captured at once), with the processor's own fields. */
export function refundRecord(
  ctx: AdapterContext,
  parent: TransactionRecord,
  amount: number,
  fields: Pick<TransactionRecord, 'processor'> & Partial<TransactionRecord>,
): TransactionRecord {
  const { processor, ...rest } = fields;
  return blankRecord(ctx, {
    processor,
    kind: 'refund',
    operation: 'refund',
    status: 'captured',
    amount,
    approvedAmount: amount,
    capturedAmount: amount,
    parentId: parent.id,
    cardMasked: parent.cardMasked,
    ...rest,
  });
}
