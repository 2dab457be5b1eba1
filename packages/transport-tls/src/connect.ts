/** Opening a verified TLS connection, failing over across a caller-ordered list of hosts. */

import { isIP } from 'node:net';
import { type TLSSocket, connect as tlsConnect } from 'node:tls';
import {
  abortError,
  allAttemptsFailed,
  type ConnectAttempt,
  checkTimeout,
  checkTlsVersions,
  classifySocketError,
  deadlineError,
  deadlineMs,
  earliest,
  endsFailover,
  failedAttempt,
  Guard,
  invalidArgument,
  refuseUnverified,
  type SecurityOptions,
  type PemInput as SharedPemInput,
  stopBeforeAttempt,
  TransportError,
  TransportErrorCode,
  tlsOptions,
} from '@paywire/transport-common';
import { DEFAULT_RESPONSE_TIMEOUT_MS, TlsConnection } from './connection.js';
import type { MessageReader } from './readers.js';

/** PEM text or DER/PEM bytes. */
export type PemInput = SharedPemInput;

/** Certificate verification and client authentication. Verification cannot be turned off. */
export type TlsSecurityOptions = SecurityOptions;

export interface HostAddress {
  host: string;
  port: number;
  /** Overrides `servername` for this host. */
  servername?: string;
}

export interface TlsConnectOptions extends TlsSecurityOptions {
  /** Hosts in the order to try them. Failover only happens while connecting. */
  hosts: readonly HostAddress[];
  /**
   * Connection attempts in all, cycling through `hosts` in order. Default: one per host.
   * Attempts stop early at the deadline, `totalConnectTimeoutMs` or an abort.
   */
  maxAttempts?: number;
  /** Milliseconds for one attempt: TCP connect and TLS handshake. Default 10 000. */
  connectTimeoutMs?: number;
  /** Milliseconds for all attempts together. Default: no limit beyond the attempts. */
  totalConnectTimeoutMs?: number;
  /** Default response timeout for reads on this connection. Default 60 000. */
  responseTimeoutMs?: number;
  /**
   * Absolute deadline (epoch ms or Date) for connecting and, by default, for every later read on
   * the connection.
   */
  deadline?: number | Date;
  /** Aborts connecting (later reads take their own signal). */
  signal?: AbortSignal;
  /**
   * A message the host sends first (e.g. `enqReader()` for the TSYS ENQ). It is read as part of
   * connecting, so a host that does not greet is failed over like one that does not answer.
   */
  greeting?: MessageReader;
  /** Milliseconds to wait for the greeting after the handshake. Default: `connectTimeoutMs`. */
  greetingTimeoutMs?: number;
  /** Disable Nagle's algorithm (send small records at once). Default true. */
  noDelay?: boolean;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

function validate(options: TlsConnectOptions): void {
  if (options === null || typeof options !== 'object') throw invalidArgument('options are required');
  if (!Array.isArray(options.hosts) || options.hosts.length === 0) {
    throw invalidArgument('hosts must list at least one { host, port }', 'hosts');
  }
  for (const [i, h] of options.hosts.entries()) {
    if (h === null || typeof h !== 'object' || typeof h.host !== 'string' || h.host === '') {
      throw invalidArgument(`hosts[${i}].host must be a non-empty string`, `hosts[${i}].host`);
    }
    if (!Number.isInteger(h.port) || h.port < 1 || h.port > 65535) {
      throw invalidArgument(`hosts[${i}].port must be an integer 1..65535`, `hosts[${i}].port`);
    }
  }
  if (
    options.maxAttempts !== undefined &&
    (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1)
  ) {
    throw invalidArgument('maxAttempts must be a positive integer', 'maxAttempts');
  }
  checkTlsVersions(options);
  if (options.minVersion === 'TLSv1.3' && options.maxVersion === 'TLSv1.2') {
    throw invalidArgument('minVersion is above maxVersion', 'minVersion');
  }
  refuseUnverified(options);
  checkTimeout('connectTimeoutMs', options.connectTimeoutMs);
  checkTimeout('totalConnectTimeoutMs', options.totalConnectTimeoutMs);
  checkTimeout('responseTimeoutMs', options.responseTimeoutMs);
  checkTimeout('greetingTimeoutMs', options.greetingTimeoutMs);
}

/**
 * Opens a TLS connection to the first host that accepts, trying `hosts` in order. Every failure
 * here is `outcome: 'not-sent'`: nothing has been written yet.
 */
export async function connectTls(options: TlsConnectOptions): Promise<TlsConnection> {
  validate(options);
  const started = Date.now();
  const deadline = deadlineMs(options.deadline);
  const budgetEnd = earliest(
    deadline,
    options.totalConnectTimeoutMs === undefined ? undefined : started + options.totalConnectTimeoutMs,
  );
  const maxAttempts = options.maxAttempts ?? options.hosts.length;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const attempts: ConnectAttempt[] = [];
  let last: TransportError | undefined;

  for (let i = 0; i < maxAttempts; i++) {
    const address = options.hosts[i % options.hosts.length]!;
    const now = Date.now();
    const stop = stopBeforeAttempt(options.signal, budgetEnd, deadline, 'while connecting', now);
    if (stop !== undefined) {
      last = stop;
      break;
    }
    const attemptStart = now;
    try {
      const connection = await connectOne(
        address,
        options,
        connectTimeoutMs,
        budgetEnd,
        deadline,
        (socket) => {
          return new TlsConnection(socket, {
            host: address.host,
            port: address.port,
            attempts,
            connectionDefaults: {
              responseTimeoutMs: options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS,
              deadline,
            },
          });
        },
      );
      if (options.greeting !== undefined) {
        try {
          const greetingReadOptions: { timeoutMs: number; signal?: AbortSignal } = {
            timeoutMs: options.greetingTimeoutMs ?? connectTimeoutMs,
          };
          if (options.signal !== undefined) greetingReadOptions.signal = options.signal;
          const budgetLeft = budgetEnd === undefined ? undefined : budgetEnd - Date.now();
          if (budgetLeft !== undefined) {
            greetingReadOptions.timeoutMs = Math.max(1, Math.min(greetingReadOptions.timeoutMs, budgetLeft));
          }
          connection.greeting = await connection.read(options.greeting, greetingReadOptions);
        } catch (err) {
          connection.destroy();
          throw err;
        }
      }
      attempts.push({ host: address.host, port: address.port, elapsedMs: Date.now() - attemptStart });
      return connection;
    } catch (err) {
      const e =
        err instanceof TransportError
          ? err
          : new TransportError(TransportErrorCode.CONNECT_FAILED, 'connection failed', {
              outcome: 'not-sent',
              cause: err,
            });
      attempts.push(failedAttempt(address.host, address.port, e, attemptStart));
      last = e;
      if (endsFailover(e)) break;
    }
  }
  const final = last!;
  throw allAttemptsFailed(final, attempts, 'could not connect', final);
}

function connectOne(
  address: HostAddress,
  options: TlsConnectOptions,
  connectTimeoutMs: number,
  budgetEnd: number | undefined,
  deadline: number | undefined,
  wrap: (socket: TLSSocket) => TlsConnection,
): Promise<TlsConnection> {
  const servername =
    address.servername ?? options.servername ?? (isIP(address.host) === 0 ? address.host : undefined);
  return new Promise<TlsConnection>((resolve, reject) => {
    const where = { host: address.host, port: address.port };
    let socket: TLSSocket;
    let settled = false;
    const fail = (err: TransportError) => {
      if (settled) return;
      settled = true;
      guard.clear();
      socket.destroy();
      reject(err);
    };
    const timeoutAt = Date.now() + connectTimeoutMs;
    const guard = new Guard(
      {
        timeoutMs: connectTimeoutMs,
        // The total budget ends like a connect timeout, the deadline as a deadline.
        deadline: budgetEnd !== undefined && budgetEnd < timeoutAt ? budgetEnd : undefined,
        signal: options.signal,
      },
      (why, reason) => {
        if (why === 'abort') fail(abortError('not-sent', 'while connecting', reason));
        else if (why === 'deadline' && budgetEnd === deadline)
          fail(deadlineError('not-sent', 'while connecting'));
        else {
          fail(
            new TransportError(
              TransportErrorCode.CONNECT_TIMEOUT,
              `no TLS connection to ${address.host}:${address.port} within the connect timeout`,
              { outcome: 'not-sent', ...where },
            ),
          );
        }
      },
    );
    socket = tlsConnect({ ...tlsOptions(options, servername), host: address.host, port: address.port });
    socket.once('secureConnect', () => {
      if (settled) return;
      settled = true;
      guard.clear();
      socket.removeListener('error', onError);
      if (!socket.authorized) {
        // Unreachable with rejectUnauthorized: true; kept as a guard against misconfiguration.
        socket.destroy();
        reject(
          new TransportError(TransportErrorCode.CERTIFICATE_UNTRUSTED, 'server certificate not authorized', {
            outcome: 'not-sent',
            ...where,
          }),
        );
        return;
      }
      socket.setNoDelay(options.noDelay ?? true);
      // Wrapped synchronously so no socket event is ever without a listener.
      resolve(wrap(socket));
    });
    let tcpConnected = false;
    socket.once('connect', () => {
      tcpConnected = true;
    });
    const onError = (err: Error) => {
      let c = classifySocketError(err);
      if (tcpConnected && c.code === TransportErrorCode.HOST_DISCONNECTED) {
        // The host dropped the connection inside the handshake (e.g. it refused our certificate).
        c = { code: TransportErrorCode.TLS_HANDSHAKE_FAILED, what: `TLS handshake failed: ${c.what}` };
      }
      fail(
        new TransportError(c.code, `${c.what} (${address.host}:${address.port})`, {
          outcome: 'not-sent',
          ...where,
          actual: (err as { code?: string }).code,
          cause: err,
        }),
      );
    };
    // Kept after a failure too: a socket may report more than one error while it is torn down.
    socket.on('error', onError);
    socket.once('close', () => {
      // Normally preceded by an error; this only guards against a silent close in the handshake.
      fail(
        new TransportError(
          tcpConnected ? TransportErrorCode.TLS_HANDSHAKE_FAILED : TransportErrorCode.CONNECT_FAILED,
          `connection closed before the TLS handshake completed (${address.host}:${address.port})`,
          { outcome: 'not-sent', ...where },
        ),
      );
    });
  });
}
