/** Card data and the NetConnect password never appear unmasked in errors, traces, redacted values or JSON. */
import { inspect } from 'node:util';
import { formatTrace, isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSale,
  decodeRequest,
  encodeRequest,
  kinds,
  netConnectRequestHeaders,
  redactRequest,
  traceRequest,
} from '../src/index.js';
import { MERCHANT, NOW, tx } from './helpers.js';

const PAN = '5500005555555559';
const CVV = '8642';
const PASSWORD = 'Pw-Zq7!x';

function scan(text: string): void {
  expect(text).not.toContain(PAN);
  expect(text).not.toContain(CVV);
  expect(text).not.toContain(PASSWORD);
}

function caught(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isPaywireError(e)).toBe(true);
    return `${(e as Error).message} ${JSON.stringify(e)} ${inspect(e)}`;
  }
  return '';
}

const merchant = { clientNumber: '0002', merchantNumber: '000000000002', terminalNumber: '002' };
const request = buildSale(merchant, {
  card: { number: PAN, expMonth: 11, expYear: 2048, cvvData: CVV },
  amount: 1500,
  sequenceNumber: 7,
  now: NOW,
});
const wire = encodeRequest(request);

describe('no card data or password in output', () => {
  it('trace entries and the formatted trace are masked', () => {
    const { entries } = traceRequest(wire);
    scan(JSON.stringify(entries));
    scan(formatTrace(entries));
    expect(entries.find((e) => e.path === 'accountNumber')!.value).toBe('550000******5559');
    expect(entries.find((e) => e.path.endsWith('cv.value'))!.value).toBe('****');
  });
  it('redacted values (request kind and function)', () => {
    scan(JSON.stringify(redactRequest(decodeRequest(wire))));
    scan(JSON.stringify(kinds[0]!.redact(kinds[0]!.decode(wire))));
  });
  it('builder errors about the PAN or CVV', () => {
    scan(
      caught(() =>
        buildSale(MERCHANT, tx({ card: { number: '5500005555555558', expMonth: 1, expYear: 2049 } })),
      ),
    );
    scan(
      caught(() => buildSale(MERCHANT, tx({ card: { number: `${PAN}1234`, expMonth: 1, expYear: 2049 } }))),
    );
    scan(
      caught(() =>
        buildSale(MERCHANT, tx({ card: { number: PAN, expMonth: 1, expYear: 2049, cvvData: `${CVV}9` } })),
      ),
    );
    scan(
      caught(() =>
        buildSale(MERCHANT, tx({ card: { number: PAN, expMonth: 1, expYear: 2049, cvvData: 'a642' } })),
      ),
    );
    expect(
      caught(() =>
        buildSale(MERCHANT, tx({ card: { number: '5500005555555558', expMonth: 1, expYear: 2049 } })),
      ),
    ).toContain('550000******5558');
  });
  it('encoder errors on a bad PAN or CVV in a wire value', () => {
    scan(caught(() => encodeRequest({ ...request, accountNumber: `${PAN}9999` })));
    scan(caught(() => encodeRequest({ ...request, accountNumber: `${PAN.slice(0, 8)}x${PAN.slice(9)}` })));
    scan(
      caught(() =>
        encodeRequest({ ...request, tokens: [{ id: 'CV', cv: { presence: '1', value: `${CVV}12` } }] }),
      ),
    );
  });
  it('decoder errors on any corruption of a message holding card data', () => {
    fc.assert(
      fc.property(fc.nat({ max: wire.length - 1 }), fc.integer({ min: 0, max: 255 }), (pos, byte) => {
        const m = wire.slice();
        m[pos] = byte;
        for (const k of kinds) scan(caught(() => k.trace(m)));
      }),
      { numRuns: 400 },
    );
  });
  it('NetConnect headers in JSON and util.inspect', () => {
    const h = netConnectRequestHeaders({ merchantNumber: '000000000002', userId: 'u', password: PASSWORD });
    scan(JSON.stringify(h));
    scan(inspect(h));
    expect(h['Auth-Password']).toBe(PASSWORD);
  });
});
