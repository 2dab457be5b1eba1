// The --config file: the same flows pointed at certification hosts with real credentials.
// Validated field by field before anything is sent; errors name the JSON path and never echo a
// secret. The shape is documented in apps/demo/README.md.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface TsysConfig {
  transport:
    | { kind: 'socket'; host: string; port: number; servername?: string }
    | { kind: 'https'; url: string; servername?: string };
  /** PEM text of the CA, read from `caFile` (the system roots when absent). */
  ca?: string;
  merchant: {
    acquirerBin: string;
    merchantNumber: string;
    storeNumber: string;
    terminalNumber: string;
    merchantCategoryCode: string;
    name: string;
    city: string;
    state: string;
    zip: string;
    developerId: string;
    applicationId: string;
    timeZoneDifferential?: string;
  };
  cards?: {
    retailTrack?: string;
    keyed?: { pan: string; expMonth: number; expYear: number; cvv: string };
    avs?: { street: string; zip: string };
    healthcareTrack?: string;
    creditPan?: string;
    forcePan?: string;
  };
  batchNumber?: string;
  forceApprovalCode?: string;
}

export interface PaymentechConfig {
  urls: string[];
  ca?: string;
  servername?: string;
  credentials: { merchant: string; terminal: string; user: string; password: string; clientNumber?: string };
  card?: { number: string; expMonth: number; expYear: number; cvv: string };
  address?: { street: string; zip: string };
}

export interface GiftConfig {
  discoveryUrl: string;
  app: string;
  merchantId: string;
  terminalId: string;
  did?: string;
  posTerminalId?: string;
  ca?: string;
  cards: { inactive: string; active: string; lowBalance: string };
}

export interface TrustCommerceConfig {
  transport: { kind: 'socket'; hosts: { host: string; port: number }[] } | { kind: 'https'; url: string };
  ca?: string;
  servername?: string;
  custid: string;
  password: string;
  cards?: {
    approved?: { cc: string; exp: string; cvv?: string };
    declined?: { cc: string; exp: string };
  };
}

export interface DemoConfig {
  /** Milliseconds for each request (default 30 000 against real hosts). */
  timeoutMs?: number;
  tsys?: TsysConfig;
  paymentech?: PaymentechConfig;
  fdmsGift?: GiftConfig;
  trustcommerce?: TrustCommerceConfig;
}

type Obj = Record<string, unknown>;

class Reader {
  constructor(private readonly base: string) {}

  obj(v: unknown, path: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      throw new ConfigError(`${path}: must be an object`);
    return v as Obj;
  }

  only(o: Obj, path: string, keys: readonly string[]): void {
    for (const k of Object.keys(o))
      if (!keys.includes(k))
        throw new ConfigError(`${path}.${k}: unknown property (allowed: ${keys.join(', ')})`);
  }

  str(o: Obj, key: string, path: string, pattern?: RegExp, hint?: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v === '')
      throw new ConfigError(`${path}.${key}: must be a non-empty string`);
    if (pattern && !pattern.test(v))
      throw new ConfigError(`${path}.${key}: must be ${hint ?? pattern.source}`);
    return v;
  }

  optStr(o: Obj, key: string, path: string, pattern?: RegExp, hint?: string): string | undefined {
    return o[key] === undefined ? undefined : this.str(o, key, path, pattern, hint);
  }

  /** A secret: checked for presence only, never echoed. */
  secret(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v === '')
      throw new ConfigError(`${path}.${key}: must be a non-empty string`);
    return v;
  }

  int(o: Obj, key: string, path: string, min: number, max: number): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      throw new ConfigError(`${path}.${key}: must be an integer ${min}-${max}`);
    return v;
  }

  url(o: Obj, key: string, path: string): string {
    const v = this.str(o, key, path);
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      throw new ConfigError(`${path}.${key}: not a URL`);
    }
    if (u.protocol !== 'https:') throw new ConfigError(`${path}.${key}: must be an https:// URL`);
    return v;
  }

  /** `caFile` (a PEM file, relative to the config file) read into PEM text. */
  ca(o: Obj, path: string): string | undefined {
    const file = this.optStr(o, 'caFile', path);
    if (file === undefined) return undefined;
    const full = resolve(this.base, file);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      throw new ConfigError(`${path}.caFile: cannot read ${full}`);
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----'))
      throw new ConfigError(`${path}.caFile: ${full} holds no PEM certificate`);
    return text;
  }

  card(v: unknown, path: string): { pan: string; expMonth: number; expYear: number; cvv: string } {
    const o = this.obj(v, path);
    this.only(o, path, ['pan', 'expMonth', 'expYear', 'cvv']);
    return {
      pan: this.secret(o, 'pan', path),
      expMonth: this.int(o, 'expMonth', path, 1, 12),
      expYear: this.int(o, 'expYear', path, 2000, 2099),
      cvv: this.secret(o, 'cvv', path),
    };
  }
}

