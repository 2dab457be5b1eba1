import { isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildBatch,
  computeTotals,
  type DetailRecord,
  decodeBatch,
  decodeBatchResponse,
  detailRecordFromJSON,
  detailRecordToJSON,
  encodeBatch,
  kindsForTest,
  offlineCredit,
  redactBatch,
  type SettlementBatch,
  traceBatch,
  validateBatch,
  voidDetail,
} from './exports.js';
import { ascii, header, PAN, parameter, sale, splitFrames } from './helpers.js';

function details(n: number): DetailRecord[] {
  const out: DetailRecord[] = [];
  for (let i = 0; i < n; i++) out.push(sale(100 + i, i + 1));
  return out;
}

describe('batch totals (§4.40-§4.43)', () => {
  it('details given without a type are copies with type "detail" last; the input stays untouched', () => {
    const input = sale(1500) as unknown as Record<string, unknown>;
    delete input.type;
    const before = { ...input };
    const b = buildBatch({ header, parameter, records: [input as never] });
    const detail = b.records[2]!;
    expect(detail).not.toBe(input);
    expect(Object.keys(detail)).toEqual([...Object.keys(before), 'type']);
    expect(detail).toEqual({ ...before, type: 'detail' });
    expect(input).toEqual(before);
  });
  it('1 detail: 4 records, hashing = net = the amount', () => {
    const b = buildBatch({ header, parameter, records: [sale(1500)] });
    expect(b.records.at(-1)).toMatchObject({
      batchRecordCount: 4,
      batchHashingTotal: 1500,
      cashBackTotal: 0,
      batchNetDeposit: 1500,
    });
  });
  it('2 details, a sale and a credit: hashing adds both, net deposit subtracts the credit', () => {
    const credit = offlineCredit({
      cardholderAccountNumber: PAN,
      settlementAmount: 3476,
      localTransactionDate: '0605',
      localTransactionTime: '124555',
      transactionSequenceNumber: 2,
      cardholderIdentificationCode: '@',
      accountDataSource: 'D',
    });
    const b = buildBatch({
      header,
      parameter,
      records: [sale(5555, 1, { groups: { cashBack: { cashBackAmount: 2000 } } }), credit],
    });
    expect(b.records.at(-1)).toMatchObject({
      batchRecordCount: 5,
      batchHashingTotal: 5555 + 3476,
      cashBackTotal: 2000,
      batchNetDeposit: 5555 - 3476,
    });
    const frames = splitFrames(encodeBatch(b));
    expect(frames.at(-1)!.text.slice(16, 25)).toBe('000000005');
    expect(frames.at(-1)!.text.slice(25, 41)).toBe(String(9031).padStart(16, '0'));
    expect(frames.at(-1)!.text.slice(57, 73)).toBe(String(2079).padStart(16, '0'));
  });
  it('net deposit is an absolute value and leaves voids out; hashing keeps them', () => {
    const b = buildBatch({
      header,
      parameter,
      records: [
        sale(100),
        voidDetail(sale(700, 2)),
        offlineCredit({
          cardholderAccountNumber: PAN,
          settlementAmount: 400,
          localTransactionDate: '0605',
          localTransactionTime: '124555',
          transactionSequenceNumber: 3,
          cardholderIdentificationCode: '@',
          accountDataSource: 'D',
        }),
      ],
    });
    expect(computeTotals(b.records)).toEqual({
      batchRecordCount: 6,
      batchHashingTotal: 1200,
      cashBackTotal: 0,
      batchNetDeposit: 300,
    });
  });
  it('1,000 details encode, decode and add up', () => {
    const recs = details(1000);
    const b = buildBatch({ header, parameter, records: recs });
    const bytes = encodeBatch(b);
    const back = decodeBatch(bytes);
    let sum = 0;
    for (let i = 0; i < 1000; i++) sum += 100 + i;
    expect(b.records.at(-1)).toMatchObject({
      batchRecordCount: 1003,
      batchHashingTotal: sum,
      batchNetDeposit: sum,
    });
    expect(back).toEqual(b);
    expect(splitFrames(bytes)).toHaveLength(1003);
  });
});

