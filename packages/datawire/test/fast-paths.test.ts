/**
 * The fast paths (request straight to bytes, response read by offsets, payload escaping through a
 * byte buffer) must give exactly what the general writer and parser give: the same bytes, the same
 * values, and for refused input the same error (code, message, field, offset, expected, actual).
 */

import { isPaywireError, utf8Decode } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activationRequest,
  COMPACT_LAYOUT,
  type DatawireRequest,
  type DatawireResponse,
  decodeResponse,
  decodeUtf8,
  encodeRequest,
  encodeRequestText,
  encodeResponseText,
  encodeUtf8,
  escapePayload,
  parseXml,
  pingRequest,
  RESPONSE_LAYOUT,
  registrationRequest,
  responseFromDocument,
  type ServiceName,
  transactionRequest,
  unescapePayload,
} from '../src/index.js';
import { hostResponse, offsetsResponse } from '../src/messages/response-fast.js';

type Outcome = { value: unknown } | { error: Record<string, unknown> };

function outcome(fn: () => unknown): Outcome {
  try {
    const v = fn();
    return { value: v instanceof Uint8Array ? Array.from(v) : v };
  } catch (e) {
    if (!isPaywireError(e)) throw e;
    const { code, name, message, field, offset, expected, actual, family } = e;
    return { error: { code, name, message, field, offset, expected, actual, family } };
  }
}

// ---------------------------------------------------------------------------------------------
// payload escaping

