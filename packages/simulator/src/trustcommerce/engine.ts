/**
 * The TrustCommerce gateway's behaviour, shared by the TCLink socket and the HTTPS endpoint:
 * validation as the gateway does it (`baddata` with `error` and `offenders`), custid/password
 * authentication, the guide's Appendix A test cards, AVS and CVV results from the test data, a
 * billing-ID vault (store, unstore, walletsale, sale by billing ID) and follow-up transactions
 * (postauth, credit, chargeback) against earlier transids.
 */

import { luhnCheck, maskAccount, maskPan, parseTrack1, parseTrack2 } from '@paywire/core';
import {
  type BadDataError,
  type NvpPair,
  type TcResponse,
  testCardOutcome,
  testCards,
  testCredentials,
  validateParams,
} from '@paywire/trustcommerce';

/** One merchant login the simulated gateway accepts. */
export interface TrustCommerceCredentials {
  custId: string;
  password: string;
}

export interface TrustCommerceEngineOptions {
  /** Logins accepted (default: the guide's public test login `TestMerchant` / `password`). */
  credentials?: readonly TrustCommerceCredentials[];
  /**
   * The account is in test mode (default true): the Appendix A cards answer as the table says
   * with or without `demo=y`. When false, only `demo=y` transactions do; live ones decline with
   * `carderror` as the guide describes.
   */
  testMode?: boolean;
  /** Clock for transaction dates and the 14-day preauth expiry (default `Date.now`). */
  now?: () => number;
  /** First three digits of every transid (default `001`). */
  transIdPrefix?: string;
  /** Wallet size in cents when a store sends `wallet=y` without `walletsize` (default 10000). */
  defaultWalletSize?: number;
}

export type TrustCommerceAction =
  | 'preauth'
  | 'sale'
  | 'postauth'
  | 'credit'
  | 'chargeback'
  | 'store'
  | 'unstore'
  | 'walletsale';

/** A transaction as the host remembers it (card data masked). */
export interface TrustCommerceTransaction {
  transId: string;
  custId: string;
  action: TrustCommerceAction;
  status: 'approved' | 'accepted' | 'decline';
  declineType?: string;
  /** Cents. */
  amount: number;
  /** Masked card number or bank account, when the transaction carried one. */
  account?: string;
  billingId?: string;
  /** For postauth, credit and chargeback: the transid they refer to. */
  refersTo?: string;
  /** Epoch milliseconds. */
  at: number;
  demo: boolean;
  /** preauth: set once a postauth captured it. */
  postauthedBy?: string;
  /** sale / postauth: cents credited back so far. */
  credited: number;
}

/** A billing ID in the vault (card data masked). */
export interface TrustCommerceVaultEntry {
  billingId: string;
  custId: string;
  media: 'cc' | 'ach';
  /** Masked card number or bank account. */
  account: string;
  exp?: string;
  name?: string;
  wallet: boolean;
  walletSize?: number;
  /** Recurring billing as stored (cycle, amount, start, payments). */
  recurring?: { cycle?: string; amount?: number; start?: string; payments?: number };
  /** Every other stored parameter (address, ship-to, ...), as sent. */
  fields: Readonly<Record<string, string>>;
}

/** Full account data, kept away from the views tests and logs get. */
interface Account {
  media: 'cc' | 'ach';
  cc?: string;
  exp?: string;
  routing?: string;
  account?: string;
}

interface VaultRecord {
  view: TrustCommerceVaultEntry;
  account: Account;
  fields: Record<string, string>;
  walletUsed: number;
}

/** What one request produced: the answer and, for a summary, the action. */
export interface EngineResult {
  response: TcResponse;
  action: string | undefined;
}

const FOURTEEN_DAYS_MS = 14 * 24 * 60 * 60 * 1000;
const BILLING_ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const VAULT_STORED = [
  'name',
  'address1',
  'address2',
  'city',
  'state',
  'zip',
  'country',
  'phone',
  'email',
  'shiptosame',
  'shipto_name',
  'shipto_address1',
  'shipto_address2',
  'shipto_city',
  'shipto_state',
  'shipto_zip',
  'shipto_country',
  'avs',
  'currency',
];

function badData(error: BadDataError, offenders: string[]): EngineResult['response'] {
  return { status: 'baddata', error, offenders };
}

