/**
 * Value rules of the SVdot types, shared by the encoder and the decoder so that everything the
 * decoder accepts encodes back to the same bytes.
 */

import { FS, mask } from '@paywire/core';
import { GiftErrorCode, giftError } from '../errors.js';
import type { FieldDef, FieldType } from './types.js';

const DIGIT = new Uint8Array(256);
const HEXCH = new Uint8Array(256);
const PRINTABLE = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) {
  DIGIT[c] = 1;
  HEXCH[c] = 1;
}
for (let c = 0x41; c <= 0x46; c++) {
  HEXCH[c] = 1;
  HEXCH[c + 32] = 1;
}
for (let c = 0x20; c <= 0x7e; c++) PRINTABLE[c] = 1;

const WORDS: Record<FieldType, string> = {
  AN: 'printable ASCII',
  N: 'digits (leading spaces allowed)',
  ZN: 'digits',
  SN: 'an optional sign and digits',
  HT: 'hex digits',
  FDCD: 'history bytes (anything but FS)',
};

function scan(table: Uint8Array, text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || table[c] !== 1) return i;
  }
  return -1;
}

/** Character-level check of a value's text; returns the index of the first bad character or -1. */
export function badCharIndex(type: FieldType, text: string): number {
  const n = text.length;
  switch (type) {
    case 'AN':
      return scan(PRINTABLE, text, 0);
    case 'ZN':
      return scan(DIGIT, text, 0);
    case 'HT':
      return scan(HEXCH, text, 0);
    case 'N':
    case 'SN': {
      let i = 0;
      while (i < n && text.charCodeAt(i) === 0x20) i++;
      if (type === 'SN' && i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x2b || c === 0x2d) i++;
      }
      if (i === n) return n === 0 ? -1 : n - 1; // no digit at all
      return scan(DIGIT, text, i);
    }
    case 'FDCD':
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c > 0xff || c === FS) return i;
      }
      return -1;
  }
}

/** Masked form of a value for error messages and traces. */
export function shownValue(def: FieldDef | undefined, text: string): string {
  return def?.sensitive ? mask(def.sensitive, text) : text;
}

function where(def: FieldDef): string {
  return `${def.name} (${def.id} ${def.label})`;
}

/**
 * Validates the wire text of a field. `offset` is given by the decoder (errors then use 519-style
 * wording and carry the byte offset); the encoder leaves it undefined.
 */
export function checkFieldText(def: FieldDef, text: string, offset?: number): void {
  const n = text.length;
  if (n < def.min || n > def.max) {
    throw giftError(
      GiftErrorCode.INVALID_LENGTH,
      `${where(def)}: ${n} characters, ${def.min === def.max ? `exactly ${def.min}` : `${def.min}-${def.max}`} allowed`,
      {
        field: def.name,
        offset,
        expected: def.min === def.max ? String(def.min) : `${def.min}-${def.max}`,
        actual: String(n),
      },
    );
  }
  const bad = badCharIndex(def.type, text);
  if (bad >= 0) {
    throw giftError(
      GiftErrorCode.INVALID_FORMAT,
      `${where(def)}: character ${bad + 1} is not allowed (${def.type}: ${WORDS[def.type]})`,
      {
        field: def.name,
        offset: offset === undefined ? undefined : offset + bad,
        expected: WORDS[def.type],
        actual: shownValue(def, text),
      },
    );
  }
}

/**
 * Turns a caller's value (string, or a non-negative integer for numeric fields) into validated wire
 * text. `ZN` values are zero-filled on the left up to the field's minimum; no other type is padded
 * (a short value is refused, see README "decisions").
 */
export function fieldText(def: FieldDef, value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && (def.type === 'N' || def.type === 'ZN' || def.type === 'SN')) {
    if (!Number.isSafeInteger(value) || (value < 0 && def.type !== 'SN')) {
      throw giftError(
        GiftErrorCode.OUT_OF_RANGE,
        `${where(def)}: ${value} is not a valid integer for this field`,
        {
          field: def.name,
          actual: def.sensitive ? undefined : String(value),
        },
      );
    }
    text = def.type === 'SN' && value >= 0 ? `+${value}` : String(value);
  } else {
    throw giftError(
      GiftErrorCode.INVALID_FORMAT,
      `${where(def)}: expected a string${def.type === 'AN' || def.type === 'HT' ? '' : ' or an integer'}`,
      { field: def.name, actual: typeof value },
    );
  }
  if (def.type === 'ZN' && text.length < def.min && badCharIndex('ZN', text) < 0) {
    text = '0'.repeat(def.min - text.length) + text;
  }
  checkFieldText(def, text);
  return text;
}

/** Value text without the padding a host may add: leading spaces (N, SN), leading zeros (ZN). */
export function trimmedText(def: FieldDef, text: string): string {
  if (def.type === 'N' || def.type === 'SN') return text.trimStart();
  if (def.type === 'AN') return text.trimEnd();
  return text;
}
