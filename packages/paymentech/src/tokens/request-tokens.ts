/**
 * The request token list: every token is `<id><data><FS>`. Known ids decode into their own table;
 * any other id keeps its data as `raw` (never guessed, re-encoded as received).
 */
import { type FieldSpec, FS, type RecordValues } from '@paywire/core';
import { CD_TOKEN } from './cd.js';
import { CV_TOKEN } from './cv.js';
import { P1_TOKEN } from './p1.js';
import { P2_TOKEN } from './p2.js';
import { P8_TOKEN } from './p8.js';
import { RN_TOKEN } from './rn.js';
import { SC_TOKEN } from './sc.js';
import { TA_TOKEN } from './ta.js';
import { TC_TOKEN } from './tc.js';
import type { TokenDefinition } from './token.js';
import { VA_TOKEN } from './va.js';

export const REQUEST_TOKENS: readonly TokenDefinition[] = [
  CV_TOKEN,
  CD_TOKEN,
  VA_TOKEN,
  SC_TOKEN,
  RN_TOKEN,
  P8_TOKEN,
  P1_TOKEN,
  P2_TOKEN,
  TC_TOKEN,
  TA_TOKEN,
];

const KNOWN = new Set(REQUEST_TOKENS.map((t) => t.id));

/** True for the token ids this package knows the layout of. */
export function isKnownRequestToken(id: string): boolean {
  return KNOWN.has(id);
}

/** Fields of one token (the list item). */
export const REQUEST_TOKEN_FIELDS: readonly FieldSpec[] = [
  { name: 'id', label: 'token id', length: 2, pad: 'none' },
  ...REQUEST_TOKENS.map(
    (t): FieldSpec => ({
      name: t.key,
      label: `${t.id} ${t.label}`,
      terminator: FS,
      fields: t.fields,
      when: (r: Readonly<RecordValues>) => r.id === t.id,
    }),
  ),
  {
    name: 'raw',
    label: 'token data (id not known to this package)',
    terminator: FS,
    max: 512,
    optional: true,
    when: (r: Readonly<RecordValues>) => !KNOWN.has(r.id as string),
  },
];

/** The token list field that ends every body that carries tokens. */
export const REQUEST_TOKEN_LIST: FieldSpec = {
  name: 'tokens',
  label: 'tokens',
  rest: true,
  fields: REQUEST_TOKEN_FIELDS,
  repeat: { max: 32 },
};

export type CvvPresenceWire = '1' | '9';

/** A decoded request token. */
export type RequestToken =
  | { id: 'CV'; cv: { presence: CvvPresenceWire | (string & {}); value?: string } }
  | { id: 'CD'; cd: { customerDefinedData?: string } }
  | { id: 'VA'; va: { cavv: string } }
  | { id: 'SC'; sc: { ucafIndicator: string; aav?: string } }
  | { id: 'RN'; rn: { posRetrievalNumber: string } }
  | { id: 'P8'; p8: { authorizationType: string } }
  | { id: 'P1'; p1: { vendorId: string; softwareId: string; softwareData: string } }
  | { id: 'P2'; p2: { data: string } }
  | { id: 'TC'; tc: { originalTransactionCode?: string } }
  | { id: 'TA'; ta: { allowed: 'Y' } }
  | { id: string; raw?: string };