const DIGITS = (n: number | string) => new RegExp(`^\\d{${n}}$`);

function tsys(r: Reader, v: unknown): TsysConfig {
  const p = 'tsys';
  const o = r.obj(v, p);
  r.only(o, p, ['transport', 'caFile', 'merchant', 'cards', 'batchNumber', 'forceApprovalCode']);
  const t = r.obj(o.transport, `${p}.transport`);
  let transport: TsysConfig['transport'];
  if (t.kind === 'socket') {
    r.only(t, `${p}.transport`, ['kind', 'host', 'port', 'servername']);
    transport = {
      kind: 'socket',
      host: r.str(t, 'host', `${p}.transport`),
      port: r.int(t, 'port', `${p}.transport`, 1, 65535),
    };
  } else if (t.kind === 'https') {
    r.only(t, `${p}.transport`, ['kind', 'url', 'servername']);
    transport = { kind: 'https', url: r.url(t, 'url', `${p}.transport`) };
  } else throw new ConfigError(`${p}.transport.kind: must be "socket" or "https"`);
  const sn = r.optStr(t, 'servername', `${p}.transport`);
  if (sn !== undefined) transport.servername = sn;
  const m = r.obj(o.merchant, `${p}.merchant`);
  const mp = `${p}.merchant`;
  r.only(m, mp, [
    'acquirerBin',
    'merchantNumber',
    'storeNumber',
    'terminalNumber',
    'merchantCategoryCode',
    'name',
    'city',
    'state',
    'zip',
    'developerId',
    'applicationId',
    'timeZoneDifferential',
  ]);
  const merchant: TsysConfig['merchant'] = {
    acquirerBin: r.str(m, 'acquirerBin', mp, DIGITS(6), '6 digits'),
    merchantNumber: r.str(m, 'merchantNumber', mp, /^\d{1,12}$/, '1-12 digits'),
    storeNumber: r.str(m, 'storeNumber', mp, /^\d{1,4}$/, '1-4 digits'),
    terminalNumber: r.str(m, 'terminalNumber', mp, /^\d{1,4}$/, '1-4 digits'),
    merchantCategoryCode: r.str(m, 'merchantCategoryCode', mp, DIGITS(4), '4 digits'),
    name: r.str(m, 'name', mp, /^.{1,25}$/, 'at most 25 characters'),
    city: r.str(m, 'city', mp, /^.{1,13}$/, 'at most 13 characters'),
    state: r.str(m, 'state', mp, /^[A-Z]{2}$/, 'two capital letters'),
    zip: r.str(m, 'zip', mp, /^[0-9A-Z]{5,9}$/, '5-9 letters or digits'),
    developerId: r.str(m, 'developerId', mp, DIGITS(6), '6 digits'),
    applicationId: r.str(m, 'applicationId', mp, /^[0-9A-Z]{4}$/, '4 letters or digits'),
  };
  const tz = r.optStr(m, 'timeZoneDifferential', mp, DIGITS(3), '3 digits');
  if (tz !== undefined) merchant.timeZoneDifferential = tz;
  const out: TsysConfig = { transport, merchant };
  const ca = r.ca(o, p);
  if (ca !== undefined) out.ca = ca;
  const bn = r.optStr(o, 'batchNumber', p, DIGITS(3), '3 digits');
  if (bn !== undefined) out.batchNumber = bn;
  const fa = r.optStr(o, 'forceApprovalCode', p, /^[0-9A-Z]{1,6}$/, '1-6 letters or digits');
  if (fa !== undefined) out.forceApprovalCode = fa;
  if (o.cards !== undefined) {
    const cp = `${p}.cards`;
    const c = r.obj(o.cards, cp);
    r.only(c, cp, ['retailTrack', 'keyed', 'avs', 'healthcareTrack', 'creditPan', 'forcePan']);
    const cards: NonNullable<TsysConfig['cards']> = {};
    if (c.retailTrack !== undefined) cards.retailTrack = r.secret(c, 'retailTrack', cp);
    if (c.healthcareTrack !== undefined) cards.healthcareTrack = r.secret(c, 'healthcareTrack', cp);
    if (c.creditPan !== undefined) cards.creditPan = r.secret(c, 'creditPan', cp);
    if (c.forcePan !== undefined) cards.forcePan = r.secret(c, 'forcePan', cp);
    if (c.keyed !== undefined) cards.keyed = r.card(c.keyed, `${cp}.keyed`);
    if (c.avs !== undefined) {
      const a = r.obj(c.avs, `${cp}.avs`);
      r.only(a, `${cp}.avs`, ['street', 'zip']);
      cards.avs = { street: r.str(a, 'street', `${cp}.avs`), zip: r.str(a, 'zip', `${cp}.avs`) };
    }
    out.cards = cards;
  }
  return out;
}

