import { lookupServerError } from '@paywire/paymentech';
import {
  type PaymentechHost,
  type Simulators,
  startHttpsServer,
  startSimulators,
  testCertificates,
} from '@paywire/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPaymentechClient,
  isPaymentechClientError,
  type PacketEvent,
  type PaymentechClientError,
  type PaymentechClientOptions,
  type PaymentechTransaction,
  type ReversalReport,
} from '../src/index.js';
import { deadPort } from './helpers.js';

const PAN = '4111111111111111';
const card = { number: PAN, expMonth: 12, expYear: 2049, cvvData: '123' };
const tx = (amount: number, extra: Partial<PaymentechTransaction> = {}): PaymentechTransaction => ({
  card,
  amount,
  invoiceNumber: 'INV1',
  customerAddress: '123 Main St',
  customerZip: '90210',
  ...extra,
});

let sim: Simulators;
let pt: PaymentechHost;

beforeAll(async () => {
  sim = await startSimulators({ hosts: ['paymentech'] });
  pt = sim.paymentech!;
});
afterAll(async () => {
  await sim?.close();
});
beforeEach(() => {
  sim.faults.clear();
});

function options(extra: Partial<PaymentechClientOptions> = {}): PaymentechClientOptions {
  return {
    urls: [pt.url],
    credentials: {
      merchant: pt.credentials.merchantNumber,
      terminal: pt.credentials.terminalNumber,
      user: pt.credentials.userId,
      password: pt.credentials.password,
      clientNumber: '0001',
    },
    ca: sim.ca,
    timeouts: { connectMs: 2000, responseMs: 3000 },
    ...extra,
  };
}

/** Transactions the host recorded since `from`. */
function since(from: number) {
  return pt.state.transactions().slice(from);
}

async function failure(p: Promise<unknown>): Promise<PaymentechClientError> {
  try {
    await p;
  } catch (e) {
    expect(isPaymentechClientError(e)).toBe(true);
    return e as PaymentechClientError;
  }
  throw new Error('expected the call to fail');
}

