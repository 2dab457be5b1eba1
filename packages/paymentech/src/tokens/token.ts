/** A request token: `<2-character id><data><FS>` after the fixed FS fields (notes a.2, tampa-more 3.4). */
import type { FieldSpec } from '@paywire/core';

export interface TokenDefinition {
  /** The two characters that open the token on the wire. */
  readonly id: string;
  /** Property that holds the token's fields in a decoded token (`{ id: 'CV', cv: {...} }`). */
  readonly key: string;
  readonly label: string;
  /** Fields of the token data, between the id and the FS. */
  readonly fields: readonly FieldSpec[];
}
