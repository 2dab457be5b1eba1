/** Clients for the TrustCommerce host tests: real TLS and HTTPS on loopback through the transports. */

import { post } from '@paywire/transport-https';
import { endLineReader, exchange } from '@paywire/transport-tls';
import {
  decodeResponse,
  encodeHttpsRequest,
  encodeTclinkRequest,
  type NvpInput,
  type TcResponse,
  testCredentials,
} from '@paywire/trustcommerce';
import type { Simulators } from '../src/index.js';

export const login = { custid: testCredentials.custId, password: testCredentials.password };

/** Sends pairs over the TCLink socket; returns the raw answer and its decoded form. */
export async function viaTclink(
  sim: Simulators,
  params: Record<string, string>,
  options: { responseTimeoutMs?: number } = {},
): Promise<{ bytes: Uint8Array; response: TcResponse }> {
  const tc = sim.trustcommerce!;
  const { response: bytes } = await exchange({
    hosts: [{ host: tc.endpoints.tclink.host, port: tc.endpoints.tclink.port }],
    servername: 'localhost',
    ca: sim.ca,
    request: encodeTclinkRequest(params as NvpInput),
    reader: endLineReader({ maxBytes: 16_384 }),
    connectTimeoutMs: 2_000,
    responseTimeoutMs: options.responseTimeoutMs ?? 3_000,
  });
  return { bytes, response: decodeResponse(bytes) };
}

/** POSTs pairs to /trans/; returns status, raw body and (for 200) the decoded answer. */
export async function viaHttps(
  sim: Simulators,
  params: Record<string, string>,
  options: { responseTimeoutMs?: number } = {},
): Promise<{ status: number; bytes: Uint8Array; response?: TcResponse }> {
  const r = await post(sim.trustcommerce!.endpoints.https.url, encodeHttpsRequest(params as NvpInput), {
    contentType: 'application/x-www-form-urlencoded',
    ca: sim.ca,
    servername: 'localhost',
    connectTimeoutMs: 2_000,
    responseTimeoutMs: options.responseTimeoutMs ?? 3_000,
  });
  return {
    status: r.status,
    bytes: r.body,
    ...(r.status === 200 ? { response: decodeResponse(r.body) } : {}),
  };
}

/** Both transports, so every behaviour is checked on the socket and on HTTPS. */
export const transports: readonly (readonly [
  string,
  (sim: Simulators, params: Record<string, string>) => Promise<{ response: TcResponse }>,
])[] = [
  ['tclink', viaTclink],
  [
    'https',
    async (sim, params) => {
      const r = await viaHttps(sim, params);
      if (r.status !== 200 || !r.response) throw new Error(`HTTP ${r.status}`);
      return { response: r.response };
    },
  ],
];
