/**
 * What a client should do with a response: delivered or not, retry, fail over, or reverse. The
 * Datawire status and return code say only whether the message travelled; the business answer
 * (approval, decline) is inside the payload.
 */

import { type ReturnCodeInfo, returnCodeInfo } from '../codes/return-codes.js';
import { type StatusCodeInfo, statusCodeInfo } from '../codes/status-codes.js';
import { DatawireErrorCode, datawireError } from '../errors.js';
import type { DatawireResponse } from './types.js';

export interface DeliveryOutcome {
  /** Status OK and (for a transaction) return code 000: the payload holds the host's answer. */
  delivered: boolean;
  status: StatusCodeInfo;
  /** Present for transaction responses with a ReturnCode. */
  returnCode?: ReturnCodeInfo;
  retryable: boolean;
  /** Try the next service provider URL. */
  failover: boolean;
  /** The host may have processed a financial request: send the timeout reversal first. */
  reversalRequired: boolean;
}

/** Classifies a response (see the status and return code tables). */
export function deliveryOutcome(res: DatawireResponse): DeliveryOutcome {
  const status = statusCodeInfo(res.status);
  const out: DeliveryOutcome = {
    delivered: status.delivered,
    status,
    retryable: status.retryable,
    failover: status.failover,
    reversalRequired: status.reversalRequired,
  };
  if (res.body?.type === 'transaction' && status.delivered) {
    if (res.body.returnCode === undefined) {
      // Status OK without a return code: the host's answer is missing, so the outcome is unknown.
      out.delivered = false;
      out.reversalRequired = true;
      return out;
    }
    const rc = returnCodeInfo(res.body.returnCode);
    out.returnCode = rc;
    out.delivered = rc.delivered;
    out.retryable = rc.retryable;
    out.reversalRequired = rc.reversalRequired;
  }
  return out;
}

/**
 * Throws 530 STATUS_CODE_ERROR when the status is not OK, or 531 RETURN_CODE_ERROR when a
 * transaction's return code is not 000 (the FDMSGiftCard SDK's behaviour). Otherwise returns the outcome.
 */
export function assertDelivered(res: DatawireResponse): DeliveryOutcome {
  const o = deliveryOutcome(res);
  if (o.delivered) return o;
  if (!o.status.delivered) {
    throw datawireError(DatawireErrorCode.STATUS_CODE_ERROR, `status ${res.status}: ${o.status.meaning}`, {
      field: 'Response.Status@StatusCode',
      expected: 'OK',
      actual: res.status,
    });
  }
  const rc = res.body?.type === 'transaction' ? res.body.returnCode : undefined;
  throw datawireError(
    DatawireErrorCode.RETURN_CODE_ERROR,
    `return code ${rc ?? '(missing)'}: ${o.returnCode?.meaning ?? 'no return code in the response'}${o.reversalRequired ? '; outcome unknown, a reversal is required' : ''}`,
    { field: 'Response.TransactionResponse.ReturnCode', expected: '000', actual: rc },
  );
}
