// Picks the targets (simulators or a --config file), runs each processor's steps in order and
// prints the summary. Resolves to the exit code.

import {
  DATAWIRE_NEW_MERCHANT,
  DATAWIRE_TEST_CARDS,
  PAYMENTECH_TEST_CREDENTIALS,
  type Simulators,
  startSimulators,
} from '@paywire/simulator';
import { type DemoConfig, loadConfig } from './config.js';
import { type GiftTarget, giftSteps } from './flows/fdms-gift.js';
import { type PaymentechTarget, paymentechSteps } from './flows/paymentech.js';
import { type TrustCommerceTarget, trustcommerceSteps } from './flows/trustcommerce.js';
import { type TsysCards, type TsysTarget, tsysSteps } from './flows/tsys.js';
import { errorText, PROCESSORS, type Processor, type Step, Transcript } from './runner.js';
import { colourWanted, makeStyle } from './style.js';

export interface RunOptions {
  only: readonly string[];
  verbose: boolean;
  config?: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** Test cards of the simulators (the public test numbers of each network). */
export const SIM_TSYS_CARDS: TsysCards = {
  retailTrack: '4012888888881881=30121011000012345678',
  keyed: { pan: '5499740000000057', expMonth: 12, expYear: 2030, cvv: '998' },
  avs: { street: '8320 Main St', zip: '85284' },
  healthcareTrack: '4055011111111111=30121011000098765432',
  creditPan: '4111111111111111',
  forcePan: '5555555555554444',
};

const SIM_TIMEOUT_MS = 3000;

function simTargets(sim: Simulators) {
  const tsys: TsysTarget | undefined = sim.tsys && {
    transport: {
      kind: 'socket',
      host: sim.tsys.socket.host,
      port: sim.tsys.socket.port,
      ca: sim.ca,
      servername: 'localhost',
      connectTimeoutMs: SIM_TIMEOUT_MS,
    },
    merchant: {
      acquirerBin: '999995',
      merchantNumber: '999999999911',
      storeNumber: '0011',
      terminalNumber: '9911',
      merchantCategoryCode: '5999',
      name: 'PAYWIRE DEMO STORE',
      city: 'TEMPE',
      state: 'AZ',
      zip: '85284',
      developerId: '000136',
      applicationId: 'B248',
    },
    cards: SIM_TSYS_CARDS,
    batchNumber: '001',
    forceApprovalCode: 'V12345',
    timeoutMs: SIM_TIMEOUT_MS,
  };
  const p = PAYMENTECH_TEST_CREDENTIALS;
  const paymentech: PaymentechTarget | undefined = sim.paymentech && {
    urls: [sim.paymentech.url],
    credentials: {
      merchant: p.merchantNumber,
      terminal: p.terminalNumber,
      user: p.userId,
      password: p.password,
      clientNumber: '0001',
    },
    ca: sim.ca,
    servername: 'localhost',
    card: { number: '4111111111111111', expMonth: 12, expYear: 2049, cvv: '123' },
    address: { street: '123 Main St', zip: '90210' },
    timeoutMs: SIM_TIMEOUT_MS,
  };
  const gift: GiftTarget | undefined = sim.datawire && {
    discoveryUrl: sim.datawire.discoveryUrl,
    app: DATAWIRE_NEW_MERCHANT.app,
    merchantId: DATAWIRE_NEW_MERCHANT.mid,
    terminalId: DATAWIRE_NEW_MERCHANT.tid,
    posTerminalId: '0001',
    ca: sim.ca,
    cards: {
      inactive: DATAWIRE_TEST_CARDS.inactive.cardNumber,
      active: DATAWIRE_TEST_CARDS.active.cardNumber,
      lowBalance: DATAWIRE_TEST_CARDS.lowBalance.cardNumber,
    },
    timeoutMs: SIM_TIMEOUT_MS,
    sim,
  };
  const tc: TrustCommerceTarget | undefined = sim.trustcommerce && {
    transport: { kind: 'socket', hosts: [sim.trustcommerce.endpoints.tclink] },
    ca: sim.ca,
    servername: 'localhost',
    custid: 'TestMerchant',
    password: 'password',
    cards: {
      approved: { cc: '4111111111111111', exp: '0412', cvv: '123' },
      declined: { cc: '4012345678909', exp: '0412' },
    },
    timeoutMs: SIM_TIMEOUT_MS,
  };
  return { tsys, paymentech, 'fdms-gift': gift, trustcommerce: tc };
}

function configTargets(c: DemoConfig) {
  const timeoutMs = c.timeoutMs ?? 30_000;
  const t = c.tsys;
  const tsys: TsysTarget | undefined = t && {
    transport:
      t.transport.kind === 'socket'
        ? {
            kind: 'socket',
            host: t.transport.host,
            port: t.transport.port,
            ...(t.ca === undefined ? {} : { ca: t.ca }),
            ...(t.transport.servername === undefined ? {} : { servername: t.transport.servername }),
          }
        : {
            kind: 'https',
            url: t.transport.url,
            ...(t.ca === undefined ? {} : { ca: t.ca }),
            ...(t.transport.servername === undefined ? {} : { servername: t.transport.servername }),
          },
    merchant: t.merchant,
    cards: { ...SIM_TSYS_CARDS, ...t.cards },
    batchNumber: t.batchNumber ?? String((dayOfYear(new Date()) % 999) + 1).padStart(3, '0'),
    forceApprovalCode: t.forceApprovalCode ?? 'V12345',
    timeoutMs,
  };
  const p = c.paymentech;
  const paymentech: PaymentechTarget | undefined = p && {
    urls: p.urls,
    credentials: p.credentials,
    ...(p.ca === undefined ? {} : { ca: p.ca }),
    ...(p.servername === undefined ? {} : { servername: p.servername }),
    card: p.card ?? { number: '4111111111111111', expMonth: 12, expYear: 2049, cvv: '123' },
    address: p.address ?? { street: '123 Main St', zip: '90210' },
    timeoutMs,
  };
  const g = c.fdmsGift;
  const gift: GiftTarget | undefined = g && {
    discoveryUrl: g.discoveryUrl,
    app: g.app,
    merchantId: g.merchantId,
    terminalId: g.terminalId,
    ...(g.did === undefined ? {} : { did: g.did }),
    posTerminalId: g.posTerminalId ?? '0001',
    ...(g.ca === undefined ? {} : { ca: g.ca }),
    cards: g.cards,
    timeoutMs,
  };
  const x = c.trustcommerce;
  const tc: TrustCommerceTarget | undefined = x && {
    transport: x.transport,
    ...(x.ca === undefined ? {} : { ca: x.ca }),
    ...(x.servername === undefined ? {} : { servername: x.servername }),
    custid: x.custid,
    password: x.password,
    cards: {
      approved: x.cards?.approved ?? { cc: '4111111111111111', exp: '0412', cvv: '123' },
      declined: x.cards?.declined ?? { cc: '4012345678909', exp: '0412' },
    },
    timeoutMs,
  };
  return { tsys, paymentech, 'fdms-gift': gift, trustcommerce: tc };
}

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000);
}

