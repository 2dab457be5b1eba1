/** Decoded UTF197 request messages, one shape per transaction code. */
import type { RequestToken } from '../tokens/request-tokens.js';
import type { IndustryData } from './industry-data.js';

/** `explicit`: `12.00` (seed, host error 211); `implied`: `1200` cents (ActiveMerchant). */
export type AmountFormat = 'explicit' | 'implied';

export interface RequestPreamble {
  systemIndicator: 'L.';
  routingIndicator: string;
  /** Up to 4 digits, zero-filled on the wire. */
  clientNumber: string;
  /** 12 digits. */
  merchantNumber: string;
  /** 3 digits. */
  terminalNumber: string;
  transactionMode: '1';
  /** 0-2400. */
  sequenceNumber: number;
  transactionClass: 'F';
  /** Framed with a trailing LRC byte after ETX (NetConnect message integrity check). */
  trailingLrc?: boolean;
}

export interface CardBlock {
  pinCapability: string;
  entryDataSource: string;
  accountNumber: string;
  /** MMYY. */
  expirationDate: string;
  /** Minor units (cents). */
  amount: number;
  /** How the amount is written; default `explicit`. */
  amountFormat?: AmountFormat;
  /** Set by the decoder when the wire text is not the canonical form (e.g. `0000100`); kept on re-encode. */
  amountText?: string;
}

interface UnknownFields {
  unknown3?: string;
  unknown4?: string;
  unknown5?: string;
  unknown6?: string;
  unknown7?: string;
  unknown8?: string;
  unknown9?: string;
  unknown10?: string;
  unknown11?: string;
}

/** Sale 01, authorization only 02, refund 06. */
export interface FinancialRequest extends RequestPreamble, CardBlock, UnknownFields {
  transactionCode: '01' | '02' | '06';
  filler: string;
  industryData: IndustryData;
  approvalCode?: string;
  streetAddress?: string;
  zipCode?: string;
  tokens: RequestToken[];
}

/** Capture / force 03. */
export interface CaptureRequest extends Omit<FinancialRequest, 'transactionCode' | 'approvalCode'> {
  transactionCode: '03';
  approvalCode: string;
}

/** Partial authorization reversal 09. */
export interface PartialReversalRequest extends RequestPreamble, CardBlock, UnknownFields {
  transactionCode: '09';
  filler: string;
  industryData: IndustryData;
  approvalCode: string;
}

/** Void 41. */
export interface VoidRequest extends RequestPreamble {
  transactionCode: '41';
  retrievalNumberToVoid: string;
  lastRetrievalNumber: string;
  accountNumber: string;
  tokens: RequestToken[];
}

/** Reversal advice 46. */
export interface ReversalAdviceRequest extends RequestPreamble, CardBlock, UnknownFields {
  transactionCode: '46';
  tokens: RequestToken[];
}

export type TampaRequest =
  | FinancialRequest
  | CaptureRequest
  | PartialReversalRequest
  | VoidRequest
  | ReversalAdviceRequest;
