/**
 * End to end over HTTP: the gateway listens on 127.0.0.1 (ephemeral port) in front of the
 * simulators; every check reads the answer and, where it matters, the simulator's own state.
 */

import { readFileSync } from 'node:fs';
import { DATAWIRE_TEST_CARDS } from '@paywire/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.js';
import { type Harness, harness, KEYED_VISA } from './helpers.js';

let h: Harness;

beforeAll(async () => {
  h = await harness();
  await h.start();
});

afterAll(async () => {
  await h?.stop();
  await h?.sim.close();
});

const pay = (merchant: string, body: unknown, headers?: Record<string, string>) =>
  h.api('POST', `/v1/merchants/${merchant}/payments`, body, headers);

describe('TSYS', () => {
  it('authorizes, captures, voids (reversal 59) and refunds (credit detail)', async () => {
    const auth = await pay('tsys-store', {
      amount: 2500,
      card: KEYED_VISA,
      avs: { street: '8320', zip: '85284' },
    });
    expect(auth.status).toBe(201);
    expect(auth.body).toMatchObject({
      processor: 'tsys',
      status: 'authorized',
      approved: true,
      approvedAmount: 2500,
      responseCode: '00',
      card: { masked: '411111******1111' },
    });
    expect(auth.body.avsResult).toBe('Y');
    const host = [...h.sim.tsys!.authorizations.values()];
    expect(host.find((a) => a.transactionIdentifier.trim() === auth.body.processorReference)).toBeDefined();

    const cap = await h.api('POST', `/v1/merchants/tsys-store/payments/${auth.body.id}/capture`, {
      amount: 2000,
    });
    expect(cap.status).toBe(200);
    expect(cap.body).toMatchObject({ status: 'captured', capturedAmount: 2000 });

    const again = await h.api('POST', `/v1/merchants/tsys-store/payments/${auth.body.id}/capture`, {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 803, name: 'INVALID_STATE', family: 'gateway' });

    const refund = await h.api('POST', `/v1/merchants/tsys-store/payments/${auth.body.id}/refund`, {
      amount: 500,
    });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({
      kind: 'refund',
      status: 'captured',
      amount: 500,
      parentId: auth.body.id,
    });
    const tooMuch = await h.api('POST', `/v1/merchants/tsys-store/payments/${auth.body.id}/refund`, {
      amount: 1600,
    });
    expect(tooMuch.status).toBe(422);

    const second = await pay('tsys-store', { amount: 1800, card: KEYED_VISA });
    const voided = await h.api('POST', `/v1/merchants/tsys-store/payments/${second.body.id}/void`);
    expect(voided.status).toBe(200);
    expect(voided.body.status).toBe('voided');
    const original = [...h.sim.tsys!.authorizations.values()].find(
      (a) => a.transactionIdentifier.trim() === second.body.processorReference,
    );
    expect(original?.reversed).toBe(true);
  });

  it('records a decline as data', async () => {
    const r = await pay('tsys-store', { amount: 1051, card: KEYED_VISA }); // cents 51: insufficient funds
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'declined',
      approved: false,
      responseCode: '51',
      approvedAmount: 0,
    });
    const cap = await h.api('POST', `/v1/merchants/tsys-store/payments/${r.body.id}/capture`, {});
    expect(cap.status).toBe(409); // nothing approved to capture
    expect(cap.body.error.name).toBe('INVALID_STATE');
  });

  it('survives a restart between authorization and settlement, then settles (GB) and forgets the PANs', async () => {
    const sale = await pay('tsys-store', { amount: 4321, capture: true, card: KEYED_VISA });
    expect(sale.body.status).toBe('captured');
    const swiped = await pay('tsys-store', {
      amount: 1234,
      capture: true,
      card: { track: '4444333322221111=3012101000001' },
    });
    expect(swiped.body).toMatchObject({ status: 'captured', card: { masked: '444433******1111' } });

    // Stop this gateway and start a new one on the same SQLite file.
    await h.stop();
    const before = h.url;
    await h.start();
    expect(h.url).not.toBe(before);
    const read = await h.api('GET', `/v1/merchants/tsys-store/payments/${sale.body.id}`);
    expect(read.body).toMatchObject({ id: sale.body.id, status: 'captured', capturedAmount: 4321 });

    const batchesBefore = h.sim.tsys!.batches.length;
    const close = await h.api('POST', '/v1/merchants/tsys-store/settlement/close', {});
    expect(close.status).toBe(200);
    expect(close.body.status).toBe('accepted');
    expect(h.sim.tsys!.batches.length).toBe(batchesBefore + 1);
    const accepted = h.sim.tsys!.batches.at(-1)!;
    expect(accepted.batchNumber).toBe(close.body.batch.batchNumber);
    // The first test's capture (2000) and credit (500), this sale and the swiped sale.
    expect(close.body.batch.transactionIds).toEqual(expect.arrayContaining([sale.body.id, swiped.body.id]));
    expect(accepted.batchNetDeposit).toBe(2000 - 500 + 4321 + 1234);
    expect(accepted.batchRecordCount).toBe(close.body.batch.transactionIds.length + 3);

    const settled = await h.api('GET', `/v1/merchants/tsys-store/payments/${sale.body.id}`);
    expect(settled.body).toMatchObject({ status: 'settled', batchId: close.body.batch.id });
    const stored = await h.gateway.store.getTransaction('tsys-store', sale.body.id);
    expect(stored?.cardSecret).toBeNull();
    const batch = await h.api('GET', `/v1/merchants/tsys-store/batches/${close.body.batch.id}`);
    expect(batch.body).toMatchObject({ status: 'closed', result: { status: 'accepted' } });

    const empty = await h.api('POST', '/v1/merchants/tsys-store/settlement/close', {});
    expect(empty.body.status).toBe('empty');
  });
});

