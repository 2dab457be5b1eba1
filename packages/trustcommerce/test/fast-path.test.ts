// The one-pass encodeRequest/decodeResponse paths must give exactly what the general paths give:
// the same bytes or answer, or (by falling back) the same error. These tests compare the public
// functions with the general paths over many random valid and invalid inputs.
import { isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponseGeneral, type EncodeRequestOptions, encodeRequestGeneral } from '../src/codec.js';
import {
  decodeResponse,
  encodeForm,
  encodeRequest,
  encodeResponse,
  PARAMS,
  type TcRequest,
  testCards,
} from '../src/index.js';
import { encodeRequestFast, isMmYy, readerMatchesTable } from '../src/request/encode-fast.js';
import { decodeResponseFast } from '../src/response/decode-fast.js';
import { requests } from './fixtures.js';

/** One char per byte (cheap to compare and to diff). */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** What a call gives: the bytes/answer, or every observable part of the error. */
function outcome(fn: () => unknown): unknown {
  try {
    const v = fn();
    if (v instanceof Uint8Array) return { bytes: latin1(v) };
    return { ok: JSON.parse(JSON.stringify(v)) };
  } catch (e) {
    if (!isPaywireError(e)) return { threw: String(e) };
    const err = e as Error & { code: number; toJSON(): unknown };
    return { name: err.name, code: err.code, message: err.message, json: err.toJSON() };
  }
}

function sameAsGeneral(req: unknown, options: EncodeRequestOptions): void {
  const fast = outcome(() => encodeRequest(req as TcRequest, options));
  const general = outcome(() => encodeRequestGeneral(req as TcRequest, options));
  expect(fast).toEqual(general);
}

const visa = testCards[0]!;
const benchSale = {
  custId: 'TestMerchant',
  password: 'password',
  action: 'sale',
  demo: true,
  amount: 1299,
  cc: visa.cc,
  exp: visa.exp,
  cvv: visa.cvv,
  avs: true,
  name: 'Jane Q Public',
  address1: '123 Test St',
  zip: '90210',
  ticket: 'ORDER-1001',
} as TcRequest;

