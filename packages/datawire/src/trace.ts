/** Annotated element/attribute listing of a Datawire document for the CLI and the inspector. */

import type { TraceEntry } from '@paywire/core';
import { isRecommendedClientRef, maskAuth } from './client-id.js';
import { returnCodeInfo } from './codes/return-codes.js';
import { statusCodeInfo } from './codes/status-codes.js';
import { unescapePayload } from './payload-escape.js';
import type { XmlDocument, XmlElement } from './xml/parser.js';

/** Masks every run of 13-19 digits (first 6 / last 4 kept): payloads can carry card numbers. */
export function maskDigitRuns(text: string): string {
  return text.replace(/[0-9]{13,19}/g, (d) => d.slice(0, 6) + '*'.repeat(d.length - 10) + d.slice(-4));
}

/** Converts UTF-16 offsets of the source to UTF-8 byte offsets (identity for ASCII). */
function byteOffsets(source: string): (offset: number) => number {
  let ascii = true;
  for (let k = 0; k < source.length; k++) {
    if (source.charCodeAt(k) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return (o) => o;
  const table = new Uint32Array(source.length + 1);
  let b = 0;
  for (let k = 0; k < source.length; k++) {
    table[k] = b;
    const c = source.charCodeAt(k);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4;
      k++;
      table[k] = b;
    } else b += 3;
  }
  table[source.length] = b;
  return (o) => table[o] ?? b;
}

function meaningOf(path: string, value: string): string | undefined {
  if (path.endsWith('@StatusCode')) return statusCodeInfo(value).meaning;
  if (path.endsWith('.ReturnCode')) {
    const info = returnCodeInfo(value);
    return info.reversalRequired ? `${info.meaning}; outcome unknown: reversal required` : info.meaning;
  }
  if (path.endsWith('.ClientRef')) {
    return isRecommendedClientRef(value)
      ? `transaction ${value.slice(0, 7)}, version ${value.slice(8)}`
      : undefined;
  }
  return undefined;
}

/** One entry per element and attribute, in document order; Auth masked, digit runs in payloads masked. */
export function traceDocument(doc: XmlDocument): TraceEntry[] {
  const entries: TraceEntry[] = [];
  const src = doc.source;
  const at = byteOffsets(src);
  const walk = (el: XmlElement, path: string, depth: number): void => {
    const leaf = el.children.length === 0;
    const isAuth = el.name === 'Auth';
    const isPayload = el.name === 'Payload';
    const start = leaf && el.textStart >= 0 ? el.textStart : el.start;
    const end = leaf && el.textStart >= 0 ? el.textEnd : el.end;
    const entry: TraceEntry = {
      path,
      label: el.name,
      offset: at(start),
      length: at(end) - at(start),
      raw: leaf ? src.slice(start, end) : '',
      depth,
    };
    if (leaf) {
      let value = el.text;
      if (isAuth) {
        value = maskAuth(value);
        entry.raw = maskAuth(entry.raw);
        entry.sensitive = 'password';
      } else if (isPayload) {
        value = maskDigitRuns(value);
        entry.raw = maskDigitRuns(entry.raw);
        const enc = el.attributes.find((a) => a.name === 'Encoding');
        if (enc === undefined) {
          try {
            entry.meaning = `${unescapePayload(el.text).length} payload bytes after |XX unescaping`;
          } catch {
            entry.meaning = 'not valid |XX escaping';
          }
        }
      }
      entry.value = value;
      const m = entry.meaning ?? meaningOf(path, value);
      if (m !== undefined) entry.meaning = m;
    }
    entries.push(entry);
    for (const a of el.attributes) {
      const ap = `${path}@${a.name}`;
      const ae: TraceEntry = {
        path: ap,
        label: `@${a.name}`,
        offset: at(a.offset),
        length: at(a.offset + a.rawLength) - at(a.offset),
        raw: src.slice(a.offset, a.offset + a.rawLength),
        value: a.value,
        depth: depth + 1,
      };
      const m = meaningOf(ap, a.value);
      if (m !== undefined) ae.meaning = m;
      entries.push(ae);
    }
    const seen = new Map<string, number>();
    for (const c of el.children) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
    const idx = new Map<string, number>();
    for (const c of el.children) {
      let p = `${path}.${c.name}`;
      if ((seen.get(c.name) ?? 0) > 1) {
        const k = idx.get(c.name) ?? 0;
        idx.set(c.name, k + 1);
        p += `.${k}`;
      }
      walk(c, p, depth + 1);
    }
  };
  walk(doc.root, doc.root.name, 0);
  return entries;
}
