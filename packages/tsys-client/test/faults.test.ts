// Every fault mode of the simulated host against the client: the right error, the request sent
// once, and the TSYS recovery (repeat with the "Repeat" transaction code, then reversal) where the
// outcome is unknown and the client is configured to recover.
import type { FaultMode } from '@paywire/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTsysClientError, type TsysClientError } from '../src/index.js';
import { httpsClient, type Sim, socketClient, startTsys, TRACK2 } from './helpers.js';
import { batch } from './settlement-fixture.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startTsys();
});
afterAll(async () => {
  await sim.close();
});

/** Transaction codes of the authorization requests the host received since `from`, in order. */
function codesSince(from: number): string[] {
  return sim.log.entries
    .slice(from)
    .map((e) => /^[DT]\d seq \d{4} tc (\S\S) /.exec(e.request)?.[1])
    .filter((c): c is string => c !== undefined);
}

const purchaseOnly = (r: { operation?: string }) => r.operation === '54';

const socketCases: [FaultMode, number][] = [
  ['drop', 522],
  ['delay', 523],
  ['truncate', 521],
  ['corrupt-lrc', 518],
  ['wrong-parity', 701],
  ['garbage', 519],
  ['nak', 527],
  ['disconnect-mid', 521],
];

describe('socket (application type 2) fault modes', () => {
  it.each(socketCases)('%s: error %i, outcome unknown, sent once, repeat + reversal', async (mode, code) => {
    const client = socketClient(sim, 2, { onUnknownOutcome: 'reverse' });
    const from = sim.log.entries.length;
    sim.faults.add('tsys', { mode, match: purchaseOnly, delayMs: 1000 });
    try {
      const err = (await client
        .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2500 }, { timeoutMs: 400 })
        .catch((e) => e)) as TsysClientError;
      expect(isTsysClientError(err)).toBe(true);
      expect(err.code).toBe(code);
      expect(err.outcome).toBe('unknown');
      expect(err.recoveryError).toBeUndefined();
      const rec = err.recoveryResult!;
      expect(rec.repeat.request.transactionCode).toBe('64');
      expect(rec.repeat.approved).toBe(true);
      expect(rec.reversal?.request.transactionCode).toBe('59');
      expect(rec.reversal?.responseCode).toBe('00');
      // the purchase once, its repeat once, the reversal once: nothing re-sent as is
      expect(codesSince(from)).toEqual(['54', '64', '59']);
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });

  it('without onUnknownOutcome the client only offers the recovery (and it runs once)', async () => {
    const client = socketClient(sim, 0);
    const from = sim.log.entries.length;
    sim.faults.add('tsys', { mode: 'drop', match: purchaseOnly });
    try {
      const err = (await client
        .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2600 })
        .catch((e) => e)) as TsysClientError;
      expect(err.outcome).toBe('unknown');
      expect(err.recoveryResult).toBeUndefined();
      expect(codesSince(from)).toEqual(['54']);
      const repeated = await err.recovery!.repeat();
      expect(repeated.request.transactionCode).toBe('64');
      await expect(err.recovery!.reverse()).rejects.toThrow(/already used/);
      expect(codesSince(from)).toEqual(['54', '64']);
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });

  it('http-5xx does not apply to the socket: the answer is normal', async () => {
    const client = socketClient(sim, 2);
    sim.faults.add('tsys', { mode: 'http-5xx', match: purchaseOnly });
    try {
      const r = await client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2700 });
      expect(r.status).toBe('approved');
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });
});

describe('interleaved (application type 4) fault modes', () => {
  it('NAK with one request outstanding fails that request (527)', async () => {
    const client = socketClient(sim, 4);
    sim.faults.add('tsys', { mode: 'nak', match: purchaseOnly });
    try {
      const err = (await client
        .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2800 })
        .catch((e) => e)) as TsysClientError;
      expect(err.code).toBe(527);
      expect(err.outcome).toBe('unknown');
      // the connection stays usable
      const ok = await client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2900 });
      expect(ok.status).toBe('approved');
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });

  it('a corrupt answer fails only the request it names; the others get theirs', async () => {
    const client = socketClient(sim, 4);
    let first = true;
    sim.faults.add('tsys', {
      mode: 'corrupt-lrc',
      match: (r) => r.operation === '54' && first && !(first = false),
    });
    try {
      const out = await Promise.all(
        [3100, 3200, 3300].map((amount) =>
          client.authorize({ kind: 'swipe', card: { track: TRACK2 }, amount }).then(
            (r) => r,
            (e) => e as TsysClientError,
          ),
        ),
      );
      const failed = out.filter((o) => o instanceof Error) as TsysClientError[];
      expect(failed).toHaveLength(1);
      expect(failed[0]?.code).toBe(518);
      expect(out.filter((o) => !(o instanceof Error))).toHaveLength(2);
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });

  it('drop fails every outstanding request with an unknown outcome', async () => {
    const client = socketClient(sim, 4);
    sim.faults.add('tsys', { mode: 'drop', match: purchaseOnly });
    try {
      const err = (await client
        .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 3400 })
        .catch((e) => e)) as TsysClientError;
      expect(err.outcome).toBe('unknown');
      expect([521, 522]).toContain(err.code);
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });
});

