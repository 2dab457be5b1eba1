import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atoi, attemptOrder, hostHash, startIndex } from '../src/index.js';

describe('4.2.0 host order', () => {
  it('atoi reads like C', () => {
    expect(atoi('TestMerchant')).toBe(0);
    expect(atoi('  123abc')).toBe(123);
    expect(atoi('-42')).toBe(-42);
    expect(atoi('')).toBe(0);
  });

  it('host hash is custid/100 + custid%100', () => {
    expect(hostHash('123456')).toBe(1234 + 56);
    expect(hostHash('100')).toBe(1);
    expect(hostHash('99')).toBe(99);
    expect(hostHash('TestMerchant')).toBe(0);
    expect(startIndex('123456', 4)).toBe(1290 % 4);
  });

  it('first host twice, then each following host, wrapping', () => {
    const hosts = ['a', 'b', 'c', 'd'].map((host) => ({ host, port: 443 }));
    expect(attemptOrder(hosts, '102').map((h) => h.host)).toEqual(['d', 'd', 'a', 'b', 'c']);
    expect(attemptOrder(hosts, '0', 7).map((h) => h.host)).toEqual(['a', 'a', 'b', 'c', 'd', 'a', 'b']);
    expect(attemptOrder([hosts[0]!], '555').map((h) => h.host)).toEqual(['a', 'a']);
  });

  it('property: every host is tried, the start twice in a row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat({ max: 99_999_999 }), (n, id) => {
        const hosts = Array.from({ length: n }, (_, i) => ({ host: `h${i}`, port: 443 }));
        const order = attemptOrder(hosts, String(id));
        const start = (Math.trunc(id / 100) + (id % 100)) % n;
        expect(order).toHaveLength(n + 1);
        expect(order[0]).toBe(hosts[start]);
        expect(order[1]).toBe(hosts[start]);
        expect(new Set(order.map((h) => h.host)).size).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
