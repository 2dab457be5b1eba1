// Client side of the Datawire host tests: the real codecs over @paywire/transport-https.

import {
  activationRequest,
  buildClientRef,
  type DatawireRequest,
  type DatawireResponse,
  decodeResponse,
  encodeRequest,
  escapePayload,
  pingRequest,
  registrationRequest,
  transactionRequest,
  unescapePayload,
} from '@paywire/datawire';
import {
  decodeResponse as decodeSvdot,
  encodeRequest as encodeSvdot,
  type GiftMerchant,
  type GiftResponse,
  readResponse,
  type SvdotRequest,
  type SvdotResponse,
} from '@paywire/fdms-gift';
import { get, type HttpsResponse, post } from '@paywire/transport-https';
import { expect } from 'vitest';
import {
  DATAWIRE_TEST_MERCHANT,
  type DatawireHost,
  type DatawireHostOptions,
  type Simulators,
  startSimulators,
} from '../src/index.js';

export interface Harness {
  sim: Simulators;
  host: DatawireHost;
}

/** Runs `fn` against a fresh Datawire host (its own ledger) and always closes it. */
export async function withDatawire<T>(
  fn: (h: Harness) => Promise<T>,
  options: DatawireHostOptions = {},
): Promise<T> {
  const sim = await startSimulators({ hosts: ['datawire'], hostOptions: { datawire: options } });
  try {
    return await fn({ sim, host: sim.datawire! });
  } finally {
    await sim.close();
  }
}

/** The test merchant as the fdms-gift builders take it (terminal 0001 in field 42). */
export const merchant: GiftMerchant = { merchantNumber: DATAWIRE_TEST_MERCHANT.mid, terminalId: '0001' };

/** A fixed local date and time so that requests are reproducible. */
export const AT = { date: '06012025', time: '120000' };

let ref = 0;
export function nextClientRef(): string {
  ref = (ref + 1) % 10_000_000;
  return buildClientRef(ref, { major: 1, revision: 0 });
}

export interface Identity {
  did: string;
  mid: string;
  tid: string;
  app?: string;
}

const TEST_ID: Identity = DATAWIRE_TEST_MERCHANT;

function init(id: Identity) {
  return {
    did: id.did,
    app: id.app ?? 'PAYWIRETESTGIFT1',
    auth: `${id.mid}|${id.tid}`,
    clientRef: nextClientRef(),
    serviceId: '104',
  };
}

export interface Exchange {
  http: HttpsResponse;
  /** The Datawire answer, decoded with @paywire/datawire. */
  response: DatawireResponse;
  /** The SVdot answer payload, decoded with @paywire/fdms-gift (transactions with a payload). */
  svdot?: SvdotResponse;
  gift?: GiftResponse;
}

/** Decodes an HTTP answer with the codecs (and fails the test if they cannot). */
export function decodeExchange(http: HttpsResponse, historyFormat?: string): Exchange {
  expect(http.status).toBe(200);
  expect(http.headers['content-type']).toBe('text/xml');
  const response = decodeResponse(http.body);
  const out: Exchange = { http, response };
  if (response.body?.type === 'transaction' && response.body.payload) {
    out.svdot = decodeSvdot(unescapePayload(response.body.payload));
    out.gift = readResponse(out.svdot, historyFormat === undefined ? {} : { historyFormat });
  }
  return out;
}

export async function postXml(
  sim: Simulators,
  url: string,
  request: DatawireRequest | Uint8Array | string,
  options: { responseTimeoutMs?: number } = {},
): Promise<HttpsResponse> {
  const body =
    request instanceof Uint8Array || typeof request === 'string' ? request : encodeRequest(request);
  return post(url, body, {
    contentType: 'text/xml',
    ca: sim.ca,
    responseTimeoutMs: options.responseTimeoutMs ?? 3_000,
    connectTimeoutMs: 2_000,
  });
}

/** Sends one SVdot request as a Datawire Transaction and decodes everything that comes back. */
export async function transact(
  h: Harness,
  svdot: SvdotRequest,
  options: { id?: Identity; url?: string; historyFormat?: string; responseTimeoutMs?: number } = {},
): Promise<Exchange> {
  const req = transactionRequest({
    ...init(options.id ?? TEST_ID),
    payload: escapePayload(encodeSvdot(svdot)),
  });
  const http = await postXml(
    h.sim,
    options.url ?? h.host.serviceUrls[0]!,
    req,
    options.responseTimeoutMs === undefined ? {} : { responseTimeoutMs: options.responseTimeoutMs },
  );
  return decodeExchange(http, options.historyFormat);
}

/** `transact` and return the gift answer (the Datawire layer must say OK / 000). */
export async function gift(
  h: Harness,
  svdot: SvdotRequest,
  options: { id?: Identity; historyFormat?: string } = {},
): Promise<GiftResponse> {
  const x = await transact(h, svdot, options);
  expect(x.response.status).toBe('OK');
  expect(x.response.body).toMatchObject({ type: 'transaction', returnCode: '000' });
  return x.gift!;
}

export function discover(h: Harness, serviceId = '104'): Promise<HttpsResponse> {
  return get(`${h.host.discoveryUrl}/${serviceId}`, { ca: h.sim.ca, responseTimeoutMs: 3_000 });
}

export function ping(h: Harness, url: string, id: Identity = TEST_ID): Promise<HttpsResponse> {
  return postXml(h.sim, url, pingRequest(init(id)));
}

export function register(h: Harness, id: Omit<Identity, 'did'>): Promise<HttpsResponse> {
  const { did: _did, ...rest } = init({ ...id, did: '' });
  return postXml(h.sim, h.host.srsUrl, registrationRequest(rest));
}

export function activate(h: Harness, id: Identity): Promise<HttpsResponse> {
  return postXml(h.sim, h.host.srsUrl, activationRequest(init(id)));
}
