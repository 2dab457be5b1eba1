import { endLineReader, exchange } from '@paywire/transport-tls';
import { decodeResponse, type NvpPair, testCards, testCredentials } from '@paywire/trustcommerce';
import { describe, expect, it } from 'vitest';
import { startSimulators, TrustCommerceEngine } from '../src/index.js';

const login: NvpPair[] = [
  ['custid', testCredentials.custId],
  ['password', testCredentials.password],
];
const visa = testCards[0]!;

describe('TrustCommerce engine options', () => {
  it('live (testMode false, no demo): every Appendix A card declines with carderror; demo=y still works', () => {
    const engine = new TrustCommerceEngine({ testMode: false });
    const sale: NvpPair[] = [
      ...login,
      ['action', 'sale'],
      ['amount', '100'],
      ['cc', visa.cc],
      ['exp', visa.exp],
    ];
    expect(engine.process(sale).response).toMatchObject({ status: 'decline', declineType: 'carderror' });
    expect(engine.process([...sale, ['demo', 'y']]).response.status).toBe('approved');
  });

  it('postauth of a preauth older than 14 days declines with authexpired', () => {
    let now = Date.UTC(2030, 0, 1);
    const engine = new TrustCommerceEngine({ now: () => now });
    const pre = engine.process([
      ...login,
      ['action', 'preauth'],
      ['amount', '100'],
      ['cc', visa.cc],
      ['exp', visa.exp],
    ]);
    now += 15 * 24 * 3600 * 1000;
    const post = engine.process([...login, ['action', 'postauth'], ['transid', pre.response.transId!]]);
    expect(post.response).toMatchObject({ status: 'decline', declineType: 'authexpired' });
  });

  it('other logins are configurable; transids of one merchant are unknown to another', () => {
    const engine = new TrustCommerceEngine({
      credentials: [testCredentials, { custId: 'Other', password: 'secret' }],
      transIdPrefix: '042',
    });
    const sale = engine.process([
      ...login,
      ['action', 'sale'],
      ['amount', '100'],
      ['cc', visa.cc],
      ['exp', visa.exp],
    ]);
    expect(sale.response.transId).toMatch(/^042-\d{10}$/);
    const credit = engine.process([
      ['custid', 'Other'],
      ['password', 'secret'],
      ['action', 'credit'],
      ['transid', sale.response.transId!],
    ]);
    expect(credit.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['transid'] });
  });

  it('a recurring store without start charges the first payment now', () => {
    const engine = new TrustCommerceEngine();
    const r = engine.process([
      ...login,
      ['action', 'store'],
      ['cc', visa.cc],
      ['exp', visa.exp],
      ['cycle', '1m'],
      ['amount', '1200'],
    ]);
    expect(r.response.status).toBe('approved');
    expect(engine.transaction(r.response.transId!)).toMatchObject({ action: 'sale', amount: 1200 });
    expect(engine.billingId(r.response.billingId!)!.recurring).toEqual({ cycle: '1m', amount: 1200 });
  });
});

describe('TrustCommerce socket framing', () => {
  it('an unreadable block is answered baddata, an oversize one baddata/badlength', async () => {
    const sim = await startSimulators({ hosts: ['trustcommerce'] });
    try {
      const send = async (text: string) =>
        decodeResponse(
          (
            await exchange({
              hosts: [sim.trustcommerce!.endpoints.tclink],
              servername: 'localhost',
              ca: sim.ca,
              request: new TextEncoder().encode(text),
              reader: endLineReader(),
              responseTimeoutMs: 3_000,
            })
          ).response,
        );
      expect(await send('BEGIN\nno equals sign here\nEND\n')).toEqual({
        status: 'baddata',
        error: 'badformat',
        offenders: ['request'],
      });
      expect(await send(`BEGIN\nticket=${'x'.repeat(17_000)}\n`)).toEqual({
        status: 'baddata',
        error: 'badlength',
        offenders: ['request'],
      });
    } finally {
      await sim.close();
    }
  });
});
