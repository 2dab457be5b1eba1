/** Small builders for EIS 1081 field tables (every 1081 field is fixed length). */

import type { FieldSpec } from '@paywire/core';

type Extra = Omit<FieldSpec, 'name' | 'length' | 'format' | 'default'> & {
  default?: string | number | undefined;
};

/** Alphanumeric (A/N): left-justified, space-filled. Blank decodes as ''. */
export function an(name: string, length: number, label: string, spec: string, extra: Extra = {}): FieldSpec {
  return clean({
    name,
    length,
    format: 'alphanumeric',
    label,
    spec: `EIS 1081 §${spec}`,
    default: '',
    ...extra,
  });
}

/** Drops `default: undefined` (a required field) so the spec object stays exact. */
function clean(f: Omit<FieldSpec, 'default'> & { default?: string | number | undefined }): FieldSpec {
  if (f.default === undefined) delete f.default;
  return f as FieldSpec;
}

/** Numeric text (NUM) kept as a string (codes, dates, numbers that keep their leading zeros). */
export function num(name: string, length: number, label: string, spec: string, extra: Extra = {}): FieldSpec {
  return clean({ name, length, format: 'numeric', label, spec: `EIS 1081 §${spec}`, ...extra });
}

/** Numeric amount or count as an integer (minor units), right-justified zero-filled. */
export function int(name: string, length: number, label: string, spec: string, extra: Extra = {}): FieldSpec {
  return clean({
    name,
    length,
    format: 'numeric',
    type: 'integer',
    label,
    spec: `EIS 1081 §${spec}`,
    default: 0,
    ...extra,
  });
}

/** `Number(text.slice(i, i + 2))`, without the slice when both characters are digits. */
function digitPair(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number(text.slice(i, i + 2));
}

/** MMDD check. */
export function checkMmdd(text: string): string | undefined {
  const m = digitPair(text, 0);
  const d = digitPair(text, 2);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? undefined : 'is not a valid MMDD date';
}

/** HHMMSS check. */
export function checkHhmmss(text: string): string | undefined {
  const h = digitPair(text, 0);
  const m = digitPair(text, 2);
  const s = digitPair(text, 4);
  return h <= 23 && m <= 59 && s <= 59 ? undefined : 'is not a valid HHMMSS time';
}

/** YYMMDD or MMDDYY check (all zeros allowed: the field is unused). */
export function checkDate6(layout: 'YYMMDD' | 'MMDDYY') {
  return (text: string): string | undefined => {
    if (text === '000000') return undefined;
    const mm = Number(layout === 'YYMMDD' ? text.slice(2, 4) : text.slice(0, 2));
    const dd = Number(layout === 'YYMMDD' ? text.slice(4, 6) : text.slice(2, 4));
    return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 ? undefined : `is not a valid ${layout} date`;
  };
}