describe('operations end to end', () => {
  it('sale: approved with approval code, retrieval number, AVS and CVV', async () => {
    const client = createPaymentechClient(options());
    const n = pt.state.transactions().length;
    const r = await client.sale(tx(1500));
    expect(r.status).toBe('approved');
    expect(r.approved).toBe(true);
    expect(r.transactionCode).toBe('01');
    expect(r.approvalCode).toMatch(/^T\d{5}$/);
    expect(r.retrievalNumber).toMatch(/^\d{8}$/);
    expect(r.avsResult).toBe('Y');
    expect(r.cvvResult).toBe('M');
    expect(r.failover).toBe(false);
    const host = since(n);
    expect(host).toHaveLength(1);
    expect(host[0]).toMatchObject({
      kind: 'sale',
      amount: 1500,
      state: 'captured',
      sequenceNumber: r.sequenceNumber,
    });
  });

  it('auth only, then capture with its approval code', async () => {
    const client = createPaymentechClient(options());
    const auth = await client.authOnly(tx(2500));
    expect(auth.status).toBe('approved');
    expect(auth.transactionCode).toBe('02');
    const cap = await client.capture(tx(2500), auth.approvalCode!);
    expect(cap.status).toBe('approved');
    expect(cap.transactionCode).toBe('03');
    const rec = pt.state.transactions().find((t) => t.retrievalNumber === cap.retrievalNumber)!;
    expect(rec.kind).toBe('capture');
    expect(rec.refersTo).toBe(auth.retrievalNumber);
  });

  it('account verification: auth only for 0.00', async () => {
    const client = createPaymentechClient(options());
    const r = await client.authOnly(tx(0));
    expect(r.status).toBe('approved');
  });

  it('force with a voice approval code', async () => {
    const client = createPaymentechClient(options());
    const r = await client.force(tx(900), 'V12345');
    expect(r.status).toBe('approved');
    const rec = pt.state.transactions().find((t) => t.retrievalNumber === r.retrievalNumber)!;
    expect(rec.kind).toBe('force');
  });

  it('refund', async () => {
    const client = createPaymentechClient(options());
    const r = await client.refund(tx(700));
    expect(r.status).toBe('approved');
    expect(r.transactionCode).toBe('06');
    expect(pt.state.transactions().find((t) => t.retrievalNumber === r.retrievalNumber)?.kind).toBe('refund');
  });

  it('void of a sale by retrieval number; a second void is a host error (data, not an exception)', async () => {
    const client = createPaymentechClient(options());
    const sale = await client.sale(tx(1100));
    const v = await client.void({ cardNumber: PAN, retrievalNumberToVoid: sale.retrievalNumber! });
    expect(v.status).toBe('approved');
    expect(v.transactionCode).toBe('41');
    expect(pt.state.transactions().find((t) => t.retrievalNumber === sale.retrievalNumber)?.state).toBe(
      'voided',
    );
    const again = await client.void({ cardNumber: PAN, retrievalNumberToVoid: sale.retrievalNumber! });
    expect(again.status).toBe('error');
    expect(again.hostErrorCode).toBe('404');
  });

  it('decline: amount 2.05 gets issuer error 205 as data', async () => {
    expect(lookupServerError('205').some((e) => e.table === 'issuer')).toBe(true);
    const client = createPaymentechClient(options());
    const r = await client.sale(tx(205));
    expect(r.status).toBe('declined');
    expect(r.approved).toBe(false);
    expect(r.hostErrorCode).toBe('205');
    expect(r.approvalCode).toBeUndefined();
    expect(r.responseText).toBe(lookupServerError('205')[0]!.text.trim());
  });

  it('manual reversal advice for an earlier sale', async () => {
    const client = createPaymentechClient(options());
    const sale = await client.sale(tx(1234, { posRetrievalNumber: '777' }));
    const r = await client.reversalAdvice(tx(1234, { posRetrievalNumber: '777' }), {
      transactionCode: '01',
      sequenceNumber: sale.sequenceNumber,
    });
    expect(r.status).toBe('approved');
    expect(r.transactionCode).toBe('46');
    expect(pt.state.transactions().find((t) => t.retrievalNumber === sale.retrievalNumber)?.state).toBe(
      'reversed',
    );
  });

  it('bad input fails before anything is sent', async () => {
    const client = createPaymentechClient(options());
    const n = sim.log.entries.length;
    const before = client.nextSequenceNumber;
    await expect(
      client.sale(tx(100, { card: { ...card, number: '4111111111111112' } })),
    ).rejects.toMatchObject({
      code: 504,
      family: 'paymentech',
    });
    expect(sim.log.entries.length).toBe(n);
    expect(client.nextSequenceNumber).not.toBe(before); // the number was taken, never reused
  });
});

describe('sequence numbers', () => {
  it('concurrent calls each get their own number and their own answer', async () => {
    const client = createPaymentechClient(options({ firstSequenceNumber: 100 }));
    const amounts = Array.from({ length: 12 }, (_, i) => 1000 + i);
    const results = await Promise.all(amounts.map((a) => client.sale(tx(a))));
    expect(results.map((r) => r.sequenceNumber)).toEqual(amounts.map((_, i) => 100 + i));
    for (const [i, r] of results.entries()) {
      const rec = pt.state.transactions().find((t) => t.retrievalNumber === r.retrievalNumber)!;
      expect(rec.amount).toBe(amounts[i]);
      expect(rec.sequenceNumber).toBe(r.sequenceNumber);
    }
    expect(client.nextSequenceNumber).toBe(112);
  });

  it('2400 wraps to 1', async () => {
    const client = createPaymentechClient(options({ firstSequenceNumber: 2399 }));
    const a = await client.sale(tx(301));
    const b = await client.sale(tx(302));
    const c = await client.sale(tx(303));
    expect([a.sequenceNumber, b.sequenceNumber, c.sequenceNumber]).toEqual([2399, 2400, 1]);
  });

  it('two clients keep separate counters (no global state)', async () => {
    const a = createPaymentechClient(options({ firstSequenceNumber: 5 }));
    const b = createPaymentechClient(options({ firstSequenceNumber: 5 }));
    expect((await a.sale(tx(401))).sequenceNumber).toBe(5);
    expect((await b.sale(tx(402))).sequenceNumber).toBe(5);
  });
});

