// Typed results: the host's answer as data (approved, partially approved, declined) with the
// request kept out of sight (it holds card data) but available for reversals and settlement.

import {
  type AuthorizationRequest,
  type AuthorizationResponse,
  approvedAmount,
  eligibilityResult,
  isAuthApproval,
  redactAuthRequest,
  rejectedField,
  responseAmounts,
  type SettlementResponse,
} from '@paywire/tsys';
import type { AuthorizationResult, EligibilityResult, SettlementResult } from './types.js';

function amountOf(text: string | undefined): number {
  return text === undefined || text === '' ? 0 : Number(text);
}

export function authorizationResult(
  request: AuthorizationRequest,
  response: AuthorizationResponse,
): AuthorizationResult {
  const requested = amountOf(request.transactionAmount);
  const code = response.responseCode;
  const partial = code === '10';
  const approved = isAuthApproval(code);
  let approvedAmt = 0;
  try {
    approvedAmt = approvedAmount(response, requested);
  } catch {
    approvedAmt = 0;
  }
  if (code === '85') approvedAmt = 0;
  const cvv = response.groupIII.find((g) => g.version === '007')?.fields?.verificationCodeResultCode;
  const result = {
    status: partial ? 'partially-approved' : approved ? 'approved' : 'declined',
    approved,
    responseCode: code,
    responseText: response.responseText.trim(),
    approvalCode: response.approvalCode.trim(),
    requestedAmount: requested,
    approvedAmount: approvedAmt,
    sequenceNumber: Number(response.transactionSequenceNumber),
    transactionIdentifier: response.transactionIdentifier,
    validationCode: response.validationCode,
    retrievalReferenceNumber: response.retrievalReferenceNumber,
    avsResult: response.avsResultCode,
    cvvResult: typeof cvv === 'string' && cvv.trim() !== '' ? cvv : undefined,
    amounts: responseAmounts(response),
    response,
  } as Omit<AuthorizationResult, 'request'>;
  Object.defineProperty(result, 'request', { value: request, enumerable: false });
  Object.defineProperty(result, 'toJSON', {
    value(this: AuthorizationResult) {
      return { ...this, request: redactAuthRequest(this.request) };
    },
    enumerable: false,
  });
  return result as AuthorizationResult;
}

export function eligibility(
  request: AuthorizationRequest,
  response: AuthorizationResponse,
): EligibilityResult {
  const base = authorizationResult(request, response) as EligibilityResult;
  base.services = eligibilityResult(response).services;
  return base;
}

export function settlementResult(r: SettlementResponse): SettlementResult {
  if (r.batchResponseCode === 'GB') {
    return {
      status: 'accepted',
      batchNumber: r.batchNumber,
      recordCount: r.batchRecordCount,
      netDeposit: r.batchNetDeposit,
      response: r,
    };
  }
  if (r.batchResponseCode === 'QD') {
    return {
      status: 'duplicate',
      batchNumber: r.batchNumber,
      batchTransmissionDate: r.batchTransmissionDate,
      recordCount: r.batchRecordCount,
      netDeposit: r.batchNetDeposit,
      response: r,
    };
  }
  const where = rejectedField(r);
  return {
    status: 'rejected',
    batchNumber: r.batchNumber,
    recordIndex: where.recordIndex,
    recordType: r.errorRecordType,
    field: where.field,
    fieldNumber: r.errorDataFieldNumber,
    description: where.description,
    errorType: r.errorType,
    errorData: r.errorData?.trim(),
    response: r,
  };
}