const SIM_HOST: Record<Processor, 'tsys' | 'paymentech' | 'datawire' | 'trustcommerce'> = {
  tsys: 'tsys',
  paymentech: 'paymentech',
  'fdms-gift': 'datawire',
  trustcommerce: 'trustcommerce',
};

export async function run(o: RunOptions): Promise<number> {
  const started = performance.now();
  for (const p of o.only) {
    if (!(PROCESSORS as readonly string[]).includes(p)) {
      o.stderr.write(`paywire-demo: --only ${p}: not one of ${PROCESSORS.join(', ')}\n`);
      return 2;
    }
  }
  let config: DemoConfig | undefined;
  if (o.config !== undefined) {
    try {
      config = loadConfig(o.config);
    } catch (e) {
      o.stderr.write(`paywire-demo: ${errorText(e)}\n`);
      return 2;
    }
  }
  const wanted = PROCESSORS.filter((p) => o.only.length === 0 || o.only.includes(p));
  const style = makeStyle(colourWanted(o.stdout, o.env));
  const t = new Transcript((s) => o.stdout.write(s), style, o.verbose);

  let sim: Simulators | undefined;
  let targets: ReturnType<typeof simTargets>;
  if (config === undefined) {
    sim = await startSimulators({ hosts: wanted.map((p) => SIM_HOST[p]) });
    targets = simTargets(sim);
    t.line(style.bold('paywire demo: a business day through every processor client'));
    t.line(
      style.dim(
        'hosts: the loopback simulators (@paywire/simulator) over verified TLS with their test CA; card data masked',
      ),
    );
  } else {
    targets = configTargets(config);
    t.line(style.bold('paywire demo: a business day against the hosts of the config file'));
  }

  const closers: (() => Promise<void>)[] = [];
  try {
    for (const p of wanted) {
      const target = targets[p];
      if (target === undefined) {
        if (config !== undefined && o.only.includes(p)) {
          o.stderr.write(`paywire-demo: --only ${p}, but the config file has no section for it\n`);
          return 2;
        }
        continue;
      }
      let steps: Step[];
      let where: string;
      switch (p) {
        case 'tsys': {
          const tt = target as TsysTarget;
          const flow = await tsysSteps(tt, t);
          closers.push(flow.close);
          steps = flow.steps;
          where =
            tt.transport.kind === 'socket'
              ? `TLS socket ${tt.transport.host}:${tt.transport.port}, application type 4 (interleaved)`
              : `HTTPS gateway ${tt.transport.url}`;
          break;
        }
        case 'paymentech': {
          const pt = target as PaymentechTarget;
          steps = paymentechSteps(pt, t).steps;
          where = `NetConnect ${pt.urls.join(', ')}`;
          break;
        }
        case 'fdms-gift': {
          const gt = target as GiftTarget;
          steps = giftSteps(gt, t).steps;
          where = `Datawire discovery ${gt.discoveryUrl}, merchant ${gt.merchantId}`;
          break;
        }
        case 'trustcommerce': {
          const ct = target as TrustCommerceTarget;
          const flow = trustcommerceSteps(ct, t);
          closers.push(flow.close);
          steps = flow.steps;
          where =
            ct.transport.kind === 'socket'
              ? `TCLink socket ${ct.transport.hosts.map((h) => `${h.host}:${h.port}`).join(', ')}`
              : `HTTPS ${ct.transport.url}`;
          break;
        }
      }
      t.heading(p, where);
      await t.run(p, steps);
    }
  } finally {
    await Promise.allSettled(closers.map((c) => c()));
    await sim?.close();
  }
  const ok = t.summary(performance.now() - started);
  return ok ? 0 : 1;
}
