// Packet summaries. The clients hand the demo each packet as it went over the wire; the demo
// traces it with the codec's own message kind (which masks every field marked sensitive: PAN,
// track, CVV, PIN block, password, key) and prints either a one-line summary of chosen fields or,
// with --verbose, the whole annotated trace. The clear bytes are never printed: a packet the
// codec cannot trace is shown by its length and the codec's (masked) complaint only.

import { ETB, ETX, formatTrace, type MessageKind, maskPansInText, STX, type TraceEntry } from '@paywire/core';
import { kinds as datawireKinds, unescapePayload } from '@paywire/datawire';
import { kinds as giftKinds } from '@paywire/fdms-gift';
import { kinds as paymentechKinds } from '@paywire/paymentech';
import { kinds as trustcommerceKinds } from '@paywire/trustcommerce';
import { kinds as tsysKinds } from '@paywire/tsys';

const all: readonly MessageKind<unknown>[] = [
  ...tsysKinds,
  ...paymentechKinds,
  ...datawireKinds,
  ...giftKinds,
  ...trustcommerceKinds,
] as MessageKind<unknown>[];

export type KindName =
  | 'tsys-auth-request'
  | 'tsys-auth-response'
  | 'tsys-settlement-request'
  | 'tsys-settlement-response'
  | 'paymentech-request'
  | 'paymentech-response'
  | 'datawire-request'
  | 'datawire-response'
  | 'fdms-gift-request'
  | 'fdms-gift-response'
  | 'trustcommerce-request'
  | 'trustcommerce-response';

function kind(name: KindName): MessageKind<unknown> {
  const k = all.find((x) => x.name === name);
  if (!k) throw new Error(`message kind ${name} is not registered`);
  return k;
}

/** Field names (last path segment) shown in the one-line summary, per kind, in this order. */
const SUMMARY: Record<KindName, readonly string[]> = {
  'tsys-auth-request': [
    'recordFormat',
    'transactionSequenceNumber',
    'transactionCode',
    'accountDataSource',
    'track',
    'accountNumber',
    'transactionAmount',
    'secondaryAmount',
    'identifier',
    'originalTransactionId',
    'version',
  ],
  'tsys-auth-response': [
    'transactionSequenceNumber',
    'responseCode',
    'responseText',
    'avsResultCode',
    'transactionIdentifier',
    'verificationCodeResultCode',
  ],
  'tsys-settlement-request': [
    'recordType',
    'batchNumber',
    'transactionCode',
    'cardholderAccountNumber',
    'approvalCode',
    'authorizedAmount',
    'settlementAmount',
    'gratuityAmount',
    'batchRecordCount',
    'batchHashingTotal',
    'batchNetDeposit',
  ],
  'tsys-settlement-response': [
    'batchResponseCode',
    'batchRecordCount',
    'batchNetDeposit',
    'batchNumber',
    'batchResponseText',
    'errorType',
    'errorRecordType',
    'errorDataFieldNumber',
  ],
  'paymentech-request': [
    'sequenceNumber',
    'transactionCode',
    'entryDataSource',
    'accountNumber',
    'amount',
    'approvalCode',
    'retrievalNumber',
    'cv.value',
  ],
  'paymentech-response': [
    'actionCode',
    'approvalCode',
    'retrievalNumber',
    'sequenceNumber',
    'responseText',
    'avsResult',
    'cardType',
  ],
  'datawire-request': ['service', 'ServiceID', 'DID', 'Auth'],
  'datawire-response': ['StatusCode', 'ReturnCode', 'URL', 'TransactionTimeMs', 'DID'],
  'fdms-gift-request': [
    'requestCode',
    'embossedCardNumber',
    'transactionAmount',
    'lockId',
    'transactionNumber',
    'promotionCode',
  ],
  'fdms-gift-response': [
    'responseCode',
    'authorizationCode',
    'previousBalance',
    'newBalance',
    'lockAmount',
    'lockId',
    'embossedCardNumber',
    'originalTransactionRequest',
  ],
  'trustcommerce-request': [
    'action',
    'custid',
    'password',
    'cc',
    'exp',
    'cvv',
    'amount',
    'transid',
    'billingid',
    'avs',
  ],
  'trustcommerce-response': [
    'status',
    'transid',
    'billingid',
    'decline',
    'error',
    'offenders',
    'baddata',
    'avs',
    'cvv',
  ],
};

const GENERIC = new Set(['value', 'data', 'id']);

