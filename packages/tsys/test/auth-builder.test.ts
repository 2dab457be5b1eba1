import { fromEscaped, isPaywireError, toEscaped } from '@paywire/core';
import { describe, expect, test } from 'vitest';
import {
  type AuthorizationOptions,
  type AuthorizationRequest,
  applyAuthorizationOptions,
  buildEligibilityInquiry,
  buildHealthcare,
  buildKeyedEcommerce,
  buildRetailSwipe,
  buildReversal,
  checkHealthcareAmounts,
  decodeAuthRequest,
  decodeAuthResponse,
  encodeAuthRequest,
  type MerchantProfile,
  parseHealthcareMemberData,
} from '../src/index.js';

// The seed's merchant set-up (TSYSHealthCare overview) plus a developer id for G3v020.
const merchant: MerchantProfile = {
  acquirerBin: '999995',
  merchantNumber: '123456789012',
  storeNumber: '5999',
  terminalNumber: '1515',
  merchantCategoryCode: '5999',
  name: 'test merchant',
  city: 'Beverly Hills',
  state: 'CA',
  zip: '90210',
  developerId: '000136',
  applicationId: 'B248',
};
const now = new Date('2026-01-15T12:00:00Z');
const SEED_TRACK1 = '%B4444333322221111^SMITH/JOHN J ^031210100000033301000000008000000?';

function wire(req: Parameters<typeof encodeAuthRequest>[0]): string {
  return toEscaped(encodeAuthRequest(req, { framed: false }));
}

function thrown(fn: () => unknown): { code: number; field?: string; family: string; message: string } {
  try {
    fn();
  } catch (e) {
    expect(isPaywireError(e)).toBe(true);
    return e as never;
  }
  throw new Error('expected an error');
}

describe('healthcare (seed example: $100.00 total medical, $50.00 prescription, track 1)', () => {
  const req = buildHealthcare({
    merchant,
    sequenceNumber: 1,
    card: { track: SEED_TRACK1 },
    amount: 10000,
    healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
    now,
  });
  const text = wire(req);

  test('Group I: track 1 without sentinels, source H, market specific data M00', () => {
    expect(text.startsWith('D4.99999512345678901259991515OR84084090210    007055999Y000154@H')).toBe(true);
    expect(req.accountDataSource).toBe('H');
    expect(req.track).toBe('B4444333322221111^SMITH/JOHN J ^031210100000033301000000008000000');
    expect(text).toContain(
      '<FS><FS><FS>10000<FS><FS> M00<FS>test merchant            Beverly HillsCA<FS><FS><FS>',
    );
  });

  test('G3v022 carries 4S total first and 4U prescription, all four slots FS-delimited', () => {
    expect(text).toContain(
      '<GS>02200<FS>4S<FS>840<FS>C<FS>000000010000<FS>00<FS>4U<FS>840<FS>C<FS>000000005000<FS><FS><FS><FS><FS><FS><FS><FS><FS><FS><FS><GS>',
    );
  });

  test('a Visa card gets no G3v037; the record decodes back to the same request', () => {
    expect(req.groupIII.map((r) => r.version)).toEqual(['020', '022', '027']);
    expect(decodeAuthRequest(encodeAuthRequest(req))).toEqual(req);
  });

  test('Mastercard adds G3v037 real-time substantiation (default 1)', () => {
    const mc = buildHealthcare({
      merchant,
      sequenceNumber: 2,
      card: { track: ';5454545454545454=30121010000000000000?' },
      amount: 10000,
      healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
      now,
    });
    expect(wire(mc).endsWith('<GS>027299901299001<GS>0371')).toBe(true);
  });

  test('rule violations are refused before encoding, naming the field', () => {
    const base = { merchant, sequenceNumber: 1, card: { track: SEED_TRACK1 }, now };
    let e = thrown(() =>
      buildHealthcare({ ...base, amount: 5000, healthcare: { totalMedicalAmount: 10000 } }),
    );
    expect(e).toMatchObject({ code: 503, field: 'healthcare.totalMedicalAmount', family: 'tsys' });
    e = thrown(() =>
      buildHealthcare({
        ...base,
        amount: 10000,
        healthcare: { totalMedicalAmount: 6000, prescriptionAmount: 5000, visionAmount: 2000 },
      }),
    );
    expect(e).toMatchObject({ code: 503, field: 'healthcare.totalMedicalAmount' });
    e = thrown(() =>
      buildHealthcare({
        ...base,
        amount: 10000,
        healthcare: {
          totalMedicalAmount: 10000,
          prescriptionAmount: 1,
          visionAmount: 1,
          clinicAmount: 1,
          dentalAmount: 1,
        },
      }),
    );
    expect(e).toMatchObject({ code: 503, field: 'healthcare' });
    e = thrown(() =>
      checkHealthcareAmounts(10000, { totalMedicalAmount: 100, visionAmount: 50 }, { brand: 'mastercard' }),
    );
    expect(e).toMatchObject({ code: 511, field: 'healthcare.visionAmount' });
    e = thrown(() => checkHealthcareAmounts(10000, { totalMedicalAmount: 10.5 }));
    expect(e).toMatchObject({ code: 503, field: 'healthcare.totalMedicalAmount' });
  });

  test('a cumulative amount takes a slot: two sub-amounts at most then', () => {
    const e = thrown(() =>
      buildHealthcare({
        merchant,
        sequenceNumber: 1,
        card: { track: SEED_TRACK1 },
        now,
        amount: 10000,
        healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 1, visionAmount: 1, clinicAmount: 1 },
        options: { cumulativeAmount: 20000 },
      }),
    );
    expect(e).toMatchObject({ code: 503, field: 'healthcare' });
  });
});

