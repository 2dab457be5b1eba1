/** The `datawire-request` and `datawire-response` message kinds for the CLI and the inspector. */

import { defineKind, type MessageKind } from '@paywire/core';
import { maskAuth } from './client-id.js';
import { requestExamples, responseExamples } from './examples.js';
import { decodeRequest, encodeRequest, requestFromDocument } from './messages/request.js';
import { decodeResponse, encodeResponse, responseFromDocument } from './messages/response.js';
import type { DatawireRequest, DatawireResponse } from './messages/types.js';
import { parseInput } from './messages/walk.js';
import { maskDigitRuns, traceDocument } from './trace.js';
import type { XmlLayout } from './xml/writer.js';

const PACKAGE = '@paywire/datawire';

/** Looks for `<name` near the start of the document (after the prolog). */
function startsWithElement(bytes: Uint8Array, name: string, inner: string): number {
  const n = Math.min(bytes.length, 2048);
  let head = '';
  for (let k = 0; k < n; k++) head += String.fromCharCode(bytes[k]!);
  const m =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_:][\w:.-]*)/.exec(
      head,
    );
  if (!m || m[1] !== name) return 0;
  return head.includes(`<${inner}`) ? 0.95 : 0.6;
}

/** The layout without the kept document text (which holds the unmasked payload and Auth). */
function withoutSource(layout: XmlLayout): XmlLayout {
  const { source: _source, ...rest } = layout;
  return rest;
}

export function redactRequest(value: DatawireRequest): DatawireRequest {
  const out: DatawireRequest = {
    ...value,
    clientId: { ...value.clientId, auth: maskAuth(value.clientId.auth) },
  };
  if (value.layout?.source !== undefined) out.layout = withoutSource(value.layout);
  if (value.payload !== undefined) out.payload = maskDigitRuns(value.payload);
  return out;
}

export function redactResponse(value: DatawireResponse): DatawireResponse {
  const out: DatawireResponse = { ...value };
  if (value.layout?.source !== undefined) out.layout = withoutSource(value.layout);
  if (value.body?.type === 'transaction' && value.body.payload !== undefined) {
    out.body = { ...value.body, payload: maskDigitRuns(value.body.payload) };
  }
  return out;
}

export const datawireRequestKind: MessageKind<DatawireRequest> = defineKind<DatawireRequest>({
  name: 'datawire-request',
  examples: requestExamples,
  description: 'Datawire Secure Transport XML request (VXN v3): Transaction, Ping, Registration, Activation',
  package: PACKAGE,
  input: 'text',
  decode: (bytes) => decodeRequest(bytes, { keepLayout: true }),
  encode: (value) => encodeRequest(value, { validate: false }),
  trace: (bytes) => {
    const doc = parseInput(bytes);
    return { value: requestFromDocument(doc, true), entries: traceDocument(doc) };
  },
  redact: redactRequest,
  detect: (bytes) => startsWithElement(bytes, 'Request', 'ReqClientID'),
});

export const datawireResponseKind: MessageKind<DatawireResponse> = defineKind<DatawireResponse>({
  name: 'datawire-response',
  examples: responseExamples,
  description:
    'Datawire Secure Transport XML response (VXN v3): transaction, discovery, ping, registration, activation',
  package: PACKAGE,
  input: 'text',
  decode: (bytes) => decodeResponse(bytes, { keepLayout: true }),
  encode: (value) => encodeResponse(value),
  trace: (bytes) => {
    const doc = parseInput(bytes);
    return { value: responseFromDocument(doc, true), entries: traceDocument(doc) };
  },
  redact: redactResponse,
  detect: (bytes) => startsWithElement(bytes, 'Response', 'Status'),
});
