import { buildHealthcareMemberData, decodeAuthRequest } from '@paywire/tsys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTsysClient,
  isTsysClientError,
  MemorySequenceStore,
  type TsysClientError,
} from '../src/index.js';
import {
  authLog,
  httpsClient,
  KEYED,
  type Recorder,
  type Sim,
  seedMerchant,
  socketClient,
  startTsys,
  TRACK1,
  TRACK2,
} from './helpers.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startTsys();
});
afterAll(async () => {
  await sim.close();
});

describe.each([0, 2, 4] as const)('socket, application type %i', (app) => {
  it('authorizes a swiped card and a keyed card, sequence numbers 1, 2', async () => {
    const rec: Recorder = { out: [], in: [] };
    const client = socketClient(sim, app, {}, rec);
    try {
      const a = await client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2500 });
      expect(a.status).toBe('approved');
      expect(a.approvedAmount).toBe(2500);
      expect(a.sequenceNumber).toBe(1);
      expect(a.response.applicationType).toBe(String(app));
      const b = await client.authorize({
        kind: 'keyed',
        card: KEYED,
        amount: 1005,
        cvv: '123',
        avs: { street: '8320 Main St', zip: '85284' },
      });
      expect(b.status).toBe('declined');
      expect(b.responseCode).toBe('05');
      expect(b.approvedAmount).toBe(0);
      expect(b.sequenceNumber).toBe(2);
      expect(rec.in[0]?.kind).toBe('greeting');
      expect(rec.out.filter((e) => e.kind === 'auth-request')).toHaveLength(2);
    } finally {
      await client.close();
    }
  });

  it('reverses and increments an approved authorization', async () => {
    const client = socketClient(sim, app);
    try {
      const a = await client.authorize({ kind: 'keyed', card: KEYED, amount: 4000, avs: { zip: '85284' } });
      expect(a.approved).toBe(true);
      const inc = await client.incremental(a, { amount: 1000 });
      expect(inc.status).toBe('approved');
      expect(inc.request.requestedAci).toBe('I');
      expect(inc.request.originalTransactionId).toBe(a.transactionIdentifier);
      const rev = await client.reverse(a);
      expect(rev.responseCode).toBe('00');
      expect(rev.request.transactionCode).toBe('59');
      const stored = sim.tsys.authorizations.get(a.transactionIdentifier!);
      expect(stored?.incrementals).toBe(1);
      expect(stored?.reversed).toBe(true);
      // a second reversal of the same authorization is declined by the host: data, not an error
      const again = await client.reverse(a);
      expect(again.status).toBe('declined');
      expect(again.responseCode).toBe('79');
    } finally {
      await client.close();
    }
  });
});

