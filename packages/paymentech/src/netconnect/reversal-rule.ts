/**
 * Automatic reversal advice (AM-NC): when NetConnect answers a sale (01) or authorization (02) with
 * `Error-Code` 506, 509, 515, 516 or 517, the outcome at the host is unknown and the caller must
 * send a reversal advice (46) built from the original request. The meanings of those gateway codes
 * are not public; only the rule is.
 */

import type { FinancialRequest, ReversalAdviceRequest, TampaRequest } from '../request/types.js';
import type { RequestToken } from '../tokens/request-tokens.js';

export const AUTO_REVERSAL_ERROR_CODES: readonly string[] = Object.freeze([
  '506',
  '509',
  '515',
  '516',
  '517',
]);

export type ReversalDecision =
  | { action: 'none'; reason: string }
  | { action: 'send-reversal-advice'; reason: string; request: ReversalAdviceRequest };

/** Decides, without I/O, whether a failed NetConnect exchange needs a reversal advice and builds it. */
export function reversalAdviceFor(
  original: TampaRequest,
  netConnectErrorCode: string | undefined,
): ReversalDecision {
  const code = netConnectErrorCode?.trim();
  if (code === undefined || code === '') return { action: 'none', reason: 'no NetConnect Error-Code' };
  if (!AUTO_REVERSAL_ERROR_CODES.includes(code)) {
    return { action: 'none', reason: `Error-Code ${code} does not call for a reversal advice` };
  }
  if (original.transactionCode !== '01' && original.transactionCode !== '02') {
    return {
      action: 'none',
      reason: `transaction code ${original.transactionCode} is not a sale or authorization`,
    };
  }
  const o = original as FinancialRequest;
  const tokens: RequestToken[] = [];
  for (const t of o.tokens) if (t.id === 'RN') tokens.push(t);
  tokens.push({ id: 'TC', tc: { originalTransactionCode: o.transactionCode } });
  for (const t of o.tokens) if (t.id === 'P1' || t.id === 'P2') tokens.push(t);
  const request: ReversalAdviceRequest = {
    systemIndicator: o.systemIndicator,
    routingIndicator: o.routingIndicator,
    clientNumber: o.clientNumber,
    merchantNumber: o.merchantNumber,
    terminalNumber: o.terminalNumber,
    transactionMode: o.transactionMode,
    sequenceNumber: o.sequenceNumber,
    transactionClass: o.transactionClass,
    transactionCode: '46',
    pinCapability: o.pinCapability,
    entryDataSource: o.entryDataSource,
    accountNumber: o.accountNumber,
    expirationDate: o.expirationDate,
    amount: o.amount,
    tokens,
  };
  if (o.amountFormat !== undefined) request.amountFormat = o.amountFormat;
  if (o.trailingLrc) request.trailingLrc = true;
  return {
    action: 'send-reversal-advice',
    reason: `NetConnect Error-Code ${code} after transaction ${o.transactionCode}`,
    request,
  };
}
