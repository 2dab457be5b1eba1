// EIS 1080 §6.2 Account data source code (Table 6.1), request byte 64.

import { oneCharTest } from './one-char-set.js';

export const accountDataSources = {
  A: 'bar code / payment code read',
  D: 'full magnetic stripe, track 2',
  G: 'chip card read data (CCPS)',
  H: 'full magnetic stripe, track 1',
  P: 'keyed on a chip-capable terminal',
  Q: 'contactless using track data rules',
  R: 'contactless using EMV rules',
  S: 'full magnetic stripe (track 2) on a chip-capable terminal',
  T: 'keyed, track 2 capable terminal',
  X: 'keyed, track 1 capable terminal',
  '@': 'keyed, terminal cannot read cards',
  W: 'chip card read as stripe: no common EMV application',
  Z: 'chip card read as stripe: card or terminal failure (fallback)',
} as const satisfies Readonly<Record<string, string>>;

export type AccountDataSource = keyof typeof accountDataSources;

/**
 * Sources whose customer data field is the manually entered form `account<FS>MMYY<FS>item3`
 * (§6.70.3). Reversals and completion advices must use one of them (note to Table 6.1).
 */
export const KEYED_ACCOUNT_DATA_SOURCES: ReadonlySet<string> = new Set(['@', 'P', 'T', 'X']);

/** True for the keyed account data sources (@, P, T, X). */
export const isKeyedSource: (accountDataSource: unknown) => boolean = oneCharTest(KEYED_ACCOUNT_DATA_SOURCES);