describe('healthcare (IIAS), the seed example', () => {
  let hc: Sim;
  beforeAll(async () => {
    hc = await startTsys({ healthcareBalance: 7500 });
  });
  afterAll(async () => {
    await hc.close();
  });

  it('$100.00 with $50.00 prescription: partial approval of $75.00, then the customer refuses it', async () => {
    const client = createTsysClient({
      transport: {
        kind: 'socket',
        host: hc.tsys.socket.host,
        port: hc.tsys.socket.port,
        ca: hc.ca,
        servername: 'localhost',
      },
      merchant: seedMerchant,
      applicationType: 2,
      timeouts: { responseMs: 2000 },
    });
    try {
      const r = await client.authorize({
        kind: 'healthcare',
        card: { track: TRACK1 },
        amount: 10000,
        healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
        partialAuthorization: true,
      });
      expect(r.status).toBe('partially-approved');
      expect(r.responseCode).toBe('10');
      expect(r.approvedAmount).toBe(7500);
      expect(r.requestedAmount).toBe(10000);
      const g022 = r.request.groupIII.find((g) => g.version === '022');
      expect(JSON.stringify(g022)).toContain('4U');
      expect(r.request.marketSpecificData?.identifier).toBe('M');
      // cancel: the reversal carries the approved total and settles nothing
      const rev = await client.reverse(r);
      expect(rev.responseCode).toBe('00');
      expect(rev.request.transactionAmount).toBe('7500');
      expect(rev.request.secondaryAmount).toBe('0');
      expect(hc.tsys.authorizations.get(r.transactionIdentifier!)?.reversed).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('without partial authorization the same purchase is declined (51)', async () => {
    const client = httpsClientFor(hc);
    const r = await client.authorize({
      kind: 'healthcare',
      card: { track: TRACK1 },
      amount: 10000,
      healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
    });
    expect(r.status).toBe('declined');
    expect(r.responseCode).toBe('51');
    await client.close();
  });

  it('eligibility inquiry returns the services the payer answered', async () => {
    const client = httpsClientFor(hc);
    const r = await client.eligibilityInquiry({
      card: { track: TRACK1 },
      memberData: buildHealthcareMemberData([{ serviceTypeCode: '30' }, { serviceTypeCode: 'XX' }]),
    });
    expect(r.responseCode).toBe('85');
    expect(r.approvedAmount).toBe(0);
    expect(r.services.map((s) => [s.serviceTypeCode, s.reasonCode])).toEqual([
      ['30', '00'],
      ['XX', '01'],
    ]);
    await client.close();
  });
});

function httpsClientFor(s: Sim) {
  return createTsysClient({
    transport: { kind: 'https', url: s.tsys.gateway.url, ca: s.ca, servername: 'localhost' },
    merchant: seedMerchant,
    timeouts: { responseMs: 2000 },
  });
}

describe('debit / EBT through the raw request', () => {
  it('sends a T record and reads the U answer with Group II', async () => {
    // The captured debit request of the public notes, re-addressed by the client (app type, sequence).
    const FS = '\x1c';
    const GS = '\x1d';
    const text =
      `T4.99999588800000083559991515QR84084020165    007055999N216593KD9999999999999999=9999101000001${FS}` +
      `00000000000000004A00000000000000${FS}${FS}1000${FS}0${FS}${FS}CTC TESTING - RETAIL     Sterling     VA${FS}${FS}` +
      `      090814173222425163142282${FS}142282 ${FS}V5${FS}1234567891324${FS}000000112233207Z${FS}020000136B290${FS}${FS}${GS}034`;
    const body = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const framed = new Uint8Array(body.length + 3);
    framed[0] = 2;
    framed.set(body, 1);
    framed[body.length + 1] = 3;
    let x = 0;
    for (let i = 1; i < body.length + 2; i++) x ^= framed[i]!;
    framed[body.length + 2] = x;
    const request = decodeAuthRequest(framed);
    if (request.recordFormat === 'V') throw new Error('unexpected');
    const client = socketClient(sim, 4);
    try {
      const r = await client.authorize({ kind: 'raw', request });
      expect(r.response.recordFormat).toBe('U');
      expect(r.response.groupII?.acquirerBin).toBe('999995');
      expect(r.request.applicationType).toBe('4');
      expect(r.sequenceNumber).toBe(1);
    } finally {
      await client.close();
    }
  });
});

describe('HTTPS gateway', () => {
  it('authorizes over x-Visa-II/x-auth', async () => {
    const client = httpsClient(sim);
    const a = await client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 1200 });
    expect(a.status).toBe('approved');
    expect(a.response.applicationType).toBe('4');
    await client.close();
  });

  it('refuses application types other than 4 before sending', () => {
    expect(() => httpsClient(sim, { applicationType: 2 })).toThrow(/application type 4/);
  });

  it('decodes gateway error bodies into typed errors (unknown acquirer BIN: 501)', async () => {
    const client = createTsysClient({
      transport: { kind: 'https', url: sim.tsys.gateway.url, ca: sim.ca, servername: 'localhost' },
      merchant: { ...seedMerchant, acquirerBin: '000000' },
    });
    const err = (await client
      .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 100 })
      .catch((e) => e)) as TsysClientError;
    expect(isTsysClientError(err)).toBe(true);
    expect(err.code).toBe(524);
    expect(err.gatewayCode).toBe('501');
    expect(err.outcome).toBe('unknown');
    expect(err.recovery).toBeDefined();
  });
});

