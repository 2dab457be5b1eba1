// TrustCommerce over the TCLink socket: a preauth and its postauth, a sale and a credit against
// it, a card stored in the Citadel vault and charged by billing ID (walletsale), a decline, and a
// bad expiry that never leaves the client (baddata, as the gateway would answer).

import { createTcLinkClient, type TcLinkPacketEvent, type TcLinkResult } from '@paywire/tclink';
import { money, type Step, type Transcript } from '../runner.js';

export interface TrustCommerceTarget {
  transport: { kind: 'socket'; hosts: { host: string; port: number }[] } | { kind: 'https'; url: string };
  ca?: string;
  servername?: string;
  custid: string;
  password: string;
  cards: {
    approved: { cc: string; exp: string; cvv?: string };
    declined: { cc: string; exp: string };
  };
  /** `demo=y` on every request (test transactions on a live account). */
  demo?: boolean;
  timeoutMs: number;
}

function onPacket(t: Transcript) {
  return (e: TcLinkPacketEvent) =>
    t.packet(
      e.direction,
      e.direction === 'out' ? 'trustcommerce-request' : 'trustcommerce-response',
      e.bytes,
    );
}

function detail(r: TcLinkResult): string {
  const parts = [`status ${r.status}`];
  if (r.transId) parts.push(`transid ${r.transId}`);
  if (r.billingId) parts.push(`billingid ${r.billingId}`);
  if (r.declineType) parts.push(`decline ${r.declineType}`);
  if (r.error) parts.push(`error ${r.error}`);
  if (r.offenders?.length) parts.push(`offenders ${r.offenders.join(',')}`);
  if (r.avs) parts.push(`AVS ${r.avs}`);
  if (r.cvv) parts.push(`CVV ${r.cvv}`);
  if (r.origin === 'client') parts.push('refused by the client before connecting');
  return parts.join(', ');
}

export function trustcommerceSteps(
  target: TrustCommerceTarget,
  t: Transcript,
): { steps: Step[]; close(): Promise<void> } {
  const common = {
    custid: target.custid,
    password: target.password,
    ...(target.ca === undefined ? {} : { ca: target.ca }),
    ...(target.servername === undefined ? {} : { servername: target.servername }),
    timeouts: {
      connectMs: target.timeoutMs,
      totalConnectMs: target.timeoutMs * 2,
      responseMs: target.timeoutMs,
    },
    hooks: { onPacket: onPacket(t) },
    // Clear packets go only to the codec's trace, which masks cc, cvv, track and password.
    unmaskedPackets: true,
  };
  const client =
    target.transport.kind === 'socket'
      ? createTcLinkClient({ ...common, transport: 'socket', hosts: target.transport.hosts })
      : createTcLinkClient({ ...common, transport: 'https', url: target.transport.url });
  const demo = target.demo === false ? {} : { demo: true };
  const ok = target.cards.approved;
  const card = { cc: ok.cc, exp: ok.exp };
  const ids: Record<string, string> = {};
  const need = (key: string) => {
    const v = ids[key];
    if (v === undefined) throw new Error(`needs the ${key} step`);
    return v;
  };
  const step = (
    name: string,
    expect: string,
    fn: () => Promise<TcLinkResult>,
    keep?: (r: TcLinkResult) => void,
  ): Step => ({
    name,
    expect,
    async run() {
      const r = await fn();
      keep?.(r);
      return { outcome: r.status, detail: detail(r) };
    },
  });
  const steps: Step[] = [
    step(
      `preauth ${money(7500)} with AVS and CVV`,
      'approved',
      () =>
        client.send({
          action: 'preauth',
          ...demo,
          amount: 7500,
          ...card,
          ...(ok.cvv === undefined ? {} : { cvv: ok.cvv }),
          avs: true,
          address1: '123 Test St.',
          zip: '90001',
        }),
      (r) => {
        if (r.transId) ids.preauth = r.transId;
      },
    ),
    step(`postauth ${money(7000)} of the preauth (shipped less)`, 'accepted', () =>
      client.send({ action: 'postauth', ...demo, transId: need('preauth'), amount: 7000 }),
    ),
    step(
      `sale ${money(2500)}`,
      'approved',
      () => client.send({ action: 'sale', ...demo, amount: 2500, ...card }),
      (r) => {
        if (r.transId) ids.sale = r.transId;
      },
    ),
    step(`credit ${money(1000)} against the sale`, 'accepted', () =>
      client.send({ action: 'credit', ...demo, transId: need('sale'), amount: 1000 }),
    ),
    step(
      'store the card in the vault (wallet billing ID)',
      'accepted',
      () => client.send({ action: 'store', ...demo, ...card, name: 'Jane Doe', wallet: true }),
      (r) => {
        if (r.billingId) ids.store = r.billingId;
      },
    ),
    step(`walletsale ${money(1250)} by billing ID`, 'approved', () =>
      client.send({ action: 'walletsale', ...demo, billingId: need('store'), amount: 1250 }),
    ),
    step(`sale ${money(500)} on a card the issuer declines`, 'decline', () =>
      client.send({
        action: 'sale',
        ...demo,
        amount: 500,
        cc: target.cards.declined.cc,
        exp: target.cards.declined.exp,
      }),
    ),
    step(`sale ${money(500)} with an impossible expiry (13/99)`, 'baddata', () =>
      client.send({ action: 'sale', ...demo, amount: 500, cc: ok.cc, exp: '1399' }),
    ),
  ];
  return { steps, close: async () => {} };
}
