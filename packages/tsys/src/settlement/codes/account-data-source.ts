// EIS 1081 §4.1 Table 4.1 — where the account number came from.
export const accountDataSources = {
  A: 'bar code / payment code',
  B: 'OCR',
  D: 'full track 2 read',
  G: 'chip read',
  H: 'full track 1 read',
  P: 'keyed, chip-capable terminal',
  Q: 'contactless, track data rules',
  R: 'contactless, EMV rules',
  S: 'full magnetic stripe (track 2), chip-capable terminal',
  T: 'keyed, track 2 capable',
  X: 'keyed, track 1 capable',
  '@': 'keyed, no card reader',
  W: 'chip card processed as stripe (no common application)',
  Z: 'chip card processed as stripe (fallback)',
} as const;
export type AccountDataSource = keyof typeof accountDataSources;
