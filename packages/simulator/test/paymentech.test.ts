import {
  buildAuthOnly,
  buildCapture,
  buildCredit,
  buildPartialAuthReversal,
  buildReversalAdvice,
  buildSale,
  buildVoid,
  checkNetConnectResponse,
  decodeResponse,
  encodeRequest,
  ISSUER_ERRORS,
  interpretResponse,
  lookupServerError,
  netConnectRequestHeaders,
} from '@paywire/paymentech';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETCONNECT_ERRORS, NETCONNECT_PATH, type Simulators, startSimulators } from '../src/index.js';
import { amex, login, merchant, postRaw, send, tx, visa } from './paymentech-helpers.js';

let sim: Simulators;
beforeAll(async () => {
  sim = await startSimulators({ hosts: ['paymentech'] });
});
afterAll(async () => {
  await sim.close();
});

describe('Paymentech NetConnect host: transactions', () => {
  it('serves the codec URL path', () => {
    expect(NETCONNECT_PATH).toBe('/NetConnect/controller');
    expect(new URL(sim.paymentech!.url).pathname).toBe(NETCONNECT_PATH);
  });

  it('sale: approved with approval, batch, retrieval, echoed sequence, card type, AVS and CVV', async () => {
    const sale = buildSale(
      merchant,
      tx(1200, {
        sequenceNumber: 7,
        customerAddress: '1 Main St',
        customerZip: '90210',
        card: { ...visa, cvvData: '123' },
      }),
    );
    const { http, response } = await send(sim, sale);
    expect(http.headers['content-type']).toBe('UTF197/HCS');
    expect(response).toMatchObject({
      actionCode: 'A',
      avsResult: 'Y',
      batchNumber: '000001',
      sequenceNumber: '000007',
      cardType: 'VI',
    });
    expect(response.approvalCode).toMatch(/^\S{6}$/);
    expect(response.retrievalNumber).toMatch(/^\d{8}$/);
    const i = interpretResponse(response);
    expect(i.approved).toBe(true);
    expect(i.cvvResult).toBe('M');
    expect(sim.paymentech!.state.transaction(response.retrievalNumber!)).toMatchObject({
      kind: 'sale',
      state: 'captured',
      amount: 1200,
      account: '444433******1111',
    });
  });

  it('AVS and CVV answers by test data: ZIP only Z, ZIP 00000 N, CVV 000 N, none for Amex', async () => {
    const zipOnly = await send(sim, buildSale(merchant, tx(500, { customerZip: '90210' })));
    expect(zipOnly.response.avsResult).toBe('Z');
    const noMatch = await send(
      sim,
      buildSale(
        merchant,
        tx(500, { customerAddress: '1 Main', customerZip: '00000', card: { ...visa, cvvData: '000' } }),
      ),
    );
    expect(noMatch.response.avsResult).toBe('N');
    expect(interpretResponse(noMatch.response).cvvResult).toBe('N');
    const ax = await send(sim, buildSale(merchant, tx(500, { card: { ...amex, cvvData: '1234' } })));
    expect(ax.response.cardType).toBe('AE');
    expect(ax.response.tokens.find((t) => t.id === 'CV')).toBeUndefined();
  });

  it('declines deterministically by amount with the issuer table (2.00-2.99)', async () => {
    for (const entry of ISSUER_ERRORS.filter((e) => ['200', '201', '215', '217', '292'].includes(e.code))) {
      const { response } = await send(sim, buildSale(merchant, tx(Number(entry.code))));
      const i = interpretResponse(response);
      expect(response.actionCode).toBe('E');
      expect(i.approved).toBe(false);
      expect(i.hostErrorCode).toBe(entry.code);
      expect(response.responseText!.trim()).toBe(lookupServerError(entry.code)[0]!.text);
    }
    // 2.12: no issuer error 212 in the table, so approved
    expect((await send(sim, buildSale(merchant, tx(212)))).response.actionCode).toBe('A');
  });

  it('card errors: bad Luhn 204, expired 205', async () => {
    // the codec's builder refuses a bad Luhn itself: change one digit in the bytes instead
    const text = String.fromCharCode(...encodeRequest(buildSale(merchant, tx(500))));
    const luhn = await postRaw(sim, text.replace(visa.number, '4444333322221112'));
    expect(interpretResponse(decodeResponse(luhn.body)).hostErrorCode).toBe('204');
    const good = buildSale(merchant, tx(500));
    const expired = await send(sim, { ...good, expirationDate: '0120' });
    expect(interpretResponse(expired.response).hostErrorCode).toBe('205');
  });

  it('auth only, then capture by approval code; a second capture is refused', async () => {
    const auth = await send(sim, buildAuthOnly(merchant, tx(5000)));
    expect(auth.response.actionCode).toBe('A');
    const code = auth.response.approvalCode!.trim();
    expect(sim.paymentech!.state.transaction(auth.response.retrievalNumber!)!.state).toBe('authorized');
    const cap = await send(sim, buildCapture(merchant, tx(4500), code));
    expect(cap.response).toMatchObject({ actionCode: 'A', approvalCode: code });
    expect(sim.paymentech!.state.transaction(cap.response.retrievalNumber!)).toMatchObject({
      kind: 'capture',
      refersTo: auth.response.retrievalNumber,
    });
    expect(sim.paymentech!.state.transaction(auth.response.retrievalNumber!)!.state).toBe('captured');
    const again = await send(sim, buildCapture(merchant, tx(4500), code));
    expect(interpretResponse(again.response).hostErrorCode).toBe('404');
  });

  it('a capture with an approval code the host never issued is a force', async () => {
    const force = await send(sim, buildCapture(merchant, tx(800), 'VOICE1'));
    expect(force.response.actionCode).toBe('A');
    expect(sim.paymentech!.state.transaction(force.response.retrievalNumber!)!.kind).toBe('force');
  });

  it('$0 auth only is an account verification; $0 sale is 305', async () => {
    expect((await send(sim, buildAuthOnly(merchant, tx(0)))).response.actionCode).toBe('A');
    const sale = buildSale(merchant, tx(100));
    const zero = await send(sim, { ...sale, amount: 0 });
    expect(interpretResponse(zero.response).hostErrorCode).toBe('305');
  });

  it('partial authorization reversal reduces the open authorization', async () => {
    const auth = await send(sim, buildAuthOnly(merchant, tx(3000)));
    const code = auth.response.approvalCode!.trim();
    const rev = await send(sim, buildPartialAuthReversal(merchant, tx(1000), code));
    expect(rev.response.actionCode).toBe('A');
    expect(sim.paymentech!.state.transaction(auth.response.retrievalNumber!)!.amount).toBe(2000);
    const unknown = await send(sim, buildPartialAuthReversal(merchant, tx(1000), 'NOPE99'));
    expect(interpretResponse(unknown.response).hostErrorCode).toBe('405');
  });

  it('refund (06) is approved without an approval code', async () => {
    const { response } = await send(sim, buildCredit(merchant, tx(1500)));
    expect(response.actionCode).toBe('A');
    expect(response.approvalCode).toBeUndefined();
    expect(sim.paymentech!.state.transaction(response.retrievalNumber!)!.kind).toBe('refund');
  });

  it('void by retrieval number; voiding again or an unknown number is refused', async () => {
    const sale = await send(sim, buildSale(merchant, tx(2500)));
    const rn = sale.response.retrievalNumber!;
    const v = await send(sim, buildVoid(merchant, { cardNumber: visa.number, retrievalNumberToVoid: rn }));
    expect(v.response).toMatchObject({ actionCode: 'A', responseText: expect.stringContaining('VOIDED') });
    expect(sim.paymentech!.state.transaction(rn)!.state).toBe('voided');
    const twice = await send(
      sim,
      buildVoid(merchant, { cardNumber: visa.number, retrievalNumberToVoid: rn }),
    );
    expect(interpretResponse(twice.response).hostErrorCode).toBe('404');
    const unknown = await send(
      sim,
      buildVoid(merchant, { cardNumber: visa.number, retrievalNumberToVoid: '99999999' }),
    );
    const i = interpretResponse(unknown.response);
    expect(i.hostErrorCode).toBe('405');
    expect(i.hostError?.text).toBe('Ref Num Not Found');
    const otherCard = await send(
      sim,
      buildVoid(merchant, {
        cardNumber: amex.number,
        retrievalNumberToVoid: (await send(sim, buildSale(merchant, tx(900)))).response.retrievalNumber!,
      }),
    );
    expect(interpretResponse(otherCard.response).hostErrorCode).toBe('405');
  });

  it('reversal advice (46) is accepted and reverses the original sale it names', async () => {
    const input = tx(4200, { posRetrievalNumber: '123456789012' });
    const sale = await send(sim, buildSale(merchant, input));
    const advice = await send(sim, buildReversalAdvice(merchant, input, '01'));
    expect(advice.response).toMatchObject({
      actionCode: 'A',
      responseText: expect.stringContaining('REVERSED'),
    });
    expect(sim.paymentech!.state.transaction(sale.response.retrievalNumber!)!.state).toBe('reversed');
    // an advice for something the host never saw is still accepted
    const none = await send(
      sim,
      buildReversalAdvice(merchant, tx(4300, { posRetrievalNumber: '999' }), '02'),
    );
    expect(none.response.actionCode).toBe('A');
    expect(none.response.responseText).toContain('NO ORIGINAL');
  });

  it('answers a request framed with the LRC integrity byte with one too', async () => {
    const sale = buildSale({ ...merchant, trailingLrc: true }, tx(700));
    const { http, response } = await send(sim, sale);
    expect(response.trailingLrc).toBe(true);
    expect(http.body[http.body.length - 2]).toBe(0x03);
  });
});

