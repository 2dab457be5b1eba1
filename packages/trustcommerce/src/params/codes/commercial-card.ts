/** Guide §XVII, "PL2 Output Parameter": `commercialcard`. */

export const COMMERCIAL_CARD = {
  S: 'purchasing card',
  R: 'corporate card',
  B: 'business card',
} as const;

export type CommercialCard = keyof typeof COMMERCIAL_CARD;
