/** Options, call options, hooks and results of the TCLink client. */

import type { ConnectAttempt } from '@paywire/transport-common';
import type { HostAddress } from '@paywire/transport-tls';
import type { TcRequest, TcResponse, ValidateOptions, ValidationProblem } from '@paywire/trustcommerce';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Any request of the codec (every action) without the login, which the client adds. */
export type TcLinkRequest = DistributiveOmit<TcRequest, 'custId' | 'password'>;

/** The default gateway host of TCLink 4.2.0. */
export const DEFAULT_TCLINK_HOST = 'pgw1.trustcommerce.com';
/** The HTTPS POST endpoint the guide names. */
export const DEFAULT_TCLINK_URL = 'https://vault.trustcommerce.com/trans/';

export interface TcLinkTimeouts {
  /** One connection attempt: TCP connect plus TLS handshake. Default 8 000 ms (4.2.0: 3 s poll + 5 s handshake). */
  connectMs?: number;
  /** All connection attempts together (socket). Default 100 000 ms (4.2.0's TIMEOUT). */
  totalConnectMs?: number;
  /** From writing the request to the whole answer. Default 100 000 ms. */
  responseMs?: number;
}

export interface TcLinkPacketEvent {
  direction: 'out' | 'in';
  transport: 'socket' | 'https';
  action: string;
  /** Socket: `host:port`; HTTPS: the URL. */
  peer: string | undefined;
  /** Masked unless `unmaskedPackets` is set (card, CVV, track, account, password). */
  bytes: Uint8Array;
  text: string;
  masked: boolean;
}

export interface TcLinkHooks {
  /** Every request before it is written and every answer as it arrives. Errors thrown here are ignored. */
  onPacket?: (event: TcLinkPacketEvent) => void;
}

interface CommonOptions {
  /** `custid`: also picks the first host of the socket failover order. */
  custid: string;
  /** `password` (masked in hooks, never in errors). */
  password: string;
  /** Trusted CA (PEM); replaces the system roots. */
  ca?: string | Uint8Array | readonly (string | Uint8Array)[];
  /** Name checked against the gateway's certificate (and sent as SNI). */
  servername?: string;
  timeouts?: TcLinkTimeouts;
  hooks?: TcLinkHooks;
  /** Give the hooks the real bytes. Off unless set here, in code. */
  unmaskedPackets?: boolean;
  /** Check requests like the gateway before sending (default true): `baddata` comes back without a connection. */
  validate?: boolean;
  validateOptions?: ValidateOptions;
  /** Largest answer accepted. Default 16 000 bytes (4.2.0's buffer). */
  maxResponseBytes?: number;
}

export interface TcLinkSocketOptions extends CommonOptions {
  transport: 'socket';
  /**
   * The gateway's addresses (4.2.0 resolves one name into several). The first host tried comes
   * from the customer id. Default `pgw1.trustcommerce.com:443`.
   */
  hosts?: readonly HostAddress[];
  /** Connection attempts in all. Default: every host once plus the first host again. */
  maxAttempts?: number;
  /** `version=` sent after `BEGIN`. Default the codec's `4.2.0-TypeScript-paywire`. */
  version?: string;
}

export interface TcLinkHttpsOptions extends CommonOptions {
  transport: 'https';
  /** Default `https://vault.trustcommerce.com/trans/`. HTTPS POST has no failover. */
  url?: string;
}

export type TcLinkClientOptions = TcLinkSocketOptions | TcLinkHttpsOptions;

export interface TcLinkCallOptions {
  /** Response timeout for this call (ms). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Absolute deadline (epoch ms or Date) for connecting and answering. */
  deadline?: number | Date;
}

/** The gateway's answer (or the client's own `baddata`), typed by the codec. */
export type TcLinkResult = TcResponse & {
  /** `approved` or `accepted`. */
  ok: boolean;
  /** `client`: refused by validation before any connection (only `baddata`). */
  origin: 'gateway' | 'client';
  /** Every problem validation found (origin `client`). */
  problems?: ValidationProblem[];
  /** Socket: the host that answered and every attempt made. */
  host?: string;
  port?: number;
  attempts?: readonly ConnectAttempt[];
  /** HTTPS: the URL that answered. */
  url?: string;
};
