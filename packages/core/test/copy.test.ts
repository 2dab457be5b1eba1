import { describe, expect, test } from 'vitest';
import { withProperties } from '../src/index.js';

describe('withProperties', () => {
  test('gives what { ...source, ...extra } gives: values, key order, plain prototype', () => {
    const source = { a: 1, b: 'two', c: undefined };
    const out = withProperties(source, { d: 4, b: 'over' });
    expect(out).toStrictEqual({ ...source, ...{ d: 4, b: 'over' } });
    expect(Object.keys(out)).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(source).toStrictEqual({ a: 1, b: 'two', c: undefined });
  });

  test('an own __proto__ key (as JSON input can have) stays a plain key, never the prototype', () => {
    const source = JSON.parse('{"a":1,"__proto__":{"injected":true}}') as Record<string, unknown>;
    const out = withProperties(source, { type: 'detail' }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.injected).toBeUndefined();
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(out.type).toBe('detail');
    const extra = JSON.parse('{"__proto__":{"injected":true}}') as object;
    expect((withProperties({ a: 1 }, extra) as Record<string, unknown>).injected).toBeUndefined();
  });
});
