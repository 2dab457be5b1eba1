/**
 * An exact, minimal XML writer: elements, attributes and text in the order given, with the
 * whitespace of an `XmlLayout`. Text is escaped (`&`, `<`, `>`; also `"`/`'` in attribute values);
 * characters XML 1.0 cannot carry are an error, never written.
 */

import { DatawireErrorCode, datawireError } from '../errors.js';
import { parseXml } from './parser.js';

/**
 * How a document is laid out. The default for requests is the compact form of the recorded
 * staging requests; the default for responses is the pretty form of the recorded host responses.
 */
export interface XmlLayout {
  /** Exact text before the root element: XML declaration, DOCTYPE, whitespace between them. */
  prolog: string;
  /** Line break written before each nested element and before a container's end tag; '' = compact. */
  newline: string;
  /** Indentation per nesting level after each line break. */
  indent: string;
  /** How an element without content is written. */
  emptyElement: 'pair' | 'self-closing' | 'self-closing-space';
  /** Between attribute name and value: '=' or ' = '. */
  equals: string;
  /** Attribute quote character. */
  quote: '"' | "'";
  /** Exact text after the root element (e.g. a final line break). */
  epilog: string;
  /**
   * Set by `keepLayout` decoding when the document's whitespace is irregular, so the detected
   * layout alone would re-encode it differently: the exact document text, and the text the value
   * encodes to with this layout. Encoding gives back `text` while the value still encodes to
   * `canonical` (unchanged); after a change the canonical form is written.
   */
  source?: { text: string; canonical: string };
}

/** Gives back the decoded document's own text when the value is unchanged (see `XmlLayout.source`). */
export function sourceOrCanonical(layout: XmlLayout, written: string): string {
  const source = layout.source;
  return source !== undefined && source.canonical === written ? source.text : written;
}

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Layout of the recorded staging requests: declaration, no whitespace at all. */
export const COMPACT_LAYOUT: Readonly<XmlLayout> = Object.freeze({
  prolog: DECLARATION,
  newline: '',
  indent: '',
  emptyElement: 'pair',
  equals: '=',
  quote: '"',
  epilog: '',
});

/** Layout of the recorded host responses: declaration, DOCTYPE, one-space indentation, final newline. */
export const RESPONSE_LAYOUT: Readonly<XmlLayout> = Object.freeze({
  prolog: `${DECLARATION}\n<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">\n`,
  newline: '\n',
  indent: ' ',
  emptyElement: 'pair',
  equals: '=',
  quote: '"',
  epilog: '\n',
});

function invalidChar(field: string, offset: number): never {
  throw datawireError(DatawireErrorCode.XML_ERROR, 'value holds a character XML 1.0 cannot carry', {
    field,
    offset,
  });
}

/** Escapes character data (and attribute values when `quote` is given). */
export function escapeXmlText(value: string, field: string, quote?: '"' | "'"): string {
  let out = '';
  let run = 0;
  const n = value.length;
  for (let k = 0; k < n; k++) {
    const c = value.charCodeAt(k);
    let rep: string | undefined;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (quote !== undefined && c === 0x22 && quote === '"') rep = '&quot;';
    else if (quote !== undefined && c === 0x27 && quote === "'") rep = '&apos;';
    else if (c < 0x20) {
      if (c !== 0x9 && c !== 0xa && c !== 0xd) invalidChar(field, k);
      // Literal line breaks/tabs in attribute values would be normalised by a reader: use references.
      if (quote !== undefined) rep = `&#${c};`;
    } else if (c >= 0xd800) {
      if (c <= 0xdbff) {
        const d = value.charCodeAt(k + 1);
        if (!(d >= 0xdc00 && d <= 0xdfff)) invalidChar(field, k);
        k++;
      } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) invalidChar(field, k);
    }
    if (rep !== undefined) {
      out += value.slice(run, k) + rep;
      run = k + 1;
    }
  }
  return run === 0 ? value : out + value.slice(run);
}

function badLayout(field: string, message: string): never {
  throw datawireError(DatawireErrorCode.XML_ERROR, message, { field: `layout.${field}` });
}

/**
 * A layout may come from decoded (possibly edited) JSON: its prolog and epilog must be markup a
 * strict reader accepts (so no entity declarations can be smuggled in) and its spacing whitespace.
 */
