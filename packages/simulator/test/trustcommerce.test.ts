import { testAch, testCards } from '@paywire/trustcommerce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulators, startSimulators } from '../src/index.js';
import { login, transports, viaHttps, viaTclink } from './trustcommerce-helpers.js';

let sim: Simulators;
beforeAll(async () => {
  sim = await startSimulators({ hosts: ['trustcommerce'] });
});
afterAll(async () => {
  await sim.close();
});

const visa = testCards.find((c) => c.cc === '4111111111111111')!;
const mc = testCards.find((c) => c.cc === '5411111111111115')!;
const TRANSID = /^\d{3}-\d{10}$/;

describe.each(transports)('TrustCommerce host over %s', (_name, send) => {
  it('sale with a test card is approved with a transid', async () => {
    const { response } = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: visa.cc,
      exp: visa.exp,
    });
    expect(response.status).toBe('approved');
    expect(response.transId).toMatch(TRANSID);
    const t = sim.trustcommerce!.state.transaction(response.transId!)!;
    expect(t).toMatchObject({ action: 'sale', amount: 500, status: 'approved', account: '411111******1111' });
  });

  it('answers every Appendix A card as the guide lists it', async () => {
    for (const card of testCards) {
      const { response } = await send(sim, {
        ...login,
        action: 'preauth',
        amount: '100',
        cc: card.cc,
        exp: card.exp,
        demo: 'y',
      });
      if (card.outcome.status === 'approved') expect(response).toMatchObject({ status: 'approved' });
      else expect(response).toMatchObject({ status: 'decline', declineType: card.outcome.declineType });
      expect(response.transId).toMatch(TRANSID);
    }
  });

  it('AVS from the Appendix A addresses, U for other cards', async () => {
    const a = visa.address!;
    const exact = await send(sim, {
      ...login,
      action: 'preauth',
      amount: '500',
      cc: visa.cc,
      exp: visa.exp,
      avs: 'y',
      address1: a.address1,
      zip: a.zip,
    });
    expect(exact.response.avs).toBe('Y');
    const zipOnly = await send(sim, {
      ...login,
      action: 'preauth',
      amount: '500',
      cc: visa.cc,
      exp: visa.exp,
      avs: 'y',
      address1: '1 Other Rd.',
      zip: a.zip,
    });
    expect(zipOnly.response.avs).toBe('Z');
    const none = await send(sim, {
      ...login,
      action: 'preauth',
      amount: '500',
      cc: visa.cc,
      exp: visa.exp,
      avs: 'y',
      address1: '1 Other Rd.',
      zip: '11111',
    });
    expect(none.response).toMatchObject({ status: 'approved', avs: 'N' });
    const other = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: '4242424242424242',
      exp: '1299',
      avs: 'y',
      zip: '90001',
    });
    expect(other.response).toMatchObject({ status: 'approved', avs: 'U' });
  });

  it('CVV: match P, mismatch declines cvv unless checkcvv=n', async () => {
    const ok = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: mc.cc,
      exp: mc.exp,
      cvv: mc.cvv!,
    });
    expect(ok.response).toMatchObject({ status: 'approved', cvv: 'P' });
    const bad = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: mc.cc,
      exp: mc.exp,
      cvv: '000',
    });
    expect(bad.response).toMatchObject({ status: 'decline', declineType: 'cvv', cvv: 'N' });
    const unchecked = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: mc.cc,
      exp: mc.exp,
      cvv: '000',
      checkcvv: 'n',
    });
    expect(unchecked.response).toMatchObject({ status: 'approved', cvv: 'N' });
  });

  it('an invalid card number is a carderror decline, an expired other card expiredcard', async () => {
    const luhn = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: '4111111111111112',
      exp: '1299',
    });
    expect(luhn.response).toMatchObject({ status: 'decline', declineType: 'carderror' });
    const old = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: '4242424242424242',
      exp: '0110',
    });
    expect(old.response).toMatchObject({ status: 'decline', declineType: 'expiredcard' });
  });

  it('a call decline goes through with an offline authorization code', async () => {
    const call = testCards.find((c) => c.outcome.status === 'decline' && c.outcome.declineType === 'call')!;
    const r = await send(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: call.cc,
      exp: call.exp,
      offlineauthcode: '123456',
    });
    expect(r.response.status).toBe('approved');
  });

  it('preauth then postauth (partial), credit, refusals of unknown and reused transids', async () => {
    const pre = await send(sim, { ...login, action: 'preauth', amount: '1000', cc: visa.cc, exp: visa.exp });
    expect(pre.response.status).toBe('approved');
    const post = await send(sim, {
      ...login,
      action: 'postauth',
      transid: pre.response.transId!,
      amount: '800',
    });
    expect(post.response).toMatchObject({ status: 'accepted' });
    expect(post.response.transId).toMatch(TRANSID);
    const again = await send(sim, { ...login, action: 'postauth', transid: pre.response.transId! });
    expect(again.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['transid'] });
    const credit = await send(sim, {
      ...login,
      action: 'credit',
      transid: post.response.transId!,
      amount: '300',
    });
    expect(credit.response.status).toBe('accepted');
    const tooMuch = await send(sim, {
      ...login,
      action: 'credit',
      transid: post.response.transId!,
      amount: '600',
    });
    expect(tooMuch.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['amount'] });
    const rest = await send(sim, { ...login, action: 'credit', transid: post.response.transId! });
    expect(rest.response.status).toBe('accepted');
    expect(sim.trustcommerce!.state.transaction(rest.response.transId!)).toMatchObject({
      amount: 500,
      refersTo: post.response.transId,
    });
    const unknown = await send(sim, { ...login, action: 'credit', transid: '999-9999999999' });
    expect(unknown.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['transid'] });
    const creditPreauth = await send(sim, { ...login, action: 'credit', transid: pre.response.transId! });
    expect(creditPreauth.response).toMatchObject({ status: 'baddata', offenders: ['transid'] });
  });

  it('chargeback against a sale', async () => {
    const sale = await send(sim, { ...login, action: 'sale', amount: '700', cc: visa.cc, exp: visa.exp });
    const cb = await send(sim, { ...login, action: 'chargeback', transid: sale.response.transId! });
    expect(cb.response.status).toBe('accepted');
    expect(sim.trustcommerce!.state.transaction(cb.response.transId!)).toMatchObject({ amount: 700 });
  });

  it('store, sale and walletsale by billing id, unstore, then the billing id is unknown', async () => {
    const store = await send(sim, {
      ...login,
      action: 'store',
      cc: visa.cc,
      exp: visa.exp,
      name: 'Pat Tester',
      wallet: 'y',
      walletsize: '1500',
    });
    expect(store.response.status).toBe('accepted');
    const id = store.response.billingId!;
    expect(id).toMatch(/^[A-Z0-9]{6}$/);
    expect(sim.trustcommerce!.state.billingId(id)).toMatchObject({
      account: '411111******1111',
      wallet: true,
      walletSize: 1500,
      name: 'Pat Tester',
    });
    const ws = await send(sim, { ...login, action: 'walletsale', billingid: id, amount: '995' });
    expect(ws.response.status).toBe('approved');
    expect(sim.trustcommerce!.state.transaction(ws.response.transId!)).toMatchObject({
      action: 'walletsale',
      billingId: id,
      amount: 995,
    });
    const over = await send(sim, { ...login, action: 'walletsale', billingid: id, amount: '600' });
    expect(over.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['amount'] });
    const sale = await send(sim, { ...login, action: 'sale', billingid: id, amount: '2500' });
    expect(sale.response.status).toBe('approved');
    const un = await send(sim, { ...login, action: 'unstore', billingid: id });
    expect(un.response.status).toBe('accepted');
    expect(sim.trustcommerce!.state.billingId(id)).toBeUndefined();
    const gone = await send(sim, { ...login, action: 'sale', billingid: id, amount: '100' });
    expect(gone.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['billingid'] });
  });

  it('store with verify=y runs a $1.00 preauth; a declining card is not stored', async () => {
    const ok = await send(sim, { ...login, action: 'store', cc: mc.cc, exp: mc.exp, verify: 'y' });
    expect(ok.response.status).toBe('approved');
    expect(sim.trustcommerce!.state.transaction(ok.response.transId!)).toMatchObject({
      action: 'preauth',
      amount: 100,
    });
    const before = sim.trustcommerce!.state.vault().length;
    const bad = await send(sim, { ...login, action: 'store', cc: '4012345678909', exp: '0412', verify: 'y' });
    expect(bad.response).toMatchObject({ status: 'decline', declineType: 'decline' });
    expect(sim.trustcommerce!.state.vault().length).toBe(before);
  });

  it('a walletsale on a billing id without a wallet is refused', async () => {
    const store = await send(sim, { ...login, action: 'store', cc: visa.cc, exp: visa.exp });
    const ws = await send(sim, {
      ...login,
      action: 'walletsale',
      billingid: store.response.billingId!,
      amount: '100',
    });
    expect(ws.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['billingid'] });
  });

  it('ACH sale is accepted (queued) with the Appendix A numbers', async () => {
    const r = await send(sim, { ...login, action: 'sale', media: 'ach', amount: '1000', ...testAch });
    expect(r.response.status).toBe('accepted');
    expect(sim.trustcommerce!.state.transaction(r.response.transId!)!.account).toBe('*******3221');
  });

  it('validates like the gateway: baddata with error and offenders', async () => {
    const missing = await send(sim, { ...login, action: 'sale', cc: visa.cc, exp: visa.exp });
    expect(missing.response).toEqual({ status: 'baddata', error: 'missingfields', offenders: ['amount'] });
    const format = await send(sim, { ...login, action: 'sale', amount: '5.00', cc: visa.cc, exp: visa.exp });
    expect(format.response).toEqual({ status: 'baddata', error: 'badformat', offenders: ['amount'] });
    const extra = await send(sim, { ...login, action: 'unstore', billingid: 'ABC123', amount: '5' });
    expect(extra.response).toEqual({ status: 'baddata', error: 'extrafields', offenders: ['amount'] });
    const unknown = await send(sim, {
      ...login,
      action: 'sale',
      amount: '5',
      cc: visa.cc,
      exp: visa.exp,
      colour: 'blue',
    });
    expect(unknown.response).toEqual({ status: 'baddata', error: 'extrafields', offenders: ['colour'] });
    expect(missing.response.transId).toBeUndefined();
  });

  it('refuses a wrong password or unknown custid', async () => {
    const r = await send(sim, {
      custid: 'TestMerchant',
      password: 'wrong',
      action: 'sale',
      amount: '5',
      cc: visa.cc,
      exp: visa.exp,
    });
    expect(r.response).toEqual({ status: 'baddata', error: 'mismatch', offenders: ['custid', 'password'] });
    const r2 = await send(sim, {
      custid: 'Nobody',
      password: 'password',
      action: 'sale',
      amount: '5',
      cc: visa.cc,
      exp: visa.exp,
    });
    expect(r2.response.status).toBe('baddata');
  });
});