describe('fault modes', () => {
  const onlySales = (r: { operation?: string }) => r.operation === '01';

  for (const mode of ['drop', 'truncate', 'garbage', 'disconnect-mid', 'http-5xx', 'corrupt-lrc'] as const) {
    it(`${mode}: sale fails with outcome unknown, sent once, reversal advice sent and answered`, async () => {
      const reports: ReversalReport[] = [];
      const client = createPaymentechClient(options({ hooks: { onReversal: (r) => reports.push(r) } }));
      sim.faults.add('paymentech', { mode, match: onlySales });
      const n = pt.state.transactions().length;
      const logBefore = sim.log.entries.length;
      const e = await failure(client.sale(tx(1600)));
      expect(e.outcome).toBe('unknown');
      expect(e.operation).toBe('sale');
      expect(e.reversal?.sent).toBe(true);
      expect(e.reversal?.result?.transactionCode).toBe('46');
      expect(e.reversal?.result?.status).toBe('approved');
      expect(e.reversal?.sequenceNumber).toBe(e.sequenceNumber);
      expect(reports).toHaveLength(1);
      // the sale reached the host exactly once (http-5xx: not processed), then the advice
      const log = sim.log.entries.slice(logBefore);
      expect(log.map((l) => l.request.slice(0, 7))).toEqual(['code=01', 'code=46']);
      const host = since(n);
      expect(host.filter((t) => t.transactionCode === '01')).toHaveLength(mode === 'http-5xx' ? 0 : 1);
      expect(host.filter((t) => t.transactionCode === '46')).toHaveLength(1);
      if (mode !== 'http-5xx') expect(host.find((t) => t.transactionCode === '01')?.state).toBe('reversed');
    });
  }

  it('simulator netconnect-error 506 after a sale: the sale was processed, the advice goes out once and reverses it', async () => {
    const client = createPaymentechClient(options());
    sim.faults.add('paymentech', { mode: 'netconnect-error', errorCode: '506', match: onlySales });
    const n = pt.state.transactions().length;
    const e = await failure(client.sale(tx(1650)));
    expect(e.reversal?.sent).toBe(true);
    expect(e.reversal?.result?.status).toBe('approved');
    const host = since(n);
    expect(host.filter((t) => t.transactionCode === '01')).toHaveLength(1);
    expect(host.filter((t) => t.transactionCode === '46')).toHaveLength(1);
    expect(host.find((t) => t.transactionCode === '01')?.state).toBe('reversed');
  });

  it('codes per fault: drop 522, disconnect-mid 521, garbage 519/corrupt, http-5xx 761', async () => {
    const client = createPaymentechClient(options({ reverseOnUnknownOutcome: false }));
    const expected: Record<string, number[]> = {
      drop: [522],
      'disconnect-mid': [521],
      'http-5xx': [761],
      garbage: [519, 513, 502],
      'corrupt-lrc': [518],
    };
    for (const [mode, codes] of Object.entries(expected)) {
      sim.faults.add('paymentech', { mode: mode as 'drop', match: onlySales });
      const e = await failure(client.sale(tx(1700)));
      expect(codes, `${mode}: got ${e.code} ${e.name}`).toContain(e.code);
      expect(e.outcome).toBe('unknown');
      expect(e.reversal).toBeUndefined(); // switched off
    }
  });

  it('delay: response timeout → 523 NO_RESPONSE, unknown, reversal advice', async () => {
    const client = createPaymentechClient(options());
    sim.faults.add('paymentech', { mode: 'delay', delayMs: 3000, match: onlySales });
    const t0 = Date.now();
    const e = await failure(client.sale(tx(1800), { timeoutMs: 300 }));
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(e.code).toBe(523);
    expect(e.outcome).toBe('unknown');
    expect(e.reversal?.sent).toBe(true);
  });

  it('AbortSignal after sending: 720 ABORTED, outcome unknown, reversal advice', async () => {
    const client = createPaymentechClient(options());
    sim.faults.add('paymentech', { mode: 'delay', delayMs: 3000, match: onlySales });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const e = await failure(client.sale(tx(1900), { signal: ac.signal }));
    expect(e.code).toBe(720);
    expect(e.outcome).toBe('unknown');
    expect(e.reversal?.result?.transactionCode).toBe('46');
  });

  it('an already aborted signal sends nothing', async () => {
    const client = createPaymentechClient(options());
    const logBefore = sim.log.entries.length;
    const e = await failure(client.sale(tx(1901), { signal: AbortSignal.abort() }));
    expect(e.code).toBe(720);
    expect(e.outcome).toBe('not-sent');
    expect(e.reversal).toBeUndefined();
    expect(sim.log.entries.length).toBe(logBefore);
  });

  it('refund, capture and void are never reversed or re-sent', async () => {
    const client = createPaymentechClient(options());
    for (const [op, call] of [
      ['06', () => client.refund(tx(2000))],
      ['03', () => client.capture(tx(2000), 'A11111')],
      ['41', () => client.void({ cardNumber: PAN, retrievalNumberToVoid: '12345678' })],
    ] as const) {
      sim.faults.add('paymentech', { mode: 'drop', match: (r) => r.operation === op });
      const logBefore = sim.log.entries.length;
      const e = await failure(call());
      expect(e.outcome).toBe('unknown');
      expect(e.reversal).toBeUndefined();
      expect(sim.log.entries.length - logBefore).toBe(1);
    }
  });
});

