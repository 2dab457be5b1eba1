/**
 * Exact-bytes documents for tools (CLI kinds, inspector): the pairs plus whatever layout detail
 * the bytes had (form, CRLF, blank lines, marker spelling, non-canonical percent escapes), so
 * `encode(decode(bytes))` gives the same bytes back.
 */

import { ErrorCode } from '@paywire/core';
import { wireError } from '../errors.js';
import { decodeForm, encodeForm } from './form.js';
import { MAX_DOCUMENT_BYTES, TCLINK_MAX_LINE_BYTES, TCLINK_MAX_REQUEST_BYTES } from './limits.js';
import {
  canonicalSkeleton,
  decodeLines,
  encodeLines,
  encodeLinesWithLayout,
  type LinesLayout,
  layoutFits,
} from './lines.js';
import type { NvpPair } from './pairs.js';
import { utf8Encode as encodeUtf8, utf8Decode } from './utf8.js';

/** `tclink`: the socket form (`BEGIN` .. `END`); `https`: form body (request) or plain lines (response). */
export type WireForm = 'tclink' | 'https';

export interface NvpField {
  name: string;
  value: string;
  /** HTTPS form only: the segment exactly as received, kept when it is not the canonical encoding. */
  raw?: string;
}

export interface NvpLayout extends Partial<LinesLayout> {
  /** HTTPS form only: line breaks after the body. */
  trailer?: string;
}

export interface NvpDocument {
  form: WireForm;
  fields: NvpField[];
  /** Present only when the bytes differ from the canonical layout. */
  layout?: NvpLayout;
}

/** `tclink` when the first non-blank line is `BEGIN` (any case), else `https`. */
export function detectForm(bytes: Uint8Array): WireForm {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (i + 5 > bytes.length) return 'https';
  const word = 'begin';
  for (let k = 0; k < 5; k++) if ((bytes[i + k]! | 0x20) !== word.charCodeAt(k)) return 'https';
  const after = bytes[i + 5];
  return after === undefined || after === 0x0a || after === 0x0d ? 'tclink' : 'https';
}

function linesToDocument(bytes: Uint8Array, block: boolean, limits: boolean): NvpDocument {
  if (limits) checkRequestLimits(bytes);
  else checkDocumentSize(bytes, 'answer');
  const d = decodeLines(bytes, { block, layout: true });
  const fields: NvpField[] = d.pairs.map(([name, value]) => ({ name, value }));
  const doc: NvpDocument = { form: block ? 'tclink' : 'https', fields };
  const layout = d.layout!;
  const canonical =
    layout.skeleton === canonicalSkeleton(fields.length, block) &&
    (layout.begin === undefined || layout.begin === 'BEGIN') &&
    (layout.end === undefined || layout.end === 'END');
  if (!canonical) {
    const kept: NvpLayout = { skeleton: layout.skeleton };
    if (layout.begin !== undefined && layout.begin !== 'BEGIN') kept.begin = layout.begin;
    if (layout.end !== undefined && layout.end !== 'END') kept.end = layout.end;
    doc.layout = kept;
  }
  return doc;
}

function checkDocumentSize(bytes: Uint8Array, what: string): void {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw wireError(
      ErrorCode.INPUT_TOO_LARGE,
      `${what}: ${bytes.length} bytes, at most ${MAX_DOCUMENT_BYTES}`,
      {
        field: 'input',
        error: 'badlength',
        offset: MAX_DOCUMENT_BYTES,
      },
    );
  }
}

function checkRequestLimits(bytes: Uint8Array): void {
  if (bytes.length > TCLINK_MAX_REQUEST_BYTES) {
    throw wireError(
      ErrorCode.INPUT_TOO_LARGE,
      `request: ${bytes.length} bytes; TCLink carries at most ${TCLINK_MAX_REQUEST_BYTES}`,
      {
        field: 'request',
        error: 'badlength',
      },
    );
  }
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const len = i - start + (i < bytes.length ? 1 : 0);
      if (len > TCLINK_MAX_LINE_BYTES) {
        throw wireError(
          ErrorCode.INPUT_TOO_LARGE,
          `line at byte ${start} is ${len} bytes; TCLink carries at most ${TCLINK_MAX_LINE_BYTES}`,
          {
            field: 'request',
            error: 'badlength',
            offset: start,
          },
        );
      }
      start = i + 1;
    }
  }
}

function fieldsToPairs(fields: readonly NvpField[]): NvpPair[] {
  if (!Array.isArray(fields)) throw badDoc('fields: expected an array');
  return fields.map((f, i) => {
    if (typeof f !== 'object' || f === null || typeof f.name !== 'string' || typeof f.value !== 'string') {
      throw badDoc(`fields[${i}]: expected { name, value } strings`);
    }
    return [f.name, f.value] as const;
  });
}