export function checkLayout(layout: XmlLayout): void {
  if (layout === null || typeof layout !== 'object') badLayout('', 'layout must be an object');
  const { prolog, epilog, newline, indent, equals, quote, emptyElement } = layout;
  for (const [k, v] of [
    ['prolog', prolog],
    ['epilog', epilog],
    ['newline', newline],
    ['indent', indent],
    ['equals', equals],
  ] as const) {
    if (typeof v !== 'string' || v.length > 4096) badLayout(k, 'must be a string of at most 4096 characters');
  }
  if (!/^[ \t\r\n]*$/.test(newline) || !/^[ \t]*$/.test(indent))
    badLayout('newline', 'newline/indent must be whitespace');
  if (!/^[ \t\r\n]*=[ \t\r\n]*$/.test(equals)) badLayout('equals', "must be '=' with optional whitespace");
  if (quote !== '"' && quote !== "'") badLayout('quote', 'must be a double or single quote');
  if (emptyElement !== 'pair' && emptyElement !== 'self-closing' && emptyElement !== 'self-closing-space') {
    badLayout('emptyElement', "must be 'pair', 'self-closing' or 'self-closing-space'");
  }
  // The prolog and epilog must form a well-formed document around an element.
  parseXml(`${prolog}<x/>${epilog}`);
  if (/<(?!\?|!--|!DOCTYPE)/.test(prolog) || /<(?!\?|!--)/.test(epilog)) {
    badLayout('prolog', 'prolog/epilog may hold only the declaration, a DOCTYPE, comments and whitespace');
  }
}

export type XmlAttributes = ReadonlyArray<readonly [name: string, value: string]>;

/** Builds one document with a layout. Callers open/close elements in document order. */
export class XmlWriter {
  private out: string;
  private depth = 0;
  private readonly layout: XmlLayout;
  /** Per open element: whether it has child elements yet. */
  private readonly hasChildren: boolean[] = [];
  private readonly names: string[] = [];

  constructor(layout: XmlLayout) {
    if (layout !== COMPACT_LAYOUT && layout !== RESPONSE_LAYOUT) checkLayout(layout);
    this.layout = layout;
    this.out = layout.prolog;
  }

  /** Line break before a nested start tag (depth > 0) or before any container's end tag. */
  private breakLine(endTag = false): void {
    if ((endTag || this.depth > 0) && (this.layout.newline !== '' || this.layout.indent !== '')) {
      this.out += this.layout.newline + this.layout.indent.repeat(this.depth);
    }
  }

  private startTag(name: string, attributes: XmlAttributes | undefined): void {
    const parent = this.hasChildren.length - 1;
    if (parent >= 0) this.hasChildren[parent] = true;
    this.breakLine();
    let tag = `<${name}`;
    if (attributes) {
      const { equals, quote } = this.layout;
      for (const [k, v] of attributes)
        tag += ` ${k}${equals}${quote}${escapeXmlText(v, `${name}@${k}`, quote)}${quote}`;
    }
    this.out += tag;
  }

  private emptyTail(name: string): string {
    switch (this.layout.emptyElement) {
      case 'self-closing':
        return '/>';
      case 'self-closing-space':
        return ' />';
      default:
        return `></${name}>`;
    }
  }

  /** Opens a container element. */
  open(name: string, attributes?: XmlAttributes): this {
    this.startTag(name, attributes);
    this.out += '>';
    this.names.push(name);
    this.hasChildren.push(false);
    this.depth++;
    return this;
  }

  /** Closes the innermost container (written as an empty element when nothing was put in it). */
  close(): this {
    const name = this.names.pop();
    const had = this.hasChildren.pop();
    if (name === undefined) throw datawireError(DatawireErrorCode.XML_ERROR, 'close() without open()');
    this.depth--;
    if (!had) {
      // Nothing inside: rewrite the just-written '>' as an empty element.
      this.out = this.out.slice(0, -1) + this.emptyTail(name);
      return this;
    }
    this.breakLine(true);
    this.out += `</${name}>`;
    return this;
  }

  /** A leaf element with text (empty text gives an empty element in the layout's style). */
  leaf(name: string, text: string, attributes?: XmlAttributes, cdata = false): this {
    this.startTag(name, attributes);
    if (text.length === 0 && !cdata) {
      this.out += this.emptyTail(name);
      return this;
    }
    if (cdata) {
      if (text.includes(']]>')) {
        throw datawireError(DatawireErrorCode.XML_ERROR, "CDATA text must not contain ']]>'", {
          field: name,
        });
      }
      escapeXmlText(text, name); // character check only
      this.out += `><![CDATA[${text}]]></${name}>`;
    } else {
      this.out += `>${escapeXmlText(text, name)}</${name}>`;
    }
    return this;
  }

  /** The finished document. */
  finish(): string {
    if (this.names.length > 0) {
      throw datawireError(
        DatawireErrorCode.XML_ERROR,
        `element <${this.names[this.names.length - 1]}> left open`,
      );
    }
    return this.out + this.layout.epilog;
  }
}