describe('NetConnect refusals', () => {
  it('wrong password: Error-Code 401 → 761, not-sent, no reversal; the password never appears', async () => {
    const client = createPaymentechClient(
      options({
        credentials: {
          merchant: pt.credentials.merchantNumber,
          terminal: pt.credentials.terminalNumber,
          user: pt.credentials.userId,
          password: 'Wrong-Secret-99',
          clientNumber: '0001',
        },
      }),
    );
    const e = await failure(client.sale(tx(2100)));
    expect(e.code).toBe(761);
    expect(e.name).toBe('NETCONNECT_ERROR');
    expect(e.status).toBe(401);
    expect(e.netConnectErrorCode).toBe('401');
    expect(e.outcome).toBe('not-sent');
    expect(e.reversal).toBeUndefined();
    const text = `${e.message} ${JSON.stringify(e)}`;
    expect(text).not.toContain('Wrong-Secret-99');
    expect(text).not.toContain(PAN);
  });

  for (const code of ['506', '509', '515', '516', '517']) {
    it(`Error-Code ${code} after a sale: the codec's reversal advice goes out once`, async () => {
      const seen: { code: string; tc?: string }[] = [];
      const server = await startHttpsServer(
        { server: testCertificates.server, ca: testCertificates.ca.cert },
        async (_req, body, res) => {
          const text = String.fromCharCode(...body);
          const txCode = text.slice(36, 38);
          seen.push({ code: txCode, ...(text.includes('TC01') ? { tc: '01' } : {}) });
          if (txCode === '01') {
            res.writeHead(500, { 'Error-Code': code, 'Error-Reason': 'host timeout', 'Content-Length': '0' });
            res.end();
            return;
          }
          // forward the advice to the simulator's engine is not needed: answer a plain approval
          const answer =
            '\x02AY      00000100000001000001REVERSED                        VI\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x03';
          res.writeHead(200, { 'Content-Type': 'UTF197/HCS', 'Content-Length': String(answer.length) });
          res.end(answer);
        },
      );
      try {
        const client = createPaymentechClient({
          ...options({ firstSequenceNumber: 1 }),
          urls: [`https://127.0.0.1:${server.port}/NetConnect/controller`],
          ca: testCertificates.ca.cert,
        });
        const e = await failure(client.sale(tx(2200)));
        expect(e.netConnectErrorCode).toBe(code);
        expect(e.outcome).toBe('unknown');
        expect(seen).toEqual(
          [
            { code: '01', tc: '01' },
            { code: '46', tc: '01' },
          ].map((s, i) => (i === 0 ? { code: s.code } : s)),
        );
        expect(e.reversal?.sent).toBe(true);
        expect(e.reversal?.reason).toContain(code);
      } finally {
        await server.close();
      }
    });
  }
});