describe('greeting faults (before anything is sent)', () => {
  let g: Sim;
  beforeAll(async () => {
    g = await startTsys({ connectFaults: true });
  });
  afterAll(async () => {
    await g.close();
  });
  it.each(['garbage', 'nak', 'drop'] as FaultMode[])('%s instead of ENQ: not sent', async (mode) => {
    const client = socketClient(g, 0);
    g.faults.add('tsys', { mode, match: (r) => r.kind === 'tsys-connect' });
    try {
      const err = (await client
        .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 100 })
        .catch((e) => e)) as TsysClientError;
      expect(err.outcome).toBe('not-sent');
      expect(err.recovery).toBeUndefined();
      expect(g.log.entries.some((e) => /seq/.test(e.request))).toBe(false);
    } finally {
      g.faults.clear('tsys');
      await client.close();
    }
  });
});

const httpsCases: [FaultMode, number, string][] = [
  ['drop', 0, 'unknown'],
  ['delay', 523, 'unknown'],
  ['truncate', 0, 'unknown'],
  ['disconnect-mid', 0, 'unknown'],
  ['corrupt-lrc', 518, 'unknown'],
  ['wrong-parity', 701, 'unknown'],
  ['garbage', 0, 'unknown'],
  ['nak', 524, 'unknown'],
  ['http-5xx', 524, 'unknown'],
];

describe('HTTPS gateway fault modes', () => {
  it.each(httpsCases)(
    '%s: error %i, outcome %s, sent once, repeat + reversal',
    async (mode, code, outcome) => {
      const client = httpsClient(sim, { onUnknownOutcome: 'reverse' });
      const from = sim.log.entries.length;
      sim.faults.add('tsys', { mode, match: purchaseOnly, delayMs: 1000 });
      try {
        const err = (await client
          .authorize({ kind: 'swipe', card: { track: TRACK2 }, amount: 2500 }, { timeoutMs: 400 })
          .catch((e) => e)) as TsysClientError;
        expect(isTsysClientError(err)).toBe(true);
        if (code !== 0) expect(err.code).toBe(code);
        expect(err.outcome).toBe(outcome);
        if (mode === 'nak') expect(err.gatewayCode).toBe('509');
        if (mode === 'http-5xx') expect(err.httpStatus).toBe(500);
        expect(err.recoveryResult?.reversal?.responseCode).toBe('00');
        expect(codesSince(from)).toEqual(['54', '64', '59']);
      } finally {
        sim.faults.clear('tsys');
        await client.close();
      }
    },
  );
});

describe('settlement fault modes', () => {
  it('NAK after the trailer: outcome unknown; sending the same batch again answers QD', async () => {
    const client = socketClient(sim, 2);
    sim.faults.add('tsys', { mode: 'nak', match: (r) => r.kind === 'tsys-settlement' });
    try {
      const b = batch('301');
      const err = (await client.settle(b).catch((e) => e)) as TsysClientError;
      expect(err.code).toBe(527);
      expect(err.outcome).toBe('unknown');
      const again = await client.settle(b);
      expect(again.status).toBe('duplicate');
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });

  it.each(['drop', 'truncate', 'corrupt-lrc', 'wrong-parity', 'garbage'] as FaultMode[])(
    '%s on the batch answer: outcome unknown',
    async (mode) => {
      const client = socketClient(sim, 2);
      sim.faults.add('tsys', { mode, match: (r) => r.kind === 'tsys-settlement' });
      try {
        const err = (await client
          .settle(batch(String(310 + socketModes.indexOf(mode))))
          .catch((e) => e)) as TsysClientError;
        expect(isTsysClientError(err)).toBe(true);
        expect(err.outcome).toBe('unknown');
      } finally {
        sim.faults.clear('tsys');
        await client.close();
      }
    },
  );

  it('http-5xx on an HTTPS batch: outcome unknown, HTTP status kept', async () => {
    const client = httpsClient(sim);
    sim.faults.add('tsys', { mode: 'http-5xx', match: (r) => r.kind === 'tsys-settlement' });
    try {
      const err = (await client.settle(batch('320')).catch((e) => e)) as TsysClientError;
      expect(err.code).toBe(524);
      expect(err.httpStatus).toBe(500);
      expect(err.outcome).toBe('unknown');
    } finally {
      sim.faults.clear('tsys');
      await client.close();
    }
  });
});

const socketModes: FaultMode[] = ['drop', 'truncate', 'corrupt-lrc', 'wrong-parity', 'garbage'];
