// Builders for Group III field specs: one call per row of a chapter-5 table (EIS 1080 v17.6 §5.2).
// Lengths are written the way the spec prints them: `n` fixed, `a-b` variable, `0, n` empty or exactly n.

import { type FieldFormat, type FieldSpec, FS } from '@paywire/core';

/** Spec field-definition reference (chapter 6 section), e.g. `6.215` → `EIS 1080 §6.215`. */
function ref(section: string): string {
  return `EIS 1080 §${section}`;
}

type Extra = Omit<FieldSpec, 'name' | 'label' | 'spec'>;

/** Fixed length `n`, no separator after it: exactly `n` characters are written and read. */
export function fixed(
  name: string,
  label: string,
  length: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return { name, label, spec: ref(section), length, format, pad: 'none', ...extra };
}

/** Variable `min`-`max`, followed by `<FS>`. Optional when `min` is 0. */
export function fs(
  name: string,
  label: string,
  min: number,
  max: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return { name, label, spec: ref(section), terminator: FS, min, max, format, optional: min === 0, ...extra };
}

/** The spec's `0, n` (or `0 or n`) followed by `<FS>`: empty (absent) or exactly `n` characters. */
export function fsZeroOr(
  name: string,
  label: string,
  length: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return fs(name, label, length, length, format, section, { optional: true, ...extra });
}

/** Variable `min`-`max` running to the end of the record (the `<GS>` or the end of Group III). */
export function last(
  name: string,
  label: string,
  min: number,
  max: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return { name, label, spec: ref(section), rest: true, min, max, format, optional: min === 0, ...extra };
}

/** The spec's `0, n` as the last field of a record without a separator: empty or exactly `n`. */
export function lastZeroOr(
  name: string,
  label: string,
  length: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return last(name, label, length, length, format, section, { optional: true, ...extra });
}

/** An `<FS>` that carries no field (reserved / "future use" slots that must stay empty). */
export function emptyFs(name: string, label: string, section: string): FieldSpec {
  return { name, label, spec: ref(section), terminator: FS, min: 0, max: 0, optional: true };
}

/** Fixed length `n` followed by `<FS>`. */
export function fixedFs(
  name: string,
  label: string,
  length: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return fixed(name, label, length, format, section, { terminator: FS, ...extra });
}

/** The spec's `0, a-b` followed by `<FS>`: empty (absent) or `a` to `b` characters. */
export function fsZeroOrRange(
  name: string,
  label: string,
  min: number,
  max: number,
  format: FieldFormat,
  section: string,
  extra: Extra = {},
): FieldSpec {
  return fs(name, label, min, max, format, section, { optional: true, ...extra });
}
