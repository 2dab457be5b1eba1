/** TLS security settings shared by the TLS socket and HTTPS transports: types, checks, Node options. */

import type { ConnectionOptions } from 'node:tls';
import { invalidArgument } from './errors.js';

/** PEM text or DER/PEM bytes. */
export type PemInput = string | Uint8Array;

/** Certificate verification and client authentication. Verification cannot be turned off. */
export interface SecurityOptions {
  /**
   * Trusted CA certificates (PEM). When given they replace the system's roots, so a test CA or a
   * processor's private CA is the only trust anchor. Default: Node's bundled roots.
   */
  ca?: PemInput | readonly PemInput[];
  /** Client certificate chain (PEM) for mutual TLS. */
  cert?: PemInput | readonly PemInput[];
  /** Private key (PEM) of the client certificate. */
  key?: PemInput | readonly PemInput[];
  /** Passphrase of an encrypted `key`. */
  passphrase?: string;
  /**
   * Name sent as SNI and checked against the certificate. Default: the host name being
   * connected to (for an IP address, the certificate must list that IP).
   */
  servername?: string;
  /** Lowest TLS version accepted: `TLSv1.2` (default) or `TLSv1.3`. Lower values are refused. */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** Highest TLS version offered. Default: Node's highest (TLS 1.3). */
  maxVersion?: 'TLSv1.2' | 'TLSv1.3';
}

const VERSIONS = new Set(['TLSv1.2', 'TLSv1.3']);

/** Throws when the options try to turn certificate verification off. */
export function refuseUnverified(options: object): void {
  if ('rejectUnauthorized' in options) {
    throw invalidArgument('certificate verification cannot be turned off', 'rejectUnauthorized');
  }
}

/** Throws unless `minVersion` and `maxVersion` are absent, `TLSv1.2` or `TLSv1.3`. */
export function checkTlsVersions(options: Pick<SecurityOptions, 'minVersion' | 'maxVersion'>): void {
  for (const v of ['minVersion', 'maxVersion'] as const) {
    const value = options[v];
    if (value !== undefined && !VERSIONS.has(value)) {
      throw invalidArgument(`${v} must be 'TLSv1.2' or 'TLSv1.3' (older versions are not allowed)`, v);
    }
  }
}

function toPem(
  value: PemInput | readonly PemInput[] | undefined,
): string | Buffer | Array<string | Buffer> | undefined {
  if (value === undefined) return undefined;
  const one = (v: PemInput): string | Buffer =>
    typeof v === 'string' ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return Array.isArray(value) ? (value as readonly PemInput[]).map(one) : one(value as PemInput);
}

/**
 * Node TLS options for the security settings: verification on, TLS 1.2 at the least unless a
 * higher minimum is given, certificates as Node takes them, and the SNI name when there is one.
 */
export function tlsOptions(options: SecurityOptions, servername: string | undefined): ConnectionOptions {
  const out: ConnectionOptions = {
    rejectUnauthorized: true,
    minVersion: options.minVersion ?? 'TLSv1.2',
  };
  if (options.maxVersion !== undefined) out.maxVersion = options.maxVersion;
  const ca = toPem(options.ca);
  const cert = toPem(options.cert);
  const key = toPem(options.key);
  if (ca !== undefined) out.ca = ca;
  if (cert !== undefined) out.cert = cert;
  if (key !== undefined) out.key = key;
  if (options.passphrase !== undefined) out.passphrase = options.passphrase;
  if (servername !== undefined) out.servername = servername;
  return out;
}