describe('TSYS settlement answer lost', () => {
  it('resends the same batch number on the next close and takes QD as settled', async () => {
    const sale = await pay('tsys-store', { amount: 2222, capture: true, card: KEYED_VISA });
    h.sim.faults.add('tsys', { mode: 'drop', match: (r) => r.kind === 'tsys-settlement' });
    const lost = await h.api('POST', '/v1/merchants/tsys-store/settlement/close', {});
    expect(lost.status).toBe(502);
    expect(lost.body.error).toMatchObject({ name: 'PROCESSOR_OUTCOME_UNKNOWN', outcome: 'unknown' });
    const held = await h.api('GET', `/v1/merchants/tsys-store/payments/${sale.body.id}`);
    expect(held.body.status).toBe('captured');
    expect(held.body.batchId).not.toBeNull();
    // A void now would race the batch: refused.
    const voidNow = await h.api('POST', `/v1/merchants/tsys-store/payments/${sale.body.id}/void`);
    expect(voidNow.status).toBe(409);

    const again = await h.api('POST', '/v1/merchants/tsys-store/settlement/close', {});
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('duplicate'); // the host had it: QD, not a second deposit
    expect(again.body.batch.id).toBe(held.body.batchId);
    const accepted = h.sim.tsys!.batches.filter((b) => b.batchNumber === again.body.batch.batchNumber);
    expect(accepted).toHaveLength(1);
    const done = await h.api('GET', `/v1/merchants/tsys-store/payments/${sale.body.id}`);
    expect(done.body.status).toBe('settled');
  });
});

describe('Paymentech', () => {
  it('authorizes, captures, refunds and voids through NetConnect', async () => {
    const card = { ...KEYED_VISA, cvv: '123' };
    const auth = await pay('paymentech-shop', { amount: 1500, card, avs: { zip: '90210' } });
    expect(auth.status).toBe(201);
    expect(auth.body).toMatchObject({ processor: 'paymentech', status: 'authorized', approved: true });
    const cap = await h.api('POST', `/v1/merchants/paymentech-shop/payments/${auth.body.id}/capture`, {});
    expect(cap.body).toMatchObject({ status: 'captured', capturedAmount: 1500 });
    const host = h.sim.paymentech!.state.transactions();
    expect(host.find((t) => t.retrievalNumber === auth.body.processorReference)?.state).toBe('captured');

    const refund = await h.api('POST', `/v1/merchants/paymentech-shop/payments/${auth.body.id}/refund`, {
      amount: 700,
    });
    expect(refund.status).toBe(201);
    expect(h.sim.paymentech!.state.transactions().filter((t) => t.kind === 'refund')).toHaveLength(1);

    const sale = await pay('paymentech-shop', { amount: 990, capture: true, card });
    const voided = await h.api('POST', `/v1/merchants/paymentech-shop/payments/${sale.body.id}/void`);
    expect(voided.body.status).toBe('voided');
    expect(h.sim.paymentech!.state.transaction(sale.body.processorReference)?.state).toBe('voided');

    const declined = await pay('paymentech-shop', { amount: 205, card });
    expect(declined.body).toMatchObject({ status: 'declined', approved: false, responseCode: '205' });

    const close = await h.api('POST', '/v1/merchants/paymentech-shop/settlement/close', {});
    expect(close.status).toBe(422);
    expect(close.body.error.name).toBe('NOT_SUPPORTED');
  });
});

