import { ENQ, frame, fromEscaped, latin1ToBytes, NAK, toEscaped } from '@paywire/core';
import { isTransportError } from '@paywire/transport-tls';
import { decodeAuthResponse, encodeAuthRequest, responseAmounts } from '@paywire/tsys';
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulators } from '../src/index.js';
import { authorizeOver, connect, reader, startTsys, swipe, wire } from './tsys-helpers.js';

let sim: Simulators | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('TSYS socket host: link level', () => {
  it('greets every connection with ENQ (parity-clean byte 0x05)', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    expect(c.greeting).toEqual(Uint8Array.of(ENQ));
    expect(c.protocol).toMatch(/^TLSv1\.[23]$/);
    await c.close();
  });

  it('answers NAK to a frame with a bad LRC, then still answers the good resend', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const good = wire(swipe(1, 1000, '2'));
    const bad = good.slice();
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0x41; // wrong LRC (and parity kept even: 0x41 has two bits)
    const first = await c.request(bad, reader());
    expect(first).toEqual(Uint8Array.of(NAK));
    const answer = decodeAuthResponse(await c.request(good, reader()));
    expect(answer.responseCode).toBe('00');
    expect(answer.transactionSequenceNumber).toBe('0001');
    await c.close();
  });

  it('answers NAK to a frame with a parity error', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const bytes = wire(swipe(1, 1000, '2'));
    bytes[5] = bytes[5]! ^ 0x80; // one byte with odd parity
    expect(await c.request(bytes, reader())).toEqual(Uint8Array.of(NAK));
    await c.close();
  });

  it('runs without parity when told to (8-bit clean link)', async () => {
    sim = await startTsys({ parity: false });
    const c = await connect(sim, false);
    const r = await authorizeOver(c, swipe(7, 1234, '0'), false);
    expect(r.responseCode).toBe('00');
    expect(r.transactionSequenceNumber).toBe('0007');
    await c.close();
  });

  it('closes at once for an unknown acquirer BIN (no error message), as the seed describes', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const req = { ...swipe(1, 1000, '0'), acquirerBin: '000000' };
    const err = await c.request(wire(req), reader()).catch((e: unknown) => e);
    expect(isTransportError(err)).toBe(true);
    expect((err as { outcome: string }).outcome).toBe('unknown');
    expect((err as { name: string }).name).toBe('HOST_DISCONNECTED');
  });

  it('answers an undecodable record with response code 30 (message format error)', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const good = encodeAuthRequest(swipe(42, 1000, '0'));
    const text = String.fromCharCode(...good.subarray(1, good.length - 2))
      .replace('Y0042', 'Y0042')
      .slice(0, 70);
    // cut the record after the fixed part: Group I tail missing
    const broken = frame(latin1ToBytes(text), { parity: true });
    const r = decodeAuthResponse(await c.request(broken, reader()));
    expect(r.responseCode).toBe('30');
    expect(r.transactionSequenceNumber).toBe('0042');
    expect(r.storeNumber).toBe('0011');
  });
});

describe('TSYS socket host: application types', () => {
  it('type 0: one authorization, then the host closes the connection', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const r = await authorizeOver(c, swipe(1, 1000, '0'));
    expect(r.applicationType).toBe('0');
    expect(r.responseCode).toBe('00');
    const err = await c.request(wire(swipe(2, 1000, '0')), reader()).catch((e: unknown) => e);
    expect(isTransportError(err)).toBe(true);
    expect((err as { code: number }).code).toBe(522); // HOST_DISCONNECTED
  });

  it('type 2: several authorizations in turn on one connection', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    for (let seq = 1; seq <= 3; seq++) {
      const r = await authorizeOver(c, swipe(seq, 1000 * seq, '2'));
      expect(r.applicationType).toBe('2');
      expect(r.transactionSequenceNumber).toBe(String(seq).padStart(4, '0'));
      expect(r.responseCode).toBe('00');
    }
    expect(c.isClosed).toBe(false);
    await c.close();
  });

  it('type 4: several outstanding, answered out of order, matched by sequence number', async () => {
    // a wide window: on a busy machine the three writes may arrive tens of ms apart
    sim = await startTsys({ interleaveOrder: 'reverse', interleaveWindowMs: 500 });
    const c = await connect(sim);
    const amounts = new Map([
      ['0001', 1000],
      ['0002', 2005], // declines 05 (cents trigger)
      ['0003', 3051], // declines 51
    ]);
    for (const [seq, amount] of amounts) await c.write(wire(swipe(Number(seq), amount, '4')));
    const got: string[] = [];
    const codes = new Map<string, string>();
    for await (const bytes of c.messages(reader(), { deadline: Date.now() + 3000 })) {
      const r = decodeAuthResponse(bytes);
      got.push(r.transactionSequenceNumber);
      codes.set(r.transactionSequenceNumber, r.responseCode);
      if (got.length === 3) break;
    }
    expect(got).toEqual(['0003', '0002', '0001']);
    expect(codes).toEqual(
      new Map([
        ['0003', '51'],
        ['0002', '05'],
        ['0001', '00'],
      ]),
    );
    await c.close();
  });

  it('type 4 with a per-request delay: the slow one comes last', async () => {
    sim = await startTsys({
      interleaveOrder: 'arrival',
      interleaveWindowMs: 1,
      responseDelayMs: (r) => (r.transactionSequenceNumber === '0001' ? 150 : 0),
    });
    const c = await connect(sim);
    await c.write(wire(swipe(1, 1000, '4')));
    await c.write(wire(swipe(2, 1000, '4')));
    const order: string[] = [];
    for await (const bytes of c.messages(reader(), { deadline: Date.now() + 3000 })) {
      order.push(decodeAuthResponse(bytes).transactionSequenceNumber);
      if (order.length === 2) break;
    }
    expect(order).toEqual(['0002', '0001']);
    await c.close();
  });

  it('type 4 shuffle is deterministic for a seed', async () => {
    const run = async () => {
      const s = await startTsys({ interleaveOrder: 'shuffle', seed: 7 });
      const c = await connect(s);
      for (let i = 1; i <= 5; i++) await c.write(wire(swipe(i, 1000, '4')));
      const order: string[] = [];
      for await (const bytes of c.messages(reader(), { deadline: Date.now() + 3000 })) {
        order.push(decodeAuthResponse(bytes).transactionSequenceNumber);
        if (order.length === 5) break;
      }
      await c.close();
      await s.close();
      return order;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual(['0001', '0002', '0003', '0004', '0005']);
  });

  it('logs every exchange without card data', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    await authorizeOver(c, swipe(1, 1000, '0'));
    const entries = sim.log.forHost('tsys');
    expect(entries).toHaveLength(1);
    const text = JSON.stringify(entries);
    expect(text).toContain('444433******1111');
    expect(text).not.toContain('4444333322221111');
    expect(text).not.toContain('3012101000001');
    expect(toEscaped(latin1ToBytes(entries[0]!.response))).toContain('seq 0001 00');
  });
});

