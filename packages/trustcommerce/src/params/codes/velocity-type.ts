/** Guide §XVI, "Velocity Return Parameters": `velocitytype` = scope + period + measure (32 values). */

export const VELOCITY_SCOPE = {
  global: 'all transactions',
  zip: 'same zip code',
  ip: 'same IP address',
  cc: 'same card',
} as const;
export const VELOCITY_PERIOD = {
  '1day': 'one day',
  '3day': 'three days',
  '15day': 'fifteen days',
  '30day': 'thirty days',
} as const;
export const VELOCITY_MEASURE = { count: 'transaction count', total: 'amount total' } as const;

export type VelocityScope = keyof typeof VELOCITY_SCOPE;
export type VelocityPeriod = keyof typeof VELOCITY_PERIOD;
export type VelocityMeasure = keyof typeof VELOCITY_MEASURE;

export interface VelocityType {
  scope: VelocityScope;
  period: VelocityPeriod;
  measure: VelocityMeasure;
}

const RE = /^(global|zip|ip|cc)(1day|3day|15day|30day)(count|total)$/;

/** Splits `zip3daycount` into its parts; undefined for values outside the grammar. */
export function parseVelocityType(value: string): VelocityType | undefined {
  const m = RE.exec(value);
  if (!m) return undefined;
  return { scope: m[1] as VelocityScope, period: m[2] as VelocityPeriod, measure: m[3] as VelocityMeasure };
}

/** Meaning of a `velocitytype` value in words. */
export function describeVelocityType(value: string): string | undefined {
  const v = parseVelocityType(value);
  if (!v) return undefined;
  return `${VELOCITY_MEASURE[v.measure]} over ${VELOCITY_PERIOD[v.period]} exceeded for ${VELOCITY_SCOPE[v.scope]}`;
}

/** Every one of the 32 velocity types. */
export const VELOCITY_TYPES: readonly string[] = Object.keys(VELOCITY_SCOPE).flatMap((s) =>
  Object.keys(VELOCITY_PERIOD).flatMap((p) => Object.keys(VELOCITY_MEASURE).map((m) => s + p + m)),
);