function leaf(path: string): string {
  const parts = path.split('.');
  let last = parts[parts.length - 1] ?? path;
  // `tokens.0.cv.value`: a generic name reads better with its parent (`cv.value`)
  if (GENERIC.has(last) && parts.length >= 2 && !/^\d+$/.test(parts[parts.length - 2]!))
    last = `${parts[parts.length - 2]}.${last}`;
  // `Request@Version`, `Response.Status@StatusCode`: the attribute name
  const at = last.lastIndexOf('@');
  if (at >= 0) last = last.slice(at + 1);
  return last;
}

function show(e: TraceEntry): string {
  const v = typeof e.value === 'string' ? e.value : JSON.stringify(e.value);
  const text = v.trim() === '' ? `'${v}'` : v.trim();
  const meaning = e.meaning && e.meaning.length <= 40 ? ` (${e.meaning})` : '';
  return `${leaf(e.path)}=${text}${meaning}`;
}

export interface Described {
  kind: KindName;
  length: number;
  /** `field=value` pairs of the summary fields, masked. */
  summary: string;
  /** The full annotated trace (masked), for --verbose. */
  trace: string;
  /** Set when the codec could not trace the packet. */
  error?: string;
}

function summarize(name: KindName, entries: readonly TraceEntry[]): string {
  const wanted = SUMMARY[name];
  const picked: TraceEntry[] = [];
  const groupIII: string[] = [];
  for (const e of entries) {
    if (e.value === undefined) continue;
    const key = leaf(e.path);
    // TSYS Group III records: one compact list of versions instead of a field each
    if (key === 'version' && e.path.startsWith('groupIII.')) {
      if (wanted.includes('version')) groupIII.push(String(e.value));
      continue;
    }
    if (wanted.includes(key)) picked.push(e);
  }
  picked.sort((a, b) => wanted.indexOf(leaf(a.path)) - wanted.indexOf(leaf(b.path)));
  const out = picked.map(show);
  if (groupIII.length > 0) out.push(`groupIII=${groupIII.join(',')}`);
  return out.join('  ');
}

/** A settlement record frame ending in ETB rewritten as a one-record "batch" ending in ETX. */
function asLastRecord(frame: Uint8Array): Uint8Array {
  const copy = frame.slice();
  const n = copy.length;
  if (n >= 3 && copy[0] === STX && copy[n - 2] === ETB) {
    copy[n - 2] = ETX;
    let x = 0;
    for (let i = 1; i < n - 1; i++) x ^= copy[i]!;
    copy[n - 1] = x;
  }
  return copy;
}

function traceOf(name: KindName, bytes: Uint8Array): TraceEntry[] {
  const input = name === 'tsys-settlement-request' ? asLastRecord(bytes) : bytes;
  return kind(name).trace(input).entries;
}

/** Traces a packet with its codec; never returns the clear bytes. */
export function describe(name: KindName, bytes: Uint8Array): Described {
  try {
    const entries = traceOf(name, bytes);
    const out: Described = {
      kind: name,
      length: bytes.length,
      summary: summarize(name, entries),
      trace: formatTrace(entries),
    };
    // A Datawire transaction carries an SVdot payload: trace it with the gift codec too.
    if (name === 'datawire-request' || name === 'datawire-response') {
      const payload = payloadOf(name, bytes);
      if (payload !== undefined) {
        const inner = describe(
          name === 'datawire-request' ? 'fdms-gift-request' : 'fdms-gift-response',
          payload,
        );
        out.summary = `${out.summary}  | SVdot ${inner.error ? `(${inner.error})` : inner.summary}`;
        out.trace = `${out.trace}\n  SVdot payload (${inner.kind}):\n${indent(inner.trace, 2)}`;
      }
    }
    return out;
  } catch (e) {
    const message = maskPansInText(e instanceof Error ? e.message : String(e)).replace(/\d{3,}/g, (m) =>
      '#'.repeat(m.length),
    );
    return { kind: name, length: bytes.length, summary: '', trace: '', error: `not traceable: ${message}` };
  }
}

function payloadOf(name: KindName, bytes: Uint8Array): Uint8Array | undefined {
  const value = kind(name).decode(bytes) as {
    payload?: string;
    body?: { type?: string; payload?: string };
  };
  const text = value.payload ?? (value.body?.type === 'transaction' ? value.body.payload : undefined);
  if (text === undefined || text === '') return undefined;
  return unescapePayload(text);
}

export function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}