describe('eligibility inquiry', () => {
  test('transaction code 5M, zero amount, seed member data in G3v023', () => {
    const data = '0119010919238732202021A021901091927822220202V4';
    const req = buildEligibilityInquiry({
      merchant,
      sequenceNumber: 7,
      card: { track: SEED_TRACK1 },
      memberData: data,
      now,
    });
    const text = wire(req);
    expect(text.slice(60, 62)).toBe('5M');
    expect(text).toContain('<FS><FS><FS>0<FS><FS> M00<FS>');
    expect(text).toContain(`<GS>023${data}<FS><GS>`);
    expect(parseHealthcareMemberData(data)).toEqual([
      { providerId: '192387322', serviceTypeCode: '1A' },
      { providerId: '192782222', serviceTypeCode: 'V4' },
    ]);
  });
});

describe('retail swipe and keyed e-commerce', () => {
  test('retail swipe track 2: source D, code 54, signature @', () => {
    const req = buildRetailSwipe({
      merchant,
      sequenceNumber: 14,
      card: { track: ';4012000010000=1512101000158?' },
      amount: 13500,
      now,
    });
    const text = wire(req);
    expect(text.slice(0, 64)).toBe('D4.99999512345678901259991515OR84084090210    007055999Y001454@D');
    expect(text).toContain('@D4012000010000=1512101000158<FS><FS><FS>13500<FS>');
    expect(text).toContain('<GS>027299901299001');
  });

  test('keyed e-commerce with AVS and CVV', () => {
    const req = buildKeyedEcommerce({
      merchant: { ...merchant, servicePhone: '800-5551234' },
      sequenceNumber: 3,
      card: { pan: '4111 1111 1111 1111', expMonth: 12, expYear: 2030 },
      cvv: '123',
      avs: { street: '8320', zip: '85284' },
      amount: 2599,
      now,
    });
    const text = wire(req);
    expect(text.slice(30, 31)).toBe('D');
    expect(text.slice(60, 64)).toBe('56N@');
    expect(text).toContain(
      'N@4111111111111111<FS>1230<FS><FS>8320 85284<FS><FS>2599<FS><FS><FS>test merchant            800-5551234  CA<FS>',
    );
    expect(text).toContain('<FS><FS><FS>00711 123<GS>0147<GS>020000136B248<FS><FS><GS>027199050S99001');
  });

  test('bad card data gets a clear error naming the field', () => {
    const base = { merchant, sequenceNumber: 1, amount: 100, now };
    expect(
      thrown(() =>
        buildKeyedEcommerce({ ...base, card: { pan: '4111111111111112', expMonth: 1, expYear: 30 } }),
      ),
    ).toMatchObject({
      code: 504,
      field: 'card.pan',
    });
    expect(
      thrown(() =>
        buildKeyedEcommerce({ ...base, card: { pan: '4111111111111111', expMonth: 1, expYear: 20 } }),
      ),
    ).toMatchObject({
      code: 506,
    });
    expect(
      thrown(() =>
        buildKeyedEcommerce({ ...base, card: { pan: '4111111111111111', expMonth: 13, expYear: 30 } }),
      ),
    ).toMatchObject({
      code: 505,
      field: 'card.expMonth',
    });
    expect(thrown(() => buildRetailSwipe({ ...base, card: { track: 'garbage' } }))).toMatchObject({
      code: 502,
      field: 'card.track',
    });
    expect(
      thrown(() => buildRetailSwipe({ ...base, amount: -1, card: { track: SEED_TRACK1 } })),
    ).toMatchObject({ code: 503, field: 'amount' });
    expect(
      thrown(() => buildRetailSwipe({ ...base, sequenceNumber: 0, card: { track: SEED_TRACK1 } })),
    ).toMatchObject({
      code: 503,
      field: 'sequenceNumber',
    });
    expect(
      thrown(() =>
        buildKeyedEcommerce({
          ...base,
          card: { pan: '4111111111111111', expMonth: 1, expYear: 30 },
          avs: { street: 'x'.repeat(30), zip: '1' },
        }),
      ),
    ).toMatchObject({ code: 501, field: 'avs.street' });
  });
});

