/**
 * A small strict XML 1.0 parser for Datawire documents: one pass over the text, no dependency,
 * every value kept as a string.
 *
 * Accepted: an XML declaration (UTF-8 / US-ASCII), comments, processing instructions, a DOCTYPE
 * with a SYSTEM or PUBLIC identifier (recorded, never fetched), CDATA sections, the five
 * predefined entities and numeric character references, any attribute order and any whitespace
 * between markup.
 * Refused with a paywire error: DOCTYPE internal subsets (so ENTITY declarations, external
 * entities and entity expansion attacks cannot happen), references to any other entity, input
 * longer than `maxLength`, nesting deeper than `maxDepth`, more than `maxElements` elements or
 * `maxAttributes` attributes on one element, and anything that is not well-formed.
 * Offsets are UTF-16 code unit offsets into the text (equal to byte offsets for ASCII).
 */

import { ErrorCode } from '@paywire/core';
import { DatawireErrorCode, datawireError } from '../errors.js';

export interface XmlAttribute {
  name: string;
  value: string;
  /** Offset of the attribute name. */
  nameOffset: number;
  /** Offset of the first character of the value (after the quote). */
  offset: number;
  /** Length of the value as written (entity references not yet decoded). */
  rawLength: number;
}

export interface XmlElement {
  name: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Character data directly inside the element (entities decoded, CDATA included). */
  text: string;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the closing `>`. */
  end: number;
  /** Offset of the first character data, or -1 when none. */
  textStart: number;
  /** Offset after the last character data, or -1 when none. */
  textEnd: number;
  /** Written as `<X/>`. */
  selfClosing: boolean;
  /** Whitespace stood before `/>` (`<X />`). */
  spaceBeforeSlash: boolean;
  /** Some of the text came from a CDATA section. */
  cdata: boolean;
  depth: number;
}

export interface XmlDeclaration {
  version: string;
  encoding: string | undefined;
  standalone: string | undefined;
  start: number;
  end: number;
}

export interface XmlDoctype {
  name: string;
  publicId: string | undefined;
  systemId: string | undefined;
  start: number;
  end: number;
}

export interface XmlDocument {
  root: XmlElement;
  declaration: XmlDeclaration | undefined;
  doctype: XmlDoctype | undefined;
  /** The parsed text. */
  source: string;
}

export interface XmlLimits {
  /** Longest accepted input in characters (default 262144 = 256 KiB). */
  maxLength: number;
  /** Deepest accepted element nesting; the root is depth 1 (default 32). */
  maxDepth: number;
  /** Most elements in one document (default 4096). */
  maxElements: number;
  /** Most attributes on one element (default 32). */
  maxAttributes: number;
}

/** The default limits; Datawire documents are a few hundred bytes to a few KiB. */
export const XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxLength: 256 * 1024,
  maxDepth: 32,
  maxElements: 4096,
  maxAttributes: 32,
});

/** 1 = name start char, 2 = name char (ASCII only; everything above 0x7F counts as a name char). */
const NAME = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) NAME[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) NAME[c] = 1;
NAME[0x5f] = 1; // _
NAME[0x3a] = 1; // :
for (let c = 0x30; c <= 0x39; c++) NAME[c] = 2;
NAME[0x2d] = 2; // -
NAME[0x2e] = 2; // .

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function fail(message: string, offset: number, code: number = DatawireErrorCode.XML_ERROR): never {
  throw datawireError(code, message, { offset, field: 'xml' });
}

