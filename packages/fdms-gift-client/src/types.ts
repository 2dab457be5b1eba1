/** Public types of the client: options, hooks, results and the reversal report. */

import type {
  ActivateCardOptions,
  AssignWorkingKeyOptions,
  CloseAccountOptions,
  GiftMerchant,
  GiftResponse,
  GiftTransactionOptions,
  HistoryOptions,
  LoadCardOptions,
  LockCardOptions,
  RedeemCardOptions,
  SvdotRequest,
  VoidTransactionOptions,
} from '@paywire/fdms-gift';
import type { PemInput } from '@paywire/transport-https';

/** Timeouts in milliseconds. */
export interface GiftClientTimeouts {
  /** TCP connect and TLS handshake of one attempt (default 10 000). */
  connectMs?: number;
  /** A transaction, from sending to the whole answer (default 30 000: the seed's `timeout`). */
  transactionMs?: number;
  /** One timeout reversal attempt (default: `transactionMs`). */
  reversalMs?: number;
  /** Service discovery GET (default 10 000). */
  discoveryMs?: number;
  /** One Ping (default 5 000). */
  pingMs?: number;
  /** One Registration or Activation request (default 30 000). */
  registrationMs?: number;
}

/** One raw exchange packet given to the hooks. */
export interface GiftPacket {
  direction: 'out' | 'in';
  /** `ServiceDiscovery`, `Ping`, `Registration`, `Activation` or `Transaction`. */
  service: 'ServiceDiscovery' | 'Ping' | 'Registration' | 'Activation' | 'Transaction';
  url: string;
  /** SVdot request code of a transaction. */
  requestCode?: string;
  clientRef?: string;
  /** HTTP status of an incoming packet. */
  httpStatus?: number;
  /** The HTTP body as text: masked (Auth, card number, track, EAN, SCV) unless `unmasked` was asked for. */
  text: string;
  /** The same as bytes (UTF-8 of `text`, or the exact bytes on the wire when unmasked). */
  bytes: Uint8Array;
  masked: boolean;
}

/** Things worth logging that are not packets. */
export type GiftClientEvent =
  | { type: 'discovery'; urls: string[] }
  | { type: 'ping'; url: string; ok: boolean; roundTripMs: number; reportedMs?: number }
  | { type: 'provider-selected'; urls: string[]; reason: 'start' | 'reping' }
  | { type: 'registration-retry'; attempt: number }
  | { type: 'reversal'; requestCode: string; attempt: number; status: ReversalStatus | 'retrying' };

export interface GiftClientHooks {
  /** Before each HTTP request is sent (seed `on_data_packet_out`). */
  onPacketOut?: (packet: GiftPacket) => void;
  /** After each HTTP answer arrives, before it is decoded (seed `on_data_packet_in`). */
  onPacketIn?: (packet: GiftPacket) => void;
  onEvent?: (event: GiftClientEvent) => void;
  /**
   * Give the hooks the exact bytes, card data included. Off by default; set it in code only
   * where the output cannot reach a log (PCI DSS).
   */
  unmasked?: boolean;
}

export interface RegistrationOptions {
  /** Registration requests in all, the first included (default 10). */
  maxAttempts?: number;
  /** Wait between a `Retry` answer and the next attempt (default 1 000 ms). */
  retryDelayMs?: number;
  /** Time for the whole Retry loop (default 60 000 ms). */
  totalMs?: number;
}

export interface GiftClientOptions {
  /** Service discovery base URL (GET `<discoveryUrl>/<serviceId>`), e.g. `https://vxn.datawire.net/sd`. */
  discoveryUrl?: string;
  /** Transaction URLs to use instead of discovery. */
  serviceUrls?: readonly string[];
  /** Where Registration and Activation are POSTed (default `discoveryUrl`). */
  registrationUrl?: string;
  /** Datawire ServiceID of the gift service (default `104`). */
  serviceId?: string;
  /** Datawire App id (seed `application_id`). */
  app: string;
  /** Datawire ID from an earlier registration; without it call `register()` first. */
  did?: string;
  /** Merchant number, 11 digits: Datawire AuthKey1 and the SVdot merchant id (seed `merchant_number`). */
  merchantId: string;
  /** Datawire merchant terminal number: AuthKey2 (seed `merchant_terminal_number`). */
  terminalId: string;
  /**
   * Gift settings of every request besides the merchant number: the 4-digit POS `terminalId` of
   * field 42 (seed `terminal_id`, default `0000`), `alternateMerchantId`, `currencyCode`,
   * `sourceCode`, `merchantKeyId`.
   */
  merchant?: Omit<GiftMerchant, 'merchantNumber'>;
  /** Trusted CA certificates (PEM); replaces the system roots. */
  ca?: PemInput | readonly PemInput[];
  /** Client certificate and key (PEM) when the host wants mutual TLS. */
  cert?: PemInput | readonly PemInput[];
  key?: PemInput | readonly PemInput[];
  passphrase?: string;
  timeouts?: GiftClientTimeouts;
  /** `Request@ClientTimeout` in seconds (sent only when set). */
  clientTimeout?: number;
  hooks?: GiftClientHooks;
  /** Send the 0704 timeout reversal automatically when an outcome is unknown (default true). */
  autoReverse?: boolean;
  /** 0704 attempts in all when the reversal's own outcome is unknown (default 3). */
  reversalAttempts?: number;
  /** Wait between reversal attempts (default 200 ms). */
  reversalRetryDelayMs?: number;
  /** Ping the providers again after this many transactions (default 100, the seed's rule). */
  repingEvery?: number;
  registration?: RegistrationOptions;
  /** The 6-character version part of ClientRef (default `001000`: version 1.0). */
  clientRefVersion?: string | { major: number; revision: number };
  /**
   * The 7-digit transaction id of the first ClientRef (default: random). Ids count up and wrap;
   * they go into ClientRef and, unless a call gives its own, into field 15.
   */
  firstTransactionId?: number;
  /** Largest HTTP answer accepted (default 256 KiB). */
  maxResponseBytes?: number;
}

