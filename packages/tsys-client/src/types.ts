// Public option and result types of the TSYS client.

import type { SecurityOptions, PemInput as SharedPemInput } from '@paywire/transport-common';
import type {
  AuthorizationOptions,
  AuthorizationRequest,
  AuthorizationResponse,
  AvsData,
  CardInput,
  DuplicateBatchResponse,
  GoodBatchResponse,
  HealthcareAmounts,
  HealthcareService,
  KeyedCard,
  MerchantProfile,
  PosDataCodeSettings,
  RejectedBatchResponse,
  ResponseAmounts,
  SwipedCard,
} from '@paywire/tsys';

/** PEM text or PEM bytes. */
export type PemInput = SharedPemInput;

/** Certificates and TLS versions (verification is always on), and the connect timeout. */
interface TlsOptions extends SecurityOptions {
  /** Milliseconds for TCP connect and TLS handshake (default 10 000). */
  connectTimeoutMs?: number;
}

/** The TSYS TLS socket host ("SSL 2 enhanced", port 5003 live / 5004 test). */
export interface SocketTransportOptions extends TlsOptions {
  kind: 'socket';
  host: string;
  port: number;
  /** Even parity on every byte in both directions (default true, as TSYS sends). */
  parity?: boolean;
  /** Milliseconds to wait for the host's ENQ after the handshake (default: `connectTimeoutMs`). */
  greetingTimeoutMs?: number;
}

/** The TSYS HTTPS gateway (`…/scripts/gateway.dll?transact`). */
export interface HttpsTransportOptions extends TlsOptions {
  kind: 'https';
  url: string;
  /** Even parity on every byte of the body (default true). */
  parity?: boolean;
  /** Largest answer accepted (default 64 KiB). */
  maxResponseBytes?: number;
}

export type TransportOptions = SocketTransportOptions | HttpsTransportOptions;

/** Application type (EIS 1080 §6.23): 0 one request per connection, 2 sequential, 4 interleaved. */
export type ApplicationTypeOption = 0 | 2 | 4;

export interface Timeouts {
  /** Milliseconds from sending a request to its complete answer (default 30 000, the seed's `timeout`). */
  responseMs?: number;
  /** Interleaved: milliseconds a request may stay unanswered before it fails with 597 (default `responseMs`). */
  pendingResponseMs?: number;
  /** Settlement: milliseconds for each record's ACK and for the batch answer (default 60 000). */
  settlementMs?: number;
}

/** One packet as it went out or came in (7-bit: parity removed), for logs and audits. */
export interface PacketEvent {
  direction: 'out' | 'in';
  transport: 'socket' | 'https';
  /** What the bytes are. */
  kind:
    | 'greeting'
    | 'auth-request'
    | 'auth-response'
    | 'settlement-record'
    | 'batch-response'
    | 'control'
    | 'gateway-error'
    | 'unreadable';
  /** The packet including STX, ETX/ETB and LRC; card data masked unless `unmaskedPackets` is set. */
  bytes: Uint8Array;
  /** The same, with control characters written as `<STX>`, `<FS>`, ... */
  text: string;
  /** False only when the caller asked for unmasked packets. */
  masked: boolean;
  /** Transaction sequence number (authorizations). */
  sequenceNumber?: number;
}

export interface Hooks {
  /** Called for every packet written (after masking). Errors thrown by the hook are ignored. */
  onPacketOut?(event: PacketEvent): void;
  /** Called for every packet read, including answers nobody waits for any more. */
  onPacketIn?(event: PacketEvent): void;
  /**
   * Hand the packets over with card data in clear. Only this exact string turns masking off, so a
   * configuration value cannot do it by accident; the caller has to write it in code.
   */
  unmaskedPackets?: 'include-card-data';
}

/** Where transaction sequence numbers come from (per terminal, 1-9999, wrapping to 1). */
export interface SequenceStore {
  /** The next number for a terminal key (`BIN/merchant/store/terminal`). */
  next(terminal: string): number;
}