describe('fast encode path', () => {
  it('reads exactly the parameter table, in order', () => {
    expect(readerMatchesTable()).toBe(true);
  });

  it('MMYY check equals the table pattern', () => {
    const exp = PARAMS.find((p) => p.name === 'exp')!.pattern!;
    for (let i = 0; i < 10_000; i++) {
      const s = String(i).padStart(4, '0');
      expect(isMmYy(s), s).toBe(exp.test(s));
    }
    for (const s of ['', '1', '012', '01234', '0a12', '１２34', '12 4', '1\n12'])
      expect(isMmYy(s)).toBe(exp.test(s));
  });

  it('is taken for plain requests (bench sale, the guide examples without order lines)', () => {
    for (const form of ['tclink', 'https'] as const) {
      expect(encodeRequestFast(benchSale, { form })).toBeInstanceOf(Uint8Array);
      for (const [name, req] of Object.entries(requests)) {
        if ('items' in req || 'extra' in req) continue;
        expect(encodeRequestFast(req, { form }), name).toBeInstanceOf(Uint8Array);
      }
    }
  });

  it('gives the general path bytes for every fixture request in both forms', () => {
    for (const req of [benchSale, ...Object.values(requests)]) {
      for (const form of ['tclink', 'https'] as const) {
        sameAsGeneral(req, { form });
        sameAsGeneral(req, {
          form,
          validate: false,
          tclink: { version: 'v', pass: 2, time: 1, dnsFallback: true },
        });
      }
    }
  });

  // Values that pass and fail each kind of check, plus what only the writers reject.
  const texts = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        'null',
        'a\nb',
        'a\rb',
        'x=y',
        'é',
        'Zoë Ünal',
        '\uD83D\uDE00',
        '\uD800',
        'a\uDC00',
        '\x7f',
        'a&b c+d%',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }).map((n) => 'w'.repeat(n)) },
  );
  const digits = fc.oneof(
    fc.stringMatching(/^\d{1,18}$/),
    fc.constantFrom('', 'null', '0', '00', '012', '1.5', '-1', '４'),
  );
  const ints = fc.oneof(
    fc.integer({ min: 0, max: 200_000_000 }),
    fc.constantFrom(0, 1, 3, 100, 101, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN),
  );
  const loose = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, 5, 'y', '', {}, [], Symbol.for('x')) },
  );
  const field = (gen: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: gen },
      { weight: 1, arbitrary: loose },
    );
  const valueFor = (name: string, type: string, typed: string): fc.Arbitrary<unknown> => {
    if (typed === 'boolean') return fc.boolean();
    if (name === 'numitems')
      return fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-1, 1.5, 999, 1000, 70_000_000));
    if (typed === 'integer') return ints;
    if (name === 'action')
      return fc.constantFrom(
        'sale',
        'preauth',
        'store',
        'postauth',
        'credit',
        'chargeback',
        'unstore',
        'walletsale',
        'refund',
      );
    if (name === 'media') return fc.constantFrom('cc', 'ach', 'check');
    if (name === 'currency') return fc.constantFrom('usd', 'eur', 'xxx', 'USD');
    if (name === 'purchaselevel') return fc.constantFrom('2', '3');
    if (name === 'exp')
      return fc.oneof(fc.stringMatching(/^\d{4}$/), fc.constantFrom('0412', '1204', '1312'));
    if (name === 'track1')
      return fc.constantFrom(
        '%B4111111111111111^SMITH/JENNIFER^1204101000000000000?',
        '%B5411111111111115^A^1204?',
        'junk',
      );
    if (name === 'track2')
      return fc.constantFrom(';4111111111111111=12041010000000000000?', ';4111=1204?', 'junk');
    if (name === 'cc') return fc.constantFrom('4111111111111111', '5411111111111115', '411111111111', 'abc');
    if (name === 'billingid') return fc.constantFrom('AB12CD', 'ABC', 'AB-2CD', 'null');
    if (name === 'transid') return fc.constantFrom('025-0007423614', '0250007423614x');
    if (name === 'ip') return fc.constantFrom('10.0.0.1', '256.1.1.1', '1.2.3');
    if (name === 'cycle' || name === 'start')
      return fc.constantFrom('1m', '2w', '45d', '2030-01-31', '0d', '2030-13-01');
    if (name === 'shiptosame' || type === 'yn') return fc.constantFrom('y', 'n');
    return type === 'number' ? digits : texts;
  };
  const plain = PARAMS.filter((p) => !p.indexed);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of plain) shape[p.prop] = field(valueFor(p.name, p.type, p.typed));
  shape['custId'] = fc.oneof(
    { weight: 8, arbitrary: fc.constant('TestMerchant') },
    { weight: 1, arbitrary: field(texts) },
  );
  shape['password'] = fc.oneof(
    { weight: 8, arbitrary: fc.constant('pw') },
    { weight: 1, arbitrary: field(texts) },
  );
  shape['action'] = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('sale', 'preauth', 'store', 'credit') },
    { weight: 1, arbitrary: field(valueFor('action', 'enum', 'string')) },
  );
  const requestArb = fc.record(shape, { requiredKeys: [] });
  const optionsArb: fc.Arbitrary<EncodeRequestOptions> = fc.record(
    {
      form: fc.constantFrom('tclink' as const, 'https' as const),
      validate: fc.boolean(),
      validateOptions: fc.record(
        { acceptedCurrencies: fc.constantFrom(['usd'], ['eur', 'usd'], []) },
        { requiredKeys: [] },
      ),
      tclink: fc.record(
        {
          version: fc.oneof(texts, fc.constant('4.2.0-TypeScript')),
          pass: fc.oneof(fc.nat(100), fc.constantFrom(-1, 1.5)),
          time: fc.nat(100),
          dnsFallback: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['form'] },
  );

  it('random typed requests and options: same bytes or the same error as the general path', () => {
    fc.assert(
      fc.property(requestArb, optionsArb, (req, options) => sameAsGeneral(req, options)),
      { numRuns: 2000 },
    );
  });

  it('near-valid sales (one field changed): same bytes or the same error', () => {
    const mutations = fc.record({
      prop: fc.constantFrom(...plain.map((p) => p.prop)),
      value: fc.oneof(texts, digits, ints, loose, fc.boolean()),
    });
    fc.assert(
      fc.property(
        mutations,
        fc.constantFrom('tclink' as const, 'https' as const),
        ({ prop, value }, form) => {
          sameAsGeneral({ ...benchSale, [prop]: value }, { form });
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('cross-field rules (account source, track data, recurring, wallet, ship-to, order lines, Level II)', () => {
    // mostly absent, so that a good share of the combinations passes every rule
    const opt = <T>(...values: T[]): fc.Arbitrary<T | undefined> =>
      fc.oneof(
        { weight: 10, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...values) },
      );
    const rules = fc.record(
      {
        custId: fc.constant('TestMerchant'),
        password: fc.constant('pw'),
        action: fc.constantFrom('preauth', 'sale', 'store', 'walletsale', 'postauth', 'credit', 'unstore'),
        media: opt('cc', 'ach', ''),
        amount: fc.oneof({ weight: 4, arbitrary: fc.constant(500) }, { weight: 1, arbitrary: opt(0) }),
        cc: fc.oneof(
          { weight: 2, arbitrary: fc.constant('4111111111111111') },
          { weight: 1, arbitrary: opt('5411111111111115', 'null') },
        ),
        exp: fc.oneof(
          { weight: 2, arbitrary: fc.constant('1204') },
          { weight: 1, arbitrary: opt('0412', '', 'null') },
        ),
        cvv: opt('123'),
        track1: opt(
          '%B4111111111111111^SMITH/JENNIFER^1204101000000000000?',
          '%B5411111111111115^A^0412?',
          'junk',
        ),
        track2: opt(';4111111111111111=12041010000000000000?', ';4111111111111111=0412?', 'junk'),
        routing: opt('789456124'),
        account: opt('55544433221', 'null'),
        billingId: opt('AB12CD', 'null', ''),
        transId: opt('025-0007423614'),
        cycle: opt('1m', 'null'),
        start: opt('2030-01-31', '1d'),
        payments: opt(1, 3),
        authNow: opt(true, false),
        lastPaymentUnstore: opt(true),
        wallet: opt(true, false),
        walletSize: opt(500),
        walletExposure: opt(30),
        shipToSame: opt(true, false),
        shipToName: opt('Bob', 'null'),
        numItems: opt(0, 1, 2),
        purchaseOrderNum: opt('1234567890123456'),
        purchaseLevel: opt('2'),
        currency: opt('usd', 'eur'),
        verify: opt(true),
      },
      { requiredKeys: ['custId', 'password', 'action'] },
    );
    const options = fc.record(
      {
        form: fc.constantFrom('tclink' as const, 'https' as const),
        validateOptions: opt({ acceptedCurrencies: ['usd'] }),
      },
      { requiredKeys: ['form'] },
    );
    let encoded = 0;
    fc.assert(
      fc.property(rules, options, (req, o) => {
        sameAsGeneral(req, o as EncodeRequestOptions);
        if (encodeRequestFast(req, o as EncodeRequestOptions) !== undefined) encoded++;
      }),
      { numRuns: 4000 },
    );
    // enough of them pass every rule for the "no problem" answers to be exercised too
    expect(encoded).toBeGreaterThan(50);
  });

  it('acceptedCurrencies and odd validate options: same bytes or the same error', () => {
    for (const currency of [undefined, 'usd', 'eur', 'xxx']) {
      for (const acceptedCurrencies of [undefined, [], ['usd'], ['eur', 'usd']]) {
        for (const form of ['tclink', 'https'] as const) {
          const req = { ...benchSale, currency } as TcRequest;
          const validateOptions = acceptedCurrencies === undefined ? {} : { acceptedCurrencies };
          sameAsGeneral(req, { form, validateOptions });
          sameAsGeneral(req, { form, validateOptions: { ...validateOptions, rejectUnknown: true } });
        }
      }
    }
    expect(
      encodeRequestFast(
        { ...benchSale, currency: 'eur' },
        { form: 'https', validateOptions: { acceptedCurrencies: ['usd'] } },
      ),
    ).toBeUndefined();
    sameAsGeneral({ ...benchSale, currency: 'eur' }, { form: 'https', validateOptions: null as never });
    sameAsGeneral(benchSale, { form: 'https', validateOptions: null as never });
    sameAsGeneral(benchSale, { form: 'tclink', tclink: null as never });
    sameAsGeneral(benchSale, { form: 'tclink', tclink: { version: 5 as never } });
  });

  it('every character below 0x100 (and some above) in text and digit fields, validated, both forms', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x100; c++) chars.push(String.fromCharCode(c));
    chars.push('\u0800', '\uFFFF', '\uD83D\uDE00', '\uD800', '\uDC00');
    for (const ch of chars) {
      for (const form of ['tclink', 'https'] as const) {
        sameAsGeneral({ ...benchSale, name: `Jo${ch}e` }, { form });
        sameAsGeneral({ ...benchSale, name: ch }, { form });
        sameAsGeneral({ ...benchSale, cvv: `1${ch}3` }, { form });
        sameAsGeneral({ ...benchSale, cc: `411111111111111${ch}` }, { form });
      }
    }
  });

  it('socket form size limits: same errors as the general path', () => {
    for (const n of [1000, 1007, 1008, 1009, 1023, 1024, 3000]) {
      sameAsGeneral({ ...benchSale, name: 'n'.repeat(n) }, { form: 'tclink', validate: false });
      sameAsGeneral({ ...benchSale, name: 'é'.repeat(n >> 1) }, { form: 'tclink', validate: false });
      sameAsGeneral(benchSale, { form: 'tclink', tclink: { version: 'v'.repeat(n) } });
    }
    const big = Object.fromEntries(
      plain.filter((p) => p.typed === 'string').map((p) => [p.prop, 'x'.repeat(1000)]),
    );
    sameAsGeneral({ ...benchSale, ...big }, { form: 'tclink', validate: false });
    sameAsGeneral({ ...benchSale, ...big }, { form: 'https', validate: false });
  });

  it('HTTPS form: every UTF-16 code unit below 0x800 and sample astral characters escape as URLSearchParams does', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x800; c++) chars.push(String.fromCharCode(c));
    chars.push('\u20AC', '\uFFFD', '\uD83D\uDE00', '\uDBFF\uDFFF', '\u4E2D\u6587');
    for (const ch of chars) {
      const req = { ...benchSale, name: `a${ch}b` } as TcRequest;
      const got = encodeRequest(req, { form: 'https', validate: false });
      const want = new TextEncoder().encode(new URLSearchParams(encodeRequestGeneralPairs(req)).toString());
      expect(Array.from(got), JSON.stringify(ch)).toEqual(Array.from(want));
      expect(Array.from(got)).toEqual(
        Array.from(encodeRequestGeneral(req, { form: 'https', validate: false })),
      );
    }
  });

  it('a request whose getter encodes another request takes the general path inside and stays correct', () => {
    let inner: Uint8Array | undefined;
    const req = {
      ...benchSale,
      get ticket() {
        inner = encodeRequest(benchSale, { form: 'tclink' });
        return 'T-1';
      },
    } as TcRequest;
    const outer = encodeRequest(req, { form: 'tclink' });
    expect(Array.from(outer)).toEqual(
      Array.from(encodeRequestGeneral({ ...benchSale, ticket: 'T-1' }, { form: 'tclink' })),
    );
    expect(Array.from(inner!)).toEqual(Array.from(encodeRequestGeneral(benchSale, { form: 'tclink' })));
  });
});

