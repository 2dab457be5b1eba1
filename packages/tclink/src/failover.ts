/**
 * TCLink 4.2.0's connection order, restated: the starting host comes from the customer id
 * (`atoi(custid) / 100 + atoi(custid) % 100`, modulo the number of hosts), the first host is tried
 * twice ("retry the first host at least once"), then the following hosts in turn, wrapping.
 */

import type { HostAddress } from '@paywire/transport-tls';

/** C `atoi`: optional blanks and sign, then digits; anything else ends the number (none: 0). */
export function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(text);
  if (!m) return 0;
  // int overflow is undefined in C; keep to 32 bits as glibc's strtol-then-int does on common targets
  const n = Number(BigInt.asIntN(32, BigInt(m[2]!.slice(0, 20))));
  return m[1] === '-' ? -n : n;
}

/** 4.2.0's host hash of a customer id (C integer division and remainder). */
export function hostHash(custId: string): number {
  const n = atoi(custId);
  return Math.trunc(n / 100) + (n % 100);
}

/** Index of the first host to try among `count` hosts. */
export function startIndex(custId: string, count: number): number {
  if (count < 1) return 0;
  return ((hostHash(custId) % count) + count) % count;
}

/**
 * The hosts in the order they are tried, `attempts` long: start, start again, start+1, ...
 * Default length: every host once plus the repeat of the first.
 */
export function attemptOrder<T extends HostAddress>(
  hosts: readonly T[],
  custId: string,
  attempts = hosts.length + 1,
): T[] {
  const n = hosts.length;
  const start = startIndex(custId, n);
  const out: T[] = [];
  for (let i = 0; i < attempts; i++) {
    const step = i === 0 ? 0 : i - 1;
    out.push(hosts[(start + step) % n]!);
  }
  return out;
}
