/** Structure-aware generation: perturb the leaves of a decoded message, then encode it again. */

import { TEST_PANS } from '@paywire/test-guard';
import type { Rng } from './prng.js';

type Path = (string | number)[];

interface Leaf {
  path: Path;
  value: string | number | boolean;
}

export function clone<T>(v: T): T {
  if (v instanceof Uint8Array) return new Uint8Array(v) as T;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = clone(x);
    return out as T;
  }
  return v;
}

function leaves(v: unknown, path: Path, out: Leaf[]): void {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push({ path, value: v });
  else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) leaves(v[i], [...path, i], out);
  } else if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array))
    for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let o = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]!] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = value;
}

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789ABCDEF';

/**
 * Keys that select a shape rather than carry data (record type, token id, Group III version,
 * wire form, layout kept for byte-exact re-encoding): valid perturbations leave them alone.
 */
const DISCRIMINATORS = new Set(['type', 'id', 'version', 'form', 'layout', 'recordFormat', 'raw', 'name']);

/** A character of the same class (digit, upper, lower, hex, space, other printable). */
function sameClass(rng: Rng, c: string): string {
  if (DIGITS.includes(c)) return rng.pick([...DIGITS]);
  if (UPPER.includes(c)) return rng.pick([...UPPER]);
  if (LOWER.includes(c)) return rng.pick([...LOWER]);
  return c;
}

function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

/** Looks like a card number: 13-19 digits passing Luhn. */
export function isPanLike(s: string): boolean {
  return /^\d{13,19}$/.test(s) && luhnOk(s);
}

/** A value of the same shape: same length, each character replaced within its class. */
export function similarString(rng: Rng, s: string): string {
  if (isPanLike(s)) {
    const same = TEST_PANS.filter((p) => p.length === s.length);
    if (same.length > 0) return rng.pick(same);
  }
  let out = '';
  for (const c of s) out += rng.chance(0.4) ? sameClass(rng, c) : c;
  // keep hex strings hex
  if (/^[0-9A-F]+$/.test(s) && !/^[0-9A-F]+$/.test(out)) return s;
  return out;
}

/** Hostile string values: huge, empty, separators, control bytes, non-ASCII, lone surrogates. */
function hostileString(rng: Rng, s: string): string {
  const choice = rng.int(10);
  switch (choice) {
    case 0:
      return '';
    case 1:
      return s.repeat(rng.pick([2, 50, 2000])) || 'X'.repeat(5000);
    case 2:
      return (
        s +
        rng.pick(['\x1c', '\x1d', '\x03', '\x02', '\x17', '|', '=', '&', '<', '>', '\n', '\r', '"', '%', '+'])
      );
    case 3:
      return s.slice(0, Math.max(0, s.length - 1));
    case 4:
      return `${s}${sameClass(rng, s.at(-1) ?? '0')}`;
    case 5:
      return `${s.slice(0, 1)}\u00e9${s.slice(1)}`;
    case 6:
      return `${s}\ud800`;
    case 7:
      return `${s}\u0000`;
    case 8:
      return ' '.repeat(s.length);
    default:
      return hex(rng, HEX, s.length);
  }
}

function hex(rng: Rng, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += rng.pick([...alphabet]);
  return out;
}

function hostileNumber(rng: Rng, n: number): number {
  return rng.pick([
    n + 1,
    n - 1,
    0,
    -1,
    2 ** 31,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1.5,
    n * 1000,
  ]);
}

/**
 * Changes 1 to 3 leaves of a decoded message; `reshaped` when a field name, type, id or version
 * changed or an array element was dropped or repeated (values may then sit in other fields). `valid` keeps each change within the field's shape
 * (same length, same character classes, test PANs for PANs, small number steps); otherwise
 * hostile values are used too.
 */
