import type { TlsConnection } from '@paywire/transport-tls';
import {
  type AuthorizationRequest,
  approvedAmount,
  buildEligibilityInquiry,
  buildHealthcare,
  buildHealthcareMemberData,
  buildKeyedEcommerce,
  buildReversal,
  isAuthApproval,
  parseHealthcareMemberData,
  responseAmounts,
} from '@paywire/tsys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulators, tsysTestData } from '../src/index.js';
import { authorizeOver, connect, keyed, merchant, startTsys, swipe } from './tsys-helpers.js';

let sim: Simulators;
let c: TlsConnection;
let seq = 0;
const next = () => ++seq;

beforeAll(async () => {
  sim = await startTsys({ healthcareBalance: 5_000 });
  c = await connect(sim);
});
afterAll(async () => {
  await c.close();
  await sim.close();
});

const send = (r: AuthorizationRequest) => authorizeOver(c, r);

function cvvResult(r: Awaited<ReturnType<typeof send>>): unknown {
  return r.groupIII.find((g) => g.version === '007')?.fields?.verificationCodeResultCode;
}

describe('TSYS authorizations (application type 2, one connection)', () => {
  it('approves with an approval code, a transaction identifier and the sequence number echoed', async () => {
    const r = await send(swipe(next(), 2500, '2'));
    expect(r.recordFormat).toBe('E');
    expect(r.responseCode).toBe('00');
    expect(isAuthApproval(r.responseCode)).toBe(true);
    expect(r.approvalCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(r.responseText).toBe(`APPROVAL ${r.approvalCode}`);
    expect(r.transactionIdentifier).toMatch(/^\d{15}$/);
    expect(r.localTransactionDate).toBe('061726');
    expect(r.localTransactionTime).toBe('124555');
    expect(r.returnedAci).toBe('A');
    expect(r.avsResultCode).toBe('0');
    expect(sim.tsys!.authorizations.get(r.transactionIdentifier!)?.approvedAmount).toBe(2500);
    expect(sim.tsys!.authorizations.get(r.transactionIdentifier!)?.maskedPan).toBe('444433******1111');
  });

  it('answers a repeat (EIS 1080 §6.201, code 64 after a lost 54) with the original answer, authorizing once', async () => {
    const original = await send(swipe(next(), 4321, '2'));
    const count = sim.tsys!.authorizations.size;
    const repeat = swipe(next(), 4321, '2');
    const r = await send({ ...repeat, transactionCode: '64' });
    expect(r.responseCode).toBe('00');
    expect(r.transactionIdentifier).toBe(original.transactionIdentifier);
    expect(r.approvalCode).toBe(original.approvalCode);
    expect(r.transactionSequenceNumber).toBe(repeat.transactionSequenceNumber);
    expect(sim.tsys!.authorizations.size).toBe(count);
    // a repeat with nothing to match is authorized as new
    const fresh = await send({ ...swipe(next(), 4322, '2'), transactionCode: '64' });
    expect(fresh.transactionIdentifier).not.toBe(original.transactionIdentifier);
    expect(sim.tsys!.authorizations.size).toBe(count + 1);
  });

  it.each(Object.entries(tsysTestData.DECLINE_BY_CENTS))(
    'amount cents %s decline with %s',
    async (cents, code) => {
      const r = await send(swipe(next(), 1000 + Number(cents), '2'));
      expect(r.responseCode).toBe(code);
      expect(r.approvalCode).toBe('');
      expect(isAuthApproval(r.responseCode)).toBe(false);
    },
  );

  it.each(Object.entries(tsysTestData.DECLINE_BY_CARD))(
    'test card %s declines with %s',
    async (pan, code) => {
      const r = await send(keyed(next(), 1000, { pan, app: '2', cvv: '999' }));
      expect(r.responseCode).toBe(code);
    },
  );

  it.each([
    ['8320 Main St', '85284', 'Y'],
    ['8320', '852840001', 'X'],
    ['8320 Main St', '10001', 'A'],
    ['1 Other Rd', '85284', 'Z'],
    ['1 Other Rd', '852849999', 'W'],
    ['1 Other Rd', '10001', 'N'],
    ['', '85284', 'Z'],
    ['8320', '99990', 'U'],
    ['8320', '99991', 'R'],
    ['8320', '99992', 'S'],
  ])('AVS %j %s -> %s', async (street, zip, result) => {
    const r = await send(keyed(next(), 1000, { street, zip, app: '2' }));
    expect(r.responseCode).toBe('00');
    expect(r.avsResultCode).toBe(result);
    expect(r.returnedAci).toBe('V');
  });

  it.each([
    ['999', 'M'],
    ['1234', 'M'],
    ['000', 'N'],
    ['111', 'P'],
    ['222', 'U'],
  ])('CVV %s -> %s (Visa, approved regardless)', async (cvv, result) => {
    const r = await send(keyed(next(), 1000, { cvv, app: '2' }));
    expect(r.responseCode).toBe('00');
    expect(cvvResult(r)).toBe(result);
  });

  it('Amex: no CVV result code; a wrong code declines with 82', async () => {
    const ok = await send(keyed(next(), 1000, { pan: '371449635398431', cvv: '9999', app: '2' }));
    expect(ok.responseCode).toBe('00');
    expect(cvvResult(ok)).toBeUndefined();
    const bad = await send(keyed(next(), 1000, { pan: '371449635398431', cvv: '0000', app: '2' }));
    expect(bad.responseCode).toBe('82');
    expect(cvvResult(bad)).toBeUndefined();
  });

  it('card verification (zero amount) answers 85', async () => {
    const r = await send(keyed(next(), 0, { cvv: '999', zip: '85284', street: '8320', app: '2' }));
    expect(r.responseCode).toBe('85');
    expect(isAuthApproval(r.responseCode)).toBe(true);
    expect(r.avsResultCode).toBe('Y');
  });
});

describe('TSYS healthcare (IIAS)', () => {
  const card = { pan: '4111111111111111', expMonth: 12, expYear: 2030 };

  it('approves within the balance and reports the balance in G3v022 (four full slots)', async () => {
    const r = await send(
      buildHealthcare({
        merchant: merchant('2'),
        sequenceNumber: next(),
        card,
        amount: 3000,
        healthcare: { totalMedicalAmount: 3000, prescriptionAmount: 1000 },
      }),
    );
    expect(r.responseCode).toBe('00');
    expect(r.marketSpecificDataIdentifier).toBe('M');
    const amounts = responseAmounts(r);
    expect(amounts.all).toHaveLength(4);
    expect(amounts.availableBalance).toBe(2000);
    expect(approvedAmount(r, 3000)).toBe(3000);
  });

  it('partially approves (10) above the balance when partial authorization is allowed', async () => {
    const request = buildHealthcare({
      merchant: merchant('2'),
      sequenceNumber: next(),
      card,
      amount: 8000,
      healthcare: { totalMedicalAmount: 8000 },
      partialAuthorization: true,
    });
    const r = await send(request);
    expect(r.responseCode).toBe('10');
    expect(approvedAmount(r, 8000)).toBe(5000);
    expect(responseAmounts(r).authorizedAmount).toBe(5000);
    // the raw slot: amount type 10 first
    expect(r.groupIII.find((g) => g.version === '022')?.fields?.firstAdditionalAmountAmountType).toBe('10');
    const stored = sim.tsys!.authorizations.get(r.transactionIdentifier!);
    expect(stored?.approvedAmount).toBe(5000);
    // The customer declines the partial approval: reverse it.
    const rev = await send(buildReversal({ original: request, response: r, sequenceNumber: next() }));
    expect(rev.responseCode).toBe('00');
    expect(sim.tsys!.authorizations.get(r.transactionIdentifier!)?.reversed).toBe(true);
  });

  it('approves only the medical part of a mixed basket (partial), declines without partial support', async () => {
    const mixed = await send(
      buildHealthcare({
        merchant: merchant('2'),
        sequenceNumber: next(),
        card,
        amount: 4000,
        healthcare: { totalMedicalAmount: 2500 },
        partialAuthorization: true,
      }),
    );
    expect(mixed.responseCode).toBe('10');
    expect(approvedAmount(mixed, 4000)).toBe(2500);
    const refused = await send(
      buildHealthcare({
        merchant: merchant('2'),
        sequenceNumber: next(),
        card,
        amount: 9000,
        healthcare: { totalMedicalAmount: 9000 },
      }),
    );
    expect(refused.responseCode).toBe('51');
  });

  it('answers an eligibility inquiry (5M) per service with payer and reason code', async () => {
    const memberData = buildHealthcareMemberData([
      { providerId: '192387322', serviceTypeCode: '1A' },
      { providerId: '192782222', serviceTypeCode: 'XX' },
    ]);
    const r = await send(
      buildEligibilityInquiry({ merchant: merchant('2'), sequenceNumber: next(), card, memberData }),
    );
    expect(r.responseCode).toBe('85');
    const data = r.groupIII.find((g) => g.version === '023')?.fields?.memberDefinedData;
    const services = parseHealthcareMemberData(String(data));
    expect(services).toEqual([
      { serviceTypeCode: '1A', payerId: 'SIMPAYER', reasonCode: '00' },
      { serviceTypeCode: 'XX', payerId: 'SIMPAYER', reasonCode: '01' },
    ]);
  });
});

describe('TSYS reversals and incrementals', () => {
  it('reverses once (00), then 79 already reversed; unknown original 76', async () => {
    const sale = swipe(next(), 4200, '2');
    const r = await send(sale);
    const rev = buildReversal({ original: sale, response: r, sequenceNumber: next() });
    expect((await send(rev)).responseCode).toBe('00');
    expect((await send({ ...rev, transactionSequenceNumber: '0999' })).responseCode).toBe('79');
    const stranger = await send({ ...rev, originalTransactionId: '999999999999999' });
    expect(stranger.responseCode).toBe('76');
  });

  it('reversal of a declined original answers 80; a partial reversal keeps the rest', async () => {
    const declined = swipe(next(), 4205, '2');
    const d = await send(declined);
    expect(d.responseCode).toBe('05');
    expect(
      (
        await send(
          buildReversal({ original: declined, response: d, authorizedAmount: 4205, sequenceNumber: next() }),
        )
      ).responseCode,
    ).toBe('80');
    const sale = swipe(next(), 5000, '2');
    const s = await send(sale);
    const partial = await send(
      buildReversal({ original: sale, response: s, settlementAmount: 3000, sequenceNumber: next() }),
    );
    expect(partial.responseCode).toBe('00');
    const stored = sim.tsys!.authorizations.get(s.transactionIdentifier!);
    expect(stored?.totalAuthorizedAmount).toBe(3000);
    expect(stored?.reversed).toBe(false);
  });

  it('accepts incrementals against an open authorization and adds them up', async () => {
    const first = await send(keyed(next(), 10000, { app: '2' }));
    const options = {
      incremental: {
        approvalCode: first.approvalCode,
        retrievalNumber: first.retrievalReferenceNumber,
        transactionDate: first.localTransactionDate,
        transactionTime: first.localTransactionTime,
        transactionId: first.transactionIdentifier!,
      },
    };
    const inc = await send(
      buildKeyedEcommerce({
        merchant: merchant('2'),
        sequenceNumber: next(),
        card: { pan: '4111111111111111', expMonth: 12, expYear: 2030 },
        amount: 2500,
        options,
      }),
    );
    expect(inc.responseCode).toBe('00');
    expect(inc.returnedAci).toBe('I');
    expect(inc.transactionIdentifier).toBe(first.transactionIdentifier);
    const stored = sim.tsys!.authorizations.get(first.transactionIdentifier!);
    expect(stored?.totalAuthorizedAmount).toBe(12500);
    expect(stored?.incrementals).toBe(1);
    const orphan = await send({
      ...keyed(next(), 2500, { app: '2' }),
      requestedAci: 'I',
      originalTransactionId: '123456789012345',
    });
    expect(orphan.responseCode).toBe('12');
  });

  it('every exchange was logged masked, none undecodable', async () => {
    const r = await send(swipe(next(), 100, '2'));
    expect(r.responseCode).toBe('00');
    expect(sim.log.forHost('tsys').length).toBeGreaterThan(30);
    for (const e of sim.log.forHost('tsys')) {
      expect(e.request).not.toMatch(/4111111111111111|4444333322221111|371449635398431/);
      expect(e.response).not.toContain('undecodable');
    }
  });
});
