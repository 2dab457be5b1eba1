import { type Simulators, startSimulators } from '@paywire/simulator';
import { testAch, testCards, testCredentials } from '@paywire/trustcommerce';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTcLinkClient,
  isTcLinkError,
  type TcLinkClientOptions,
  type TcLinkError,
  type TcLinkPacketEvent,
} from '../src/index.js';
import { deadPort, silentHost } from './helpers.js';

const visa = testCards[0]!;
const declined = testCards.find(
  (c) => c.outcome.status === 'decline' && c.outcome.declineType === 'decline',
)!;
const sale = { action: 'sale' as const, demo: true, amount: 500, cc: visa.cc, exp: visa.exp, cvv: visa.cvv! };
/** custid 100: 4.2.0 host hash 1 + 0 = 1 */
const CUSTID_100 = { custId: '100', password: 'hundred-secret' };

let sim: Simulators;
let tcPort: number;
let tcUrl: string;

beforeAll(async () => {
  sim = await startSimulators({
    hosts: ['trustcommerce'],
    hostOptions: { trustcommerce: { credentials: [testCredentials, CUSTID_100] } },
  });
  tcPort = sim.trustcommerce!.port;
  tcUrl = sim.trustcommerce!.url;
});
afterAll(async () => {
  await sim?.close();
});
beforeEach(() => {
  sim.faults.clear();
});

const timeouts = { connectMs: 2000, totalConnectMs: 5000, responseMs: 3000 };

function socket(
  extra: Partial<Extract<TcLinkClientOptions, { transport: 'socket' }>> = {},
): TcLinkClientOptions {
  return {
    transport: 'socket',
    custid: testCredentials.custId,
    password: testCredentials.password,
    hosts: [{ host: '127.0.0.1', port: tcPort }],
    ca: sim.ca,
    timeouts,
    ...extra,
  };
}
function https(
  extra: Partial<Extract<TcLinkClientOptions, { transport: 'https' }>> = {},
): TcLinkClientOptions {
  return {
    transport: 'https',
    custid: testCredentials.custId,
    password: testCredentials.password,
    url: tcUrl,
    ca: sim.ca,
    timeouts,
    ...extra,
  };
}

async function failure(p: Promise<unknown>): Promise<TcLinkError> {
  try {
    await p;
  } catch (e) {
    expect(isTcLinkError(e)).toBe(true);
    return e as TcLinkError;
  }
  throw new Error('expected the call to fail');
}

const logged = () => sim.log.forHost('trustcommerce').length;