describe('Paymentech NetConnect host: refusals', () => {
  it('bad password: HTTP 401 with Error-Code/Error-Reason, no body', async () => {
    const sale = encodeRequest(buildSale(merchant, tx(100)));
    const r = await postRaw(sim, sale, netConnectRequestHeaders({ ...login, password: 'wrong-password' }));
    const c = checkNetConnectResponse({ status: r.status, headers: r.headers, body: r.body });
    expect(r.status).toBe(NETCONNECT_ERRORS.authentication.status);
    expect(c).toMatchObject({ ok: false, errorCode: NETCONNECT_ERRORS.authentication.code });
    expect(c.ok === false && c.errorReason).toMatch(/Authentication/);
    expect(r.body.length).toBe(0);
    const last = sim.log.forHost('paymentech').at(-1)!;
    expect(JSON.stringify(last)).not.toContain('wrong-password');
  });

  it('unknown MID or TID: 403; wrong content type: 415', async () => {
    const sale = encodeRequest(buildSale(merchant, tx(100)));
    const mid = await postRaw(
      sim,
      sale,
      netConnectRequestHeaders({ ...login, merchantNumber: '700000000999' }),
    );
    expect(mid.status).toBe(403);
    expect(mid.headers['error-code']).toBe(NETCONNECT_ERRORS.merchant.code);
    const tid = await postRaw(sim, sale, netConnectRequestHeaders({ ...login, terminalNumber: '002' }));
    expect(tid.status).toBe(403);
    const type = await postRaw(sim, sale, { ...netConnectRequestHeaders(login), 'Content-Type': 'text/xml' });
    expect(type.status).toBe(415);
    expect(type.headers['error-code']).toBe(NETCONNECT_ERRORS.contentType.code);
  });

  it('preamble merchant different from Auth-MID: host error 401 Invalid Term ID', async () => {
    const sale = buildSale({ ...merchant, merchantNumber: '700000000002' }, tx(100));
    const { response } = await send(sim, sale);
    const i = interpretResponse(response);
    expect(i.hostErrorCode).toBe('401');
    expect(i.hostError?.text).toBe('Invalid Term ID');
  });

  it('undecodable requests get the format error of the field at fault', async () => {
    const good = encodeRequest(buildSale(merchant, tx(100)));
    const text = String.fromCharCode(...good);
    const badCode = text.slice(0, 37) + '77' + text.slice(39);
    const r1 = await postRaw(sim, badCode);
    expect(interpretResponse(decodeResponse(r1.body)).hostErrorCode).toBe('301');
    const r2 = await postRaw(sim, 'not a frame');
    const i2 = interpretResponse(decodeResponse(r2.body));
    expect(i2.approved).toBe(false);
    expect(i2.hostErrorCode).toBe('330');
  });

  it('other paths 404, other methods 405', async () => {
    const { get } = await import('@paywire/transport-https');
    const r = await get(sim.paymentech!.url, { ca: sim.ca, servername: 'localhost' });
    expect(r.status).toBe(405);
    const r2 = await get(new URL('/other', sim.paymentech!.url).toString(), {
      ca: sim.ca,
      servername: 'localhost',
    });
    expect(r2.status).toBe(404);
  });

  it('the log is masked: no PAN, CVV or password', async () => {
    await send(sim, buildSale(merchant, tx(1234, { card: { ...visa, cvvData: '987' } })));
    const all = JSON.stringify(sim.log.forHost('paymentech'));
    expect(all).not.toContain(visa.number);
    expect(all).not.toContain(amex.number);
    // the CVV can only leak as the CV token or a cvv= field; three digits may occur by chance elsewhere
    expect(all).not.toMatch(/CV\w*987/);
    expect(all).not.toMatch(/cvv\W{0,3}987/i);
    expect(all).not.toContain(login.password);
    expect(all).toContain('444433******1111');
  });
});
