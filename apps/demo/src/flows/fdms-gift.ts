// FDMS Closed Loop Gift inside Datawire: a new terminal finds the service, registers and activates
// itself, then sells, checks, redeems, reloads, locks, cashes out and voids gift cards. The last
// step makes the host lose an answer (simulator fault) so the client sends the 0704 timeout
// reversal on its own.

import {
  createGiftClient,
  type GiftClient,
  type GiftPacket,
  type GiftResult,
  isGiftClientError,
} from '@paywire/fdms-gift-client';
import type { Simulators } from '@paywire/simulator';
import { errorText, money, type Step, type Transcript } from '../runner.js';

export interface GiftCards {
  /** A card not yet activated (sold and activated at the till). */
  inactive: string;
  /** An active card with a balance of at least 50.00. */
  active: string;
  /** An active card holding less than 8.00 (the partial redemption). */
  lowBalance: string;
}

export interface GiftTarget {
  discoveryUrl: string;
  app: string;
  merchantId: string;
  terminalId: string;
  /** A DID from an earlier registration; without it the demo registers the terminal. */
  did?: string;
  /** Field 42 POS terminal id, 4 digits. */
  posTerminalId: string;
  ca?: string;
  cards: GiftCards;
  timeoutMs: number;
  /** Present when running against the simulator: the timeout step uses its fault controller. */
  sim?: Simulators;
}

function onPacket(t: Transcript) {
  return (p: GiftPacket) => {
    if (p.direction === 'out' && p.service === 'ServiceDiscovery') {
      t.raw('out', `ServiceDiscovery GET ${p.url}`);
      return;
    }
    if (p.bytes.length === 0) {
      t.raw(p.direction, `${p.service} HTTP ${p.httpStatus ?? ''} (empty body)`);
      return;
    }
    t.packet(
      p.direction,
      p.direction === 'out' ? 'datawire-request' : 'datawire-response',
      p.bytes,
      p.service,
    );
  };
}

function outcome(r: GiftResult): string {
  return r.approved ? 'approved' : `declined ${r.responseCode}`;
}

function detail(r: GiftResult): string {
  const parts = [`${r.requestCode} ${r.requestName}`, `${r.responseCode} ${r.responseText}`];
  if (r.approvalCode) parts.push(`approval ${r.approvalCode}`);
  if (r.previousBalance !== undefined && r.newBalance !== undefined)
    parts.push(`balance ${money(r.previousBalance)} -> ${money(r.newBalance)}`);
  else if (r.newBalance !== undefined) parts.push(`balance ${money(r.newBalance)}`);
  if (r.lockAmount) parts.push(`locked ${money(r.lockAmount)}`);
  if (r.lockId) parts.push(`lock id ${r.lockId}`);
  return parts.join(', ');
}