describe('TrustCommerce host: forms and log', () => {
  it('the socket answers a BEGIN/END block, HTTPS plain lines', async () => {
    const params = { ...login, action: 'sale', amount: '500', cc: visa.cc, exp: visa.exp };
    const socket = await viaTclink(sim, params);
    const text = new TextDecoder().decode(socket.bytes);
    expect(text.startsWith('BEGIN\n')).toBe(true);
    expect(text.endsWith('END\n')).toBe(true);
    const https = await viaHttps(sim, params);
    expect(https.status).toBe(200);
    const body = new TextDecoder().decode(https.bytes);
    expect(body).not.toContain('BEGIN');
    expect(body).toMatch(/^transid=\d{3}-\d{10}\nstatus=approved\n$/);
  });

  it('state is shared: a transid from the socket can be credited over HTTPS', async () => {
    const sale = await viaTclink(sim, {
      ...login,
      action: 'sale',
      amount: '500',
      cc: visa.cc,
      exp: visa.exp,
    });
    const credit = await viaHttps(sim, { ...login, action: 'credit', transid: sale.response.transId! });
    expect(credit.response!.status).toBe('accepted');
  });

  it('HTTPS: other paths are 404, other methods 405', async () => {
    const { get } = await import('@paywire/transport-https');
    const url = new URL(sim.trustcommerce!.url);
    const r404 = await get(new URL('/other', url).toString(), { ca: sim.ca, servername: 'localhost' });
    expect(r404.status).toBe(404);
    const r405 = await get(url.toString(), { ca: sim.ca, servername: 'localhost' });
    expect(r405.status).toBe(405);
  });

  it('logs every exchange masked: no PAN, CVV or password', async () => {
    const before = sim.log.forHost('trustcommerce').length;
    await viaTclink(sim, { ...login, action: 'sale', amount: '500', cc: mc.cc, exp: mc.exp, cvv: mc.cvv! });
    await viaHttps(sim, { ...login, action: 'sale', amount: '500', cc: mc.cc, exp: mc.exp, cvv: mc.cvv! });
    const entries = sim.log.forHost('trustcommerce').slice(before);
    expect(entries.map((e) => e.transport)).toEqual(['tls', 'https']);
    for (const e of entries) {
      const text = JSON.stringify(e);
      expect(text).not.toContain(mc.cc);
      expect(text).not.toContain(`cvv=${mc.cvv}`);
      expect(text).not.toContain(`password=${login.password}`);
      expect(e.request).toContain('cc=541111******1115');
      expect(e.response).toContain('status=approved');
    }
    const all = JSON.stringify(sim.log.forHost('trustcommerce'));
    for (const card of testCards) expect(all).not.toContain(card.cc);
  });
});
