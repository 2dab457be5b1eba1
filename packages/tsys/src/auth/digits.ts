// Digit checks run on every request and response: character loops instead of regular expressions.
import { isDigitText } from '@paywire/core';

/** `Number(text.slice(i, i + 2))`, without the slice when both characters are digits. */
export function digitPair(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number(text.slice(i, i + 2));
}

/** True for exactly `n` ASCII digits (what /^\d{n}$/ accepts). */
export function isDigits(text: string, n: number): boolean {
  return isDigitText(text, n, n);
}
