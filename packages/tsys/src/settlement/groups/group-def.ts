/** Shape shared by every optional data group table (header and detail records). */

import type { FieldSpec } from '@paywire/core';

export interface GroupDef {
  /** Optional data group number (its bit in the record type's group map). */
  readonly number: number;
  /** Property name under `groups` in the decoded record. */
  readonly key: string;
  /** The spec's name of the group. */
  readonly title: string;
  /** Fixed byte length of the group ('variable' for group 41). */
  readonly length: number | 'variable';
  /** Where the group is defined. */
  readonly spec: string;
  readonly fields: readonly FieldSpec[];
}

export function group(
  number: number,
  key: string,
  title: string,
  spec: string,
  fields: readonly FieldSpec[],
): GroupDef {
  let length = 0;
  for (const f of fields) length += f.length ?? 0;
  return { number, key, title, spec, fields, length };
}