/** The simulated gateway's state and rules (no I/O). */
export class TrustCommerceEngine {
  readonly #credentials: readonly TrustCommerceCredentials[];
  readonly #testMode: boolean;
  readonly #now: () => number;
  readonly #prefix: string;
  readonly #defaultWalletSize: number;
  readonly #transactions = new Map<string, TrustCommerceTransaction>();
  readonly #vault = new Map<string, VaultRecord>();
  #nextTrans = 1;
  #nextBilling = 1;

  constructor(options: TrustCommerceEngineOptions = {}) {
    this.#credentials = options.credentials ?? [testCredentials];
    this.#testMode = options.testMode ?? true;
    this.#now = options.now ?? Date.now;
    this.#prefix = options.transIdPrefix ?? '001';
    if (!/^\d{3}$/.test(this.#prefix)) throw new Error('transIdPrefix must be three digits');
    this.#defaultWalletSize = options.defaultWalletSize ?? 10_000;
  }

  /** Every transaction so far, oldest first (copies; card data masked). */
  transactions(): TrustCommerceTransaction[] {
    return [...this.#transactions.values()].map((t) => ({ ...t }));
  }

  transaction(transId: string): TrustCommerceTransaction | undefined {
    const t = this.#transactions.get(transId);
    return t ? { ...t } : undefined;
  }

  /** Every billing ID in the vault (copies; card data masked). */
  vault(): TrustCommerceVaultEntry[] {
    return [...this.#vault.values()].map((v) => structuredClone(v.view));
  }

  billingId(id: string): TrustCommerceVaultEntry | undefined {
    const v = this.#vault.get(id);
    return v ? structuredClone(v.view) : undefined;
  }

  /** Answers one request given as wire pairs (either form, already decoded). */
  process(pairs: readonly NvpPair[]): EngineResult {
    const params = new Map<string, string>();
    for (const [name, value] of pairs) if (value !== '' && !params.has(name)) params.set(name, value);
    const action = params.get('action');
    const checked = validateParams(pairs, { rejectUnknown: true });
    if (!checked.ok) return { response: badData(checked.error, checked.offenders), action };
    const custId = params.get('custid')!;
    const login = this.#credentials.find((c) => c.custId === custId && c.password === params.get('password'));
    if (!login) return { response: badData('mismatch', ['custid', 'password']), action };
    const demo = params.get('demo') === 'y';
    const ctx: RequestContext = { params, custId, demo };
    switch (action as TrustCommerceAction) {
      case 'preauth':
      case 'sale':
        return { response: this.#authorize(ctx, action as 'preauth' | 'sale'), action };
      case 'walletsale':
        return { response: this.#walletsale(ctx), action };
      case 'postauth':
        return { response: this.#postauth(ctx), action };
      case 'credit':
        return { response: this.#credit(ctx), action };
      case 'chargeback':
        return { response: this.#chargeback(ctx), action };
      case 'store':
        return { response: this.#store(ctx), action };
      case 'unstore':
        return { response: this.#unstore(ctx), action };
      default:
        return { response: badData('badformat', ['action']), action };
    }
  }

  #newTransId(): string {
    return `${this.#prefix}-${String(this.#nextTrans++).padStart(10, '0')}`;
  }

  #newBillingId(): string {
    let n = this.#nextBilling++;
    let id = '';
    for (let i = 0; i < 6; i++) {
      id = BILLING_ID_CHARS[n % BILLING_ID_CHARS.length]! + id;
      n = Math.floor(n / BILLING_ID_CHARS.length);
    }
    return id;
  }

  #record(t: Omit<TrustCommerceTransaction, 'transId' | 'at' | 'credited'>): TrustCommerceTransaction {
    const full: TrustCommerceTransaction = {
      ...t,
      transId: this.#newTransId(),
      at: this.#now(),
      credited: 0,
    };
    this.#transactions.set(full.transId, full);
    return full;
  }

  /** The account a preauth/sale charges: card, track, billing ID or ACH. */
  #accountOf(ctx: RequestContext): { account: Account; billingId?: string } | TcResponse {
    const p = ctx.params;
    const billingId = p.get('billingid');
    if (billingId !== undefined) {
      const v = this.#vault.get(billingId);
      if (!v || v.view.custId !== ctx.custId) return badData('mismatch', ['billingid']);
      return { account: v.account, billingId };
    }
    if (p.get('media') === 'ach') {
      return { account: { media: 'ach', routing: p.get('routing')!, account: p.get('account')! } };
    }
    const track1 = p.get('track1');
    const track2 = p.get('track2');
    if (!p.has('cc') && (track1 !== undefined || track2 !== undefined)) {
      const t = track1 !== undefined ? parseTrack1(track1, 'track1') : parseTrack2(track2!, 'track2');
      // tracks carry YYMM; the gateway's exp is MMYY
      const exp = t.expiry ? t.expiry.slice(2) + t.expiry.slice(0, 2) : undefined;
      return { account: { media: 'cc', cc: t.pan, ...(exp ? { exp } : {}) } };
    }
    return { account: { media: 'cc', cc: p.get('cc')!, exp: p.get('exp')! } };
  }

  /** Appendix A card outcome plus AVS and CVV, for a card charge. */
  #cardOutcome(ctx: RequestContext, account: Account, fromVault: boolean): TcResponse {
    const p = ctx.params;
    const cc = account.cc!;
    const demoOrTest = ctx.demo || this.#testMode;
    const table = testCardOutcome(cc, { demo: demoOrTest });
    let response: TcResponse;
    if (table) {
      response =
        table.status === 'approved'
          ? { status: 'approved' }
          : { status: 'decline', declineType: table.declineType };
    } else if (!luhnCheck(cc)) {
      response = { status: 'decline', declineType: 'carderror' };
    } else if (account.exp !== undefined && expired(account.exp, this.#now())) {
      response = { status: 'decline', declineType: 'expiredcard' };
    } else {
      response = { status: 'approved' };
    }
    // §VI: a card needing a voice authorization goes through with the offline code
    if (response.declineType === 'call' && p.has('offlineauthcode')) response = { status: 'approved' };
    const card = testCards.find((c) => c.cc === cc);
    // AVS, when requested (avs=y): against the Appendix A address, U for any other card
    if (p.get('avs') === 'y' || (fromVault && p.get('avs') !== 'n' && ctx.vaultAvs)) {
      const avs = avsResult(card, ctx.address ?? { address1: p.get('address1'), zip: p.get('zip') });
      if (avs) response.avs = avs;
    }
    // CVV: compared with the Appendix A value where the guide gives one
    const cvv = p.get('cvv');
    if (cvv !== undefined && card?.cvv !== undefined) {
      const match = cvv === card.cvv;
      response.cvv = match ? 'P' : 'N';
      if (!match && p.get('checkcvv') !== 'n' && response.status === 'approved') {
        response = {
          status: 'decline',
          declineType: 'cvv',
          cvv: 'N',
          ...(response.avs ? { avs: response.avs } : {}),
        };
      }
    }
    return response;
  }

  #charge(
    ctx: RequestContext,
    action: 'preauth' | 'sale' | 'walletsale' | 'store',
    account: Account,
    amount: number,
    billingId: string | undefined,
  ): TcResponse {
    let response: TcResponse;
    if (account.media === 'ach') {
      // §IX: no real-time authorization for ACH; the sale is queued
      response = { status: 'accepted' };
    } else {
      response = this.#cardOutcome(ctx, account, billingId !== undefined);
    }
    const t = this.#record({
      custId: ctx.custId,
      action,
      status: response.status as TrustCommerceTransaction['status'],
      ...(response.declineType ? { declineType: response.declineType } : {}),
      amount,
      account: account.media === 'ach' ? maskAccount(account.account!) : maskPan(account.cc!),
      ...(billingId !== undefined ? { billingId } : {}),
      demo: ctx.demo,
    });
    return { transId: t.transId, ...response };
  }

  #authorize(ctx: RequestContext, action: 'preauth' | 'sale'): TcResponse {
    const src = this.#accountOf(ctx);
    if ('status' in src) return src;
    if (src.billingId !== undefined) this.#useVaultAddress(ctx, src.billingId);
    return this.#charge(ctx, action, src.account, Number(ctx.params.get('amount')), src.billingId);
  }

  #useVaultAddress(ctx: RequestContext, billingId: string): void {
    const v = this.#vault.get(billingId)!;
    ctx.address = {
      address1: ctx.params.get('address1') ?? v.fields['address1'],
      zip: ctx.params.get('zip') ?? v.fields['zip'],
    };
    ctx.vaultAvs = v.fields['avs'] === 'y';
  }

  #walletsale(ctx: RequestContext): TcResponse {
    const billingId = ctx.params.get('billingid')!;
    const v = this.#vault.get(billingId);
    if (!v || v.view.custId !== ctx.custId || !v.view.wallet) return badData('mismatch', ['billingid']);
    const amount = Number(ctx.params.get('amount'));
    const size = v.view.walletSize ?? this.#defaultWalletSize;
    // §XIII: $0.01 up to what is left of the wallet
    if (amount > size - v.walletUsed) return badData('mismatch', ['amount']);
    this.#useVaultAddress(ctx, billingId);
    const r = this.#charge(ctx, 'walletsale', v.account, amount, billingId);
    if (r.status === 'approved') v.walletUsed += amount;
    return r;
  }

  /** The earlier transaction a postauth/credit/chargeback names, or the baddata answer. */
  #original(ctx: RequestContext): TrustCommerceTransaction | TcResponse {
    const t = this.#transactions.get(ctx.params.get('transid')!);
    if (!t || t.custId !== ctx.custId) return badData('mismatch', ['transid']);
    return t;
  }