/** Options every call takes. */
export interface CallOptions {
  /** Response timeout of this call (ms), instead of `timeouts.transactionMs`. */
  timeoutMs?: number;
  /**
   * Abort this call. An abort after the request went out leaves the outcome unknown: the timeout
   * reversal is still sent (with its own timeout, not this signal).
   */
  signal?: AbortSignal;
}

/** How the timeout reversal ended. */
export type ReversalStatus =
  /** 00: the original was processed and is now undone. */
  | 'reversed'
  /** 33: the host never got the original; nothing to undo. */
  | 'not-found'
  /** 34: an earlier reversal already undid it. */
  | 'already-reversed'
  /** Another response code: the host refused the reversal (see `result`). */
  | 'declined'
  /** No usable answer to any attempt: call `reverse()` / `reverseLast()` again later. */
  | 'failed'
  /** The request code changes nothing (balance inquiry, history): no reversal needed. */
  | 'not-required'
  /** `autoReverse: false`: call `reverseLast()` yourself. */
  | 'disabled';

export interface ReversalReport {
  status: ReversalStatus;
  /** 0704 requests sent. */
  attempts: number;
  /** The host's answer to the last 0704 that was answered. */
  result?: GiftResult;
  /** Failures of the attempts that got no usable answer, oldest first. */
  errors: { code: number; name: string; outcome: string; message: string }[];
}

/** The typed answer of a transaction: the host's answer is data, approved or not. */
export interface GiftResult extends GiftResponse {
  /** SVdot request code sent (`2202`, `0704`, ...). */
  requestCode: string;
  /** Its name from the codec table. */
  requestName: string;
  /** ClientRef of the exchange. */
  clientRef: string;
  /** Terminal transaction number (field 15) sent, to repeat in a void. */
  transactionNumber?: string;
  /** Service provider URL that answered. */
  url: string;
  /** Datawire status and return code (always `OK` / `000` here). */
  datawire: { status: string; returnCode: string };
  elapsedMs: number;
  /** The request sent (card data inside; `toJSON` masks it). Pass it to `reverse()` if needed. */
  request: SvdotRequest;
  /** A copy with card data masked (also what JSON.stringify and util.inspect show). */
  toJSON(): Record<string, unknown>;
}

export interface ServiceProviderRank {
  url: string;
  /** Measured round trip of the Ping (ms). */
  roundTripMs: number;
  /** `TransactionTimeMs` the provider reported, when it did. */
  reportedMs?: number;
  /** Ranking score: round trip plus the reported time. */
  score: number;
}

export interface RegistrationResult {
  /** The new DID: persist it and pass it as `did` next time. */
  did: string;
  /** Transaction URLs the registration answer listed. */
  urls: string[];
  /** Registration requests sent (Retry answers included). */
  attempts: number;
}

type Merchantless<T> = Omit<T, 'merchant'>;

export type ActivateInput = Merchantless<ActivateCardOptions>;
export type CardInput = Merchantless<GiftTransactionOptions>;
export type LoadInput = Merchantless<LoadCardOptions>;
export type RefundInput = Merchantless<
  Omit<LoadCardOptions, 'refund' | 'onlineRefund' | 'merchantSpecific'>
> & {
  online?: boolean;
};
export type LockInput = Merchantless<LockCardOptions>;
export type RedeemInput = Merchantless<RedeemCardOptions>;
export type VoidInput = Merchantless<VoidTransactionOptions>;
export type HistoryInput = Merchantless<HistoryOptions>;
export type CloseInput = Merchantless<CloseAccountOptions>;
export type WorkingKeyInput = Merchantless<AssignWorkingKeyOptions>;
