// The TSYS host never sends a packet the codec cannot decode: its answers to any valid request,
// to any framed junk, and to any damaged settlement record all decode with @paywire/tsys.
import { ETB, ETX, luhnCheckDigit, STX } from '@paywire/core';
import {
  buildHealthcare,
  buildKeyedEcommerce,
  buildRetailSwipe,
  decodeAuthResponse,
  decodeBatchResponse,
  encodeAuthResponse,
  encodeBatch,
  encodeBatchResponse,
} from '@paywire/tsys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuthorizeSettings, authorize } from '../src/tsys/authorize.js';
import { answerAuthorization, type Runtime } from '../src/tsys/runtime.js';
import { SettlementSession } from '../src/tsys/settle.js';
import { TsysState } from '../src/tsys/state.js';
import { DECLINE_BY_CARD } from '../src/tsys/triggers.js';
import { batch, FIXED_NOW, frames, merchant } from './tsys-helpers.js';

const settings: AuthorizeSettings = { healthcareBalance: 50_000, now: () => FIXED_NOW };

const pan = fc.oneof(
  fc.constantFrom(...Object.keys(DECLINE_BY_CARD), '4111111111111111', '5555555555554444', '371449635398431'),
  fc.stringMatching(/^4\d{14}$/).map((p) => p + luhnCheckDigit(p)),
);

const request = fc.oneof(
  fc.record({
    kind: fc.constant('keyed' as const),
    pan,
    amount: fc.integer({ min: 0, max: 99_999_999 }),
    cvv: fc.option(fc.stringMatching(/^\d{3,4}$/), { nil: undefined }),
    street: fc.constantFrom('', '8320', '8320 Main St', '1 Other Rd'),
    zip: fc.option(fc.constantFrom('85284', '852841234', '10001', '99990', '99993', 'K1A0B1'), {
      nil: undefined,
    }),
    seq: fc.integer({ min: 1, max: 9999 }),
    app: fc.constantFrom('0', '2', '4' as const),
  }),
  fc.record({
    kind: fc.constant('swipe' as const),
    pan,
    amount: fc.integer({ min: 1, max: 99_999_999 }),
    seq: fc.integer({ min: 1, max: 9999 }),
    app: fc.constantFrom('0', '2', '4' as const),
  }),
  fc.record({
    kind: fc.constant('healthcare' as const),
    amount: fc.integer({ min: 1, max: 200_000 }),
    medicalShare: fc.double({ min: 0, max: 1, noNaN: true }),
    partial: fc.boolean(),
    seq: fc.integer({ min: 1, max: 9999 }),
  }),
);

type Input = typeof request extends fc.Arbitrary<infer T> ? T : never;

function build(input: Input) {
  switch (input.kind) {
    case 'keyed':
      return buildKeyedEcommerce({
        merchant: merchant(input.app),
        sequenceNumber: input.seq,
        card: { pan: input.pan, expMonth: 12, expYear: 2030 },
        amount: input.amount,
        ...(input.cvv === undefined ? {} : { cvv: input.cvv }),
        ...(input.zip === undefined
          ? {}
          : { avs: { zip: input.zip, ...(input.street ? { street: input.street } : {}) } }),
      });
    case 'swipe':
      return buildRetailSwipe({
        merchant: merchant(input.app),
        sequenceNumber: input.seq,
        card: { track: `${input.pan}=3012101000001` },
        amount: input.amount,
      });
    case 'healthcare':
      return buildHealthcare({
        merchant: merchant('2'),
        sequenceNumber: input.seq,
        card: { pan: '4111111111111111', expMonth: 12, expYear: 2030 },
        amount: input.amount,
        healthcare: { totalMedicalAmount: Math.floor(input.amount * input.medicalShare) },
        partialAuthorization: input.partial,
      });
  }
}

describe('TSYS host answers always decode', () => {
  it('answers to valid requests: decode, re-encode identically, echo the sequence number, approve at most the amount', () => {
    const state = new TsysState();
    fc.assert(
      fc.property(request, (input) => {
        const req = build(input);
        const { response } = authorize(req, state, settings);
        const bytes = encodeAuthResponse(response);
        const decoded = decodeAuthResponse(bytes);
        expect(encodeAuthResponse(decoded)).toEqual(bytes);
        expect(decoded.transactionSequenceNumber).toBe(req.transactionSequenceNumber);
        expect(decoded.applicationType).toBe(req.applicationType);
        const stored = state.authorizations.get(decoded.transactionIdentifier ?? '');
        expect(stored?.approvedAmount ?? 0).toBeLessThanOrEqual(Number(req.transactionAmount));
        if (decoded.responseCode === '10') expect(input.kind).toBe('healthcare');
      }),
      { numRuns: 300 },
    );
  });

  it('answers to framed junk: never throws, always a decodable E record (code 30) or a known step', () => {
    const rt = { settings, state: new TsysState() } as unknown as Runtime;
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (body) => {
        const clean = body.map((b) => {
          const c = b & 0x7f;
          return c === STX || c === ETX || c === ETB ? 0x20 : c;
        });
        const frame = new Uint8Array(clean.length + 3);
        frame[0] = STX;
        frame.set(clean, 1);
        frame[clean.length + 1] = ETX;
        let x = 0;
        for (let i = 1; i < frame.length - 1; i++) x ^= frame[i]!;
        frame[frame.length - 1] = x;
        const step = answerAuthorization(rt, frame, '000000');
        if (step.kind === 'answer' || step.kind === 'format-error') {
          const decoded = decodeAuthResponse(step.bytes);
          if (step.kind === 'format-error') expect(decoded.responseCode).toBe('30');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers to damaged settlement records: never throw, every response decodes', () => {
    const good = frames(encodeBatch(batch()));
    fc.assert(
      fc.property(
        fc.nat({ max: good.length - 1 }),
        fc.nat(),
        fc.integer({ min: 0x20, max: 0x7e }),
        (which, where, value) => {
          const state = new TsysState();
          const session = new SettlementSession(state);
          for (let i = 0; i < good.length; i++) {
            let f = good[i]!;
            if (i === which) {
              f = f.slice();
              const at = 1 + (where % (f.length - 3));
              f[at] = value;
              let x = 0;
              for (let k = 1; k < f.length - 1; k++) x ^= f[k]!;
              f[f.length - 1] = x;
            }
            const step = session.frame(f);
            if (step.kind === 'response') {
              const bytes = encodeBatchResponse(step.response);
              const decoded = decodeBatchResponse(bytes);
              expect(encodeBatchResponse(decoded)).toEqual(bytes);
              if (decoded.batchResponseCode === 'GB') expect(state.batches).toHaveLength(1);
              else expect(state.batches).toHaveLength(0);
              return;
            }
          }
          throw new Error('the trailer got no answer');
        },
      ),
      { numRuns: 300 },
    );
  });
});
