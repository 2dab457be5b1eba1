/** Field specs: records described as data (one table per record), walked by the engine in `record.ts`. */

import type { SensitiveKind } from '../mask.js';

/**
 * Character classes of a field's content.
 * - `numeric`: 0-9
 * - `alphanumeric`: printable ASCII 0x20-0x7E (the specs' "A/N")
 * - `alpha`: A-Z, a-z and space
 * - `hex`: 0-9, A-F (upper case, as the TSYS binary-to-ASCII-hex rule writes it)
 * - `text`: any byte but the field's terminator (free text, binary-safe payloads)
 */
export type FieldFormat = 'numeric' | 'alphanumeric' | 'alpha' | 'hex' | 'text';

/**
 * How a fixed-length value shorter than the field is filled.
 * Defaults: numeric → `zero-left` (right-justified, zero-filled); others → `space-right`
 * (left-justified, space-filled).
 */
export type Padding = 'zero-left' | 'space-right' | 'space-left' | 'zero-right' | 'none';

export type RecordValues = Record<string, unknown>;

export interface FieldSpec {
  /** Property name in the decoded object (camelCase of the spec's field name). */
  name: string;
  /** The spec's own name for the field, shown in traces. */
  label?: string;
  /** Where the field is defined, e.g. `EIS 1080 §6.128`. */
  spec?: string;

  /** Fixed length in bytes. */
  length?: number;
  /** Minimum length of the value (variable fields, or fixed fields that must not be padded below it). */
  min?: number;
  /** Maximum length of the value for variable fields. */
  max?: number;
  /** Byte written after the value (FS, GS, ...); the value ends at its first occurrence when decoding. */
  terminator?: number;
  /** On decode, the end of the data also ends the field when the terminator is missing. */
  terminatorOptionalAtEnd?: boolean;
  /** ASCII decimal length prefix of this many digits (LLVAR = 2, LLLVAR = 3). */
  lengthPrefix?: number;
  /** The field runs to the end of the enclosing data. */
  rest?: boolean;

  format?: FieldFormat;
  pad?: Padding;
  /** `integer`: the value is a JS number (amounts in minor units, counts); numeric format only. */
  type?: 'string' | 'integer';
  /** A literal that is always written and checked on decode; not part of the decoded object. */
  const?: string;
  /** Allowed values and their meanings. */
  values?: Readonly<Record<string, string>>;
  /** Decoding accepts values outside `values` (host answers that may grow); encoding still refuses them. */
  openValues?: boolean;

  /** May be absent: undefined encodes as empty (variable) or the fill character (fixed). */
  optional?: boolean;
  /** Fill character of an absent fixed-length optional field (default space). An all-fill field decodes as absent. */
  absentFill?: string;
  /** Value used when encoding and the record does not give one. */
  default?: string | number;
  /**
   * Encoding only: turns the record's value into the value written, before it is validated (an
   * amount in minor units into `12.00`, say), so callers need not copy the record to convert it.
   * Errors it throws pass through unchanged.
   */
  encodeValue?: (value: unknown, record: Readonly<RecordValues>) => unknown;
  /** The field is on the wire only when this returns true (evaluated on the values of the enclosing record). */
  when?: (record: Readonly<RecordValues>, root: Readonly<RecordValues>) => boolean;

  /** Card data or secret: masked in errors and traces. */
  sensitive?: SensitiveKind;
  /** Extra validation of the text form; return an error message or undefined. */
  check?: (text: string, record: Readonly<RecordValues>) => string | undefined;
  /** Error code used when `check` fails (default 502 INVALID_FORMAT). */
  checkCode?: number;

  /** Sub-fields: the value is an object. With `length`/`terminator`/`rest` they fill that window. */
  fields?: readonly FieldSpec[];
  /** With `fields`: the value is an array of such objects. */
  repeat?: {
    max: number;
    min?: number;
    /** Name of an earlier sibling field (integer) that holds the count. Without it, items fill the window. */
    countField?: string;
  };
}

export interface TraceEntry {
  /** Dotted path of the field (`groupIII.0.cardholderName`). */
  path: string;
  label: string;
  /** Offset of the first byte in the decoded input. */
  offset: number;
  /** Bytes of the value (terminator and length prefix excluded). */
  length: number;
  /** The raw bytes as `<FS>`-escaped text; masked when sensitive. */
  raw: string;
  /** The decoded value; masked when sensitive. Omitted for composites. */
  value?: unknown;
  /** Meaning of the value from the field's `values` table. */
  meaning?: string;
  /** The terminator that followed, e.g. `<FS>`. */
  terminator?: string;
  depth: number;
  sensitive?: SensitiveKind;
  spec?: string;
}
