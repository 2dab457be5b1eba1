// EIS 1080 §6.116 Market specific data `PIDD` (Tables 6.50-6.52).

/** P: prestigious property indicator (Table 6.51). */
export const prestigiousPropertyIndicators = {
  ' ': 'auto rental or non-participating property',
  D: 'prestigious property, $500 limit',
  B: 'prestigious property, $1000 limit',
  S: 'prestigious property, $1500 limit',
} as const satisfies Readonly<Record<string, string>>;

/** I: market specific data identifier (Table 6.52); also response byte 67. */
export const marketSpecificDataIdentifiers = {
  A: 'auto rental',
  B: 'bill payment',
  E: 'e-commerce transaction aggregation',
  H: 'hotel / lodging',
  J: 'B2B invoice payment',
  N: 'failed market specific data',
  M: 'healthcare',
  T: 'transit (ambulance, medevac)',
  ' ': 'other industries',
} as const satisfies Readonly<Record<string, string>>;

/** Identifiers whose duration `DD` must be `00` (§6.116.3). */
export const ZERO_DURATION_IDENTIFIERS: ReadonlySet<string> = new Set(['B', 'E', 'J', 'M', 'T']);
