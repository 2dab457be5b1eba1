/**
 * Datawire cases: a VXN v3 Transaction request carrying an FDMS Closed Loop Gift (SVdot) partial
 * redemption, and the host's TransactionResponse carrying a recorded staging answer (the
 * fdms-gift README's), in the host's indented layout. Baselines: fast-xml-parser's generic parse
 * and build of the same XML, a naive indexOf/split reader and template-string writer, the copy floor.
 */

import {
  buildClientRef,
  decodeResponse,
  encodeRequest,
  encodeResponseText,
  escapePayload,
  transactionRequest,
  unescapePayload,
} from '@paywire/datawire';
import { decodeResponse as decodeGift, encodeRequest as encodeGift, redeemCard } from '@paywire/fdms-gift';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { type Group, keep, type Result } from '../harness.js';
import { ratioTargets } from './tsys.js';

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');

const gift = redeemCard({
  merchant: { merchantNumber: '99026809996', terminalId: '8594', alternateMerchantId: '00000001234' },
  card: { cardNumber: '7777165452305246', scv: '1234' },
  amount: 1525,
  redemptionType: 'partial',
  transactionNumber: '1234567',
  at: { date: '02052019', time: '181701' },
  clerkId: 'CLERK1',
});
const ids = {
  did: '00033746370969070150',
  app: 'BRIDGEPINCVLKXML',
  auth: '99026809996|00000008594',
  clientRef: buildClientRef(1701298, { major: 1, revision: 0 }),
  serviceId: '104',
};
const escaped = escapePayload(encodeGift(gift));
const envelope = transactionRequest({ ...ids, payload: escaped });
const requestBytes = encodeRequest(envelope);

const answer = Uint8Array.from(
  '40\x1c0900\x1c11007057\x1c38534016\x1c3900\x1c751530\x1c761530\x1c707777165452305246\x1cA001013025',
  (c) => c.charCodeAt(0),
);
const responseText = encodeResponseText({
  version: '3',
  status: 'OK',
  clientId: { did: ids.did, clientRef: ids.clientRef },
  body: { type: 'transaction', returnCode: '000', payload: escapePayload(answer) },
});
const responseBytes = encoder.encode(responseText);

// ---------------------------------------------------------------------------------------------
// baselines

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const builder = new XMLBuilder({ ignoreAttributes: false });
const requestTree = {
  '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
  Request: {
    '@_Version': '3',
    ReqClientID: { DID: ids.did, App: ids.app, Auth: ids.auth, ClientRef: ids.clientRef },
    Transaction: { ServiceID: ids.serviceId, Payload: escaped },
  },
};
if (builder.build(requestTree) !== latin1.decode(requestBytes)) {
  throw new Error('fast-xml-parser builds a different request document than the codec');
}

function naiveEncodeRequest(p: string): Uint8Array {
  return encoder.encode(
    `<?xml version="1.0" encoding="UTF-8"?><Request Version="3"><ReqClientID><DID>${ids.did}</DID><App>${ids.app}</App><Auth>${ids.auth}</Auth><ClientRef>${ids.clientRef}</ClientRef></ReqClientID><Transaction><ServiceID>${ids.serviceId}</ServiceID><Payload>${p}</Payload></Transaction></Request>`,
  );
}
if (latin1.decode(naiveEncodeRequest(escaped)) !== latin1.decode(requestBytes)) {
  throw new Error('naive Datawire request differs from the codec');
}

// biome-ignore lint/suspicious/noExplicitAny: the naive baselines read values untyped, as hand-written code does
type Any = Record<string, any>;