/** The pairs the general path writes for `req` (for the URLSearchParams comparison). */
function encodeRequestGeneralPairs(req: TcRequest): [string, string][] {
  const body = new TextDecoder().decode(encodeRequestGeneral(req, { form: 'https', validate: false }));
  return [...new URLSearchParams(body)];
}

describe('fast answer decoder', () => {
  const answers = [
    { transId: '025-0007423614', status: 'approved', avs: 'Y', cvv: 'M' },
    { status: 'decline', declineType: 'carderror' },
    { status: 'baddata', error: 'missingfields', offenders: ['cc', 'exp'] },
    { status: 'approved', fraudScore: 12, billingId: 'AB12CD', extra: { custom: 'x' } },
  ];

  it('is taken for well-formed answers in both forms and equals the general path', () => {
    for (const a of answers) {
      for (const form of ['tclink', 'https'] as const) {
        const bytes = encodeResponse(a as never, form);
        const fast = decodeResponseFast(bytes);
        expect(fast).toBeDefined();
        expect(JSON.stringify(fast)).toBe(JSON.stringify(decodeResponseGeneral(bytes)));
      }
    }
  });

  it('tricky answers: the same answer or the same error as the general path', () => {
    const cases = [
      'status=approved\nx\r=1\n',
      'status=approved\nx=1\ry\n',
      'status=approved\r',
      'status=approved\r\n\r\n',
      'status=approved\nSTATUS=decline\n',
      'status=\nstatus=decline\n',
      'BEGIN\nstatus=approved\nEND\nx=1\n',
      'BEGIN\nstatus=approved\n',
      'BEGIN\nBEGIN\nstatus=approved\nEND\n',
      'status=approved\nEND\n',
      '\n\nbegin\r\nstatus=approved\r\nend\r\n\n',
      'BEGIN\r\nstatus=approved\nend',
      'status=approved\nfraudscore=abc\nfraudscore=12\n',
      'status=approved\nfraudscore=12\nFRAUDSCORE=13\n',
      'status=approved\nx=1\nX=2\n__proto__=p\n',
      'status=approved\nnoequals\n',
      '',
      '\n\r\n',
    ];
    for (const c of cases) {
      const bytes = new TextEncoder().encode(c);
      expect(
        outcome(() => decodeResponse(bytes)),
        JSON.stringify(c),
      ).toEqual(outcome(() => decodeResponseGeneral(bytes)));
    }
    const bad = Uint8Array.from([...new TextEncoder().encode('status=approved\nname=\n'), 0xff, 0x0a]);
    expect(outcome(() => decodeResponse(bad))).toEqual(outcome(() => decodeResponseGeneral(bad)));
    const badDup = Uint8Array.from([...new TextEncoder().encode('status=approved\nstatus='), 0xc3, 0x0a]);
    expect(outcome(() => decodeResponse(badDup))).toEqual(outcome(() => decodeResponseGeneral(badDup)));
  });

  const lineParts = fc.oneof(
    fc.constantFrom(
      'BEGIN',
      'begin',
      'END',
      'End',
      '',
      '\r',
      '=',
      'status=approved',
      'STATUS=decline',
      'Status=',
      'status=é',
      'transid=025-0007423614',
      'avs=Y',
      'fraudscore=12',
      'fraudscore=1x',
      'FraudScore=0000000000000001',
      'fraudscore=1234567890123456',
      'offenders=cc,exp',
      'offenders=,',
      'billingid=AB12CD',
      'x=1',
      'X=2',
      '__proto__=p',
      'constructor=c',
      'name=Zoë',
      'ñame=v',
      'a=b=c',
      'status\r=x',
    ),
    fc.string({ maxLength: 8 }),
    fc.uint8Array({ maxLength: 6 }).map((b) => String.fromCharCode(...b)),
  );
  const answerBytes = fc
    .tuple(fc.array(lineParts, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())
    .map(([parts, eol, tail, latin1]) => {
      // latin1: characters below 0x100 as one byte each (so 0x80-0xFF are invalid UTF-8)
      const s = parts.join(eol) + (tail ? eol : '');
      const out: number[] = [];
      for (const ch of s) {
        const c = ch.codePointAt(0)!;
        if (latin1 && c < 0x100) out.push(c);
        else out.push(...new TextEncoder().encode(ch));
      }
      return Uint8Array.from(out);
    });

  it('random answers: the same answer or the same error as the general path', () => {
    fc.assert(
      fc.property(answerBytes, (bytes) => {
        const fast = decodeResponseFast(bytes);
        const general = outcome(() => decodeResponseGeneral(bytes));
        if (fast !== undefined) {
          expect({ ok: JSON.parse(JSON.stringify(fast)) }).toEqual(general);
          expect(Object.keys(fast)).toEqual(Object.keys(decodeResponseGeneral(bytes)));
        }
        expect(outcome(() => decodeResponse(bytes))).toEqual(general);
      }),
      { numRuns: 3000 },
    );
  });

  it('wrapped answers (BEGIN/END, with and without CR) of random typed answers', () => {
    const token = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
      .filter((s) => !/[\r\n,]/.test(s));
    const resp = fc.record(
      {
        status: fc.oneof(fc.constantFrom('approved', 'decline'), token),
        transId: token,
        offenders: fc.array(token, { minLength: 1, maxLength: 3 }),
        fraudScore: fc.nat(100),
        extra: fc.dictionary(fc.stringMatching(/^[a-z_]{1,6}$/), token, { maxKeys: 3 }),
      },
      { requiredKeys: ['status'] },
    );
    fc.assert(
      fc.property(resp, fc.constantFrom('tclink' as const, 'https' as const), (r, form) => {
        let bytes: Uint8Array;
        try {
          bytes = encodeResponse(r as never, form);
        } catch {
          return;
        }
        expect(outcome(() => decodeResponse(bytes))).toEqual(outcome(() => decodeResponseGeneral(bytes)));
        const crlf = new TextEncoder().encode(new TextDecoder().decode(bytes).replaceAll('\n', '\r\n'));
        expect(outcome(() => decodeResponse(crlf))).toEqual(outcome(() => decodeResponseGeneral(crlf)));
      }),
      { numRuns: 500 },
    );
  });
});

it('encodeForm is unchanged (the fast path writes the same escapes)', () => {
  expect(new TextDecoder().decode(encodeForm([['a b', '*-._~!']]))).toBe('a+b=*-._%7E%21');
});
