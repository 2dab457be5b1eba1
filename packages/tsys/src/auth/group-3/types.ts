// Group III (EIS 1080 v17.6 §5.2.3–§5.2.75): the shapes shared by the version tables, the registry and the codec.

import type { FieldSpec } from '@paywire/core';

/** Which message a Group III record sits in: the POS request (D, T, W, X, Y, Z) or the host response (E, U). */
export type Direction = 'request' | 'response';

/** One Group III record ("addendum"): the 3-digit version number and the data that follows it. */
export interface GroupIIIRecord {
  /** Group III version number, three digits (`022`). */
  version: string;
  /** Decoded data of a known version (field names are the camelCase of the spec's field names). */
  fields?: Record<string, unknown>;
  /** Data of a version this code has no table for, kept as text (one character per byte). */
  raw?: string;
}

/** One byte layout of a version in one direction (a table of chapter 5). */
export interface GroupIIILayout {
  /** The spec's table, e.g. `Table 5.40`. */
  table: string;
  /** Name of the layout when a direction has more than one (`version only`, `with amounts`, `usage 2`). */
  name?: string;
  /** Fields after the version number, in wire order; separators (FS) belong to the fields, GS to the codec. */
  fields: readonly FieldSpec[];
  /**
   * Values the decoder adds to `fields` to tell this layout apart from the others of the same
   * direction (they are not on the wire). Giving them when encoding selects this layout; layouts
   * with a tag are never chosen otherwise.
   */
  tag?: Readonly<Record<string, string>>;
}

/** Life-cycle of a version as the spec describes it. */
export type GroupIIIStatus =
  /** In use. */
  | 'active'
  /** Marked RESERVED in v17.6 (010 CCPS). */
  | 'reserved'
  /** Retired: must not be used for new development (042, 045: use 055). */
  | 'retired'
  /** Obsolete, replaced by another version (030: use 063). */
  | 'obsolete'
  /** Reserved for TSYS internal use, no layout published (047). */
  | 'internal'
  /** Named in the version list (Table 6.46) only, no layout in v17.6 (012). */
  | 'listed-only';

export interface GroupIIIVersionSpec {
  /** Three digits. */
  version: string;
  /** The spec's heading for the version. */
  title: string;
  /** Where it is defined: section, tables and line numbers of `EIS1080-v17.6-authorization.txt`. */
  reference: string;
  status: GroupIIIStatus;
  /**
   * Layouts of the request record, tried in order. Empty: the spec defines no request layout, so a
   * record of this version is kept as raw text in a request.
   */
  request: readonly GroupIIILayout[];
  /** Layouts of the response record (same rules). */
  response: readonly GroupIIILayout[];
  /** Remarks that matter to users (usage limits, replacements, decisions). */
  note?: string;
  /**
   * Rules across fields that a field table cannot express; checked when encoding. Returns a problem
   * description, or undefined when the record is fine.
   */
  check?: (fields: Readonly<Record<string, unknown>>, direction: Direction) => string | undefined;
}
