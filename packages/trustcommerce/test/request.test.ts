import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  buildRequest,
  decodeRequest,
  encodeRequest,
  parseRequest,
  validateRequest,
} from '../src/index.js';
import { requests } from './fixtures.js';
import { text } from './helpers.js';

describe('typed requests', () => {
  it('cover every action', () => {
    const actions = new Set(Object.values(requests).map((r) => r.action));
    expect([...actions].sort()).toEqual([...ACTIONS].sort());
  });

  for (const [name, req] of Object.entries(requests)) {
    it(`${name}: validates, encodes in both forms and round-trips`, () => {
      expect(validateRequest(req)).toEqual({ ok: true });
      for (const form of ['tclink', 'https'] as const) {
        const wire = encodeRequest(req, { form, tclink: { version: '4.2.0-test', pass: 1, time: 0 } });
        const back = decodeRequest(wire);
        expect(back.form).toBe(form);
        expect(back.request).toEqual(req);
        if (form === 'tclink') expect(back.tclink).toEqual({ version: '4.2.0-test', pass: 1, time: 0 });
      }
    });
  }

  it('writes the guide preauth example in table order', () => {
    const wire = text(encodeRequest(requests['preauthAvs']!, { form: 'tclink', tclink: { version: 'v' } }));
    expect(wire).toBe(
      'BEGIN\nversion=v\ncustid=mycustid\npassword=mypasswd\naction=preauth\namount=500\ncc=4111111111111111\nexp=0412\n' +
        'avs=y\nname=Jennifer Smith\naddress1=123 Test St.\nzip=90001\ncity=Somewhere\nstate=CA\nEND\n',
    );
    expect(text(encodeRequest(requests['saleAch']!, { form: 'https' }))).toBe(
      'custid=mycustid&password=mypasswd&action=sale&media=ach&amount=1000&routing=789456124&account=55544433221',
    );
  });

  it('writes fulfillment lines grouped per item with numitems derived', () => {
    const pairs = buildRequest(requests['fulfillment']!);
    const names = pairs.map((p) => p[0]);
    expect(names.slice(names.indexOf('numitems'))).toEqual([
      'numitems',
      'productcode1',
      'quantity1',
      'price1',
      'tax1',
      'productcode2',
      'quantity2',
      'price2',
      'tax2',
    ]);
    expect(pairs.find((p) => p[0] === 'numitems')![1]).toBe('2');
    // 600+144+500+40+695 = 1979, the guide example's total
    const sum = pairs
      .filter((p) => /^(price|tax)\d|^shippinghandling$/.test(p[0]))
      .reduce((s, p) => s + Number(p[1]), 0);
    expect(sum).toBe(1979);
  });

  it('store update sends "null" to erase a field', () => {
    const pairs = buildRequest(requests['storeUpdate']!);
    expect(pairs).toContainEqual(['address2', 'null']);
    expect(parseRequest(pairs)).toEqual(requests['storeUpdate']);
  });

  it('y/n fields become booleans and back', () => {
    const pairs = buildRequest(requests['saleCvvNoCheck']!);
    expect(pairs).toContainEqual(['checkcvv', 'n']);
  });
});