describe('failover', () => {
  it('dead primary (connection refused): the secondary answers, request sent once', async () => {
    const port = await deadPort();
    const client = createPaymentechClient(
      options({ urls: [`https://127.0.0.1:${port}/NetConnect/controller`, pt.url] }),
    );
    const logBefore = sim.log.entries.length;
    const r = await client.sale(tx(2300));
    expect(r.status).toBe('approved');
    expect(r.failover).toBe(true);
    expect(sim.log.entries.length - logBefore).toBe(1);
  });

  it('both dead: 10061 not-sent, both tried in order, no reversal', async () => {
    const [a, b] = [await deadPort(), await deadPort()];
    const client = createPaymentechClient(
      options({
        urls: [
          `https://127.0.0.1:${a}/NetConnect/controller`,
          `https://127.0.0.1:${b}/NetConnect/controller`,
        ],
      }),
    );
    const e = await failure(client.sale(tx(2301)));
    expect(e.code).toBe(10061);
    expect(e.outcome).toBe('not-sent');
    expect(e.attempts?.map((x) => x.port)).toEqual([a, b]);
    expect(e.reversal).toBeUndefined();
  });

  it('primary answers then fails (drop): no failover to the secondary', async () => {
    let secondaryHits = 0;
    const secondary = await startHttpsServer(
      { server: testCertificates.server, ca: testCertificates.ca.cert },
      async (_req, _body, res) => {
        secondaryHits++;
        res.writeHead(500, { 'Content-Length': '0' });
        res.end();
      },
    );
    try {
      const client = createPaymentechClient(
        options({
          urls: [pt.url, `https://127.0.0.1:${secondary.port}/NetConnect/controller`],
          reverseOnUnknownOutcome: false,
        }),
      );
      sim.faults.add('paymentech', { mode: 'drop' });
      const e = await failure(client.sale(tx(2302)));
      expect(e.outcome).toBe('unknown');
      expect(secondaryHits).toBe(0);
    } finally {
      await secondary.close();
    }
  });
});

describe('hooks', () => {
  it('packets are masked by default: no PAN, no CVV, password masked', async () => {
    const events: PacketEvent[] = [];
    const client = createPaymentechClient(options({ hooks: { onPacket: (e) => events.push(e) } }));
    const r = await client.sale(tx(2400));
    expect(events.map((e) => e.direction)).toEqual(['out', 'in']);
    const out = events[0]!;
    expect(out.masked).toBe(true);
    expect(out.text).not.toContain(PAN);
    expect(out.text).toContain('411111******1111');
    expect(out.text).not.toContain('VF3123');
    expect(out.headers?.['Auth-Password']).not.toBe(pt.credentials.password);
    expect(out.sequenceNumber).toBe(r.sequenceNumber);
    expect(events[1]!.status).toBe(200);
    expect(events[1]!.text.startsWith('<STX>A')).toBe(true);
  });

  it('unmasked only when asked in code', async () => {
    const events: PacketEvent[] = [];
    const client = createPaymentechClient(
      options({ unmaskedPackets: true, hooks: { onPacket: (e) => events.push(e) } }),
    );
    await client.sale(tx(2401));
    expect(String.fromCharCode(...events[0]!.bytes)).toContain(PAN);
    expect(events[0]!.headers?.['Auth-Password']).toBe(pt.credentials.password);
  });

  it('a throwing hook does not change the result', async () => {
    const client = createPaymentechClient(
      options({
        hooks: {
          onPacket: () => {
            throw new Error('logger down');
          },
        },
      }),
    );
    expect((await client.sale(tx(2402))).status).toBe('approved');
  });
});

describe('options', () => {
  it('refuses bad URLs and credentials at creation', () => {
    expect(() => createPaymentechClient(options({ urls: [] }))).toThrow(/urls/);
    expect(() => createPaymentechClient(options({ urls: ['http://127.0.0.1/x'] }))).toThrow(/https/);
    expect(() =>
      createPaymentechClient(
        options({ credentials: { merchant: '12', terminal: '001', user: 'u', password: 'p-secret-1' } }),
      ),
    ).toThrow(/merchantNumber/);
  });
});

describe('card data scan', () => {
  it('no PAN, CVV or password in any error, report or masked packet across the fault modes', async () => {
    const texts: string[] = [];
    const client = createPaymentechClient(
      options({
        hooks: {
          onPacket: (e) => texts.push(e.text, JSON.stringify(e.headers ?? {})),
          onReversal: (r) => texts.push(JSON.stringify(r.result?.response ?? {})),
        },
      }),
    );
    for (const mode of ['drop', 'garbage', 'truncate', 'http-5xx', 'corrupt-lrc'] as const) {
      sim.faults.add('paymentech', { mode, match: (r) => r.operation === '01' });
      const e = await failure(client.sale(tx(2500)));
      texts.push(e.message, JSON.stringify(e), String(e.stack));
    }
    const all = texts.join('\n');
    expect(all).not.toContain(PAN);
    expect(all).not.toContain('PI1VF3123');
    expect(all).not.toContain(pt.credentials.password);
    expect(all).toContain('411111******1111'); // the packets were there, masked
  });
});