export interface TsysClientOptions {
  transport: TransportOptions;
  /** Group I merchant and terminal set-up (the SDK's merchant_* properties). */
  merchant: Omit<MerchantProfile, 'applicationType'>;
  /** 0, 2 or 4 (default 4; the HTTPS gateway only takes 4). */
  applicationType?: ApplicationTypeOption;
  timeouts?: Timeouts;
  /** Interleaved: most requests outstanding on the connection at once (default 100); one more fails with 596. */
  maxPending?: number;
  hooks?: Hooks;
  /**
   * What to do when an authorization's outcome is unknown: `throw` (default) throws with
   * `error.recovery`; `reverse` repeats and reverses at once (once, never more), then throws with
   * `error.recoveryResult`.
   */
  onUnknownOutcome?: 'throw' | 'reverse';
  /** Sequence numbers (default: in memory, per terminal, starting at 1). */
  sequence?: SequenceStore | { start?: number };
  /** Clock for keyed-card expiry checks (default now). */
  now?: () => Date;
}

export interface CallOptions {
  /** Overrides the response timeout for this call (milliseconds). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** A fixed sequence number for this request (1-9999) instead of the next one. */
  sequenceNumber?: number;
}

interface CommonInput {
  options?: AuthorizationOptions;
  posDataCode?: PosDataCodeSettings;
}

/** What to authorize. */
export type AuthorizationInput =
  | (CommonInput & { kind: 'swipe'; card: SwipedCard; amount: number })
  | (CommonInput & {
      kind: 'keyed';
      card: KeyedCard;
      amount: number;
      cvv?: string;
      avs?: AvsData;
      eci?: string;
    })
  | (CommonInput & {
      kind: 'healthcare';
      card: CardInput;
      amount: number;
      healthcare?: HealthcareAmounts;
      partialAuthorization?: boolean;
      substantiated?: '0' | '1' | '2';
      visaMvv?: string;
      cvv?: string;
      avs?: AvsData;
    })
  /** Any EIS 1080 request the codec encodes (debit / EBT `T`, encrypted, token, ...). The client sets the application type and sequence number. */
  | { kind: 'raw'; request: AuthorizationRequest };

export type AuthorizationStatus = 'approved' | 'partially-approved' | 'declined';

export interface AuthorizationResult {
  status: AuthorizationStatus;
  approved: boolean;
  responseCode: string;
  responseText: string;
  approvalCode: string;
  /** Minor units requested. */
  requestedAmount: number;
  /** Minor units approved (the G3v022 amount for a partial approval, 0 when declined). */
  approvedAmount: number;
  sequenceNumber: number;
  transactionIdentifier: string | undefined;
  validationCode: string | undefined;
  retrievalReferenceNumber: string;
  avsResult: string;
  /** G3v007 result code, when the host returned one. */
  cvvResult: string | undefined;
  /** Balances and amounts the host returned in G3v022. */
  amounts: ResponseAmounts;
  /** The decoded host answer. */
  response: AuthorizationResponse;
  /**
   * The request as sent (not enumerable: it holds card data, so it stays out of `JSON.stringify`
   * and `console.log`; `toJSON` shows it masked). Needed for reversals, incrementals, settlement.
   */
  readonly request: AuthorizationRequest;
}

export interface EligibilityResult extends AuthorizationResult {
  /** Services the issuer answered for (payer id, reason code per service). */
  services: HealthcareService[];
}

export interface RecoveryResult {
  /** The answer to the repeat request. */
  repeat: AuthorizationResult;
  /** The answer to the reversal, when the repeat was approved. */
  reversal?: AuthorizationResult;
}

export type SettlementResult =
  | {
      status: 'accepted';
      batchNumber: string;
      recordCount: number;
      netDeposit: number;
      response: GoodBatchResponse;
    }
  | {
      status: 'rejected';
      batchNumber: string;
      /** 0-based index of the failing record in the batch (header = 0). */
      recordIndex: number;
      /** Error record type letter (D detail, P parameter, K header, T trailer, ...). */
      recordType: string;
      /** Field name in the codec's records, when the error table names one. */
      field: string;
      /** The host's field number. */
      fieldNumber: string;
      description: string;
      errorType: string;
      errorData: string | undefined;
      response: RejectedBatchResponse;
    }
  | {
      status: 'duplicate';
      batchNumber: string;
      /** MMDD of the batch the host already has. */
      batchTransmissionDate: string;
      recordCount: number;
      netDeposit: number;
      response: DuplicateBatchResponse;
    };
