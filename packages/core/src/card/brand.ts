/** Card brand from BIN (IIN) ranges, as publicly documented by the networks. */

export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'diners'
  | 'jcb'
  | 'unionpay'
  | 'maestro'
  | 'unknown';

interface BinRange {
  brand: CardBrand;
  /** Inclusive prefix range, compared on the first `digits` digits. */
  from: number;
  to: number;
  digits: number;
  lengths: readonly number[];
}

const R = (brand: CardBrand, from: number, to: number, lengths: readonly number[]): BinRange => ({
  brand,
  from,
  to,
  digits: String(from).length,
  lengths,
});

// Most specific first.
const RANGES: readonly BinRange[] = [
  R('mastercard', 222100, 272099, [16]),
  R('discover', 622126, 622925, [16, 17, 18, 19]),
  R('discover', 644, 649, [16, 17, 18, 19]),
  R('discover', 6011, 6011, [16, 17, 18, 19]),
  R('discover', 65, 65, [16, 17, 18, 19]),
  R('jcb', 3528, 3589, [16, 17, 18, 19]),
  R('diners', 300, 305, [14, 15, 16, 17, 18, 19]),
  R('diners', 3095, 3095, [14, 15, 16, 17, 18, 19]),
  R('diners', 36, 36, [14, 15, 16, 17, 18, 19]),
  R('diners', 38, 39, [14, 15, 16, 17, 18, 19]),
  R('amex', 34, 34, [15]),
  R('amex', 37, 37, [15]),
  R('mastercard', 51, 55, [16]),
  R('unionpay', 62, 62, [16, 17, 18, 19]),
  R('maestro', 50, 50, [12, 13, 14, 15, 16, 17, 18, 19]),
  R('maestro', 56, 58, [12, 13, 14, 15, 16, 17, 18, 19]),
  R('maestro', 6, 6, [12, 13, 14, 15, 16, 17, 18, 19]),
  R('visa', 4, 4, [13, 16, 19]),
];

/** Brand of a PAN by its leading digits (length is not checked; see `cardBrandLengths`). */
export function cardBrand(pan: string): CardBrand {
  for (const r of RANGES) {
    if (pan.length < r.digits) continue;
    const prefix = Number(pan.slice(0, r.digits));
    if (prefix >= r.from && prefix <= r.to) return r.brand;
  }
  return 'unknown';
}

/** PAN lengths the brand issues. */
export function cardBrandLengths(brand: CardBrand): readonly number[] {
  if (brand === 'unknown') return [];
  const set = new Set<number>();
  for (const r of RANGES) if (r.brand === brand) for (const l of r.lengths) set.add(l);
  return [...set].sort((a, b) => a - b);
}