/** XML 1.0 `Char` production for a code point. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Parses one XML document. Throws only paywire errors of the datawire family. */
export function parseXml(text: string, limits: Partial<XmlLimits> = {}): XmlDocument {
  if (typeof text !== 'string') fail('input is not a string', 0);
  const maxLength = limits.maxLength ?? XML_LIMITS.maxLength;
  const maxDepth = limits.maxDepth ?? XML_LIMITS.maxDepth;
  const maxElements = limits.maxElements ?? XML_LIMITS.maxElements;
  const maxAttributes = limits.maxAttributes ?? XML_LIMITS.maxAttributes;
  const s = text;
  const n = s.length;
  if (n > maxLength) {
    throw datawireError(
      ErrorCode.INPUT_TOO_LARGE,
      `XML input of ${n} characters exceeds the limit of ${maxLength}`,
      {
        field: 'xml',
        offset: maxLength,
      },
    );
  }
  let i = 0;
  if (n > 0 && s.charCodeAt(0) === 0xfeff) i = 1;
  let j = i;
  while (j < n && isWs(s.charCodeAt(j))) j++;
  if (j >= n)
    throw datawireError(ErrorCode.EMPTY_RESPONSE, 'empty XML document', { field: 'xml', offset: j });

  let declaration: XmlDeclaration | undefined;
  let doctype: XmlDoctype | undefined;

  // ---- helpers closing over s/n ----
  const readName = (p: number): number => {
    const c = s.charCodeAt(p);
    if (!(c >= 0x80 || NAME[c] === 1)) fail('expected a name', p);
    let q = p + 1;
    while (q < n) {
      const d = s.charCodeAt(q);
      if (d < 0x80 ? NAME[d] === 0 : false) break;
      q++;
    }
    return q;
  };
  const skipWs = (p: number): number => {
    while (p < n && isWs(s.charCodeAt(p))) p++;
    return p;
  };
  const expect = (p: number, lit: string, what: string): number => {
    if (!s.startsWith(lit, p)) fail(`expected ${what}`, p);
    return p + lit.length;
  };
  /** Checks raw characters of a run for XML validity (controls, lone surrogates). */
  const checkChars = (from: number, to: number, text = false): void => {
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x3e) {
        // ']]>' may not appear in character data
        if (text && k >= 2 && s.charCodeAt(k - 1) === 0x5d && s.charCodeAt(k - 2) === 0x5d) {
          fail("']]>' is not allowed in text", k - 2);
        }
      } else if (c < 0x20) {
        if (c !== 0x9 && c !== 0xa && c !== 0xd)
          fail(`control character U+${c.toString(16).padStart(4, '0')} is not allowed in XML`, k);
      } else if (c >= 0xd800) {
        if (c <= 0xdbff) {
          const d = s.charCodeAt(k + 1);
          if (!(d >= 0xdc00 && d <= 0xdfff)) fail('lone surrogate', k);
          k++;
        } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) {
          fail('character not allowed in XML', k);
        }
      }
    }
  };
  /** Decodes the entity reference starting at `&` (p); returns [text, next offset]. */
  const readReference = (p: number): [string, number] => {
    const semi = s.indexOf(';', p + 1);
    if (semi < 0 || semi - p > 12) fail("'&' must start an entity reference ending in ';'", p);
    const body = s.slice(p + 1, semi);
    switch (body) {
      case 'lt':
        return ['<', semi + 1];
      case 'gt':
        return ['>', semi + 1];
      case 'amp':
        return ['&', semi + 1];
      case 'quot':
        return ['"', semi + 1];
      case 'apos':
        return ["'", semi + 1];
    }
    if (body.charCodeAt(0) === 0x23) {
      const hex = body.charCodeAt(1) === 0x78;
      const digits = body.slice(hex ? 2 : 1);
      if (digits.length === 0 || !(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) {
        fail(`malformed character reference &${body};`, p);
      }
      const cp = Number.parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(cp)) fail(`character reference &${body}; is not an allowed XML character`, p);
      return [String.fromCodePoint(cp), semi + 1];
    }
    return fail(
      `undefined entity &${body.slice(0, 12)}; refused (only the predefined entities and character references are accepted)`,
      p,
      DatawireErrorCode.XML_ENTITY_REFUSED,
    );
  };
  /** Text between from/to with references decoded. */
  const decodeRun = (from: number, to: number, inAttr: boolean): string => {
    let out = '';
    let k = from;
    let runStart = from;
    while (k < to) {
      const c = s.charCodeAt(k);
      if (c === 0x26) {
        checkChars(runStart, k, !inAttr);
        out += s.slice(runStart, k);
        const [t, next] = readReference(k);
        if (next > to) fail('entity reference runs past the value', k);
        out += t;
        k = next;
        runStart = k;
      } else if (inAttr && c === 0x3c) {
        fail("'<' is not allowed in an attribute value", k);
      } else {
        k++;
      }
    }
    checkChars(runStart, to, !inAttr);
    return runStart === from ? s.slice(from, to) : out + s.slice(runStart, to);
  };
  const skipComment = (p: number): number => {
    const close = s.indexOf('-->', p + 4);
    if (close < 0) fail('unterminated comment', p);
    const dd = s.indexOf('--', p + 4);
    if (dd < close) fail("'--' is not allowed inside a comment", dd);
    checkChars(p + 4, close);
    return close + 3;
  };
  const skipPi = (p: number): number => {
    const end = readName(p + 2);
    const target = s.slice(p + 2, end);
    if (target.toLowerCase() === 'xml') fail('XML declaration is only allowed at the very start', p);
    const close = s.indexOf('?>', end);
    if (close < 0) fail('unterminated processing instruction', p);
    if (close > end && !isWs(s.charCodeAt(end)))
      fail('expected whitespace after the processing instruction target', end);
    checkChars(end, close);
    return close + 2;
  };
  const readQuoted = (p: number, what: string): [string, number] => {
    const q = s.charCodeAt(p);
    if (q !== 0x22 && q !== 0x27) fail(`expected a quoted ${what}`, p);
    const close = s.indexOf(q === 0x22 ? '"' : "'", p + 1);
    if (close < 0) fail(`unterminated ${what}`, p);
    checkChars(p + 1, close);
    return [s.slice(p + 1, close), close + 1];
  };

  // ---- XML declaration ----
  if (s.startsWith('<?xml', i) && (isWs(s.charCodeAt(i + 5)) || s.startsWith('?>', i + 5))) {
    const start = i;
    let p = i + 5;
    const pseudo = new Map<string, string>();
    for (;;) {
      const ws = skipWs(p);
      if (s.startsWith('?>', ws)) {
        p = ws + 2;
        break;
      }
      if (ws === p) fail('expected whitespace in the XML declaration', p);
      const nameEnd = readName(ws);
      const name = s.slice(ws, nameEnd);
      let q = skipWs(nameEnd);
      q = expect(q, '=', "'='");
      q = skipWs(q);
      const [value, next] = readQuoted(q, 'declaration value');
      if (pseudo.has(name) || (name !== 'version' && name !== 'encoding' && name !== 'standalone')) {
        fail(`unexpected '${name}' in the XML declaration`, ws);
      }
      pseudo.set(name, value);
      p = next;
    }
    const version = pseudo.get('version');
    if (version === undefined || !/^1\.[0-9]+$/.test(version))
      fail('XML declaration needs version="1.x"', start);
    const encoding = pseudo.get('encoding');
    if (encoding !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) {
      fail(`unsupported encoding "${encoding}" (UTF-8 only)`, start);
    }
    declaration = { version, encoding, standalone: pseudo.get('standalone'), start, end: p };
    i = p;
  }

  // ---- misc and DOCTYPE before the root ----
  for (;;) {
    i = skipWs(i);
    if (i >= n) fail('no root element', i);
    if (s.charCodeAt(i) !== 0x3c) fail('text before the root element', i);
    if (s.startsWith('<!--', i)) {
      i = skipComment(i);
    } else if (s.startsWith('<?', i)) {
      i = skipPi(i);
    } else if (s.startsWith('<!DOCTYPE', i)) {
      if (doctype !== undefined) fail('second DOCTYPE', i);
      const start = i;
      let p = i + 9;
      if (!isWs(s.charCodeAt(p))) fail('expected whitespace after <!DOCTYPE', p);
      p = skipWs(p);
      const nameEnd = readName(p);
      const name = s.slice(p, nameEnd);
      p = skipWs(nameEnd);
      let publicId: string | undefined;
      let systemId: string | undefined;
      if (s.startsWith('SYSTEM', p)) {
        p = skipWs(p + 6);
        [systemId, p] = readQuoted(p, 'system identifier');
      } else if (s.startsWith('PUBLIC', p)) {
        p = skipWs(p + 6);
        [publicId, p] = readQuoted(p, 'public identifier');
        p = skipWs(p);
        [systemId, p] = readQuoted(p, 'system identifier');
      }
      p = skipWs(p);
      if (s.charCodeAt(p) === 0x5b) {
        const subsetEnd = s.indexOf(']', p);
        const subset = s.slice(p, subsetEnd < 0 ? n : subsetEnd);
        if (subset.includes('<!ENTITY')) {
          fail(
            'DOCTYPE declares entities: ENTITY declarations are refused (external entities and entity expansion are not supported)',
            p,
            DatawireErrorCode.XML_ENTITY_REFUSED,
          );
        }
        fail(
          'DOCTYPE internal subset refused: only an external identifier (SYSTEM/PUBLIC) is accepted, and it is never fetched',
          p,
          DatawireErrorCode.XML_ENTITY_REFUSED,
        );
      }
      if (s.charCodeAt(p) !== 0x3e) fail("expected '>' to end the DOCTYPE", p);
      doctype = { name, publicId, systemId, start, end: p + 1 };
      i = p + 1;
    } else if (s.startsWith('<!', i)) {
      fail('unexpected markup declaration before the root element', i);
    } else {
      break;
    }
  }

  // ---- elements ----
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x3c) {
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 0x2f) {
        // end tag
        const top = stack.pop();
        if (top === undefined) fail('end tag without a start tag', i);
        const nameEnd = readName(i + 2);
        if (nameEnd - (i + 2) !== top.name.length || !s.startsWith(top.name, i + 2)) {
          fail(`end tag </${s.slice(i + 2, nameEnd)}> does not match <${top.name}>`, i);
        }
        const p = skipWs(nameEnd);
        if (s.charCodeAt(p) !== 0x3e) fail("expected '>' to end the end tag", p);
        top.end = p + 1;
        i = p + 1;
        if (stack.length === 0) break;
      } else if (c1 === 0x21) {
        if (s.startsWith('<!--', i)) {
          i = skipComment(i);
        } else if (s.startsWith('<![CDATA[', i)) {
          const top = stack[stack.length - 1];
          if (top === undefined) fail('CDATA outside the root element', i);
          const close = s.indexOf(']]>', i + 9);
          if (close < 0) fail('unterminated CDATA section', i);
          checkChars(i + 9, close);
          if (top.textStart < 0) top.textStart = i;
          top.text += s.slice(i + 9, close);
          top.cdata = true;
          i = close + 3;
          top.textEnd = i;
        } else if (s.startsWith('<!DOCTYPE', i)) {
          fail('DOCTYPE is only allowed before the root element', i);
        } else {
          fail('unexpected markup declaration', i);
        }
      } else if (c1 === 0x3f) {
        i = skipPi(i);
      } else {
        // start tag
        if (root !== undefined && stack.length === 0) fail('content after the root element', i);
        if (++count > maxElements) {
          fail(`more than ${maxElements} elements`, i, DatawireErrorCode.XML_LIMIT_EXCEEDED);
        }
        if (stack.length >= maxDepth) {
          fail(`elements nested deeper than ${maxDepth}`, i, DatawireErrorCode.XML_LIMIT_EXCEEDED);
        }
        const nameEnd = readName(i + 1);
        const el: XmlElement = {
          name: s.slice(i + 1, nameEnd),
          attributes: [],
          children: [],
          text: '',
          start: i,
          end: -1,
          textStart: -1,
          textEnd: -1,
          selfClosing: false,
          spaceBeforeSlash: false,
          cdata: false,
          depth: stack.length + 1,
        };
        let p = nameEnd;
        for (;;) {
          const ws = skipWs(p);
          const d = s.charCodeAt(ws);
          if (d === 0x3e) {
            p = ws + 1;
            break;
          }
          if (d === 0x2f) {
            if (s.charCodeAt(ws + 1) !== 0x3e) fail("expected '/>'", ws);
            el.selfClosing = true;
            el.spaceBeforeSlash = ws > p;
            p = ws + 2;
            el.end = p;
            break;
          }
          if (ws >= n) fail(`unterminated start tag <${el.name}>`, i);
          if (ws === p) fail('expected whitespace before an attribute', p);
          const an = readName(ws);
          const name = s.slice(ws, an);
          let q = skipWs(an);
          if (s.charCodeAt(q) !== 0x3d) fail(`expected '=' after attribute ${name}`, q);
          q = skipWs(q + 1);
          const quote = s.charCodeAt(q);
          if (quote !== 0x22 && quote !== 0x27) fail(`expected a quoted value for attribute ${name}`, q);
          const close = s.indexOf(quote === 0x22 ? '"' : "'", q + 1);
          if (close < 0) fail(`unterminated value of attribute ${name}`, q);
          for (const a of el.attributes) if (a.name === name) fail(`duplicate attribute ${name}`, ws);
          if (el.attributes.length >= maxAttributes) {
            fail(`more than ${maxAttributes} attributes`, ws, DatawireErrorCode.XML_LIMIT_EXCEEDED);
          }
          el.attributes.push({
            name,
            value: decodeRun(q + 1, close, true),
            nameOffset: ws,
            offset: q + 1,
            rawLength: close - q - 1,
          });
          p = close + 1;
        }
        const parent = stack[stack.length - 1];
        if (parent !== undefined) parent.children.push(el);
        else root = el;
        i = p;
        if (!el.selfClosing) stack.push(el);
        else if (stack.length === 0) break;
      }
    } else {
      // character data up to the next '<'
      const top = stack[stack.length - 1];
      if (top === undefined) fail('text outside the root element', i);
      let lt = s.indexOf('<', i);
      if (lt < 0) lt = n;
      const t = decodeRun(i, lt, false);
      if (top.textStart < 0) top.textStart = i;
      top.text = top.text.length === 0 ? t : top.text + t;
      top.textEnd = lt;
      i = lt;
    }
  }
  if (stack.length > 0) fail(`unexpected end of input: <${stack[stack.length - 1]!.name}> is not closed`, n);
  if (root === undefined) fail('no root element', i);
  // ---- misc after the root ----
  for (;;) {
    i = skipWs(i);
    if (i >= n) break;
    if (s.startsWith('<!--', i)) i = skipComment(i);
    else if (s.startsWith('<?', i)) i = skipPi(i);
    else fail('content after the root element', i);
  }
  return { root, declaration, doctype, source: s };
}

/** Local part of a possibly prefixed name (`soap:Request` -> `Request`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