function paymentech(r: Reader, v: unknown): PaymentechConfig {
  const p = 'paymentech';
  const o = r.obj(v, p);
  r.only(o, p, ['urls', 'caFile', 'servername', 'credentials', 'card', 'address']);
  if (!Array.isArray(o.urls) || o.urls.length < 1 || o.urls.length > 2)
    throw new ConfigError(`${p}.urls: give [primary] or [primary, secondary]`);
  const urls = o.urls.map((_, i) => r.url(o.urls as unknown as Obj, String(i), `${p}.urls`));
  const cp = `${p}.credentials`;
  const c = r.obj(o.credentials, cp);
  r.only(c, cp, ['merchant', 'terminal', 'user', 'password', 'clientNumber']);
  const credentials: PaymentechConfig['credentials'] = {
    merchant: r.str(c, 'merchant', cp, DIGITS(12), '12 digits'),
    terminal: r.str(c, 'terminal', cp, DIGITS(3), '3 digits'),
    user: r.str(c, 'user', cp),
    password: r.secret(c, 'password', cp),
  };
  const cn = r.optStr(c, 'clientNumber', cp, /^\d{1,4}$/, '1-4 digits');
  if (cn !== undefined) credentials.clientNumber = cn;
  const out: PaymentechConfig = { urls, credentials };
  const ca = r.ca(o, p);
  if (ca !== undefined) out.ca = ca;
  const sn = r.optStr(o, 'servername', p);
  if (sn !== undefined) out.servername = sn;
  if (o.card !== undefined) {
    const k = r.card(
      (() => {
        const x = r.obj(o.card, `${p}.card`);
        return { pan: x.number, expMonth: x.expMonth, expYear: x.expYear, cvv: x.cvv };
      })(),
      `${p}.card`,
    );
    out.card = { number: k.pan, expMonth: k.expMonth, expYear: k.expYear, cvv: k.cvv };
  }
  if (o.address !== undefined) {
    const a = r.obj(o.address, `${p}.address`);
    r.only(a, `${p}.address`, ['street', 'zip']);
    out.address = { street: r.str(a, 'street', `${p}.address`), zip: r.str(a, 'zip', `${p}.address`) };
  }
  return out;
}

function gift(r: Reader, v: unknown): GiftConfig {
  const p = 'fdmsGift';
  const o = r.obj(v, p);
  r.only(o, p, [
    'discoveryUrl',
    'app',
    'merchantId',
    'terminalId',
    'did',
    'posTerminalId',
    'caFile',
    'cards',
  ]);
  const out: GiftConfig = {
    discoveryUrl: r.url(o, 'discoveryUrl', p),
    app: r.str(o, 'app', p),
    merchantId: r.str(o, 'merchantId', p, DIGITS(11), '11 digits'),
    terminalId: r.str(o, 'terminalId', p, /^\d{1,11}$/, '1-11 digits'),
    cards: { inactive: '', active: '', lowBalance: '' },
  };
  const did = r.optStr(o, 'did', p, DIGITS(20), '20 digits');
  if (did !== undefined) out.did = did;
  const pos = r.optStr(o, 'posTerminalId', p, DIGITS(4), '4 digits');
  if (pos !== undefined) out.posTerminalId = pos;
  const ca = r.ca(o, p);
  if (ca !== undefined) out.ca = ca;
  const cp = `${p}.cards`;
  const c = r.obj(o.cards, cp);
  r.only(c, cp, ['inactive', 'active', 'lowBalance']);
  out.cards = {
    inactive: r.secret(c, 'inactive', cp),
    active: r.secret(c, 'active', cp),
    lowBalance: r.secret(c, 'lowBalance', cp),
  };
  return out;
}

