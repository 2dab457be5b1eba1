/** Reads the layout (prolog, indentation, empty-element style, quoting) of a parsed document. */

import { isPaywireError } from '@paywire/core';
import type { XmlDocument, XmlElement } from './parser.js';
import type { XmlLayout } from './writer.js';

function firstEmpty(el: XmlElement): XmlElement | undefined {
  if (el.children.length === 0 && el.textStart < 0) return el;
  for (const c of el.children) {
    const found = firstEmpty(c);
    if (found) return found;
  }
  return undefined;
}

function firstAttributed(el: XmlElement): XmlElement | undefined {
  if (el.attributes.length > 0) return el;
  for (const c of el.children) {
    const found = firstAttributed(c);
    if (found) return found;
  }
  return undefined;
}

/**
 * The layout that re-creates a document written in one consistent style (compact, or one element
 * per line with a fixed indentation step). Documents with irregular whitespace get the closest
 * layout and re-encode in that canonical form.
 */
export function detectLayout(doc: XmlDocument): XmlLayout {
  const { root, source } = doc;
  let newline = '';
  let indent = '';
  const first = root.children[0];
  if (first !== undefined && root.textStart >= 0 && root.textStart < first.start) {
    const ws = source.slice(root.textStart, first.start);
    if (/^\s*$/.test(ws)) {
      const lf = ws.lastIndexOf('\n');
      newline = lf < 0 ? '' : ws.charCodeAt(lf - 1) === 0x0d ? '\r\n' : '\n';
      indent = ws.slice(lf + 1);
    }
  }
  let emptyElement: XmlLayout['emptyElement'] = 'pair';
  const empty = firstEmpty(root);
  if (empty?.selfClosing) emptyElement = empty.spaceBeforeSlash ? 'self-closing-space' : 'self-closing';
  let equals = '=';
  let quote: '"' | "'" = '"';
  const attributed = firstAttributed(root);
  const a = attributed?.attributes[0];
  if (a !== undefined) {
    equals = source.slice(a.nameOffset + a.name.length, a.offset - 1);
    quote = source.charAt(a.offset - 1) === "'" ? "'" : '"';
  }
  return {
    prolog: source.slice(0, root.start),
    newline,
    indent,
    emptyElement,
    equals,
    quote,
    epilog: source.slice(root.end),
  };
}

/**
 * Adds `source` to a detected layout when `write` (the encoder with that layout) does not give
 * back the document's text, so that decode then encode is byte-exact for any document.
 */
export function keepSource(
  layout: XmlLayout,
  doc: XmlDocument,
  write: (layout: XmlLayout) => string,
): XmlLayout {
  let canonical: string;
  try {
    canonical = write(layout);
  } catch (e) {
    if (isPaywireError(e)) return layout;
    throw e;
  }
  return canonical === doc.source ? layout : { ...layout, source: { text: doc.source, canonical } };
}
