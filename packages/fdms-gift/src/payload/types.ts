/** Plain objects of decoded SVdot payloads. */

import type { FieldName } from '../fields/dictionary.js';

/**
 * The fields of a payload, keyed by dictionary name, in wire order (object key order). Values are
 * the exact wire text (padding kept) so that encoding gives back identical bytes. Field ids the
 * dictionary does not know are kept as `fieldXX` (XX = the two hex digits).
 */
export type SvdotFields = { [K in FieldName]?: string } & { [unknown: `field${string}`]: string };

/** What the encoder accepts: numbers for numeric fields, `undefined` for "leave out". */
export type SvdotFieldsInput = { [K in FieldName]?: string | number | undefined } & {
  [unknown: `field${string}`]: string | undefined;
};

/** A request payload: `SV.` + merchant id, version, format, request code, then the fields. */
export interface SvdotRequest {
  /** 11-digit merchant number (the same number starts field 42). */
  merchantId: string;
  /** Version number, `4` in every source. */
  version: string;
  /** Format number, `0` in every source. */
  format: string;
  /** Four-digit transaction request code (`2400` balance inquiry, `0704` timeout reversal, ...). */
  requestCode: string;
  fields: SvdotFields;
  /** The payload ended with a field separator after the last field (kept so encoding is exact). */
  trailingSeparator?: boolean;
}

export interface SvdotRequestInput {
  merchantId: string;
  version?: string;
  format?: string;
  requestCode: string;
  fields: SvdotFieldsInput;
  trailingSeparator?: boolean;
}

/** A response payload: version, format, response indicator `0900`, then the fields. */
export interface SvdotResponse {
  version: string;
  format: string;
  /** Always `0900` in the recorded answers. */
  responseIndicator: string;
  fields: SvdotFields;
  /** The payload ended with a field separator after the last field (kept so encoding is exact). */
  trailingSeparator?: boolean;
}

export interface SvdotResponseInput {
  version?: string;
  format?: string;
  responseIndicator?: string;
  fields: SvdotFieldsInput;
  trailingSeparator?: boolean;
}
