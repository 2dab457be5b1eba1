import { formatTrace, isPaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  encodeTclinkRequest,
  kinds,
  redactRequest,
  redactResponse,
  type TcRequest,
  validateParams,
  validateRequest,
} from '../src/index.js';
import { bytes } from './helpers.js';

const PAN = '4111111111111111';
const CVV = '8642';
const PASSWORD = 'Sup3rS3cretPw';
const ACCOUNT = '55544433221';
const TRACK_DISC = '9753197531';
const TRACK1 = `%B${PAN}^SMITH/JENNIFER^1204101${TRACK_DISC}?`;
const SECRETS = [PAN, CVV, PASSWORD, ACCOUNT, TRACK_DISC];

function scan(label: string, text: string): void {
  for (const s of SECRETS)
    expect(text.includes(s), `${label} leaks ${s.slice(0, 2)}...: ${text}`).toBe(false);
}

function errorText(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isPaywireError(e)).toBe(true);
    const err = e as Error & { toJSON(): unknown };
    return `${err.message} ${JSON.stringify(err.toJSON())} ${String(err.stack)}`;
  }
  return '';
}

describe('card data never appears unmasked', () => {
  const card: TcRequest = {
    custId: 'c',
    password: PASSWORD,
    action: 'sale',
    amount: 100,
    cc: PAN,
    exp: '0412',
    cvv: CVV,
  };

  it('in validation errors and results', () => {
    const cases: TcRequest[] = [
      { ...card, cc: `${PAN}x` },
      { ...card, cc: `${PAN}123` },
      { ...card, cvv: `${CVV}1` },
      { ...card, cvv: `${CVV}a` },
      { ...card, password: `${PASSWORD}${PASSWORD}` },
      {
        custId: 'c',
        password: PASSWORD,
        action: 'sale',
        amount: 100,
        track1: TRACK1,
        cc: '5411111111111115',
      },
      { custId: 'c', password: PASSWORD, action: 'sale', amount: 100, track1: `${TRACK1}${'x'.repeat(80)}` },
      {
        custId: 'c',
        password: PASSWORD,
        action: 'preauth',
        amount: 100,
        media: 'ach',
        routing: '789456124',
        account: `${ACCOUNT}x`,
      },
      {
        custId: 'c',
        password: PASSWORD,
        action: 'postauth',
        transId: '001-0000111101',
        cc: PAN,
      } as unknown as TcRequest,
    ];
    for (const req of cases) {
      const r = validateRequest(req);
      expect(r.ok).toBe(false);
      scan('validation result', JSON.stringify(r));
      scan(
        'encode error',
        errorText(() => encodeRequest(req, { form: 'tclink' })),
      );
    }
    scan(
      'pairs',
      JSON.stringify(
        validateParams([
          ['cc', `${PAN}\u0001`],
          ['cvv', CVV],
          ['password', PASSWORD],
        ]),
      ),
    );
  });

  it('in wire errors', () => {
    scan(
      'line break',
      errorText(() => encodeTclinkRequest([['cc', `${PAN}\n`]])),
    );
    scan(
      'too long',
      errorText(() => encodeTclinkRequest([['track1', `${TRACK1}${'x'.repeat(1100)}`]])),
    );
    scan(
      'decode',
      errorText(() => decodeRequest(bytes(`BEGIN\ncc=${PAN}\ncvv=${CVV}\n`))),
    );
  });

  it('in traces, redacted documents and redacted typed values', () => {
    const wire = [
      encodeRequest(card, { form: 'tclink' }),
      encodeRequest(card, { form: 'https' }),
      encodeRequest(
        { custId: 'c', password: PASSWORD, action: 'sale', amount: 1, track1: TRACK1 },
        { form: 'https' },
      ),
      encodeRequest(
        {
          custId: 'c',
          password: PASSWORD,
          action: 'sale',
          media: 'ach',
          amount: 1,
          routing: '789456124',
          account: ACCOUNT,
        },
        { form: 'tclink' },
      ),
    ];
    const [req, res] = kinds;
    for (const b of wire) {
      const t = req!.trace(b);
      scan('trace', formatTrace(t.entries));
      scan('trace json', JSON.stringify(t.entries));
      scan('redact', JSON.stringify(req!.redact(t.value)));
      scan('redactRequest', JSON.stringify(redactRequest(decodeRequest(b).request)));
    }
    // answers that echo a blacklisted card number
    const answers = [
      encodeResponse(
        { status: 'decline', declineType: 'blacklist', blacklistField: 'cc', blacklistValue: PAN },
        'tclink',
      ),
      encodeResponse(
        { status: 'decline', declineType: 'velocity', velocityType: 'cc1daycount', velocityValue: PAN },
        'https',
      ),
    ];
    for (const b of answers) {
      const t = res!.trace(b);
      scan('answer trace', formatTrace(t.entries) + JSON.stringify(t.entries));
      scan('answer redact', JSON.stringify(res!.redact(t.value)));
      scan('redactResponse', JSON.stringify(redactResponse(decodeResponse(b))));
    }
  });
});