describe('blocking (§4.47)', () => {
  it('packs up to three records per frame, header alone, 2nd/3rd records without K<app>.', () => {
    const b = buildBatch({ header, parameter, records: details(5), blocking: true });
    expect(b.records[0]).toMatchObject({ blockingIndicator: '2' });
    expect(b.blocks).toEqual([1, 3, 3, 1]);
    const bytes = encodeBatch(b);
    const frames = splitFrames(bytes);
    expect(frames).toHaveLength(4);
    expect(frames[1]!.text.startsWith('K1.ZP@@@@')).toBe(true);
    expect(frames[1]!.text.slice(78, 82)).toBe('ZD@@');
    for (const f of frames) expect(f.text.length + 3).toBeLessThanOrEqual(640);
    expect(decodeBatch(bytes)).toEqual(b);
  });
});

describe('bad batches are refused before sending, naming record and field', () => {
  const good = () => buildBatch({ header, parameter, records: [sale(1500), sale(200, 2)] });
  const refuse = (b: SettlementBatch, field: string | RegExp) => {
    try {
      encodeBatch(b);
    } catch (e) {
      expect(isPaywireError(e)).toBe(true);
      expect((e as { field: string }).field).toMatch(field);
      return;
    }
    throw new Error('batch accepted');
  };
  it('wrong totals', () => {
    const b = good();
    (b.records.at(-1) as { batchHashingTotal: number }).batchHashingTotal += 1;
    refuse(b, 'records.4.batchHashingTotal');
  });
  it('missing trailer, wrong order', () => {
    const b = good();
    b.records.pop();
    refuse(b, 'records.3.type');
    const c = good();
    [c.records[0], c.records[1]] = [c.records[1]!, c.records[0]!];
    refuse(c, 'records.0.type');
  });
  it('batch number 000, blocking indicator 1, trailer batch number differs', () => {
    expect(() => buildBatch({ header: { ...header, batchNumber: '000' }, parameter, records: [] })).toThrow(
      /batchNumber/,
    );
    const b = good();
    (b.records[0] as { blockingIndicator: string }).blockingIndicator = '1';
    refuse(b, 'records.0.blockingIndicator');
    const c = good();
    (c.records.at(-1) as { batchNumber: string }).batchNumber = '002';
    refuse(c, 'records.4.batchNumber');
  });
  it('a detail with groups its industry does not allow, or that Table 3.9 forbids together', () => {
    const hotel = { totalAuthorizedAmount: 1, checkInDate: '160301', marketSpecificDataIndicator: 'H' };
    expect(() => buildBatch({ header, parameter, records: [sale(1, 1, { groups: { hotel } })] })).toThrow(
      /records\.2\.groups\.hotel/,
    );
    expect(() =>
      buildBatch({
        header,
        parameter,
        records: [
          sale(1, 1, { groups: { cashBack: { cashBackAmount: 1 }, restaurant: { gratuityAmount: 1 } } }),
        ],
      }),
    ).toThrow(/group 1 may not be combined with group 2/);
  });
  it('a field error inside a detail names the record index and the field', () => {
    const b = good();
    (b.records[3] as DetailRecord).localTransactionTime = '250000';
    refuse(b, 'records.3.localTransactionTime');
  });
  it('addenda without their detail and line item counts that do not match', () => {
    const b = good();
    b.records.splice(2, 0, { type: 'canadian-tax', taxAmount: 1 });
    refuse(b, /records\.2/);
  });
});

