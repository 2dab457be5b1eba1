// Shared set-up of the end-to-end tests: the simulated TSYS host on loopback (real TLS, test CA).
import { type Simulators, startSimulators } from '@paywire/simulator';
import { createTsysClient, type PacketEvent, type TsysClient, type TsysClientOptions } from '../src/index.js';

export const FIXED_NOW = new Date(Date.UTC(2026, 5, 17, 12, 45, 55));

export const merchant = {
  acquirerBin: '999995',
  merchantNumber: '999999999911',
  storeNumber: '0011',
  terminalNumber: '9911',
  merchantCategoryCode: '5999',
  name: 'PAYWIRE TEST STORE',
  city: 'TEMPE',
  state: 'AZ',
  zip: '85284',
  developerId: '000136',
  applicationId: 'B248',
} as const;

/** The seed's TSYSHealthCare merchant (Beverly Hills). */
export const seedMerchant = {
  acquirerBin: '999995',
  merchantNumber: '123456789012',
  storeNumber: '5999',
  terminalNumber: '1515',
  merchantCategoryCode: '5999',
  name: 'test merchant',
  city: 'Beverly Hills',
  state: 'CA',
  zip: '90210',
  developerId: '000136',
  applicationId: 'B248',
} as const;

export const TRACK1 = '%B4444333322221111^SMITH/JOHN J ^031210100000033301000000008000000?';
export const TRACK2 = '4788250000028291=05121015432112345678';
export const KEYED = { pan: '4111111111111111', expMonth: 12, expYear: 2030 } as const;

export type Sim = Simulators & { tsys: NonNullable<Simulators['tsys']> };

export async function startTsys(options: Record<string, unknown> = {}): Promise<Sim> {
  const sim = await startSimulators({
    hosts: ['tsys'],
    hostOptions: { tsys: { now: () => FIXED_NOW, ...options } },
  });
  if (!sim.tsys) throw new Error('tsys host did not start');
  return sim as Sim;
}

export interface Recorder {
  out: PacketEvent[];
  in: PacketEvent[];
}

export function socketClient(
  sim: Sim,
  applicationType: 0 | 2 | 4,
  extra: Partial<TsysClientOptions> = {},
  rec?: Recorder,
): TsysClient {
  return createTsysClient({
    transport: {
      kind: 'socket',
      host: sim.tsys.socket.host,
      port: sim.tsys.socket.port,
      ca: sim.ca,
      servername: 'localhost',
      connectTimeoutMs: 2000,
    },
    merchant,
    applicationType,
    timeouts: { responseMs: 1500, settlementMs: 2000 },
    ...(rec ? { hooks: { onPacketOut: (e) => rec.out.push(e), onPacketIn: (e) => rec.in.push(e) } } : {}),
    ...extra,
  });
}

export function httpsClient(sim: Sim, extra: Partial<TsysClientOptions> = {}, rec?: Recorder): TsysClient {
  return createTsysClient({
    transport: {
      kind: 'https',
      url: sim.tsys.gateway.url,
      ca: sim.ca,
      servername: 'localhost',
      connectTimeoutMs: 2000,
    },
    merchant,
    timeouts: { responseMs: 1500, settlementMs: 2000 },
    ...(rec ? { hooks: { onPacketOut: (e) => rec.out.push(e), onPacketIn: (e) => rec.in.push(e) } } : {}),
    ...extra,
  });
}

/** Log entries of the simulated host for authorization requests (one per request it received). */
export function authLog(sim: Sim) {
  return sim.log.entries.filter((e) => e.host === 'tsys' && /^[DTWXYZ]\d seq/.test(e.request));
}