describe('interleaved (application type 4)', () => {
  it('50 concurrent requests on one connection each get their own answer', async () => {
    const rec: Recorder = { out: [], in: [] };
    const client = socketClient(sim, 4, {}, rec);
    try {
      const before = authLog(sim).length;
      const amounts = Array.from({ length: 50 }, (_, i) => 1000 + i * 100 + (i % 7 === 3 ? 5 : 0));
      const results = await Promise.all(
        amounts.map((amount) =>
          client.authorize({ kind: 'keyed', card: KEYED, amount, avs: { zip: '85284' } }),
        ),
      );
      results.forEach((r, i) => {
        expect(r.requestedAmount).toBe(amounts[i]);
        expect(Number(r.response.transactionSequenceNumber)).toBe(r.sequenceNumber);
        expect(r.request.transactionSequenceNumber).toBe(r.response.transactionSequenceNumber);
        expect(r.status).toBe(amounts[i]! % 100 === 5 ? 'declined' : 'approved');
      });
      expect(new Set(results.map((r) => r.sequenceNumber)).size).toBe(50);
      // one connection: one ENQ greeting; every request sent exactly once
      expect(rec.in.filter((e) => e.kind === 'greeting')).toHaveLength(1);
      expect(authLog(sim).length - before).toBe(50);
      // the host answered out of order (last in, first out), so matching really was by sequence number
      const answered = rec.in.filter((e) => e.kind === 'auth-response').map((e) => e.sequenceNumber);
      expect(answered).not.toEqual([...answered].sort((a, b) => a! - b!));
    } finally {
      await client.close();
    }
  });

  it('one request more than maxPending fails with 596, not sent', async () => {
    const client = socketClient(sim, 4, { maxPending: 3 });
    try {
      const before = authLog(sim).length;
      const calls = Array.from({ length: 4 }, () =>
        client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 500 }).then(
          (r) => r,
          (e) => e,
        ),
      );
      const out = await Promise.all(calls);
      const errors = out.filter((o) => o instanceof Error) as TsysClientError[];
      expect(errors).toHaveLength(1);
      expect(errors[0]?.code).toBe(596);
      expect(errors[0]?.outcome).toBe('not-sent');
      expect(authLog(sim).length - before).toBe(3);
    } finally {
      await client.close();
    }
  });

  it('an answer later than the pending-response timeout fails with 597; the others are unaffected', async () => {
    const slow = await startTsys({
      responseDelayMs: (r: { transactionAmount: string }) => (r.transactionAmount === '777' ? 600 : 0),
    });
    const client = socketClient(slow, 4, { timeouts: { responseMs: 1500, pendingResponseMs: 250 } });
    try {
      const [late, quick] = await Promise.all([
        client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 777 }).then(
          (r) => r,
          (e) => e as TsysClientError,
        ),
        client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 888 }),
      ]);
      expect((late as TsysClientError).code).toBe(597);
      expect((late as TsysClientError).outcome).toBe('unknown');
      expect(quick.status).toBe('approved');
      // the late answer arrives on the same connection and is dropped; the connection still works
      await new Promise((r) => setTimeout(r, 450));
      const next = await client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 999 });
      expect(next.status).toBe('approved');
      expect(next.sequenceNumber).toBe(3);
    } finally {
      await client.close();
      await slow.close();
    }
  });
});

describe('transaction sequence numbers', () => {
  it('wrap from 9999 to 1 on the wire', async () => {
    const client = socketClient(sim, 2, { sequence: { start: 9998 } });
    try {
      const seqs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 300 });
        seqs.push(r.response.transactionSequenceNumber);
      }
      expect(seqs).toEqual(['9998', '9999', '0001']);
    } finally {
      await client.close();
    }
  });

  it('are kept per terminal and per client (no shared state)', () => {
    const store = new MemorySequenceStore(9999);
    expect([store.next('a'), store.next('a'), store.next('b')]).toEqual([9999, 1, 9999]);
    const other = new MemorySequenceStore();
    expect(other.next('a')).toBe(1);
  });

  it('a caller-chosen number out of range is refused before sending', async () => {
    const client = socketClient(sim, 0);
    const err = (await client
      .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 100 }, { sequenceNumber: 10000 })
      .catch((e) => e)) as TsysClientError;
    expect(err.code).toBe(503);
    expect(err.outcome).toBe('not-sent');
  });
});