  #postauth(ctx: RequestContext): TcResponse {
    const orig = this.#original(ctx);
    if (!isTransaction(orig)) return orig;
    if (orig.action !== 'preauth' || orig.status !== 'approved' || orig.postauthedBy !== undefined) {
      return badData('mismatch', ['transid']);
    }
    const amount = ctx.params.has('amount') ? Number(ctx.params.get('amount')) : orig.amount;
    if (amount > orig.amount) return badData('mismatch', ['amount']);
    const expired = this.#now() - orig.at > FOURTEEN_DAYS_MS;
    const t = this.#record({
      custId: ctx.custId,
      action: 'postauth',
      status: expired ? 'decline' : 'accepted',
      ...(expired ? { declineType: 'authexpired' } : {}),
      amount,
      ...(orig.account !== undefined ? { account: orig.account } : {}),
      refersTo: orig.transId,
      demo: ctx.demo,
    });
    if (expired) return { transId: t.transId, status: 'decline', declineType: 'authexpired' };
    orig.postauthedBy = t.transId;
    return { transId: t.transId, status: 'accepted' };
  }

  #credit(ctx: RequestContext): TcResponse {
    const o = this.#original(ctx);
    if (!isTransaction(o)) return o;
    const creditable =
      (o.action === 'sale' || o.action === 'walletsale' || o.action === 'postauth') &&
      (o.status === 'approved' || o.status === 'accepted');
    if (!creditable) return badData('mismatch', ['transid']);
    const left = o.amount - o.credited;
    const amount = ctx.params.has('amount') ? Number(ctx.params.get('amount')) : left;
    if (amount > left || amount === 0) return badData('mismatch', ['amount']);
    o.credited += amount;
    const t = this.#record({
      custId: ctx.custId,
      action: 'credit',
      status: 'accepted',
      amount,
      ...(o.account !== undefined ? { account: o.account } : {}),
      refersTo: o.transId,
      demo: ctx.demo,
    });
    return { transId: t.transId, status: 'accepted' };
  }

  #chargeback(ctx: RequestContext): TcResponse {
    const o = this.#original(ctx);
    if (!isTransaction(o)) return o;
    if (
      o.action === 'preauth' ||
      o.action === 'credit' ||
      o.action === 'chargeback' ||
      o.status === 'decline'
    ) {
      return badData('mismatch', ['transid']);
    }
    const t = this.#record({
      custId: ctx.custId,
      action: 'chargeback',
      status: 'accepted',
      amount: o.amount - o.credited,
      ...(o.account !== undefined ? { account: o.account } : {}),
      refersTo: o.transId,
      demo: ctx.demo,
    });
    return { transId: t.transId, status: 'accepted' };
  }

  #store(ctx: RequestContext): TcResponse {
    const p = ctx.params;
    const existingId = p.get('billingid');
    let rec: VaultRecord | undefined;
    if (existingId !== undefined) {
      rec = this.#vault.get(existingId);
      if (!rec || rec.view.custId !== ctx.custId) return badData('mismatch', ['billingid']);
    }
    const ach = p.get('media') === 'ach';
    let account: Account | undefined = rec?.account;
    if (ach && p.has('routing'))
      account = { media: 'ach', routing: p.get('routing')!, account: p.get('account')! };
    else if (!ach && p.has('cc'))
      account = { media: 'cc', cc: p.get('cc')!, exp: p.get('exp') ?? rec?.account.exp ?? '' };
    else if (!ach && p.has('exp') && account) account = { ...account, exp: p.get('exp')! };
    if (!account) return badData('missingfields', ['cc']);
    const fields: Record<string, string> = { ...(rec?.fields ?? {}) };
    for (const name of VAULT_STORED) {
      const v = p.get(name);
      if (v === undefined) continue;
      if (v === 'null') delete fields[name];
      else fields[name] = v;
    }
    // verify=y: a $1.00 preauth checks the card first (cards only, §XI)
    let verified: TcResponse | undefined;
    if (p.get('verify') === 'y' && account.media === 'cc') {
      verified = this.#charge(ctx, 'preauth', account, 100, existingId);
      if (verified.status !== 'approved') return verified;
    }
    const billingId = existingId ?? this.#newBillingId();
    const wallet = p.has('wallet') ? p.get('wallet') === 'y' : (rec?.view.wallet ?? false);
    const walletSize = p.has('walletsize') ? Number(p.get('walletsize')) : rec?.view.walletSize;
    const recurring: NonNullable<TrustCommerceVaultEntry['recurring']> = { ...(rec?.view.recurring ?? {}) };
    if (p.has('cycle')) recurring.cycle = p.get('cycle')!;
    if (p.has('amount')) recurring.amount = Number(p.get('amount'));
    if (p.has('start')) recurring.start = p.get('start')!;
    if (p.has('payments')) recurring.payments = Number(p.get('payments'));
    const view: TrustCommerceVaultEntry = {
      billingId,
      custId: ctx.custId,
      media: account.media,
      account: account.media === 'ach' ? maskAccount(account.account!) : maskPan(account.cc!),
      ...(account.exp ? { exp: account.exp } : {}),
      ...(fields['name'] !== undefined ? { name: fields['name'] } : {}),
      wallet,
      ...(walletSize !== undefined ? { walletSize } : {}),
      ...(Object.keys(recurring).length > 0 ? { recurring } : {}),
      fields: { ...fields },
    };
    const record: VaultRecord = { view, account, fields, walletUsed: rec?.walletUsed ?? 0 };
    // §XII: a recurring store without a start date (or with authnow=y) charges the first payment now
    let first: TcResponse | undefined;
    if (recurring.amount !== undefined && (p.get('authnow') === 'y' || (!p.has('start') && p.has('cycle')))) {
      first = this.#charge(ctx, 'sale', account, recurring.amount, billingId);
      if (first.status === 'decline') return first;
    }
    this.#vault.set(billingId, record);
    const status = verified || first ? (first?.status ?? 'approved') : 'accepted';
    const out: TcResponse = { status, billingId };
    const tx = first ?? verified;
    if (tx?.transId) out.transId = tx.transId;
    if (tx?.avs) out.avs = tx.avs;
    return out;
  }

  #unstore(ctx: RequestContext): TcResponse {
    const id = ctx.params.get('billingid')!;
    const v = this.#vault.get(id);
    if (!v || v.view.custId !== ctx.custId) return badData('mismatch', ['billingid']);
    this.#vault.delete(id);
    return { status: 'accepted', billingId: id };
  }
}