describe('TSYS socket host: debit', () => {
  // The public debit capture (record format T with Group II and a PIN block), sent as captured.
  const debit =
    'T2.99999588800000083559991515QR84084020165    007055999N216593KD9999999999999999=9999101000001<FS>' +
    '00000000000000004A00000000000000<FS><FS>1000<FS>0<FS><FS>CTC TESTING - RETAIL     Sterling     VA<FS><FS>' +
    '      090814173222425163142282<FS>142282 <FS>V5<FS>1234567891324<FS>000000112233207Z<FS>020000136B290<FS><FS><GS>034';

  it('answers a T request with a U record carrying Group II; the V confirmation gets no answer', async () => {
    sim = await startTsys();
    const c = await connect(sim, true, 500);
    const r = decodeAuthResponse(await c.request(frame(fromEscaped(debit), { parity: true }), reader()));
    expect(r.recordFormat).toBe('U');
    expect(r.responseCode).toBe('00');
    expect(r.transactionSequenceNumber).toBe('2165');
    expect(r.groupII?.acquirerBin).toBe('999995');
    expect(r.groupII?.systemTraceAuditNumber).toMatch(/^\d{6}$/);
    expect(r.groupIII.map((g) => g.version)).toEqual(['020', '034']);
    const confirmation = `V2.999995${r.groupII!.hostMessageIdentifier.padEnd(8)}${r.groupII!.systemTraceAuditNumber}`;
    const err = await c
      .request(frame(latin1ToBytes(confirmation), { parity: true }), reader(), { timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'NO_RESPONSE' });
    const log = sim.log.forHost('tsys');
    expect(log.at(-1)?.request).toContain('debit confirmation');
    expect(JSON.stringify(log)).not.toContain('9999999999999999');
    expect(JSON.stringify(log)).not.toContain('4A00000000000000');
  });
});

describe('TSYS socket host: Group III answers', () => {
  // The public multi-Group-III capture (tsys-wire notes §8.2): the host answered
  // 0010 020 022(four amounts echoed) 021 025 027 032 034A 040 046VISA 061.
  const request =
    'D4.99999599999999991100119911QR84084022030    007055999Y000154ZD4123459999992349=990999999999999999<FS><FS><FS>' +
    '000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>001!010<GS>020000136B248<FS><FS><GS>' +
    '02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>' +
    '000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>0211EB2C1772D<GS>025D00000150<FS><GS>027H11101C13336' +
    '<GS>032<GS>034<GS>040<GS>046<GS>061';

  it('answers the captured request with the captured set of versions', async () => {
    sim = await startTsys();
    const c = await connect(sim);
    const r = decodeAuthResponse(await c.request(frame(fromEscaped(request), { parity: true }), reader()));
    expect(r.responseCode).toBe('00');
    expect(r.groupIII.map((g) => g.version)).toEqual([
      '001',
      '020',
      '022',
      '021',
      '025',
      '027',
      '032',
      '034',
      '040',
      '046',
      '061',
    ]);
    const byVersion = new Map(r.groupIII.map((g) => [g.version, g.fields]));
    expect(byVersion.get('001')).toEqual({ commercialCardResponseIndicator: '0' });
    expect(byVersion.get('034')).toEqual({ cardProductCode: 'A ' });
    expect(byVersion.get('046')).toEqual({ cardType: 'VISA' });
    expect(responseAmounts(r).all.map((a) => a.amount)).toEqual([500, 700, 900, 1100]);
    await c.close();
  });
});
