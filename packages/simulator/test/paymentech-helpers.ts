/** Client side of the Paymentech host tests: real HTTPS on loopback through @paywire/transport-https. */

import {
  checkNetConnectResponse,
  decodeResponse,
  encodeRequest,
  type MerchantSetup,
  type NetConnectCredentials,
  netConnectRequestHeaders,
  type TampaRequest,
  type TampaResponse,
  type TransactionInput,
} from '@paywire/paymentech';
import { type HttpsResponse, post } from '@paywire/transport-https';
import { PAYMENTECH_TEST_CREDENTIALS, type Simulators } from '../src/index.js';

export const merchant: MerchantSetup = {
  clientNumber: '0001',
  merchantNumber: PAYMENTECH_TEST_CREDENTIALS.merchantNumber,
  terminalNumber: PAYMENTECH_TEST_CREDENTIALS.terminalNumber,
};

export const login: NetConnectCredentials = {
  merchantNumber: PAYMENTECH_TEST_CREDENTIALS.merchantNumber,
  terminalNumber: PAYMENTECH_TEST_CREDENTIALS.terminalNumber,
  userId: PAYMENTECH_TEST_CREDENTIALS.userId,
  password: PAYMENTECH_TEST_CREDENTIALS.password,
};

export const visa = { number: '4444333322221111', expMonth: 12, expYear: 2049 } as const;
export const amex = { number: '378282246310005', expMonth: 12, expYear: 2049 } as const;

export function tx(amount: number, extra: Partial<TransactionInput> = {}): TransactionInput {
  return { card: { ...visa }, amount, invoiceNumber: 'INV1', ...extra };
}

/** POSTs raw bytes with the given headers; returns the HTTP answer as data. */
export function postRaw(
  sim: Simulators,
  body: Uint8Array | string,
  headers: Readonly<Record<string, string>> = netConnectRequestHeaders(login),
  options: { responseTimeoutMs?: number } = {},
): Promise<HttpsResponse> {
  const { 'Content-Type': contentType, ...rest } = headers;
  return post(sim.paymentech!.url, body, {
    ...(contentType !== undefined ? { contentType } : {}),
    headers: rest,
    ca: sim.ca,
    servername: 'localhost',
    connectTimeoutMs: 2_000,
    responseTimeoutMs: options.responseTimeoutMs ?? 3_000,
  });
}

/** Sends a request and decodes the answer with the codec (NetConnect check first). */
export async function send(
  sim: Simulators,
  request: TampaRequest,
  options: { responseTimeoutMs?: number } = {},
): Promise<{ http: HttpsResponse; response: TampaResponse }> {
  const http = await postRaw(sim, encodeRequest(request), netConnectRequestHeaders(login), options);
  const checked = checkNetConnectResponse({ status: http.status, headers: http.headers, body: http.body });
  if (!checked.ok) throw new Error(`NetConnect refused: ${http.status} ${checked.errorCode ?? ''}`);
  return { http, response: decodeResponse(http.body) };
}