function trustcommerce(r: Reader, v: unknown): TrustCommerceConfig {
  const p = 'trustcommerce';
  const o = r.obj(v, p);
  r.only(o, p, ['transport', 'caFile', 'servername', 'custid', 'password', 'cards']);
  const tp = `${p}.transport`;
  const t = r.obj(o.transport, tp);
  let transport: TrustCommerceConfig['transport'];
  if (t.kind === 'socket') {
    r.only(t, tp, ['kind', 'hosts']);
    if (!Array.isArray(t.hosts) || t.hosts.length === 0)
      throw new ConfigError(`${tp}.hosts: a non-empty list of { host, port }`);
    transport = {
      kind: 'socket',
      hosts: t.hosts.map((h, i) => {
        const ho = r.obj(h, `${tp}.hosts.${i}`);
        r.only(ho, `${tp}.hosts.${i}`, ['host', 'port']);
        return {
          host: r.str(ho, 'host', `${tp}.hosts.${i}`),
          port: r.int(ho, 'port', `${tp}.hosts.${i}`, 1, 65535),
        };
      }),
    };
  } else if (t.kind === 'https') {
    r.only(t, tp, ['kind', 'url']);
    transport = { kind: 'https', url: r.url(t, 'url', tp) };
  } else throw new ConfigError(`${tp}.kind: must be "socket" or "https"`);
  const out: TrustCommerceConfig = {
    transport,
    custid: r.str(o, 'custid', p, /^\d{1,12}$|^[A-Za-z0-9]{1,20}$/, 'the customer id'),
    password: r.secret(o, 'password', p),
  };
  const ca = r.ca(o, p);
  if (ca !== undefined) out.ca = ca;
  const sn = r.optStr(o, 'servername', p);
  if (sn !== undefined) out.servername = sn;
  if (o.cards !== undefined) {
    const cp = `${p}.cards`;
    const c = r.obj(o.cards, cp);
    r.only(c, cp, ['approved', 'declined']);
    const cards: NonNullable<TrustCommerceConfig['cards']> = {};
    for (const key of ['approved', 'declined'] as const) {
      if (c[key] === undefined) continue;
      const k = r.obj(c[key], `${cp}.${key}`);
      r.only(k, `${cp}.${key}`, key === 'approved' ? ['cc', 'exp', 'cvv'] : ['cc', 'exp']);
      const card = {
        cc: r.secret(k, 'cc', `${cp}.${key}`),
        exp: r.str(k, 'exp', `${cp}.${key}`, /^(0[1-9]|1[0-2])\d{2}$/, 'MMYY'),
      };
      if (key === 'approved' && k.cvv !== undefined)
        cards.approved = { ...card, cvv: r.secret(k, 'cvv', `${cp}.${key}`) };
      else cards[key] = card;
    }
    out.cards = cards;
  }
  return out;
}

/** Validates parsed JSON; `base` is the folder relative paths (caFile) are read from. */
export function parseConfig(json: unknown, base: string): DemoConfig {
  const r = new Reader(base);
  const o = r.obj(json, 'config');
  r.only(o, 'config', ['$schema', 'timeoutMs', 'tsys', 'paymentech', 'fdmsGift', 'trustcommerce']);
  const out: DemoConfig = {};
  if (o.timeoutMs !== undefined) out.timeoutMs = r.int(o, 'timeoutMs', 'config', 100, 600_000);
  if (o.tsys !== undefined) out.tsys = tsys(r, o.tsys);
  if (o.paymentech !== undefined) out.paymentech = paymentech(r, o.paymentech);
  if (o.fdmsGift !== undefined) out.fdmsGift = gift(r, o.fdmsGift);
  if (o.trustcommerce !== undefined) out.trustcommerce = trustcommerce(r, o.trustcommerce);
  if (!out.tsys && !out.paymentech && !out.fdmsGift && !out.trustcommerce)
    throw new ConfigError('config: name at least one of tsys, paymentech, fdmsGift, trustcommerce');
  return out;
}

export function loadConfig(file: string): DemoConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the config file ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be a password.
    throw new ConfigError(`${file} is not valid JSON`);
  }
  return parseConfig(json, dirname(resolve(file)));
}