describe('TrustCommerce', () => {
  it('preauth, postauth, credit, and a void of an open preauth', async () => {
    const auth = await pay('tc-shop', { amount: 1200, card: KEYED_VISA });
    expect(auth.body).toMatchObject({ processor: 'trustcommerce', status: 'authorized' });
    const cap = await h.api('POST', `/v1/merchants/tc-shop/payments/${auth.body.id}/capture`, {
      amount: 1000,
    });
    expect(cap.body).toMatchObject({ status: 'captured', capturedAmount: 1000 });
    const refund = await h.api('POST', `/v1/merchants/tc-shop/payments/${auth.body.id}/refund`, {
      amount: 400,
    });
    expect(refund.status).toBe(201);
    const txs = h.sim.trustcommerce!.state.transactions();
    expect(txs.filter((t) => t.action === 'postauth' && t.amount === 1000)).toHaveLength(1);
    expect(txs.filter((t) => t.action === 'credit' && t.amount === 400)).toHaveLength(1);
    // No card data kept for TrustCommerce: follow-ups go by transid.
    expect((await h.gateway.store.getTransaction('tc-shop', auth.body.id))?.cardSecret).toBeNull();

    const open = await pay('tc-shop', { amount: 800, card: KEYED_VISA });
    const sent = h.sim.trustcommerce!.state.transactions().length;
    const voided = await h.api('POST', `/v1/merchants/tc-shop/payments/${open.body.id}/void`);
    expect(voided.body.status).toBe('voided');
    expect(h.sim.trustcommerce!.state.transactions().length).toBe(sent); // nothing on the wire
  });
});

describe('gift cards', () => {
  it('activates, checks the balance, redeems partially, reloads and voids', async () => {
    const card = { number: DATAWIRE_TEST_CARDS.inactive.cardNumber, scv: DATAWIRE_TEST_CARDS.inactive.scv };
    const ledger = h.sim.datawire!.ledger;
    const act = await h.api('POST', '/v1/merchants/tsys-store/gift/activate', { card, amount: 5000 });
    expect(act.status).toBe(201);
    expect(act.body).toMatchObject({ processor: 'gift', status: 'approved', balance: 5000 });
    expect(ledger.balance(card.number)).toBe(5000);

    const bal = await h.api('POST', '/v1/merchants/tsys-store/gift/balance', { card });
    expect(bal.body).toMatchObject({ approved: true, balance: 5000 });

    const redeem = await h.api('POST', '/v1/merchants/tsys-store/gift/redeem', {
      card,
      amount: 7000,
      partial: true,
    });
    expect(redeem.body).toMatchObject({ status: 'approved', approvedAmount: 5000, balance: 0 });

    const reload = await h.api('POST', '/v1/merchants/tsys-store/gift/reload', { card, amount: 2500 });
    expect(reload.body).toMatchObject({ status: 'approved', balance: 2500 });
    expect(ledger.balance(card.number)).toBe(2500);

    const wrongCard = await h.api('POST', `/v1/merchants/tsys-store/gift/${reload.body.id}/void`, {
      card: { number: DATAWIRE_TEST_CARDS.active.cardNumber },
    });
    expect(wrongCard.status).toBe(422);
    const voided = await h.api('POST', `/v1/merchants/tsys-store/gift/${reload.body.id}/void`, { card });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: 'voided', balance: 0 });
    expect(ledger.balance(card.number)).toBe(0);
  });
});

