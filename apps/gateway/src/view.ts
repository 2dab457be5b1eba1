/** What the API shows of a stored transaction: no card data beyond first 6 / last 4. */

import type { BatchRecord, TransactionRecord } from './store/types.js';

export interface TransactionView {
  id: string;
  merchantId: string;
  processor: string;
  kind: string;
  operation: string;
  status: string;
  approved: boolean;
  parentId: string | null;
  amount: number;
  approvedAmount: number;
  capturedAmount: number;
  refundedAmount: number;
  card: { masked: string } | null;
  approvalCode: string | null;
  responseCode: string | null;
  responseText: string | null;
  processorReference: string | null;
  avsResult?: string;
  cvvResult?: string;
  balance?: number;
  previousBalance?: number;
  batchId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function transactionView(t: TransactionRecord): TransactionView {
  const extra = (t.data[t.processor] ?? {}) as Record<string, unknown>;
  const out: TransactionView = {
    id: t.id,
    merchantId: t.merchantId,
    processor: t.processor,
    kind: t.kind,
    operation: t.operation,
    status: t.status,
    approved: t.status !== 'declined',
    parentId: t.parentId,
    amount: t.amount,
    approvedAmount: t.approvedAmount,
    capturedAmount: t.capturedAmount,
    refundedAmount: t.refundedAmount,
    card: t.cardMasked === null ? null : { masked: t.cardMasked },
    approvalCode: t.approvalCode,
    responseCode: t.responseCode,
    responseText: t.responseText,
    processorReference: t.processorReference,
    batchId: t.batchId,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
  if (typeof extra.avsResult === 'string') out.avsResult = extra.avsResult;
  if (typeof extra.cvvResult === 'string') out.cvvResult = extra.cvvResult;
  if (typeof extra.balance === 'number') out.balance = extra.balance;
  if (typeof extra.previousBalance === 'number') out.previousBalance = extra.previousBalance;
  return out;
}

export function batchView(b: BatchRecord) {
  return {
    id: b.id,
    merchantId: b.merchantId,
    batchNumber: b.batchNumber,
    transmissionDate: b.transmissionDate,
    status: b.status,
    transactionIds: b.itemIds,
    result: b.result,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}