for (const [name, make] of [
  ['socket', socket],
  ['https', https],
] as const) {
  describe(`${name}: every action end to end`, () => {
    it('sale approved with transid, AVS and CVV', async () => {
      const client = createTcLinkClient(make());
      const r = await client.send({
        ...sale,
        avs: true,
        address1: visa.address!.address1,
        zip: visa.address!.zip,
      });
      expect(r.status).toBe('approved');
      expect(r.ok).toBe(true);
      expect(r.origin).toBe('gateway');
      expect(r.transId).toMatch(/^\d{3}-\d{10}$/);
      expect(r.avs).toBe('Y');
      expect(r.cvv).toBe('P');
      expect(sim.trustcommerce!.state.transaction(r.transId!)?.amount).toBe(500);
    });

    it('preauth then postauth, credit and chargeback by transid', async () => {
      const client = createTcLinkClient(make());
      const pre = await client.send({ ...sale, action: 'preauth', amount: 1000 });
      expect(pre.status).toBe('approved');
      const postauth = await client.send({
        action: 'postauth',
        demo: true,
        transId: pre.transId!,
        amount: 800,
      });
      expect(postauth.status).toBe('accepted');
      const credit = await client.send({
        action: 'credit',
        demo: true,
        transId: postauth.transId!,
        amount: 300,
      });
      expect(credit.status).toBe('accepted');
      const s = await client.send({ ...sale, amount: 700 });
      const cb = await client.send({ action: 'chargeback', demo: true, transId: s.transId! });
      expect(cb.status).toBe('accepted');
      expect(cb.ok).toBe(true);
    });

    it('store then walletsale by billing id, then unstore', async () => {
      const client = createTcLinkClient(make());
      const store = await client.send({
        action: 'store',
        demo: true,
        cc: visa.cc,
        exp: visa.exp,
        name: 'Jane Doe',
        wallet: true,
        walletSize: 5000,
      });
      expect(store.status).toBe('accepted'); // a store answers accepted (approved only with verify=y)
      expect(store.billingId).toMatch(/^[A-Za-z0-9]{6}$/);
      const ws = await client.send({
        action: 'walletsale',
        demo: true,
        billingId: store.billingId!,
        amount: 250,
      });
      expect(ws.status).toBe('approved');
      expect(sim.trustcommerce!.state.transaction(ws.transId!)?.amount).toBe(250);
      const un = await client.send({ action: 'unstore', demo: true, billingId: store.billingId! });
      expect(un.status).toBe('accepted');
      const again = await client.send({
        action: 'walletsale',
        demo: true,
        billingId: store.billingId!,
        amount: 100,
      });
      expect(again.status).toBe('baddata');
      expect(again.origin).toBe('gateway');
    });

    it('ACH sale', async () => {
      const client = createTcLinkClient(make());
      const r = await client.send({
        action: 'sale',
        demo: true,
        media: 'ach',
        routing: testAch.routing,
        account: testAch.account,
        amount: 1200,
        name: 'Jane Doe',
      });
      expect(r.status).toBe('accepted');
      expect(r.ok).toBe(true);
    });

    it('decline is data', async () => {
      const client = createTcLinkClient(make());
      const r = await client.send({ ...sale, cc: declined.cc, exp: declined.exp, cvv: undefined as never });
      expect(r.status).toBe('decline');
      expect(r.declineType).toBe('decline');
      expect(r.ok).toBe(false);
    });

    it('baddata from client-side validation: no connection at all', async () => {
      const before = logged();
      const client = createTcLinkClient(
        make({ hosts: [{ host: '127.0.0.1', port: await deadPort() }] } as never),
      );
      const r = await client.send({ ...sale, exp: '1312' });
      expect(r).toMatchObject({
        status: 'baddata',
        error: 'badformat',
        offenders: ['exp'],
        origin: 'client',
        ok: false,
      });
      expect(r.problems?.length).toBeGreaterThan(0);
      const missing = await client.send({ action: 'sale', demo: true, cc: visa.cc, exp: visa.exp } as never);
      expect(missing).toMatchObject({ status: 'baddata', error: 'missingfields', offenders: ['amount'] });
      expect(logged()).toBe(before);
    });

    it('baddata from the gateway (wrong password) is data too', async () => {
      const client = createTcLinkClient(make({ password: 'not-the-password' }));
      const r = await client.send(sale);
      expect(r).toMatchObject({ status: 'baddata', error: 'mismatch', origin: 'gateway' });
    });

    it('concurrent requests each get their own answer', async () => {
      const client = createTcLinkClient(make());
      const amounts = Array.from({ length: 8 }, (_, i) => 600 + i);
      const results = await Promise.all(amounts.map((amount) => client.send({ ...sale, amount })));
      for (const [i, r] of results.entries()) {
        expect(sim.trustcommerce!.state.transaction(r.transId!)?.amount).toBe(amounts[i]);
      }
    });
  });
}

