// EIS 1081 §4.178 Table 4.37 — market specific data indicator ('' = space: other industries).
export const marketSpecificDataIndicators = {
  '': 'not applicable',
  A: 'auto rental',
  B: 'bill payment',
  E: 'e-commerce transaction aggregation',
  H: 'hotel',
  J: 'B2B invoice payment',
  M: 'healthcare',
  N: 'failed market-specific data',
  T: 'transit',
} as const;
