// EIS 1080 §6.101 Industry code (Table 6.48), byte 31 of the request.

export const industryCodes = {
  '0': 'unknown or unsure (digit zero)',
  A: 'auto rental',
  B: 'bank / financial institution',
  D: 'direct marketing (mail, telephone, e-commerce)',
  F: 'food / restaurant',
  G: 'grocery store / supermarket',
  H: 'hotel',
  L: 'limited amount terminal',
  O: 'oil company / automated fueling',
  P: 'passenger transport',
  R: 'retail',
} as const satisfies Readonly<Record<string, string>>;

export type IndustryCode = keyof typeof industryCodes;
