/** Options, call options, hooks and results of the Paymentech client. */

import type { PaywireError } from '@paywire/core';
import type {
  HostErrorEntry,
  MerchantSetup,
  ResponseSummary,
  TampaResponse,
  TransactionInput,
  VoidInput,
} from '@paywire/paymentech';

export interface PaymentechCredentials {
  /** Seed `merchant_number`: 12 digits (preamble and `Auth-MID`). */
  merchant: string;
  /** Seed `terminal_number`: 3 digits (preamble and `Auth-TID`). */
  terminal: string;
  /** NetConnect `Auth-User` (seed `user_id`). */
  user: string;
  /** NetConnect `Auth-Password`. Sent in a header only; never logged, never in errors or hooks. */
  password: string;
  /** Seed `client_number`, 1-4 digits, zero-filled on the wire. Default `0000`. */
  clientNumber?: string;
}

export interface PaymentechTimeouts {
  /** TCP connect + TLS handshake of one URL. Default 10 000 ms. */
  connectMs?: number;
  /** From sending to the whole answer. Default 60 000 ms (the seed's `timeout`). */
  responseMs?: number;
}

/** One raw packet seen by the `onPacket` hook. */
export interface PacketEvent {
  direction: 'out' | 'in';
  /** `sale`, `authOnly`, `capture`, `force`, `refund`, `void`, `reversalAdvice`. */
  operation: string;
  sequenceNumber: number;
  /** The URL the packet went to or came from (no query string). */
  url: string | undefined;
  /** The bytes: card data masked unless `unmaskedPackets` is set. */
  bytes: Uint8Array;
  /** The same bytes as `<STX>`-escaped text. */
  text: string;
  /** Request headers (password masked) or response status; `out` only / `in` only. */
  headers?: Readonly<Record<string, string>>;
  status?: number;
  masked: boolean;
}

export interface PaymentechHooks {
  /** Every request before it is written and every answer as it arrives. Errors thrown here are ignored. */
  onPacket?: (event: PacketEvent) => void;
  /** Called when the client sends a reversal advice on its own. */
  onReversal?: (report: ReversalReport) => void;
}

export interface PaymentechClientOptions {
  /** Primary URL first, then the secondary: the secondary is tried only when nothing was sent. */
  urls: readonly string[];
  credentials: PaymentechCredentials;
  /** Trusted CA (PEM); replaces the system roots. */
  ca?: string | Uint8Array | readonly (string | Uint8Array)[];
  /** Client certificate and key for mutual TLS (PEM). */
  cert?: string | Uint8Array;
  key?: string | Uint8Array;
  /** SNI / certificate name override. */
  servername?: string;
  timeouts?: PaymentechTimeouts;
  hooks?: PaymentechHooks;
  /** Give the hooks the real bytes (PAN and CVV unmasked). Off unless set here, in code. */
  unmaskedPackets?: boolean;
  /** Merchant setup beyond the credentials: certification tokens, amount format, LRC, routing indicator. */
  merchant?: Pick<MerchantSetup, 'routingIndicator' | 'amountFormat' | 'trailingLrc' | 'software' | 'p2Data'>;
  /** First sequence number used (0-2400). Default 1. */
  firstSequenceNumber?: number;
  /**
   * Send the reversal advice (46) on their own after a sale or an auth only whose outcome is unknown:
   * NetConnect `Error-Code` 506/509/515/516/517 (always, as the codec's rule says) and, when this is
   * true (the default), a transport failure after sending, an HTTP 5xx, or an unreadable answer.
   */
  reverseOnUnknownOutcome?: boolean;
  /** Largest answer accepted, in bytes. Default 64 KiB. */
  maxResponseBytes?: number;
}

export interface CallOptions {
  /** Response timeout for this call (ms), instead of `timeouts.responseMs`. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Absolute deadline (epoch ms or Date) for the whole call, reversal advice excluded. */
  deadline?: number | Date;
}

/** A transaction as the client takes it: the builder's input without the sequence number. */
export type PaymentechTransaction = Omit<TransactionInput, 'sequenceNumber'>;
export type PaymentechVoid = Omit<VoidInput, 'sequenceNumber'>;

export type PaymentechStatus = 'approved' | 'declined' | 'error';

/** The host's answer as data: approvals, declines and host errors never throw. */
export interface PaymentechResult {
  /** `approved` (action A), `declined` (issuer errors 200-299 or action D), `error` (other host errors). */
  status: PaymentechStatus;
  approved: boolean;
  operation: string;
  transactionCode: string;
  sequenceNumber: number;
  actionCode: string;
  approvalCode?: string;
  retrievalNumber?: string;
  batchNumber?: string;
  responseText?: string;
  avsResult?: string;
  avsMeaning?: string;
  cvvResult?: string;
  cvvMeaning?: string;
  cardType?: string;
  /** Host error number (3 digits) when not approved. */
  hostErrorCode?: string;
  hostError?: HostErrorEntry;
  /** The decoded answer and its interpretation by the codec. */
  response: TampaResponse;
  summary: ResponseSummary;
  /** The URL that answered. */
  url: string;
  /** True when the primary URL could not be reached and the secondary answered. */
  failover: boolean;
}

/** What the client did with a reversal advice it sent on its own. */
export interface ReversalReport {
  /** Why: `NetConnect Error-Code 509 after transaction 01`, `no answer (523 NO_RESPONSE)`, ... */
  reason: string;
  /** True when the advice reached the host and was answered. */
  sent: boolean;
  sequenceNumber: number;
  /** The host's answer to the advice. */
  result?: PaymentechResult;
  /** Why the advice itself failed. */
  error?: PaywireError;
}
