import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  cardBrandLengths,
  checkExpiry,
  formatExpiry,
  isExpired,
  isPaywireError,
  luhnCheck,
  luhnCheckDigit,
  mask,
  maskPan,
  maskPansInText,
  maskTrack,
  parseExpiry,
  parseTrack1,
  parseTrack2,
  stripSentinels,
  swapExpiryLayout,
  trackKind,
} from '../src/index.js';

function code(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('Luhn', () => {
  it('accepts known test PANs and rejects altered ones', () => {
    for (const pan of [
      '4111111111111111',
      '5499740000000057',
      '371449635398431',
      '6011000991300009',
      '4012000010000',
    ]) {
      expect(luhnCheck(pan)).toBe(true);
    }
    expect(luhnCheck('4111111111111112')).toBe(false);
    expect(luhnCheck('41111111111111a1')).toBe(false);
    expect(luhnCheck('0')).toBe(false);
  });

  it('any single-digit change is detected', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12,18}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (partial, at, delta) => {
          const pan = partial + luhnCheckDigit(partial);
          expect(luhnCheck(pan)).toBe(true);
          const i = at % pan.length;
          const changed = pan.slice(0, i) + String((Number(pan[i]) + delta) % 10) + pan.slice(i + 1);
          expect(luhnCheck(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('card brand from BIN', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['5499740000000057', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['371449635398431', 'amex'],
    ['6011000991300009', 'discover'],
    ['6445644564456445', 'discover'],
    ['3566002020360505', 'jcb'],
    ['36259600000004', 'diners'],
    ['6200000000000005', 'unionpay'],
    ['9999999999999999', 'unknown'],
  ])('%s is %s', (pan, brand) => {
    expect(cardBrand(pan)).toBe(brand);
  });
  it('knows issued lengths', () => {
    expect(cardBrandLengths('amex')).toEqual([15]);
    expect(cardBrandLengths('visa')).toEqual([13, 16, 19]);
    expect(cardBrandLengths('unknown')).toEqual([]);
  });
});

describe('tracks', () => {
  it('parses track 2 with and without sentinels', () => {
    const t = parseTrack2(';4012000010000=1512101000158?');
    expect(t).toEqual({ pan: '4012000010000', expiry: '1512', serviceCode: '101', discretionary: '000158' });
    expect(parseTrack2('4012000010000=1512101000158')).toEqual(t);
    expect(code(() => parseTrack2('4012000010000'))).toBe(502);
  });

  it('parses track 1 with and without sentinels', () => {
    const t = parseTrack1('%B4111111111111111^DOE/JOHN^25121010000000000000?');
    expect(t).toMatchObject({
      pan: '4111111111111111',
      name: 'DOE/JOHN',
      expiry: '2512',
      serviceCode: '101',
    });
    expect(parseTrack1('B4111111111111111^DOE/JOHN^25121010000000000000')).toEqual(t);
    expect(code(() => parseTrack1('B4111^NAME'))).toBe(502);
  });

  it('guesses the track kind and strips sentinels', () => {
    expect(trackKind('%B4111111111111111^X^2512')).toBe(1);
    expect(trackKind('4111111111111111=2512')).toBe(2);
    expect(trackKind('hello')).toBeUndefined();
    expect(stripSentinels(';123=4?X')).toBe('123=4');
  });
});

describe('expiry', () => {
  it('validates both layouts', () => {
    expect(parseExpiry('1225')).toEqual({ month: 12, year: 2025 });
    expect(parseExpiry('2512', 'YYMM')).toEqual({ month: 12, year: 2025 });
    expect(code(() => parseExpiry('1325'))).toBe(505);
    expect(code(() => parseExpiry('12/25'))).toBe(505);
    expect(swapExpiryLayout('1225', 'MMYY')).toBe('2512');
    expect(formatExpiry({ month: 3, year: 2031 })).toBe('0331');
  });

  it('a card is valid through the end of its month', () => {
    const now = new Date(Date.UTC(2026, 10, 22));
    expect(isExpired({ month: 11, year: 2026 }, now)).toBe(false);
    expect(isExpired({ month: 10, year: 2026 }, now)).toBe(true);
    expect(code(() => checkExpiry('1026', 'MMYY', now))).toBe(506);
    expect(checkExpiry('1226', 'MMYY', now)).toEqual({ month: 12, year: 2026 });
  });
});

describe('masking', () => {
  it('keeps first 6 and last 4 of a PAN', () => {
    expect(maskPan('4111111111111111')).toBe('411111******1111');
    expect(maskPan('371449635398431')).toBe('371449*****8431');
    expect(maskPan('123456789')).toBe('*****6789');
    expect(maskPan('1234')).toBe('****');
  });

  it('hides everything after the PAN in track data', () => {
    const m = maskTrack('4012000010000=1512101000158');
    expect(m).toBe('401200***0000=*************');
    expect(maskTrack('%B4111111111111111^DOE/JOHN^2512101?')).toBe('%B411111******1111^********^*******?');
  });

  it('hides CVV, PIN blocks, passwords and keys entirely', () => {
    for (const kind of ['cvv', 'pin', 'password', 'key', 'secret'] as const)
      expect(mask(kind, '123')).toBe('***');
    expect(mask('account', '123456789')).toBe('*****6789');
  });

  it('finds Luhn-valid PANs in free text', () => {
    expect(maskPansInText('card 4111111111111111 declined, ref 1234567890123')).toBe(
      'card 411111******1111 declined, ref 1234567890123',
    );
  });

  it('never leaves a PAN visible', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13,19}$/), (pan) => {
        const m = maskPan(pan);
        expect(m).toHaveLength(pan.length);
        expect(m.replace(/\*/g, '').length).toBeLessThanOrEqual(10);
        expect(m).not.toBe(pan);
      }),
    );
  });
});
