/**
 * Card data guard for tests. Holds the test card numbers, tracks, CVVs, PIN blocks, passwords and
 * keys used across the suite; `findLeaks` reports any of them found unmasked in a text.
 * The setup file (`@paywire/test-guard/setup`) applies it to everything a test prints.
 */

/** Test PANs used in the specs, seeds and our fixtures. */
export const TEST_PANS: readonly string[] = [
  '4111111111111111',
  '4012000010000',
  '4012888888881881',
  '4123459999992349',
  '4219876128293505',
  '4055011111111111',
  '5499740000000057',
  '5555555555554444',
  '5454545454545454',
  '371449635398431',
  '378282246310005',
  '6011000991300009',
  '6011111111111117',
  '3566002020360505',
  '36438999960016',
  '9999999999999999',
];

const secrets = new Set<string>(TEST_PANS);

/**
 * Adds values that must never appear unmasked (a test's CVV, password, key, PIN block, track).
 * Values shorter than 6 characters are refused: scanning for them would flag innocent text.
 */
export function registerSecret(...values: string[]): void {
  for (const v of values) {
    if (v.length < 6)
      throw new Error(`test-guard: secret '${'*'.repeat(v.length)}' is too short to scan for`);
    secrets.add(v);
  }
}

export function registeredSecrets(): readonly string[] {
  return [...secrets];
}

/** Masked description of every registered secret found in `text`. */
export function findLeaks(text: string): string[] {
  const found: string[] = [];
  for (const s of secrets) {
    if (text.includes(s)) found.push(`${s.slice(0, 4)}…(${s.length} chars)`);
  }
  return found;
}

/** Throws when `text` contains a registered secret; `where` names the output for the message. */
export function assertNoLeaks(text: string, where = 'output'): void {
  const leaks = findLeaks(text);
  if (leaks.length > 0) throw new Error(`card data or secret unmasked in ${where}: ${leaks.join(', ')}`);
}