describe('every packet-changing setting lands in its field', () => {
  const swipe = { merchant, sequenceNumber: 1, card: { track: SEED_TRACK1 }, amount: 5000, now };
  const cases: [string, AuthorizationOptions, string][] = [
    ['AuthorizationIndicator', { authorizationIndicator: 'F' }, '<GS>067F'],
    ['CanadaDomesticIndicator', { canadaDomesticIndicator: true }, '<GS>075Y<FS>'],
    [
      'CumulativeAmount',
      { cumulativeAmount: 12345 },
      '<GS>02200<FS>43<FS>840<FS>C<FS>000000012345<FS><FS><FS><FS>',
    ],
    ['ECI space', { eci: ' ' }, '<FS>014 <GS>'],
    ['ECI 7', { eci: '7' }, '<FS>0147<GS>'],
    ['GatewayID', { gatewayId: 'GW00000001' }, '020000136B248<FS>GW00000001<FS>'],
    ['GenKey', { genKey: '0123456789ABCDEF01234567' }, '<GS>0490123456789ABCDEF01234567<FS>'],
    ['HealthCareMemberData', { healthCareMemberData: '01060102AB' }, '<GS>02301060102AB<FS>'],
    ['MastercardWalletId', { mastercardWalletId: '103' }, '<GS>064103'],
    ['MessageReasonCode', { messageReasonCode: '3900' }, '<GS>0563900'],
    ['POSDataCode (string)', { posDataCode: 'H11101C13336' }, '<GS>027H11101C13336'],
    [
      'POSDataCode (named)',
      { posDataCode: { cardholderAuthCap: '1', cardInputMode: '2', cardInputCap: '2' } },
      '<GS>027219901299001',
    ],
    ['POSEnvironmentIndicator', { posEnvironmentIndicator: 'R' }, '<GS>071R'],
    ['partial_authorization', { partialAuthorization: true }, '<GS>026A<FS>'],
    ['visa_mvv', { visaMvv: '1EB2C1772D' }, '<GS>0211EB2C1772D'],
    ['substantiated', { substantiated: '2' }, '<GS>0372'],
    ['card_cvv_data', { cvv: { value: '1234' } }, '<FS>007111234<GS>'],
    ['card_cvv_presence illegible', { cvv: { presence: '2' } }, '<FS>00720    <GS>'],
  ];
  for (const [name, options, expected] of cases) {
    test(name, () => {
      expect(wire(buildRetailSwipe({ ...swipe, options }))).toContain(expected);
    });
  }

  test('Incremental*: ACI I, original transaction id and reversal and cancel data I', () => {
    const req = buildRetailSwipe({
      ...swipe,
      options: {
        incremental: {
          approvalCode: 'TAS682',
          retrievalNumber: '423217502302',
          transactionDate: '082014',
          transactionId: '000000008705348',
          transactionTime: '131243',
        },
      },
    });
    const text = wire(req);
    expect(text.charAt(55)).toBe('I');
    expect(text).toContain('CA<FS>000000008705348<FS>TAS682082014131243423217502302<FS>');
  });

  test('IsMerchantInitiatedTransaction + MITTransactionId, IsPurchaseReturnAuthorization', () => {
    const mit = wire(
      buildRetailSwipe({ ...swipe, options: { merchantInitiatedTransactionId: '123456789012345' } }),
    );
    expect(mit).toContain('CA<FS>123456789012345<FS><FS>');
    const cr = wire(buildRetailSwipe({ ...swipe, options: { purchaseReturnAuthorization: true } }));
    expect(cr.slice(60, 62)).toBe('CR');
  });

  test('bad option values name the option', () => {
    expect(thrown(() => applyAuthorizationOptions({ eci: '9' }))).toMatchObject({
      code: 503,
      field: 'options.eci',
    });
    expect(thrown(() => applyAuthorizationOptions({ visaMvv: 'XYZ' }))).toMatchObject({
      field: 'options.visaMvv',
    });
    expect(thrown(() => applyAuthorizationOptions({ genKey: '12' }))).toMatchObject({
      field: 'options.genKey',
    });
    expect(thrown(() => applyAuthorizationOptions({ posDataCode: 'short' }))).toMatchObject({
      code: 501,
      field: 'options.posDataCode',
    });
    expect(thrown(() => applyAuthorizationOptions({ gatewayId: 'X' }))).toMatchObject({
      code: 593,
      field: 'options.developerId',
    });
  });

  test('low-level requests are validated too: keyed source with a track, Luhn on keyed D records', () => {
    const req = decodeAuthRequest(
      fromEscaped(
        'D4.99999599999999991100119911QR84084020165    007055999Y001954@X6011611430036929<FS>0814<FS><FS><FS><FS>9500<FS><FS><FS><FS><FS><FS>000',
      ),
      { framed: false },
    );
    expect(() => encodeAuthRequest({ ...req, accountNumber: '6011611430036928' } as never)).toThrowError(
      expect.objectContaining({ code: 504, field: 'accountNumber' }),
    );
    expect(() => encodeAuthRequest({ ...req, track: '6011611430036929=0814' } as never)).toThrowError(
      expect.objectContaining({ code: 511, field: 'track' }),
    );
    expect(() => encodeAuthRequest({ ...req, recordFormat: 'W' } as never)).toThrowError(
      expect.objectContaining({ code: 593, field: 'groupIII' }),
    );
    expect(() => encodeAuthRequest({ ...req, recordFormat: 'Y' } as never)).toThrowError(
      expect.objectContaining({ code: 511, field: 'transactionCode' }),
    );
    expect(() => encodeAuthRequest({ ...req, recordFormat: 'T' } as never)).toThrowError(
      expect.objectContaining({ code: 593, field: 'groupII' }),
    );
  });

  test('framing bytes in the body, unknown Group III fields and track sentinels are refused', () => {
    const req = buildRetailSwipe({
      merchant,
      sequenceNumber: 1,
      card: { track: ';4012000010000=3012101000158?' },
      amount: 100,
      now,
    });
    const plain = encodeAuthRequest(req);
    // a raw Group III record may hold most bytes, but never STX/ETB/ETX: the offset names the first one
    for (const [ch, code] of [
      ['\u0002', 502],
      ['\u0017', 502],
    ] as const) {
      const bad = { ...req, groupIII: [...req.groupIII, { version: '999', raw: `AB${ch}C` }] };
      const at = plain.length - 2 + 1 + 3 + 2; // old ETX position, GS, version, "AB"
      expect(() => encodeAuthRequest(bad)).toThrowError(expect.objectContaining({ code, offset: at }));
    }
    const unknown = structuredClone(req);
    (unknown.groupIII[0]!.fields as Record<string, unknown>).bogus = 'x';
    expect(() => encodeAuthRequest(unknown)).toThrowError(
      expect.objectContaining({ code: 705, field: 'groupIII.0.fields.bogus' }),
    );
    // field order in the object does not matter, an unknown key is found wherever it stands
    const reversed = structuredClone(req);
    const g3 = reversed.groupIII[0]!;
    g3.fields = Object.fromEntries(Object.entries(g3.fields!).reverse());
    expect(encodeAuthRequest(reversed)).toEqual(plain);
    g3.fields = { bogus: 'x', ...g3.fields };
    expect(() => encodeAuthRequest(reversed)).toThrowError(
      expect.objectContaining({ code: 705, field: 'groupIII.0.fields.bogus' }),
    );
    // an undefined extra key is no value: the record encodes as before
    const undef = structuredClone(req);
    (undef.groupIII[0]!.fields as Record<string, unknown>).bogus = undefined;
    expect(encodeAuthRequest(undef)).toEqual(plain);
    for (const track of [
      '%B4012000010000^X/Y^3012101',
      ';4012000010000=30121010',
      '4012000010000=3012101?',
    ]) {
      expect(() => encodeAuthRequest({ ...req, track })).toThrowError(
        expect.objectContaining({ code: 502, field: 'track' }),
      );
    }
  });
});

describe('authorization reversal (Table 8.10)', () => {
  test('reversing the captured track 2 sale: keyed account data, returned ACI, original ids', () => {
    const original = decodeAuthRequest(
      fromEscaped(
        'D4.99999599999999991100119911QR84084020165    007055999Y001454@D4012000010000=1512101000158<FS><FS><FS>13500<FS><FS><FS>VisaNet Merchant         Sterling     VA<FS><FS><FS>020000136B248<FS><FS>',
      ),
      { framed: false },
    );
    const response = decodeAuthResponse(
      fromEscaped(
        'E4.E001199115001400TAS682082014131243APPROVAL TAS682 0423217502302 000000008705348<FS>S40U<FS>020',
      ),
      { framed: false },
    );
    const reversal = buildReversal({
      original: original as AuthorizationRequest,
      response,
      sequenceNumber: 15,
    });
    expect(wire(reversal)).toBe(
      'D4.99999599999999991100119911QR84084020165    007055999E001559@T4012000010000<FS>1215<FS><FS><FS><FS>13500<FS>0<FS><FS>VisaNet Merchant         Sterling     VA<FS>000000008705348<FS>TAS682082014131243423217502302<FS>020000136B248<FS><FS>',
    );
  });
});
