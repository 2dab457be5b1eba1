// The TLS settings both TSYS transports (socket and HTTPS gateway) pass on to their transport package.

import type { TransportOptions } from './types.js';

const KEYS = [
  'ca',
  'cert',
  'key',
  'passphrase',
  'servername',
  'minVersion',
  'maxVersion',
  'connectTimeoutMs',
] as const;

export type TlsSettings = Pick<TransportOptions, (typeof KEYS)[number]>;

/** The certificate, version and connect-timeout settings of `t` that are given (undefined ones left out). */
export function tlsSettings(t: TlsSettings): TlsSettings {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (t[k] !== undefined) out[k] = t[k];
  return out as TlsSettings;
}
