/** Small helpers that map a parsed element tree onto the typed messages, with paths and offsets in errors. */

import { DatawireErrorCode, datawireError, ErrorCode } from '../errors.js';
import { decodeUtf8 } from '../utf8.js';
import { parseXml, XML_LIMITS, type XmlDocument, type XmlElement, type XmlLimits } from '../xml/parser.js';

export function structureError(path: string, message: string, offset: number): never {
  throw datawireError(DatawireErrorCode.XML_ERROR, message, { field: path, offset });
}

/** Parses text or UTF-8 bytes. */
export function parseInput(input: string | Uint8Array, limits?: Partial<XmlLimits>): XmlDocument {
  return parseXml(inputText(input, limits), limits);
}

/**
 * The text of the input: UTF-8 bytes decoded (after the size check), anything else as given (the
 * parser refuses what is not a string).
 */
export function inputText(input: string | Uint8Array, limits?: Partial<XmlLimits>): string {
  if (input instanceof Uint8Array) {
    // The limit counts bytes here: refuse oversized input before decoding it.
    const max = limits?.maxLength ?? XML_LIMITS.maxLength;
    if (input.length > max) {
      throw datawireError(
        ErrorCode.INPUT_TOO_LARGE,
        `XML input of ${input.length} bytes exceeds the limit of ${max}`,
        {
          field: 'xml',
          offset: max,
        },
      );
    }
    return decodeUtf8(input);
  }
  return input;
}

/** The fast readers handle small documents (at most 3 levels, 8 elements, 2 attributes per element). */
export function fastPathLimits(text: string, limits: Partial<XmlLimits> | undefined): boolean {
  if (limits === undefined) return text.length <= XML_LIMITS.maxLength;
  return (
    text.length <= (limits.maxLength ?? XML_LIMITS.maxLength) &&
    (limits.maxDepth ?? XML_LIMITS.maxDepth) >= 3 &&
    (limits.maxElements ?? XML_LIMITS.maxElements) >= 8 &&
    (limits.maxAttributes ?? XML_LIMITS.maxAttributes) >= 2
  );
}

/** Element children grouped by name; unknown names and stray text are errors. */
export function children(
  el: XmlElement,
  path: string,
  allowed: readonly string[],
): Map<string, XmlElement[]> {
  if (el.textStart >= 0 && !isBlank(el.text)) {
    structureError(path, `unexpected text inside <${el.name}>`, el.textStart);
  }
  const map = new Map<string, XmlElement[]>();
  for (const c of el.children) {
    if (!allowed.includes(c.name)) {
      structureError(
        `${path}.${c.name}`,
        `unexpected element <${c.name}> in <${el.name}> (expected ${allowed.join(', ')})`,
        c.start,
      );
    }
    const list = map.get(c.name);
    if (list) list.push(c);
    else map.set(c.name, [c]);
  }
  return map;
}

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}

/** The single child of that name, or undefined; duplicates are an error. */
export function one(map: Map<string, XmlElement[]>, name: string, path: string): XmlElement | undefined {
  const list = map.get(name);
  if (!list) return undefined;
  if (list.length > 1) structureError(`${path}.${name}`, `<${name}> occurs more than once`, list[1]!.start);
  return list[0];
}

export function required(
  map: Map<string, XmlElement[]>,
  name: string,
  path: string,
  parent: XmlElement,
): XmlElement {
  const el = one(map, name, path);
  if (!el) structureError(`${path}.${name}`, `<${parent.name}> has no <${name}>`, parent.start);
  return el;
}

/** Text of a leaf element (no child elements allowed). */
export function leafText(el: XmlElement, path: string): string {
  if (el.children.length > 0)
    structureError(path, `<${el.name}> must hold text, not elements`, el.children[0]!.start);
  return el.text;
}

/** Attribute values by name; names outside `allowed` (other than namespace declarations) are errors. */
export function attributes(el: XmlElement, path: string, allowed: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of el.attributes) {
    if (!allowed.includes(a.name) && a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) {
      structureError(`${path}@${a.name}`, `unexpected attribute ${a.name} on <${el.name}>`, a.nameOffset);
    }
    if (a.name.startsWith('xmlns:')) {
      structureError(`${path}@${a.name}`, 'namespace prefixes are not supported', a.nameOffset);
    }
    map.set(a.name, a.value);
  }
  return map;
}