interface RequestContext {
  params: Map<string, string>;
  custId: string;
  demo: boolean;
  /** Address to check AVS against (request, or the vault's for a billing ID). */
  address?: { address1: string | undefined; zip: string | undefined };
  vaultAvs?: boolean;
}

function isTransaction(v: TrustCommerceTransaction | TcResponse): v is TrustCommerceTransaction {
  return 'action' in v && 'at' in v;
}

/** MMYY in the past (the card is good through the end of its month). */
function expired(exp: string, now: number): boolean {
  const month = Number(exp.slice(0, 2));
  const year = 2000 + Number(exp.slice(2));
  const d = new Date(now);
  return year < d.getUTCFullYear() || (year === d.getUTCFullYear() && month < d.getUTCMonth() + 1);
}

function normalise(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** AVS code for the address sent, against Appendix A's address for the card. */
function avsResult(
  card: (typeof testCards)[number] | undefined,
  sent: { address1: string | undefined; zip: string | undefined },
): string | undefined {
  if (!card?.address) return 'U';
  if (sent.address1 === undefined && sent.zip === undefined) return undefined;
  const street = sent.address1 !== undefined && normalise(sent.address1) === normalise(card.address.address1);
  const zip5 =
    sent.zip !== undefined && sent.zip.replace(/\D/g, '').slice(0, 5) === card.address.zip.slice(0, 5);
  const zip9 = zip5 && sent.zip!.replace(/\D/g, '').length === 9;
  if (street && zip5) return zip9 ? 'X' : 'Y';
  if (street) return 'A';
  if (zip5) return zip9 ? 'W' : 'Z';
  return 'N';
}
