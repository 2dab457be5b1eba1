// Digit checks run on every request and response: character loops instead of regular expressions.

/** `Number(text.slice(i, i + 2))`, without the slice when both characters are digits. */
export function digitPair(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number(text.slice(i, i + 2));
}

/** True for `min` to `max` ASCII digits and nothing else (what /^\d{min,max}$/ accepts). */
export function isDigitRun(text: string, min: number, max: number): boolean {
  const n = text.length;
  if (n < min || n > max) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** True for exactly `n` ASCII digits (what /^\d{n}$/ accepts). */
export function isDigits(text: string, n: number): boolean {
  return isDigitRun(text, n, n);
}
