/** Ordered name=value pairs: the common shape of every TrustCommerce message on the wire. */

/** One parameter as sent or received. Order and duplicates are kept. */
export type NvpPair = readonly [name: string, value: string];

/** What the encoders accept: ordered pairs, or a plain object (its key order is the wire order; undefined is skipped). */
export type NvpInput = readonly NvpPair[] | Readonly<Record<string, string | undefined>>;

/** Calls `fn` for each pair of `input` in order without copying it. */
export function forEachPair(input: NvpInput, fn: (name: string, value: string) => void): void {
  if (Array.isArray(input)) {
    const list = input as readonly NvpPair[];
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      fn(p[0], p[1]);
    }
    return;
  }
  const rec = input as Readonly<Record<string, string | undefined>>;
  for (const name in rec) {
    const v = rec[name];
    if (v !== undefined) fn(name, v);
  }
}

/**
 * Looks a name up the way the TCLink hash API does: case-insensitive, first occurrence wins
 * (the guide's hash-returning `Send()`); returns undefined when absent.
 */
export function getParam(pairs: readonly NvpPair[], name: string): string | undefined {
  const lower = name.toLowerCase();
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    if (p[0] === name || p[0].toLowerCase() === lower) return p[1];
  }
  return undefined;
}

/** Pairs to a plain object (lower-cased names, first occurrence wins, empty values dropped as TCLink drops them). */
export function pairsToObject(pairs: readonly NvpPair[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < pairs.length; i++) {
    const [n, v] = pairs[i]!;
    if (n === '' || v === '') continue;
    const k = n.toLowerCase();
    if (!Object.hasOwn(out, k)) setOwn(out, k, v);
  }
  return out;
}

/** Assigns an own property, also for the name `__proto__` (which plain assignment would not create). */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
