// Membership of one-character codes, tested per request by `when` rules and cross-field checks.

/**
 * A test for "is one of these one-character codes" that reads one table entry instead of hashing a
 * string (Set#has); anything but a one-character string is not a member.
 */
export function oneCharTest(codes: ReadonlySet<string>): (value: unknown) => boolean {
  const table = new Uint8Array(256);
  for (const c of codes) {
    if (c.length !== 1 || c.charCodeAt(0) > 0xff) throw new Error(`not a one-character code: ${c}`);
    table[c.charCodeAt(0)] = 1;
  }
  return (value) => typeof value === 'string' && value.length === 1 && table[value.charCodeAt(0)] === 1;
}
