// Card data never leaves the client unmasked through hooks, errors, results' JSON or console output.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TsysClientError } from '../src/index.js';
import { KEYED, type Recorder, type Sim, socketClient, startTsys, TRACK1 } from './helpers.js';
import { batch } from './settlement-fixture.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startTsys();
});
afterAll(async () => {
  await sim.close();
});

const SECRETS = ['4444333322221111', '4111111111111111', 'SMITH/JOHN', '0312101000000333', '987'];

function assertClean(text: string): void {
  for (const s of SECRETS) expect(text).not.toContain(s);
}

describe('masking', () => {
  it('packet hooks, results and errors show no card data by default', async () => {
    const rec: Recorder = { out: [], in: [] };
    const client = socketClient(sim, 2, {}, rec);
    try {
      const a = await client.authorize({
        kind: 'healthcare',
        card: { track: TRACK1 },
        amount: 1000,
        healthcare: { totalMedicalAmount: 1000 },
      });
      const k = await client.authorize({ kind: 'keyed', card: KEYED, amount: 1000, cvv: '987' });
      await client.settle(batch('401'));
      sim.faults.add('tsys', { mode: 'drop' });
      const err = (await client
        .authorize({ kind: 'keyed', card: KEYED, amount: 1100, cvv: '987' })
        .catch((e) => e)) as TsysClientError;
      const everything = [
        ...rec.out.map((e) => `${e.text} ${String.fromCharCode(...e.bytes)}`),
        ...rec.in.map((e) => e.text),
        JSON.stringify(a),
        JSON.stringify(k),
        inspect(a, { depth: 10 }),
        JSON.stringify(err),
        err.message,
        inspect(err, { depth: 5 }),
      ].join('\n');
      assertClean(everything);
      expect(rec.out.every((e) => e.masked)).toBe(true);
      // masked, yet still a well-formed frame that shows the first 6 / last 4 of the card
      expect(rec.out.find((e) => e.kind === 'auth-request' && e.text.includes('411111'))?.text).toMatch(
        /411111\*+1111/,
      );
      // the request itself stays available for reversals, out of sight
      expect(k.request.accountNumber).toBe('4111111111111111');
      expect(Object.keys(k)).not.toContain('request');
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });

  it('only the explicit option in code hands packets over in clear', async () => {
    const seen: string[] = [];
    const client = socketClient(sim, 0, {
      hooks: {
        onPacketOut: (e) => seen.push(String.fromCharCode(...e.bytes)),
        unmaskedPackets: 'include-card-data',
      },
    });
    try {
      await client.authorize({ kind: 'keyed', card: KEYED, amount: 1200 });
      expect(seen.join('')).toContain('4111111111111111');
    } finally {
      await client.close();
    }
  });

  it('a hook that throws does not change the exchange', async () => {
    const client = socketClient(sim, 0, {
      hooks: {
        onPacketOut: () => {
          throw new Error('broken logger');
        },
      },
    });
    try {
      const r = await client.authorize({ kind: 'keyed', card: KEYED, amount: 1300 });
      expect(r.approved).toBe(true);
    } finally {
      await client.close();
    }
  });
});