describe('decoding errors report record index, field and offset; only paywire errors', () => {
  it('points at a bad byte inside the third record', () => {
    const bytes = encodeBatch(buildBatch({ header, parameter, records: [sale(1500)] }));
    const frames = splitFrames(bytes);
    const detailStart = frames[0]!.text.length + 3 + frames[1]!.text.length + 3;
    const amountAt = detailStart + 1 + 84; // settlement amount, byte 85 of the record
    const bad = bytes.slice();
    bad[amountAt] = 0x41; // 'A'
    // fix the LRC so the field check is what fails
    const etbAt = detailStart + 1 + frames[2]!.text.length;
    bad[etbAt + 1] = bad[etbAt + 1]! ^ 0x41 ^ bytes[amountAt]!;
    try {
      decodeBatch(bad);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toMatchObject({
        code: 502,
        field: 'records.2.settlementAmount',
        offset: amountAt,
        family: 'tsys',
      });
      expect(String((e as Error).message)).not.toContain(PAN);
    }
  });
  it('a flipped LRC is 518 at the LRC offset', () => {
    const bytes = encodeBatch(buildBatch({ header, parameter, records: [sale(1500)] }));
    const bad = bytes.slice();
    bad[bad.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    expect(() => decodeBatch(bad)).toThrow(expect.objectContaining({ code: 518, offset: bad.length - 1 }));
  });
  it('random bytes and mutated batches: a value or a paywire error, never anything else', () => {
    const valid = encodeBatch(
      buildBatch({
        header,
        parameter,
        records: [
          sale(1500),
          sale(20, 2, {
            groups: {
              detailExtension: { items: [{ tag: 'IIA', value: '1' }] },
              posDataCode: { posDataCode: 'C01101654110' },
            },
          }),
        ],
      }),
    );
    const check = (b: Uint8Array) => {
      for (const f of [() => decodeBatch(b), () => decodeBatchResponse(b), () => traceBatch(b)]) {
        try {
          f();
        } catch (e) {
          if (!isPaywireError(e)) throw e;
          expect(String((e as Error).message)).not.toContain(PAN);
        }
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => check(b)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          const b = valid.slice();
          for (const [i, v] of edits) b[i] = v;
          check(b);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(valid.length), (cut) => check(valid.subarray(0, cut))),
      { numRuns: 100 },
    );
  });
  it('random valid details round trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.stringMatching(/^[0-9]{13,19}$/),
        fc.option(fc.integer({ min: 0, max: 99999 }), { nil: undefined }),
        (amount, seq, pan, tip) => {
          const d = sale(amount, seq, {
            cardholderAccountNumber: pan,
            ...(tip === undefined ? {} : { groups: { restaurant: { gratuityAmount: tip } } }),
          });
          const b = buildBatch({ header, parameter, records: [d] });
          expect(decodeBatch(encodeBatch(b))).toEqual(b);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('card data masking', () => {
  it('traces, redacted batches and the kinds never show the PAN', () => {
    const bytes = encodeBatch(
      buildBatch({
        header: { ...header, groups: { gen2Authentication: { genKey: 'ABCDEF0123456789ABCDEF01' } } },
        parameter,
        records: [sale(1500)],
      }),
    );
    const { entries, value } = traceBatch(bytes);
    const traced = JSON.stringify(entries);
    expect(traced).not.toContain(PAN);
    expect(traced).toContain('444433******1111');
    const red = JSON.stringify(redactBatch(value));
    expect(red).not.toContain(PAN);
    expect(red).not.toContain('ABCDEF0123456789ABCDEF01');
    const kind = kindsForTest.find((k) => k.name === 'tsys-settlement-request')!;
    expect(kind.detect?.(bytes)).toBeGreaterThan(0.5);
    expect(ascii(kind.encode(kind.decode(bytes)))).toBe(ascii(bytes));
    expect(JSON.stringify(kind.trace(bytes).entries)).not.toContain(PAN);
    expect(JSON.stringify(kind.redact(kind.decode(bytes)))).not.toContain(PAN);
  });
  it('encode errors mask the PAN', () => {
    try {
      encodeBatch(
        buildBatch({ header, parameter, records: [sale(1, 1, { cardholderAccountNumber: `${PAN}\u0001` })] }),
      );
      throw new Error('accepted');
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain(PAN);
      expect((e as Error).message).not.toContain(PAN);
    }
  });
});

describe('versioned JSON form of a detail record', () => {
  it('round trips and validates on read', () => {
    const d = sale(1234, 9, { groups: { restaurant: { gratuityAmount: 200 } } });
    const json = detailRecordToJSON(d);
    expect(JSON.parse(json)).toMatchObject({ format: 'paywire/tsys-detail-record', version: 1 });
    expect(detailRecordFromJSON(json)).toEqual(d);
    const env = JSON.parse(json);
    expect(() => detailRecordFromJSON({ ...env, version: 2 })).toThrow(
      expect.objectContaining({ code: 704, field: 'version' }),
    );
    expect(() => detailRecordFromJSON({ ...env, record: { ...env.record, surprise: 1 } })).toThrow(
      expect.objectContaining({ field: 'record.surprise' }),
    );
    expect(() =>
      detailRecordFromJSON({ ...env, record: { ...env.record, localTransactionDate: '9999' } }),
    ).toThrow(expect.objectContaining({ field: 'record.localTransactionDate' }));
    expect(() => detailRecordFromJSON({ ...env, record: { ...env.record, groups: { nope: {} } } })).toThrow(
      expect.objectContaining({ field: 'record.groups.nope' }),
    );
    expect(() => detailRecordFromJSON('{')).toThrow(expect.objectContaining({ code: 502 }));
  });
});

it('validateBatch accepts what buildBatch built', () => {
  expect(() => validateBatch(buildBatch({ header, parameter, records: details(2) }))).not.toThrow();
});