export function giftSteps(target: GiftTarget, t: Transcript): { steps: Step[] } {
  const client: GiftClient = createGiftClient({
    discoveryUrl: target.discoveryUrl,
    app: target.app,
    ...(target.did === undefined ? {} : { did: target.did }),
    merchantId: target.merchantId,
    terminalId: target.terminalId,
    merchant: { terminalId: target.posTerminalId },
    ...(target.ca === undefined ? {} : { ca: target.ca }),
    timeouts: {
      transactionMs: target.timeoutMs,
      pingMs: target.timeoutMs,
      registrationMs: target.timeoutMs,
      discoveryMs: target.timeoutMs,
    },
    registration: { retryDelayMs: 50 },
    reversalRetryDelayMs: 50,
    hooks: {
      onPacketOut: onPacket(t),
      onPacketIn: onPacket(t),
      onEvent(e) {
        if (e.type === 'provider-selected') t.note(`providers by Ping: ${e.urls.join(', ')}`);
        else if (e.type === 'registration-retry')
          t.note(`registration answered Retry (attempt ${e.attempt})`);
        else if (e.type === 'reversal') t.note(`timeout reversal ${e.requestCode}: ${e.status}`);
      },
      // Clear packets go only to the codecs' traces, which mask card numbers, EAN, SCV and Auth.
      unmasked: true,
    },
  });
  const card = (cardNumber: string) => ({ cardNumber });
  const c = target.cards;
  let reload: GiftResult | undefined;
  let activated: GiftResult | undefined;
  const op = (name: string, fn: () => Promise<GiftResult>, expect = 'approved', out = outcome): Step => ({
    name,
    expect,
    async run() {
      const r = await fn();
      return { outcome: out(r), detail: detail(r) };
    },
  });

  const steps: Step[] = [
    {
      name: 'service discovery',
      expect: 'discovered',
      async run() {
        const urls = await client.discover();
        return {
          outcome: urls.length > 0 ? 'discovered' : 'no providers',
          detail: `${urls.length} service provider URLs`,
        };
      },
    },
  ];
  if (target.did === undefined) {
    steps.push({
      name: `registration and activation of merchant ${target.merchantId}`,
      expect: 'registered',
      async run() {
        const reg = await client.register();
        return {
          outcome: 'registered',
          detail: `DID ${reg.did} after ${reg.attempts} registration request(s), ${reg.urls.length} URLs`,
        };
      },
    });
  }
  steps.push({
    name: 'Ping every provider and rank them',
    expect: 'ranked',
    async run() {
      const ranked = await client.ping();
      return {
        outcome: ranked.length > 0 ? 'ranked' : 'no providers',
        detail: ranked.map((r) => `${r.url} ${r.score.toFixed(0)} ms`).join('; '),
      };
    },
  });
  steps.push(
    op(`activate a new card with ${money(2500)}`, async () => {
      const r = await client.activateCard({ card: card(c.inactive), amount: 2500 });
      if (r.approved) activated = r;
      return r;
    }),
    op('balance inquiry', () => client.balanceInquiry({ card: card(c.active) })),
    op(
      `partial redemption: ${money(800)} asked of a low-balance card`,
      () => client.redeemCard({ card: card(c.lowBalance), amount: 800, redemptionType: 'partial' }),
      'partial 5.00',
      (r) =>
        r.approved && r.previousBalance !== undefined && r.newBalance !== undefined
          ? r.previousBalance - r.newBalance < 800
            ? `partial ${money(r.previousBalance - r.newBalance)}`
            : 'approved in full'
          : outcome(r),
    ),
    op(`reload ${money(2000)}`, async () => {
      const r = await client.reload({ card: card(c.active), amount: 2000 });
      if (r.approved) reload = r;
      return r;
    }),
    op(`lock ${money(3000)} (pre-authorization)`, () =>
      client.lockCard({ card: card(c.active), amount: 3000 }),
    ),
    op('cash out the newly activated card', () => {
      if (!activated) throw new Error('needs the activation step');
      return client.cashOut({ card: card(c.inactive) });
    }),
    op('void of the reload', () => {
      if (!reload) throw new Error('needs the reload step');
      return client.voidTransaction({
        card: card(c.active),
        voidType: 'load',
        amount: 2000,
        ...(reload.transactionNumber === undefined ? {} : { transactionNumber: reload.transactionNumber }),
      });
    }),
  );
  const sim = target.sim;
  if (sim !== undefined) {
    steps.push({
      name: `redemption ${money(1000)} whose answer is lost (host fault return-code-205)`,
      expect: 'reversed',
      async run() {
        sim.faults.add('datawire', {
          mode: 'return-code-205',
          match: (r) => r.operation === '2202',
        });
        const before = sim.datawire?.ledger.balance(c.active);
        try {
          const r = await client.redeemCard({ card: card(c.active), amount: 1000 });
          return { outcome: `not lost: ${outcome(r)}`, detail: detail(r) };
        } catch (e) {
          if (!isGiftClientError(e)) throw e;
          const after = sim.datawire?.ledger.balance(c.active);
          const rev = e.reversal;
          return {
            outcome: rev?.status ?? `no reversal (${e.outcome})`,
            detail: `${errorText(e)}; 0704 sent ${rev?.attempts ?? 0}x, answer ${rev?.result?.responseCode ?? '-'}; balance ${money(before)} before, ${money(after)} after`,
          };
        }
      },
    });
  }
  return { steps };
}
