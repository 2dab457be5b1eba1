// Card data never appears unmasked in traces, redacted output or errors.
import { formatTrace } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  activateCard,
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  kinds,
  readResponse,
  redactGiftResponse,
  redactRequest,
  redactResponse,
  traceRequest,
  traceResponse,
} from '../src/index.js';
import { ascii, caught } from './helpers.js';

const PAN = '6010567008288444';
const TRACK = `${PAN}=00010004000070771026`;
const EAN = 'F1CD8AA37D2A259DBA0ECD548DD8093C';
const SCV = '48213977';
const KEY = '9C3E'.repeat(20);
const SECRETS = [PAN, TRACK, EAN, SCV, KEY, '00010004000070771026', EAN.toLowerCase()];

function scan(text: string): void {
  for (const s of SECRETS) expect(text).not.toContain(s);
}

const request = encodeRequest({
  merchantId: '99026809996',
  requestCode: '2104',
  fields: {
    localTransactionTime: '181701',
    localTransactionDate: '02052019',
    embossedCardNumber: PAN,
    merchantTerminalId: '990268099968594',
    extendedAccountNumber: EAN,
    merchantKeyId: '108',
    securityCardValue: SCV,
    sourceCode: '30',
  },
});
const response = encodeResponse({
  fields: {
    responseCode: '00',
    embossedCardNumber: PAN,
    extendedAccountNumber: EAN,
    securityCardValue: SCV,
    track2Data: TRACK,
  },
});
const keyRequest = encodeRequest({
  merchantId: '99026809996',
  requestCode: '2010',
  fields: { workingKey: KEY },
});

describe('masking', () => {
  it('traces (entries and formatted text) show the card masked', () => {
    for (const [trace, bytes] of [
      [traceRequest, request],
      [traceResponse, response],
      [traceRequest, keyRequest],
    ] as const) {
      const { entries } = trace(bytes);
      scan(JSON.stringify(entries));
      scan(formatTrace(entries));
    }
    const card = traceRequest(request).entries.find((e) => e.path === 'fields.embossedCardNumber')!;
    expect(card.value).toBe('601056******8444');
    expect(card.sensitive).toBe('pan');
  });

  it('redacted payloads and readings show the card masked; the kinds redact the same way', () => {
    scan(JSON.stringify(redactRequest(decodeRequest(request))));
    scan(JSON.stringify(redactResponse(decodeResponse(response))));
    scan(JSON.stringify(redactRequest(decodeRequest(keyRequest))));
    scan(JSON.stringify(redactGiftResponse(readResponse(decodeResponse(response)))));
    for (const kind of kinds) {
      for (const bytes of [request, response, keyRequest]) {
        try {
          scan(JSON.stringify(kind.redact(kind.decode(bytes))));
        } catch (e) {
          expect((e as { family?: string }).family).toBe('fdms-gift');
        }
      }
    }
    expect(redactResponse(decodeResponse(response)).fields.track2Data).toBe(
      '601056******8444=********************',
    );
  });

  it('encoder errors about card data do not echo it', () => {
    const errors = [
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { embossedCardNumber: `${PAN}12345` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { embossedCardNumber: `${PAN}A` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { securityCardValue: `${SCV}9` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { securityCardValue: `A${SCV.slice(1)}` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { extendedAccountNumber: `${EAN}0` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { extendedAccountNumber: `${EAN.slice(1)}G` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2400',
          fields: { track2Data: `${TRACK}\x01` },
        }),
      ),
      caught(() =>
        encodeRequest({
          merchantId: '99026809996',
          requestCode: '2010',
          fields: { workingKey: `${KEY.slice(1)}Z` },
        }),
      ),
      caught(() =>
        activateCard({
          merchant: { merchantNumber: '99026809996' },
          card: { cardNumber: `${PAN}x` },
          at: new Date(),
        }),
      ),
    ];
    for (const e of errors) {
      expect(e.family).toBe('fdms-gift');
      scan(`${e.message} ${JSON.stringify(e)} ${e.stack ?? ''}`);
      scan(`${e.expected ?? ''} ${e.actual ?? ''}`);
    }
  });

  it('decoder errors about card data do not echo it', () => {
    const payloads = [
      `40\x1c0900\x1c70${PAN}A`,
      `40\x1c0900\x1c32${SCV}X`,
      `40\x1c0900\x1c34${EAN.slice(1)}Z`,
      `40\x1c0900\x1c35${TRACK}9`,
      `40\x1c0900\x1c70${PAN}\x1c70${PAN}`,
    ];
    for (const p of payloads) {
      const e = caught(() => decodeResponse(ascii(p)));
      expect(e.family).toBe('fdms-gift');
      scan(`${e.message} ${JSON.stringify(e)}`);
    }
  });
});
