/** The package's message kinds for the `paywire` CLI and the inspector. */

import { bytesToLatin1, defineKind, type MessageKind, type TraceEntry, toEscaped } from '@paywire/core';
import { requestExamples, responseExamples } from './examples.js';
import { ACTION_MEANINGS, isAction } from './params/actions.js';
import { lookupParam } from './params/appendix-e.js';
import { describeVelocityType } from './params/codes/velocity-type.js';
import { maskParam, redactDocument, sensitiveKindOf } from './redact.js';
import { RETURN_BY_NAME } from './response/table.js';
import {
  decodeRequestDocument,
  decodeResponseDocument,
  detectForm,
  encodeRequestDocument,
  encodeResponseDocument,
  type NvpDocument,
} from './wire/document.js';
import { utf8Length } from './wire/utf8.js';

const PACKAGE = '@paywire/trustcommerce';

/** Byte offsets of each field's value, found again in the bytes (fields are in order). */
function traceDocument(bytes: Uint8Array, doc: NvpDocument, side: 'request' | 'response'): TraceEntry[] {
  const entries: TraceEntry[] = [];
  const form = doc.form;
  let pos = 0;
  const isLines = form === 'tclink' || side === 'response';
  // Masked values computed once for the whole document (per field, linear time).
  const masked = redactDocument(doc, side).fields;
  let eq = -1;
  for (let index = 0; index < doc.fields.length; index++) {
    const f = doc.fields[index]!;
    // Find the start of this field's segment: skip separators, blank lines and markers.
    if (isLines) {
      for (;;) {
        const lf = bytes.indexOf(0x0a, pos);
        const end = lf < 0 ? bytes.length : lf;
        const line = end - pos;
        const content = line > 0 && bytes[end - 1] === 0x0d ? line - 1 : line;
        // the next '=' at or after pos, searched again only once passed
        if (eq < pos) {
          eq = bytes.indexOf(0x3d, pos);
          if (eq < 0) eq = Number.POSITIVE_INFINITY;
        }
        if (content > 0 && eq < end) break;
        pos = lf < 0 ? bytes.length : lf + 1;
        if (pos >= bytes.length) break;
      }
    }
    const nameLen = isLines ? utf8Length(f.name) : segmentNameLength(bytes, pos);
    const segEnd = isLines ? lineEnd(bytes, pos) : formSegmentEnd(bytes, pos);
    const valueStart = Math.min(pos + nameLen + 1, segEnd);
    const sensitive =
      side === 'response' && f.name.toLowerCase() === 'cvv' ? undefined : sensitiveKindOf(f.name);
    const shownValue = sensitive ? maskParam(f.name, f.value) : (masked[index]?.value ?? f.value);
    const rawText = sensitive || shownValue !== f.value ? shownValue : toEscaped(bytes, valueStart, segEnd);
    const entry: TraceEntry = {
      path: f.name,
      label: f.name,
      offset: valueStart,
      length: segEnd - valueStart,
      raw: rawText,
      value: shownValue,
      depth: 0,
    };
    if (sensitive) entry.sensitive = sensitive;
    const meaning = meaningOf(f.name, f.value, side);
    if (meaning) entry.meaning = meaning;
    const spec =
      side === 'request' ? lookupParam(f.name)?.spec.spec : RETURN_BY_NAME.get(f.name.toLowerCase())?.spec;
    if (spec) entry.spec = `TC Developer's Guide 2.5 ${spec}`;
    entries.push(entry);
    pos = isLines ? nextLine(bytes, segEnd) : segEnd + 1;
  }
  return entries;
}

function lineEnd(bytes: Uint8Array, pos: number): number {
  const lf = bytes.indexOf(0x0a, pos);
  const end = lf < 0 ? bytes.length : lf;
  return end > pos && bytes[end - 1] === 0x0d ? end - 1 : end;
}

function nextLine(bytes: Uint8Array, pos: number): number {
  const lf = bytes.indexOf(0x0a, pos);
  return lf < 0 ? bytes.length : lf + 1;
}

function formSegmentEnd(bytes: Uint8Array, pos: number): number {
  let i = pos;
  while (i < bytes.length && bytes[i] !== 0x26 && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
  return i;
}

function segmentNameLength(bytes: Uint8Array, pos: number): number {
  const end = formSegmentEnd(bytes, pos);
  const eq = bytes.indexOf(0x3d, pos);
  return eq >= 0 && eq < end ? eq - pos : end - pos;
}

function meaningOf(name: string, value: string, side: 'request' | 'response'): string | undefined {
  const n = name.toLowerCase();
  if (side === 'request') {
    if (n === 'action') return isAction(value) ? ACTION_MEANINGS[value] : undefined;
    const spec = lookupParam(n)?.spec;
    if (spec?.values && Object.hasOwn(spec.values, value)) return spec.values[value];
    if (spec?.type === 'yn') return value === 'y' ? 'yes' : value === 'n' ? 'no' : undefined;
    return undefined;
  }
  if (n === 'velocitytype') return describeVelocityType(value);
  const spec = RETURN_BY_NAME.get(n);
  if (spec?.values && Object.hasOwn(spec.values, value)) return spec.values[value];
  return undefined;
}

function detectScore(bytes: Uint8Array, side: 'request' | 'response'): number {
  if (bytes.length === 0) return 0;
  const head = bytesToLatin1(bytes, 0, Math.min(bytes.length, 4096)).toLowerCase();
  const isBlock = detectForm(bytes) === 'tclink';
  if (side === 'request') {
    if (!/(^|[\n&])action=/.test(head)) return 0;
    return isBlock ? 0.9 : /(^|&)custid=/.test(head) ? 0.8 : 0.5;
  }
  if (!/(^|\n)status=/.test(head)) return 0;
  return isBlock ? 0.9 : 0.8;
}

export const trustcommerceRequestKind: MessageKind<NvpDocument> = defineKind<NvpDocument>({
  name: 'trustcommerce-request',
  examples: requestExamples,
  description: 'TrustCommerce request: TCLink socket block (BEGIN..END) or HTTPS POST form body',
  package: PACKAGE,
  input: 'text',
  decode: decodeRequestDocument,
  encode: encodeRequestDocument,
  trace(bytes) {
    const value = decodeRequestDocument(bytes);
    return { value, entries: traceDocument(bytes, value, 'request') };
  },
  redact: redactDocument,
  detect: (bytes) => detectScore(bytes, 'request'),
});

export const trustcommerceResponseKind: MessageKind<NvpDocument> = defineKind<NvpDocument>({
  name: 'trustcommerce-response',
  examples: responseExamples,
  description: 'TrustCommerce answer: TCLink socket block (BEGIN..END) or HTTPS name=value lines',
  package: PACKAGE,
  input: 'text',
  decode: decodeResponseDocument,
  encode: encodeResponseDocument,
  trace(bytes) {
    const value = decodeResponseDocument(bytes);
    return { value, entries: traceDocument(bytes, value, 'response') };
  },
  redact: (doc) => redactDocument(doc, 'response'),
  detect: (bytes) => detectScore(bytes, 'response'),
});

/** Every message kind of this package, for the CLI and the inspector. */
export const kinds: readonly MessageKind<unknown>[] = [
  trustcommerceRequestKind as MessageKind<unknown>,
  trustcommerceResponseKind as MessageKind<unknown>,
];