export function perturb<T>(
  rng: Rng,
  value: T,
  valid: boolean,
): { value: T; how: string; reshaped?: boolean } {
  const v = clone(value);
  let all: Leaf[] = [];
  leaves(v, [], all);
  if (valid) all = all.filter((l) => !l.path.some((p) => typeof p === 'string' && DISCRIMINATORS.has(p)));
  if (all.length === 0) return { value: v, how: 'none' };
  const n = rng.range(1, 3);
  const changed: string[] = [];
  let reshaped = false;
  for (let k = 0; k < n; k++) {
    const leaf = rng.pick(all);
    let next: unknown;
    if (typeof leaf.value === 'string') {
      next = valid || rng.chance(0.4) ? similarString(rng, leaf.value) : hostileString(rng, leaf.value);
    } else if (typeof leaf.value === 'number') {
      next = valid ? Math.max(0, leaf.value + rng.pick([-1, 0, 1, 10])) : hostileNumber(rng, leaf.value);
    } else next = valid ? leaf.value : !leaf.value;
    setAt(v, leaf.path, next);
    changed.push(leaf.path.join('.'));
    if (leaf.path.some((p) => typeof p === 'string' && DISCRIMINATORS.has(p))) reshaped = true;
  }
  if (!valid && rng.chance(0.2)) {
    // drop or duplicate an array element
    const arrays: Path[] = [];
    const walk = (x: unknown, p: Path) => {
      if (Array.isArray(x)) {
        if (x.length > 0) arrays.push(p);
        for (let i = 0; i < x.length; i++) walk(x[i], [...p, i]);
      } else if (x !== null && typeof x === 'object' && !(x instanceof Uint8Array))
        for (const [kk, y] of Object.entries(x)) walk(y, [...p, kk]);
    };
    walk(v, []);
    if (arrays.length > 0) {
      const p = rng.pick(arrays);
      let arr = v as unknown;
      for (const s of p) arr = (arr as Record<string | number, unknown>)[s];
      const a = arr as unknown[];
      if (rng.chance(0.5)) a.splice(rng.int(a.length), 1);
      else a.push(clone(a[rng.int(a.length)]));
      changed.push(`${p.join('.')}[]`);
      reshaped = true;
    }
  }
  return reshaped ? { value: v, how: changed.join(','), reshaped } : { value: v, how: changed.join(',') };
}

/** Canonical JSON (sorted keys, undefined dropped, bytes as hex) for equality checks. */
export function canonical(v: unknown): string {
  return JSON.stringify(norm(v));
}

function norm(v: unknown): unknown {
  if (v instanceof Uint8Array)
    return `bytes:${Array.from(v, (x) => x.toString(16).padStart(2, '0')).join('')}`;
  if (Array.isArray(v)) return v.map(norm);
  if (typeof v === 'number' && !Number.isFinite(v)) return `number:${v}`;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = norm(x);
    }
    return out;
  }
  return v;
}

/**
 * Compares what was encoded with what came back: every leaf present on both sides must be equal.
 * Leaves the encoder left out (fields a record does not carry in that shape) are listed in
 * `dropped`, leaves that came back without being sent (defaults the encoder wrote) in `defaulted`.
 */
export function compareDecoded(
  sent: unknown,
  back: unknown,
): { changed: string[]; dropped: string[]; defaulted: string[] } {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(norm(sent), '', a);
  flatten(norm(back), '', b);
  const changed: string[] = [];
  const dropped: string[] = [];
  const defaulted: string[] = [];
  for (const [k, v] of b) {
    if (!a.has(k)) defaulted.push(k);
    else if (a.get(k) !== v) changed.push(`${k}: sent ${a.get(k)}, got ${v}`);
  }
  // `layout.source` (datawire) is the kept text of a decoded document: a changed value drops it
  for (const k of a.keys()) if (!b.has(k) && !k.startsWith('layout.source')) dropped.push(k);
  return { changed, dropped, defaulted };
}

function flatten(v: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out.set(path, '[]');
    for (let i = 0; i < v.length; i++) flatten(v[i], `${path}[${i}]`, out);
  } else if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) out.set(path, '{}');
    for (const k of keys) flatten((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  } else out.set(path, JSON.stringify(v));
}