/** The SVdot payload by hand, already in Datawire's |1C escape form. */
function naiveGift(r: Any): string {
  const f = r.fields;
  return (
    `SV.${r.merchantId}|1C${r.version}${r.format}${r.requestCode}|1C12${f.localTransactionTime}` +
    `|1C13${f.localTransactionDate}|1C15${f.terminalTransactionNumber}|1C70${f.embossedCardNumber}` +
    `|1C42${f.merchantTerminalId}|1C44${f.alternateMerchantNumber}|1C32${f.securityCardValue}` +
    `|1CEA${f.sourceCode}|1C62${f.clerkId}|1C04${f.transactionAmount}`
  );
}
if (naiveGift(gift) !== escaped) throw new Error('naive SVdot payload differs from the codec');

function between(s: string, open: string, close: string): string | undefined {
  const a = s.indexOf(open);
  if (a < 0) return undefined;
  const b = s.indexOf(close, a + open.length);
  return b < 0 ? undefined : s.slice(a + open.length, b);
}

function naiveDecodeResponse(text: string) {
  const status = between(text, 'StatusCode="', '"');
  const payload = between(text, '<Payload>', '</Payload>') ?? '';
  const fields: Record<string, string> = {};
  for (const f of payload.split('|1C').slice(1)) fields[f.slice(0, 2)] = f.slice(2);
  return {
    status,
    did: between(text, '<DID>', '</DID>'),
    clientRef: between(text, '<ClientRef>', '</ClientRef>'),
    returnCode: between(text, '<ReturnCode>', '</ReturnCode>'),
    fields,
  };
}

function fullDecode(text: string) {
  const r = decodeResponse(text);
  const body = r.body;
  return body?.type === 'transaction' && body.payload !== undefined
    ? { envelope: r, gift: decodeGift(unescapePayload(body.payload)) }
    : { envelope: r };
}

const copy = (bytes: Uint8Array) => {
  const out = new Uint8Array(bytes.length);
  return () => keep(out.set(bytes));
};

export const datawireGroup: Group = {
  name: 'datawire: envelope + gift payload',
  description: 'VXN v3 Transaction request/response with an SVdot payload vs fast-xml-parser and naive',
  cases: [
    {
      name: 'encode envelope + gift',
      role: 'subject',
      pair: 'encode',
      bytes: requestBytes.length,
      fn: () => keep(encodeRequest(transactionRequest({ ...ids, payload: escapePayload(encodeGift(gift)) }))),
    },
    {
      name: 'encode envelope',
      role: 'subject',
      pair: 'encode',
      bytes: requestBytes.length,
      fn: () => keep(encodeRequest(envelope)),
    },
    {
      name: 'decode envelope + gift',
      role: 'subject',
      pair: 'decode',
      bytes: responseBytes.length,
      fn: () => keep(fullDecode(responseText)),
    },
    {
      name: 'decode envelope',
      role: 'subject',
      pair: 'decode',
      bytes: responseBytes.length,
      fn: () => keep(decodeResponse(responseText)),
    },
    {
      name: 'fast-xml-parser build (+ TextEncoder)',
      role: 'generic',
      pair: 'encode',
      fn: () => keep(encoder.encode(builder.build(requestTree))),
    },
    {
      name: 'fast-xml-parser parse',
      role: 'generic',
      pair: 'decode',
      fn: () => keep(parser.parse(responseText)),
    },
    {
      name: 'naive encode',
      role: 'naive',
      pair: 'encode',
      fn: () => keep(naiveEncodeRequest(naiveGift(gift))),
    },
    {
      name: 'naive decode',
      role: 'naive',
      pair: 'decode',
      fn: () => keep(naiveDecodeResponse(responseText)),
    },
    { name: 'copy request (floor)', role: 'floor', pair: 'encode', fn: copy(requestBytes) },
    { name: 'copy response (floor)', role: 'floor', pair: 'decode', fn: copy(responseBytes) },
  ],
  targets: [
    ratioTargets,
    (r: Map<string, Result>) => {
      const x = r.get('decode envelope + gift');
      return x?.vsGeneric !== undefined && x.vsGeneric > 1
        ? `decode envelope + gift ${x.vsGeneric.toFixed(2)}× fast-xml-parser parse, target ≤ 1×`
        : undefined;
    },
  ],
};
