import { ErrorCode, isPaywireError, type PaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DatawireErrorCode,
  decodeRequest,
  decodeResponse,
  kinds,
  parseXml,
  XML_LIMITS,
} from '../src/index.js';

function errorOf(fn: () => unknown): PaywireError {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('XML attacks are refused with clear paywire errors', () => {
  it('external entity (XXE)', () => {
    const e = errorOf(() =>
      parseXml('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'),
    );
    expect(e.code).toBe(DatawireErrorCode.XML_ENTITY_REFUSED);
    expect(e.name).toBe('XML_ENTITY_REFUSED');
    expect(e.family).toBe('datawire');
    expect(e.message).toMatch(/ENTITY declarations are refused/);
    expect(e.message).not.toMatch(/passwd/);
  });

  it('billion laughs', () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`;
    const e = errorOf(() => parseXml(lol));
    expect(e.code).toBe(DatawireErrorCode.XML_ENTITY_REFUSED);
  });

  it('internal subset without entities is refused too; undefined entity references are refused', () => {
    expect(errorOf(() => parseXml('<!DOCTYPE r [<!ATTLIST r a CDATA "x">]><r/>')).code).toBe(
      DatawireErrorCode.XML_ENTITY_REFUSED,
    );
    const e = errorOf(() => parseXml('<r>&xxe;</r>'));
    expect(e.code).toBe(DatawireErrorCode.XML_ENTITY_REFUSED);
    expect(e.offset).toBe(3);
  });

  it('huge input', () => {
    const big = `<r>${'a'.repeat(XML_LIMITS.maxLength)}</r>`;
    expect(errorOf(() => parseXml(big)).code).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(errorOf(() => decodeResponse(new Uint8Array(XML_LIMITS.maxLength + 1))).code).toBe(
      ErrorCode.INPUT_TOO_LARGE,
    );
    expect(parseXml('<r>abc</r>', { maxLength: 10 }).root.text).toBe('abc');
    expect(errorOf(() => parseXml('<r>abcd</r>', { maxLength: 10 })).code).toBe(ErrorCode.INPUT_TOO_LARGE);
  });

  it('deep nesting and element floods', () => {
    const deep = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    const e = errorOf(() => parseXml(deep));
    expect(e.code).toBe(DatawireErrorCode.XML_LIMIT_EXCEEDED);
    expect(e.message).toMatch(/nested deeper than 32/);
    const many = `<r>${'<a/>'.repeat(5000)}</r>`;
    expect(errorOf(() => parseXml(many)).code).toBe(DatawireErrorCode.XML_LIMIT_EXCEEDED);
    const attrs = `<r ${Array.from({ length: 40 }, (_, k) => `a${k}="1"`).join(' ')}/>`;
    expect(errorOf(() => parseXml(attrs)).code).toBe(DatawireErrorCode.XML_LIMIT_EXCEEDED);
  });
});

describe('parser behaviour', () => {
  it('keeps values as strings with leading zeros, any attribute order, whitespace around =', () => {
    const doc = parseXml(`<r b = '2' a="0010" >\n <v>000</v></r>`);
    expect(doc.root.attributes.map((a) => [a.name, a.value])).toEqual([
      ['b', '2'],
      ['a', '0010'],
    ]);
    expect(doc.root.children[0]?.text).toBe('000');
  });

  it('decodes predefined entities, numeric references and CDATA', () => {
    const doc = parseXml('<r a="&quot;&apos;">&lt;&gt;&amp;&#65;&#x42;<![CDATA[<&>]]></r>');
    expect(doc.root.text).toBe('<>&AB<&>');
    expect(doc.root.attributes[0]?.value).toBe(`"'`);
    expect(errorOf(() => parseXml('<r>&#0;</r>')).message).toMatch(/not an allowed XML character/);
    expect(errorOf(() => parseXml('<r>&#x1C;</r>')).code).toBe(DatawireErrorCode.XML_ERROR);
  });

  it('tolerates a DOCTYPE with SYSTEM or PUBLIC id, comments and processing instructions', () => {
    const doc = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?><!-- c --><!DOCTYPE Request PUBLIC "-//Datawire Communication Networks INC//DTD VXN API Self-Registration 3.0//EN" "http://www.datawire.net/xmldtd/srs.dtd"><?pi x?><Request/><!-- end -->',
    );
    expect(doc.doctype).toMatchObject({
      name: 'Request',
      systemId: 'http://www.datawire.net/xmldtd/srs.dtd',
    });
    expect(doc.declaration).toMatchObject({ version: '1.0', encoding: 'UTF-8' });
  });

  it.each([
    ['<r>', /not closed/],
    ['<r></s>', /does not match/],
    ['<r a="1" a="2"/>', /duplicate attribute/],
    ['<r/><r/>', /after the root/],
    ['text', /text before the root/],
    ['<r>\u0001</r>', /control character/],
    ['<?xml version="1.0" encoding="ISO-8859-1"?><r/>', /unsupported encoding/],
    ['<r a=1/>', /quoted value/],
    ['<r><!-- a -- b --></r>', /'--'/],
  ])('refuses %j', (xml, message) => {
    const e = errorOf(() => parseXml(xml));
    expect(e.family).toBe('datawire');
    expect(e.message).toMatch(message);
    expect(e.offset).toBeTypeOf('number');
  });

  it('empty input is EMPTY_RESPONSE; bad UTF-8 carries the byte offset', () => {
    expect(errorOf(() => decodeResponse('  \n')).code).toBe(ErrorCode.EMPTY_RESPONSE);
    const e = errorOf(() => decodeResponse(Uint8Array.of(0x3c, 0x72, 0x3e, 0xc3, 0x28)));
    expect(e.code).toBe(ErrorCode.INVALID_FORMAT);
    expect(e.offset).toBe(3);
  });

  it('structure errors carry a path and an offset', () => {
    const e = errorOf(() =>
      decodeRequest('<Request Version="3"><ReqClientID><DID>1</DID></ReqClientID></Request>'),
    );
    expect(e.code).toBe(DatawireErrorCode.XML_ERROR);
    expect(e.field).toBe('Request.ReqClientID.App');
    expect(e.offset).toBe(21);
  });
});

describe('decoders never throw anything but datawire paywire errors (fuzz)', () => {
  const fragments = [
    '<',
    '>',
    '/',
    '=',
    '"',
    "'",
    '&',
    ';',
    '&amp;',
    '&#x41;',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '<?xml version="1.0"?>',
    '<!DOCTYPE Response SYSTEM "x">',
    '<Request Version="3">',
    '</Request>',
    '<Response>',
    '</Response>',
    '<ReqClientID>',
    '<Status StatusCode="OK"/>',
    '<TransactionResponse>',
    '<Payload>',
    '</Payload>',
    ' ',
    '\n',
    'abc',
    '000',
    '\u00e9',
    '\ud800',
  ];
  const doc = fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((a) => a.join(''));
  const check = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (!isPaywireError(e) || e.family !== 'datawire') throw e;
    }
  };
  it('structured fragments', () => {
    fc.assert(
      fc.property(doc, (text) => {
        check(() => decodeRequest(text));
        check(() => decodeResponse(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('random bytes through the kinds', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        for (const k of kinds) {
          check(() => k.decode(bytes));
          check(() => k.trace(bytes));
          check(() => k.detect?.(bytes));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