/** The escaping as first written: one table string per byte. */
function referenceEscape(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) {
    const safe =
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2e;
    s += safe ? String.fromCharCode(b) : `|${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return s;
}

/** Payload-like text: escapes (valid, lower-case, broken), literal characters, non-Latin-1. */
const payloadText = fc
  .array(
    fc.oneof(
      fc.constantFrom('|1C', '|7C', '|0a', '|Ff', '|', '|1', '|G0', '|1G', '||1C', 'SV.', '40', 'ab', ' '),
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '\t',
        '\n',
        '\u0001',
        'é',
        'ÿ',
        'Ā',
        '€',
        '\ud83d\ude00',
        '\ud800',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('payload escaping fast paths', () => {
  it('escapePayload matches the per-byte table for any bytes and lengths', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), (bytes) => {
        expect(escapePayload(bytes)).toBe(referenceEscape(bytes));
      }),
      { numRuns: 300 },
    );
    const big = Uint8Array.from({ length: 30_000 }, (_, k) => (k * 7) & 0xff);
    expect(escapePayload(big)).toBe(referenceEscape(big));
  });

  it('unescapePayload gives the same bytes or the same error as the checking reader', () => {
    fc.assert(
      fc.property(payloadText, (text) => {
        const got = outcome(() => unescapePayload(text));
        // reference: decode |XX by hand; the errors are those documented for unescapePayload
        let ref: Outcome;
        const out: number[] = [];
        let bad: { offset: number; lone: boolean } | undefined;
        for (let i = 0; i < text.length && bad === undefined; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x7c) {
            const h = text.slice(i + 1, i + 3);
            if (i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(h)) {
              out.push(Number.parseInt(h, 16));
              i += 2;
            } else bad = { offset: i, lone: false };
          } else if (c > 0xff) bad = { offset: i, lone: true };
          else out.push(c);
        }
        if (bad === undefined) ref = { value: out };
        else {
          expect('error' in got).toBe(true);
          const e = (got as { error: Record<string, unknown> }).error;
          expect(e.offset).toBe(bad.offset);
          expect(e.field).toBe('Payload');
          expect(e.message).toMatch(bad.lone ? /above U\+00FF/ : /two hex digits/);
          return;
        }
        expect(got).toEqual(ref);
      }),
      { numRuns: 500 },
    );
  });

  it('unescaped results are independent copies', () => {
    const a = unescapePayload('AB|1CCD');
    const b = unescapePayload('XY|1DZW');
    expect(Array.from(a)).toEqual([0x41, 0x42, 0x1c, 0x43, 0x44]);
    expect(Array.from(b)).toEqual([0x58, 0x59, 0x1d, 0x5a, 0x57]);
  });
});

// ---------------------------------------------------------------------------------------------
// request builders

/** The builders as first written: every option read straight from the caller's object. */
function referenceBuild(service: ServiceName, init: Record<string, string | undefined>): DatawireRequest {
  const req: DatawireRequest = {
    version: '3',
    clientId: { did: init.did!, app: init.app!, auth: init.auth!, clientRef: init.clientRef! },
    service,
    serviceId: init.serviceId!,
  };
  if (init.clientTimeout !== undefined) req.clientTimeout = init.clientTimeout;
  if (service === 'Transaction') {
    req.payload = init.payload!;
    if (init.payloadEncoding !== undefined) req.payloadEncoding = init.payloadEncoding;
  }
  return req;
}

describe('request builders', () => {
  const ids = { did: '00033746370969070150', app: 'APP', auth: 'a|b', clientRef: 'R1', serviceId: '104' };
  const shapes: [string, () => Record<string, string | undefined>][] = [
    ['literal', () => ({ ...ids, payload: 'P' })],
    [
      'spread with extras',
      () => ({ ...ids, payload: 'P', clientTimeout: '30', payloadEncoding: 'xml_escape', x: 'y' }),
    ],
    ['undefined options', () => ({ ...ids, payload: 'P', clientTimeout: undefined })],
    ['inherited options', () => Object.assign(Object.create({ clientTimeout: '9', payload: 'Q' }), ids)],
    ['null prototype', () => Object.assign(Object.create(null), ids, { payload: 'P' })],
    [
      'own __proto__ key',
      () =>
        JSON.parse(
          `{"__proto__": {"clientTimeout": "7"}, "did": "1", "app": "A", "auth": "a|b", "clientRef": "R", "serviceId": "1", "payload": "P"}`,
        ),
    ],
    ['frozen', () => Object.freeze({ ...ids, payload: 'P' })],
    [
      'getters',
      () => {
        const o = { ...ids };
        Object.defineProperty(o, 'payload', { enumerable: true, get: () => 'G' });
        return o as Record<string, string | undefined>;
      },
    ],
  ];
  it('give the same request for option objects of any shape', () => {
    for (const [name, make] of shapes) {
      expect(transactionRequest(make() as never), name).toStrictEqual(referenceBuild('Transaction', make()));
      expect(pingRequest(make() as never), name).toStrictEqual(referenceBuild('Ping', make()));
      expect(activationRequest(make() as never), name).toStrictEqual(referenceBuild('Activation', make()));
      expect(registrationRequest(make() as never), name).toStrictEqual(
        referenceBuild('Registration', { ...make(), did: '' }),
      );
    }
  });
  it('fail like property reads on null or undefined options', () => {
    expect(() => transactionRequest(undefined as never)).toThrow(TypeError);
    expect(() => pingRequest(null as never)).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------------------------------------
// request encoding

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const alnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
    minLength: min,
    maxLength: max,
  });
/** Mostly valid values, sometimes anything (escapes, quotes, non-ASCII, lone surrogates, wrong lengths). */
const wild = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '',
    'a&b',
    'a<b',
    'a>b',
    'a"b',
    "a'b",
    'a\tb',
    'a\u0001b',
    'é',
    '\ud800',
    '\ud83d\ude00',
    '|',
  ),
);
const maybe = <T>(arb: fc.Arbitrary<T>, weight = 3) =>
  fc.oneof({ arbitrary: arb, weight }, { arbitrary: wild, weight: 1 });

const requestArb: fc.Arbitrary<DatawireRequest> = fc
  .record(
    {
      version: fc.oneof({ arbitrary: fc.constant('3'), weight: 5 }, { arbitrary: wild, weight: 1 }),
      service: fc.oneof(
        { arbitrary: fc.constant<ServiceName>('Transaction'), weight: 4 },
        { arbitrary: fc.constantFrom<ServiceName>('Ping', 'Registration', 'Activation'), weight: 2 },
        { arbitrary: fc.constant('Other' as ServiceName), weight: 1 },
      ),
      did: maybe(fc.oneof(digits(20, 20), digits(0, 34))),
      app: maybe(alnum(1, 34)),
      auth: maybe(
        fc.oneof(
          fc.tuple(alnum(1, 41), alnum(1, 41)).map(([a, b]) => `${a}|${b}`),
          fc.tuple(alnum(0, 3), alnum(0, 3), alnum(0, 3)).map(([a, b, c]) => `${a}|${b}|${c}`),
        ),
      ),
      clientRef: maybe(alnum(1, 15)),
      serviceId: maybe(digits(1, 11)),
      clientTimeout: fc.option(maybe(digits(0, 6)), { nil: undefined }),
      namespace: fc.option(maybe(fc.constant('http://securetransport.dw/rcservice/xml')), { nil: undefined }),
      payload: fc.option(fc.oneof(payloadText, fc.uint8Array({ maxLength: 40 }).map(escapePayload)), {
        nil: undefined,
      }),
      payloadEncoding: fc.option(fc.oneof(fc.constantFrom('xml_escape', 'cdata'), wild), { nil: undefined }),
      layout: fc.constantFrom(undefined, COMPACT_LAYOUT, RESPONSE_LAYOUT),
    },
    { requiredKeys: ['version', 'service', 'did', 'app', 'auth', 'clientRef', 'serviceId'] },
  )
  .map((r) => {
    const req: DatawireRequest = {
      version: r.version,
      clientId: { did: r.did, app: r.app, auth: r.auth, clientRef: r.clientRef },
      service: r.service,
      serviceId: r.serviceId,
    };
    if (r.clientTimeout !== undefined) req.clientTimeout = r.clientTimeout;
    if (r.namespace !== undefined) req.namespace = r.namespace;
    if (r.payload !== undefined) req.payload = r.payload;
    if (r.payloadEncoding !== undefined) req.payloadEncoding = r.payloadEncoding;
    if (r.layout !== undefined) req.layout = r.layout;
    return req;
  });

describe('request encoding fast path', () => {
  it('gives the bytes (or the error) of the general writer for any request', () => {
    fc.assert(
      fc.property(requestArb, fc.boolean(), (req, validate) => {
        const options = { validate };
        expect(outcome(() => encodeRequest(req, options))).toEqual(
          outcome(() => encodeUtf8(encodeRequestText(req, options))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('checks payload escapes exactly like the general writer', () => {
    const text = fc
      .array(fc.constantFrom('|1C', '|1c', '|', '|1', '|G0', '|1G', '|7C', 'AB', '.', ' ', '&', 'é'), {
        maxLength: 8,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'xml_escape'), (payload, payloadEncoding) => {
        const req: DatawireRequest = {
          version: '3',
          clientId: { did: '1', app: 'A', auth: 'a|b', clientRef: 'R' },
          service: 'Transaction',
          serviceId: '104',
          payload,
        };
        if (payloadEncoding !== undefined) req.payloadEncoding = payloadEncoding;
        expect(outcome(() => encodeRequest(req))).toEqual(outcome(() => encodeUtf8(encodeRequestText(req))));
      }),
      { numRuns: 500 },
    );
  });

  it('takes requests of every service and shape to the same bytes', () => {
    const base = {
      version: '3',
      clientId: { did: '00033746370969070150', app: 'APP1', auth: 'A1|B2', clientRef: '1234567V001000' },
      serviceId: '104',
    };
    const cases: DatawireRequest[] = [
      { ...base, service: 'Transaction', payload: 'SV.1|1C2' },
      { ...base, service: 'Transaction', payload: 'a&lt;b', payloadEncoding: 'xml_escape' },
      { ...base, service: 'Transaction', payload: 'x', clientTimeout: '30', namespace: 'urn:x' },
      { ...base, service: 'Ping' },
      { ...base, service: 'Registration', clientId: { ...base.clientId, did: '' } },
      { ...base, service: 'Activation' },
    ];
    for (const req of cases) {
      const bytes = encodeRequest(req);
      expect(new TextDecoder().decode(bytes)).toBe(encodeRequestText(req));
    }
  });

  it('refuses what the general writer refuses, with the same error', () => {
    const req: DatawireRequest = {
      version: '3',
      clientId: { did: '1', app: 'A', auth: 'a|b', clientRef: 'R' },
      service: 'Transaction',
      serviceId: '104',
      payload: 'ok|1',
    };
    const e = outcome(() => encodeRequest(req));
    expect(e).toEqual(outcome(() => encodeRequestText(req)));
    expect((e as { error: { field: string } }).error.field).toBe('Payload');
  });
});

// ---------------------------------------------------------------------------------------------
// response decoding

const leafValue = fc.oneof(
  { arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789ABCabc|.- '), maxLength: 24 }), weight: 12 },
  { arbitrary: payloadText, weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '',
      '  ',
      '\n',
      'a]]>b',
      'a]>b',
      'a>b',
      '&amp;',
      '&#65;',
      '&bogus;',
      '<![CDATA[x]]>',
      '<!-- c -->',
      '<X/>',
      '\u0000',
      '\ufffe',
      'é€',
      '\ud83d\ude00',
      '\udc00',
    ),
    weight: 2,
  },
);

/** The first choice most of the time, any of the others now and then. */
function mostly<T>(usual: T, ...others: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constant(usual), weight: 3 * others.length },
    { arbitrary: fc.constantFrom(...others), weight: Math.max(1, others.length) },
  );
}

/** Response documents: mostly the host's layout, with random damage and variations. */
const responseDoc = fc
  .record({
    prolog: mostly(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">\n',
      '<?xml version="1.0" encoding="UTF-8"?>',
      '',
      '\ufeff<?xml version="1.0"?>',
      '<?xml version="1.0" encoding="latin1"?>',
      '<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">',
      '<!DOCTYPE Response [<!ENTITY x "y">]>',
      '<!-- c --><?pi x?>',
      '<?xml  version="1.0"?>',
    ),
    rootAttrs: mostly(
      ' Version="3"',
      '',
      " Version='3'",
      ' Version = "3" xmlns="urn:x"',
      ' Version="3" Extra="1"',
      ' Version="3" Version="3"',
      ' Version="&amp;"',
      ' xmlns:a="b"',
      ' Version="3"/',
    ),
    nl: mostly('\n ', '', '\r\n\t', ' x '),
    clientId: fc.option(fc.tuple(leafValue, leafValue), { nil: undefined }),
    idAttr: mostly('', '', '', ' a="1"'),
    status: fc.option(leafValue, { nil: undefined }),
    statusAttr: mostly(
      ' StatusCode="OK"',
      ' StatusCode="AuthenticationError"',
      '',
      ' StatusCode="a<b"',
      " StatusCode='OK'",
      ' StatusCode="OK" Other="x"',
    ),
    statusSelfClosing: fc.boolean(),
    body: mostly('transaction', 'transaction', 'none', 'ping', 'activation', 'bogus'),
    returnCode: fc.option(leafValue, { nil: undefined }),
    payload: fc.option(leafValue, { nil: undefined }),
    payloadAttr: mostly('', '', ' Encoding="xml_escape"', ' Encoding="cdata"', ' Bad="1"'),
    order: mostly('normal', 'status-first', 'body-first', 'dup-status', 'dup-did'),
    epilog: mostly('\n', '', '\n\n', '<!-- end -->', 'x', '<x/>'),
  })
  .map((d) => {
    const nl = d.nl;
    const nl2 = d.nl === '' ? '' : `${d.nl} `;
    const id =
      d.clientId === undefined
        ? ''
        : `${nl}<RespClientID${d.idAttr}>${nl2}<DID>${d.clientId[0]}</DID>${nl2}<ClientRef>${d.clientId[1]}</ClientRef>${d.order === 'dup-did' ? `<DID>1</DID>` : ''}${nl}</RespClientID>`;
    const status = d.statusSelfClosing
      ? `${nl}<Status${d.statusAttr}/>`
      : `${nl}<Status${d.statusAttr}>${d.status ?? ''}</Status>`;
    let body = '';
    if (d.body === 'transaction') {
      const rc = d.returnCode === undefined ? '' : `${nl2}<ReturnCode>${d.returnCode}</ReturnCode>`;
      const p = d.payload === undefined ? '' : `${nl2}<Payload${d.payloadAttr}>${d.payload}</Payload>`;
      body = `${nl}<TransactionResponse>${rc}${p}${nl}</TransactionResponse>`;
    } else if (d.body === 'ping') {
      body = `${nl}<PingResponse>${nl2}<ServiceCost><ServiceID>104</ServiceID><TransactionTimeMs>7</TransactionTimeMs></ServiceCost>${nl}</PingResponse>`;
    } else if (d.body === 'activation') body = `${nl}<ActivationResponse/>`;
    else if (d.body === 'bogus') body = `${nl}<Bogus/>`;
    const parts =
      d.order === 'status-first'
        ? [status, id, body]
        : d.order === 'body-first'
          ? [body, id, status]
          : d.order === 'dup-status'
            ? [id, status, status, body]
            : [id, status, body];
    return `${d.prolog}<Response${d.rootAttrs}>${parts.join('')}${d.nl === ' x ' ? ' ' : nl.slice(0, 1)}</Response>${d.epilog}`;
  });

function general(text: string): DatawireResponse {
  return responseFromDocument(parseXml(text));
}

describe('response decoding fast path', () => {
  it('gives the value (or the error) of the general parser for random documents', () => {
    fc.assert(
      fc.property(responseDoc, (text) => {
        expect(outcome(() => decodeResponse(text))).toStrictEqual(outcome(() => general(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('each fast reader alone: a value only where the general parser gives the same value', () => {
    let host = 0;
    let offsets = 0;
    const check = (text: string) => {
      const want = outcome(() => general(text));
      for (const [reader, count] of [
        [hostResponse, () => host++],
        [offsetsResponse, () => offsets++],
      ] as const) {
        const got = reader(text);
        if (got === undefined) continue;
        count();
        expect({ value: got }, JSON.stringify(text)).toStrictEqual(want);
      }
    };
    fc.assert(
      fc.property(
        responseDoc,
        fc.nat(),
        fc.constantFrom('', '<', '>', '"', '&', ' ', '\u0001', 'é'),
        (text, at, ch) => {
          check(text);
          const k = at % (text.length + 1);
          check(text.slice(0, k) + ch + text.slice(k + 1));
        },
      ),
      { numRuns: 3000 },
    );
    // both readers really read a good share of the documents
    expect(host).toBeGreaterThan(200);
    expect(offsets).toBeGreaterThan(200);
  });

  it('and for the same documents truncated or with one character changed', () => {
    fc.assert(
      fc.property(
        responseDoc,
        fc.nat(),
        fc.constantFrom('', '<', '>', '/', '"', '&', ' ', '\u0000', 'é', 'X'),
        (text, at, ch) => {
          const k = at % (text.length + 1);
          for (const t of [text.slice(0, k), text.slice(0, k) + ch + text.slice(k + 1)]) {
            expect(outcome(() => decodeResponse(t))).toStrictEqual(outcome(() => general(t)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the general parser on single changes to a host response', () => {
    const base = encodeResponseText({
      version: '3',
      status: 'OK',
      clientId: { did: '00033746370969070150', clientRef: '1701298V001000' },
      body: { type: 'transaction', returnCode: '000', payload: '40|1C0900' },
    });
    const edits: [string, string][] = [
      ['40|1C0900', 'a]]>b'],
      ['40|1C0900', 'a]>b>'],
      ['40|1C0900', ']]'],
      ['40|1C0900', '&amp;'],
      ['40|1C0900', 'é€\u00a0'],
      ['40|1C0900', '\ud83d\ude00'],
      ['40|1C0900', '\ufffd\ufffe'],
      ['40|1C0900', '\t\r\n'],
      ['40|1C0900', '<![CDATA[x]]>'],
      ['40|1C0900', 'a<!-- c -->b'],
      ['<Payload>', '<Payload Encoding="cdata">'],
      ['<Payload>', "<Payload Encoding='a\tb'>"],
      ['<Payload>', '<Payload Encoding="x"Encoding="y">'],
      ['<Payload>', '<Payload xmlns="u">'],
      ['<Payload>40|1C0900</Payload>', '<Payload/>'],
      ['<Payload>40|1C0900</Payload>', '<Payload />'],
      ['</Payload>', '</Payload >'],
      ['</Payload>', '</PayloadX>'],
      ['</Payload>', '</Payload'],
      ['</Payload>', '</Payload x>'],
      ['</DID>', '</DID/>'],
      ['<ReturnCode>000</ReturnCode>', '<ReturnCode/>'],
      ['<ReturnCode>000</ReturnCode>', ''],
      ['<ReturnCode>', '<ReturnCode a="1">'],
      [' <TransactionResponse>', ' <TransactionResponse xmlns="u">'],
      ['<Response Version="3">', '<Response Version="3"xmlns="u">'],
      ['<Response Version="3">', '<Response\tVersion\n=\r"3"\txmlns = \'u\' >'],
      ['<Response Version="3">', '<Response>'],
      ['<Response Version="3">', '<Response Version="é">'],
      ['<Response Version="3">', '<Response Version="<">'],
      ['<Response Version="3">', '<ResponseX Version="3">'],
      ['<Status StatusCode="OK"></Status>', '<Status StatusCode="OK"/>'],
      ['<Status StatusCode="OK"></Status>', '<Status StatusCode="OK"> </Status>'],
      ['<Status StatusCode="OK"></Status>', '<Status StatusCode="OK">Bad DID</Status>'],
      ['<Status StatusCode="OK"></Status>', '<Status></Status>'],
      ['<Status StatusCode="OK"></Status>', '<Status StatusCode="OK" xmlns="u"></Status>'],
      ['<Status StatusCode="OK"></Status>', ''],
      ['<DID>', '<DID a="1">'],
      ['<DID>00033746370969070150</DID>', '<DID/>'],
      ['<DID>00033746370969070150</DID>', ''],
      ['<ClientRef>1701298V001000</ClientRef>', '<ClientRef>1</ClientRef><DID>2</DID>'],
      [' <RespClientID>', ' <RespClientID a="1">'],
      ['</RespClientID>', 'x</RespClientID>'],
      ['<?xml version="1.0" encoding="UTF-8"?>', ''],
      ['<?xml version="1.0" encoding="UTF-8"?>', ' <?xml version="1.0" encoding="UTF-8"?>'],
      ['<?xml version="1.0" encoding="UTF-8"?>', '\ufeff<?xml version="1.0" encoding="UTF-8"?>'],
      ['<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">', ''],
      [
        '<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">',
        '<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd"><!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">',
      ],
      ['<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">', '<!-- c -->'],
      ['</Response>\n', '</Response>'],
      ['</Response>\n', '</Response>\n<!-- c -->'],
      ['</Response>\n', '</Response>x'],
      ['</Response>\n', '</Response><Response/>'],
      ['</Response>\n', ''],
      [' <TransactionResponse>', ' <PingResponse></PingResponse><TransactionResponse>'],
    ];
    let fast = 0;
    for (const [from, to] of edits) {
      const text = base.replace(from, to);
      expect(text).not.toBe(base);
      const got = outcome(() => decodeResponse(text));
      expect(got, JSON.stringify(text)).toStrictEqual(outcome(() => general(text)));
      if ('value' in got) fast++;
    }
    expect(fast).toBeGreaterThan(15);
  });

  it('decodes UTF-8 input to the same value or error as the general parser', () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(responseDoc, fc.nat(), fc.integer({ min: 0, max: 255 }), (text, at, byte) => {
        const bytes = enc.encode(text);
        // (TextEncoder turns lone surrogates into U+FFFD, so compare with the decoded bytes' text)
        expect(outcome(() => decodeResponse(bytes))).toStrictEqual(outcome(() => general(decodeUtf8(bytes))));
        const damaged = bytes.slice();
        if (damaged.length > 0) damaged[at % damaged.length] = byte;
        const want = outcome(() => general(decodeUtf8(damaged)));
        expect(outcome(() => decodeResponse(damaged))).toStrictEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodeUtf8 gives what core gives (ASCII read sixteen bytes at a time)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 100 }),
          fc.uint8Array({ maxLength: 100, max: 0x7f }),
          fc.string({ unit: 'grapheme', maxLength: 40 }).map((t) => new TextEncoder().encode(t)),
        ),
        (bytes) => {
          const core = outcome(() => utf8Decode(bytes));
          const got = outcome(() => decodeUtf8(bytes));
          if ('value' in core) expect(got).toEqual(core);
          else expect('error' in got && got.error.offset).toBe(core.error.offset);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads every encoded response back to the same value as the general parser', () => {
    const res: DatawireResponse = {
      version: '3',
      status: 'OK',
      clientId: { did: '00033746370969070150', clientRef: '1701298V001000' },
      body: { type: 'transaction', returnCode: '000', payload: '40|1C0900|1C11007057' },
    };
    for (const layout of [RESPONSE_LAYOUT, COMPACT_LAYOUT]) {
      const text = encodeResponseText({ ...res, layout });
      expect(decodeResponse(text)).toEqual(general(text));
      expect(decodeResponse(text)).toEqual(res);
    }
  });
});