function badDoc(message: string) {
  return wireError(ErrorCode.INVALID_ARGUMENT, message, { field: 'document' });
}

function checkDoc(doc: NvpDocument): void {
  if (typeof doc !== 'object' || doc === null || (doc.form !== 'tclink' && doc.form !== 'https')) {
    throw badDoc("document: expected { form: 'tclink' | 'https', fields: [...] }");
  }
}

function encodeLinesDoc(doc: NvpDocument, block: boolean, limits: boolean): Uint8Array {
  const pairs = fieldsToPairs(doc.fields);
  const layout = doc.layout;
  if (layout?.skeleton !== undefined) {
    const lay: LinesLayout = { skeleton: layout.skeleton };
    if (layout.begin !== undefined) lay.begin = layout.begin;
    if (layout.end !== undefined) lay.end = layout.end;
    const blockOk = block ? /B/.test(lay.skeleton) && /E/.test(lay.skeleton) : !/[BE]/.test(lay.skeleton);
    if (blockOk && layoutFits(lay, pairs.length)) {
      const out = encodeLinesWithLayout(pairs, lay);
      if (limits) checkRequestLimits(out);
      return out;
    }
  }
  return encodeLines(pairs, { block, limits });
}

/** Decodes a request in either form (socket block or HTTPS form body). */
export function decodeRequestDocument(bytes: Uint8Array): NvpDocument {
  if (detectForm(bytes) === 'tclink') return linesToDocument(bytes, true, true);
  return formToDocument(bytes);
}

export function encodeRequestDocument(doc: NvpDocument): Uint8Array {
  checkDoc(doc);
  if (doc.form === 'tclink') return encodeLinesDoc(doc, true, true);
  return documentToForm(doc);
}

/** Decodes an answer in either form (socket block or plain HTTPS lines). */
export function decodeResponseDocument(bytes: Uint8Array): NvpDocument {
  return linesToDocument(bytes, detectForm(bytes) === 'tclink', false);
}

export function encodeResponseDocument(doc: NvpDocument): Uint8Array {
  checkDoc(doc);
  return encodeLinesDoc(doc, doc.form === 'tclink', false);
}

function formToDocument(bytes: Uint8Array): NvpDocument {
  checkDocumentSize(bytes, 'form body');
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  if (end === 0) throw wireError(ErrorCode.EMPTY_RESPONSE, 'empty form body', { field: 'input', offset: 0 });
  // The body must be text: raw segments are kept as strings.
  utf8Decode(bytes, 0, end, true);
  const d = decodeForm(bytes, 0, end);
  const fields: NvpField[] = [];
  for (let i = 0; i < d.pairs.length; i++) {
    const [name, value] = d.pairs[i]!;
    const field: NvpField = { name, value };
    const start = d.offsets[i]!;
    const len = d.lengths[i]!;
    const canonical = encodeForm([[name, value]]);
    let same = canonical.length === len;
    for (let k = 0; same && k < len; k++) same = canonical[k] === bytes[start + k];
    if (!same) field.raw = utf8Decode(bytes, start, start + len, true);
    fields.push(field);
  }
  const doc: NvpDocument = { form: 'https', fields };
  if (end < bytes.length) doc.layout = { trailer: utf8Decode(bytes, end, bytes.length) };
  return doc;
}

function documentToForm(doc: NvpDocument): Uint8Array {
  const pairs = fieldsToPairs(doc.fields);
  const body: string[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const f = doc.fields[i]!;
    // A kept raw segment is used only while it still says the same name and value.
    const last = i === pairs.length - 1;
    if (typeof f.raw === 'string' && !(last && /[\r\n]$/.test(f.raw)) && rawMatches(f.raw, f.name, f.value)) {
      body.push(f.raw);
    } else body.push(latin1(encodeForm([pairs[i]!])));
  }
  const trailer = doc.layout?.trailer;
  const text = body.join('&') + (typeof trailer === 'string' && /^[\r\n]+$/.test(trailer) ? trailer : '');
  return utf8Bytes(text);
}

function rawMatches(raw: string, name: string, value: string): boolean {
  if (raw.includes('&')) return false;
  const d = decodeForm(utf8Bytes(raw)).pairs;
  return d.length === 1 ? d[0]![0] === name && d[0]![1] === value : raw === '' && name === '' && value === '';
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function utf8Bytes(text: string): Uint8Array {
  // Canonical segments are ASCII; raw segments are the received text.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  return encodeUtf8(text);
}