describe('socket fault modes: the request is written once and never re-sent', () => {
  const cases = {
    drop: [522],
    truncate: [521],
    garbage: [521],
    'disconnect-mid': [521, 522],
  } as const;
  for (const [mode, codes] of Object.entries(cases)) {
    it(`${mode}: linkfailure, outcome unknown, no failover to the second host`, async () => {
      const client = createTcLinkClient(
        socket({
          hosts: [
            { host: '127.0.0.1', port: tcPort },
            { host: '127.0.0.1', port: tcPort },
          ],
        }),
      );
      sim.faults.add('trustcommerce', { mode: mode as 'drop' });
      const before = logged();
      const e = await failure(client.send(sale));
      expect(codes as readonly number[]).toContain(e.code);
      expect(e.outcome).toBe('unknown');
      expect(e.errorType).toBe('linkfailure');
      expect(e.transport).toBe('socket');
      expect(logged() - before).toBe(1);
    });
  }

  it('delay: 523 after the per-call timeout', async () => {
    const client = createTcLinkClient(socket());
    sim.faults.add('trustcommerce', { mode: 'delay', delayMs: 3000 });
    const t0 = Date.now();
    const e = await failure(client.send(sale, { timeoutMs: 300 }));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(e.code).toBe(523);
    expect(e.outcome).toBe('unknown');
  });

  it('AbortSignal while waiting: 720, unknown', async () => {
    const client = createTcLinkClient(socket());
    sim.faults.add('trustcommerce', { mode: 'delay', delayMs: 3000 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    const e = await failure(client.send(sale, { signal: ac.signal }));
    expect(e.code).toBe(720);
    expect(e.outcome).toBe('unknown');
  });
});

describe('https fault modes', () => {
  const cases: Record<string, { codes: number[]; outcome: 'unknown' | 'not-sent' }> = {
    drop: { codes: [522], outcome: 'unknown' },
    'disconnect-mid': { codes: [521], outcome: 'unknown' },
    'http-5xx': { codes: [771], outcome: 'unknown' },
    garbage: { codes: [502, 519, 520], outcome: 'unknown' },
    truncate: { codes: [502, 512, 513, 519, 593], outcome: 'unknown' },
  };
  for (const [mode, want] of Object.entries(cases)) {
    it(`${mode}: ${want.codes.join('/')} ${want.outcome}, sent once`, async () => {
      const client = createTcLinkClient(https());
      sim.faults.add('trustcommerce', { mode: mode as 'drop' });
      const before = logged();
      const e = await failure(client.send(sale));
      expect(want.codes, `${mode}: got ${e.code} ${e.name}`).toContain(e.code);
      expect(e.outcome).toBe(want.outcome);
      expect(logged() - before).toBe(1);
    });
  }

  it('delay: 523 after the timeout', async () => {
    const client = createTcLinkClient(https());
    sim.faults.add('trustcommerce', { mode: 'delay', delayMs: 3000 });
    const e = await failure(client.send(sale, { timeoutMs: 300 }));
    expect(e.code).toBe(523);
    expect(e.outcome).toBe('unknown');
  });

  it('dead URL: cantconnect, not sent', async () => {
    const client = createTcLinkClient(https({ url: `https://127.0.0.1:${await deadPort()}/trans/` }));
    const e = await failure(client.send(sale));
    expect(e.code).toBe(10061);
    expect(e.outcome).toBe('not-sent');
    expect(e.errorType).toBe('cantconnect');
  });
});

describe('socket failover (TCLink 4.2.0 rules)', () => {
  it('starts at the host the customer id picks, tries it twice, then the next one', async () => {
    const [d0, d1] = [await deadPort(), await deadPort()];
    const client = createTcLinkClient(
      socket({
        custid: CUSTID_100.custId,
        password: CUSTID_100.password,
        hosts: [
          { host: '127.0.0.1', port: d0 },
          { host: '127.0.0.1', port: d1 },
          { host: '127.0.0.1', port: tcPort },
        ],
      }),
    );
    expect(client.attemptOrder.map((h) => h.port)).toEqual([d1, d1, tcPort, d0]);
    const before = logged();
    const r = await client.send(sale);
    expect(r.status).toBe('approved');
    expect(r.attempts?.map((a) => a.port)).toEqual([d1, d1, tcPort]);
    expect(r.port).toBe(tcPort);
    expect(logged() - before).toBe(1);
  });

  it('all hosts dead: every host once plus the first again, then cantconnect (not sent)', async () => {
    const ports = [await deadPort(), await deadPort(), await deadPort()];
    const client = createTcLinkClient(
      socket({
        custid: CUSTID_100.custId,
        password: CUSTID_100.password,
        hosts: ports.map((port) => ({ host: '127.0.0.1', port })),
      }),
    );
    const e = await failure(client.send(sale));
    expect(e.code).toBe(10061);
    expect(e.outcome).toBe('not-sent');
    expect(e.errorType).toBe('cantconnect');
    expect(e.attempts?.map((a) => a.port)).toEqual([ports[1], ports[1], ports[2], ports[0]]);
  });

  it('maxAttempts bounds the attempts', async () => {
    const ports = [await deadPort(), await deadPort()];
    const client = createTcLinkClient(
      socket({ maxAttempts: 2, hosts: ports.map((port) => ({ host: '127.0.0.1', port })) }),
    );
    const e = await failure(client.send(sale));
    expect(e.attempts?.map((a) => a.port)).toEqual([ports[0], ports[0]]);
  });

  it('total connect time bounds silent hosts', async () => {
    const a = await silentHost();
    const b = await silentHost();
    try {
      const client = createTcLinkClient(
        socket({
          hosts: [
            { host: '127.0.0.1', port: a.port },
            { host: '127.0.0.1', port: b.port },
          ],
          timeouts: { connectMs: 300, totalConnectMs: 700, responseMs: 1000 },
        }),
      );
      const t0 = Date.now();
      const e = await failure(client.send(sale));
      const took = Date.now() - t0;
      expect(took).toBeGreaterThanOrEqual(600);
      expect(took).toBeLessThan(1500);
      expect(e.code).toBe(10060);
      expect(e.outcome).toBe('not-sent');
      expect(e.attempts!.length).toBeLessThanOrEqual(3);
      expect(e.attempts![0]!.port).toBe(a.port);
      expect(b.accepted()).toBeLessThanOrEqual(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('hooks', () => {
  it('socket packets are masked by default and carry version/pass/time', async () => {
    const events: TcLinkPacketEvent[] = [];
    const client = createTcLinkClient(socket({ hooks: { onPacket: (e) => events.push(e) } }));
    await client.send(sale);
    expect(events.map((e) => e.direction)).toEqual(['out', 'in']);
    const out = events[0]!.text;
    expect(out.startsWith('BEGIN\nversion=')).toBe(true);
    expect(out).toMatch(/\npass=1\ntime=\d+\nEND\n$/);
    expect(out).not.toContain(visa.cc);
    expect(out).not.toContain(`cvv=${visa.cvv}`);
    expect(out).not.toContain(`password=${testCredentials.password}\n`);
    expect(out).toContain('cc=411111');
    expect(events[1]!.text).toContain('status=approved');
  });

  it('https packets are masked too; unmasked only when asked in code', async () => {
    const masked: TcLinkPacketEvent[] = [];
    await createTcLinkClient(https({ hooks: { onPacket: (e) => masked.push(e) } })).send(sale);
    expect(masked[0]!.text).not.toContain(visa.cc);
    expect(masked[0]!.masked).toBe(true);
    const raw: TcLinkPacketEvent[] = [];
    await createTcLinkClient(https({ unmaskedPackets: true, hooks: { onPacket: (e) => raw.push(e) } })).send(
      sale,
    );
    expect(raw[0]!.text).toContain(`cc=${visa.cc}`);
    expect(raw[0]!.masked).toBe(false);
  });

  it('errors never hold the password or the card number', async () => {
    const client = createTcLinkClient(socket({ password: 'Very-Secret-77' }));
    sim.faults.add('trustcommerce', { mode: 'drop' });
    const e = await failure(client.send(sale));
    const text = `${e.message} ${JSON.stringify(e)}`;
    expect(text).not.toContain('Very-Secret-77');
    expect(text).not.toContain(visa.cc);
  });
});

describe('options', () => {
  it('are checked at creation', () => {
    expect(() => createTcLinkClient({ ...socket(), custid: '' })).toThrow(/custid/);
    expect(() => createTcLinkClient({ ...socket(), hosts: [] } as TcLinkClientOptions)).toThrow(/hosts/);
    expect(() =>
      createTcLinkClient({ ...https(), url: 'http://127.0.0.1/trans/' } as TcLinkClientOptions),
    ).toThrow(/https/);
    expect(() => createTcLinkClient({ ...socket(), transport: 'ftp' as never })).toThrow(/transport/);
  });
});

describe('card data scan', () => {
  it('no card number, CVV, bank account or password in errors or masked packets', async () => {
    const texts: string[] = [];
    const hooks = { onPacket: (e: TcLinkPacketEvent) => texts.push(e.text) };
    const ach = {
      action: 'sale' as const,
      demo: true,
      media: 'ach' as const,
      routing: testAch.routing,
      account: testAch.account,
      amount: 1200,
      name: 'Jane Doe',
    };
    for (const make of [socket, https]) {
      const client = createTcLinkClient(make({ password: 'Scan-Secret-42', hooks }));
      await client.send(sale);
      await client.send(ach);
      // (an HTTPS answer has no end marker: the simulator's truncate, which shortens Content-Length
      // too, can leave a readable answer, so it is scanned on the socket only)
      const modes =
        make === socket
          ? (['drop', 'garbage', 'truncate', 'disconnect-mid'] as const)
          : (['drop', 'garbage', 'disconnect-mid'] as const);
      for (const mode of modes) {
        sim.faults.add('trustcommerce', { mode });
        const e = await failure(client.send(sale));
        texts.push(e.message, JSON.stringify(e), String(e.stack));
      }
    }
    const all = texts.join('\n');
    expect(all).not.toContain(visa.cc);
    expect(all).not.toContain(`cvv=${visa.cvv}`);
    expect(all).not.toContain(testAch.account);
    expect(all).not.toContain('Scan-Secret-42');
    expect(all).toContain('cc=411111');
  });
});
