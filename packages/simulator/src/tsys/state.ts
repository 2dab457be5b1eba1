/** What the simulated TSYS host remembers: authorizations (for reversals and incrementals) and accepted batches. */

import type { AuthorizationResponse, SettlementBatch } from '@paywire/tsys';

/** One authorization the host answered (card data masked). */
export interface TsysAuthorization {
  /** The transaction identifier the host returned (reversals and incrementals point at it). */
  transactionIdentifier: string;
  transactionSequenceNumber: string;
  transactionCode: string;
  /** Card number masked (first 6 / last 4), or '' for encrypted and token requests. */
  maskedPan: string;
  /** Minor units as requested. */
  requestedAmount: number;
  /** Minor units approved (0 for declines; the partial amount for response code 10). */
  approvedAmount: number;
  /** Original plus every accepted incremental, minus partial reversals. */
  totalAuthorizedAmount: number;
  responseCode: string;
  approvalCode: string;
  retrievalReferenceNumber: string;
  localTransactionDate: string;
  localTransactionTime: string;
  returnedAci: string;
  incrementals: number;
  reversed: boolean;
}

/** A batch the host accepted (GB); card numbers masked in `batch`. */
export interface TsysAcceptedBatch {
  acquirerBin: string;
  merchantNumber: string;
  storeNumber: string;
  terminalNumber: string;
  batchNumber: string;
  batchTransmissionDate: string;
  batchRecordCount: number;
  batchNetDeposit: number;
  batchHashingTotal: number;
  batch: SettlementBatch;
}

export class TsysState {
  readonly authorizations = new Map<string, TsysAuthorization>();
  /**
   * Answers by what identifies a transaction to the host (terminal, card, amount, code), so a
   * "repeat" request (EIS 1080 §6.201: resent after a lost response) gets the original's answer.
   */
  readonly answered = new Map<string, AuthorizationResponse>();
  readonly batches: TsysAcceptedBatch[] = [];
  #counter = 0;

  /** A fresh number for approval codes, transaction identifiers and RRNs (1, 2, ...). */
  next(): number {
    this.#counter = (this.#counter % 999_999) + 1;
    return this.#counter;
  }

  findBatch(key: {
    acquirerBin: string;
    merchantNumber: string;
    storeNumber: string;
    terminalNumber: string;
    batchNumber: string;
  }): TsysAcceptedBatch | undefined {
    return this.batches.find(
      (b) =>
        b.acquirerBin === key.acquirerBin &&
        b.merchantNumber === key.merchantNumber &&
        b.storeNumber === key.storeNumber &&
        b.terminalNumber === key.terminalNumber &&
        b.batchNumber === key.batchNumber,
    );
  }
}