describe('idempotency keys', () => {
  it('answers a retry from the store: one charge at the processor', async () => {
    const body = { amount: 3100, capture: true, card: KEYED_VISA };
    const key = { 'idempotency-key': 'order-3100' };
    const count = () => h.sim.paymentech!.state.transactions().filter((t) => t.amount === 3100).length;
    const first = await pay('paymentech-shop', body, key);
    const retry = await pay('paymentech-shop', body, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(count()).toBe(1);
    expect(
      h.sim.log.forHost('paymentech').filter((e) => e.request.includes('3100') || e.request.includes('31.00'))
        .length,
    ).toBeLessThanOrEqual(1);

    // Same key, other body: 422, and still one charge.
    const other = await pay('paymentech-shop', { ...body, amount: 3200 }, key);
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 805, name: 'IDEMPOTENCY_KEY_REUSED' });
    expect(h.sim.paymentech!.state.transactions().filter((t) => t.amount === 3200)).toHaveLength(0);
  });

  it('makes a concurrent duplicate wait for the first answer', async () => {
    h.sim.faults.add('paymentech', { mode: 'delay', delayMs: 400 });
    const body = { amount: 3300, capture: true, card: KEYED_VISA };
    const key = { 'idempotency-key': 'order-3300' };
    const [a, b] = await Promise.all([pay('paymentech-shop', body, key), pay('paymentech-shop', body, key)]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.id).toBe(b.body.id);
    const replayed = [a, b].map((r) => r.headers.get('idempotent-replayed'));
    expect(replayed.filter((x) => x === 'true')).toHaveLength(1);
    expect(replayed.filter((x) => x === null)).toHaveLength(1);
    expect(h.sim.paymentech!.state.transactions().filter((t) => t.amount === 3300)).toHaveLength(1);
  });

  it('keeps an unknown outcome: the retry gets the stored 502 and nothing is sent again', async () => {
    h.sim.faults.add('trustcommerce', { mode: 'drop' });
    const body = { amount: 3400, capture: true, card: KEYED_VISA };
    const key = { 'idempotency-key': 'order-3400' };
    const first = await pay('tc-shop', body, key);
    expect(first.status).toBe(502);
    expect(first.body.error).toMatchObject({ name: 'PROCESSOR_OUTCOME_UNKNOWN', outcome: 'unknown' });
    expect(first.body.error.upstream.family).toBe('tclink');
    const n = h.sim.trustcommerce!.state.transactions().length;
    const retry = await pay('tc-shop', body, key);
    expect(retry.status).toBe(502);
    expect(retry.body).toEqual(first.body);
    expect(h.sim.trustcommerce!.state.transactions().length).toBe(n);
  });
});

describe('errors and card data', () => {
  it('answers JSON errors with the paywire code and name', async () => {
    const unknown = await h.api('POST', '/v1/merchants/nobody/payments', { amount: 1, card: KEYED_VISA });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 801, name: 'UNKNOWN_MERCHANT', family: 'gateway' });

    const noAuth = await h.api(
      'POST',
      '/v1/merchants/tsys-store/payments',
      { amount: 1, card: KEYED_VISA },
      {
        authorization: 'Bearer wrong-key-0000000000',
      },
    );
    expect(noAuth.status).toBe(401);
    expect(noAuth.body.error.name).toBe('UNAUTHORIZED');

    const bad = await pay('tsys-store', { amount: -5, card: KEYED_VISA });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 705, name: 'INVALID_ARGUMENT' });

    const luhn = await pay('tsys-store', {
      amount: 100,
      card: { ...KEYED_VISA, number: '4111111111111112' },
    });
    expect(luhn.status).toBe(400);
    expect(luhn.body.error).toMatchObject({ code: 504, name: 'LUHN_CHECK_FAILED' });
    expect(luhn.text).not.toContain('4111111111111112');

    const missing = await h.api('GET', '/v1/merchants/tsys-store/payments/txn_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.name).toBe('TRANSACTION_NOT_FOUND');
  });

  it('never shows a PAN, CVV or track in answers, logs or the database file', async () => {
    const secrets = [
      '4111111111111111',
      '4444333322221111',
      '=3012101000001',
      DATAWIRE_TEST_CARDS.inactive.cardNumber,
    ];
    const everything = h.responses.join('\n') + h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(10);
    for (const s of secrets) expect(everything).not.toContain(s);
    expect(everything).toContain('411111******1111');
    const file = readFileSync(h.dbFile).toString('latin1');
    for (const s of secrets) expect(file).not.toContain(s);
    expect(file).not.toContain('"cvv"');
    // The stored PAN opens with the key (and only with it) for a transaction still open.
    const store = await openSqliteStore({ file: h.dbFile });
    try {
      const open = (await store.listTransactions('paymentech-shop', { statuses: ['captured'] })).find(
        (t) => t.cardSecret !== null,
      );
      expect(open?.cardSecret).toMatch(/^v1\./);
    } finally {
      await store.close();
    }
  });
});
