/**
 * TrustCommerce cases: a card sale with AVS data and a ticket, in the TCLink socket form
 * (BEGIN / name=value lines / END) and as the HTTPS POST body (form-urlencoded), and the approved
 * answer in both forms. Baselines: URLSearchParams for the form body, naive template strings +
 * TextEncoder and split-based reading, the copy floor.
 */

import {
  decodeResponse,
  encodeRequest,
  encodeResponse,
  type TcRequest,
  testCards,
} from '@paywire/trustcommerce';
import { type Group, keep } from '../harness.js';
import { ratioTargets } from './tsys.js';

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');

const visa = testCards[0]!;
const sale: TcRequest = {
  custId: 'TestMerchant',
  password: 'password',
  action: 'sale',
  demo: true,
  amount: 1299,
  cc: visa.cc,
  exp: visa.exp,
  cvv: visa.cvv,
  avs: true,
  name: 'Jane Q Public',
  address1: '123 Test St',
  zip: '90210',
  ticket: 'ORDER-1001',
} as TcRequest;
const tclinkOptions = { form: 'tclink', tclink: { version: '4.2.0-TypeScript' } } as const;
const socketBytes = encodeRequest(sale, tclinkOptions);
const postBytes = encodeRequest(sale, { form: 'https' });
const answer = {
  transId: '025-0007423614',
  status: 'approved',
  avs: 'Y',
  cvv: 'M',
} as Parameters<typeof encodeResponse>[0];
const socketAnswer = encodeResponse(answer, 'tclink');
const postAnswer = encodeResponse(answer, 'https');

// biome-ignore lint/suspicious/noExplicitAny: the naive baselines read values untyped, as hand-written code does
type Any = Record<string, any>;

function pairsOf(r: Any): [string, string][] {
  return [
    ['custid', r.custId],
    ['password', r.password],
    ['action', r.action],
    ['demo', r.demo ? 'y' : 'n'],
    ['ticket', r.ticket],
    ['amount', String(r.amount)],
    ['cc', r.cc],
    ['exp', r.exp],
    ['cvv', r.cvv],
    ['avs', r.avs ? 'y' : 'n'],
    ['name', r.name],
    ['address1', r.address1],
    ['zip', r.zip],
  ];
}

function naiveSocket(r: Any): Uint8Array {
  let s = 'BEGIN\nversion=4.2.0-TypeScript\n';
  for (const [k, v] of pairsOf(r)) s += `${k}=${v}\n`;
  return encoder.encode(`${s}END\n`);
}

function urlSearchParams(r: Any): Uint8Array {
  return encoder.encode(new URLSearchParams(pairsOf(r)).toString());
}

function naiveForm(r: Any): Uint8Array {
  let s = '';
  for (const [k, v] of pairsOf(r))
    s += `${s === '' ? '' : '&'}${k}=${encodeURIComponent(v).replace(/%20/g, '+')}`;
  return encoder.encode(s);
}

function naiveDecode(bytes: Uint8Array): Any {
  const out: Any = {};
  for (const line of latin1.decode(bytes).split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

if (latin1.decode(naiveSocket(sale)) !== latin1.decode(socketBytes))
  throw new Error('naive TCLink request differs from the codec');
if (latin1.decode(naiveForm(sale)) !== latin1.decode(postBytes))
  throw new Error('naive POST body differs from the codec');
if (latin1.decode(urlSearchParams(sale)) !== latin1.decode(postBytes))
  throw new Error('URLSearchParams gives a different POST body than the codec');

const copy = (bytes: Uint8Array) => {
  const out = new Uint8Array(bytes.length);
  return () => keep(out.set(bytes));
};

export const trustcommerceGroup: Group = {
  name: 'trustcommerce: sale',
  description: 'sale request encode and answer decode in the TCLink socket form and the HTTPS form',
  cases: [
    {
      name: 'encode socket form',
      role: 'subject',
      pair: 'socket',
      bytes: socketBytes.length,
      fn: () => keep(encodeRequest(sale, tclinkOptions)),
    },
    {
      name: 'encode HTTPS form',
      role: 'subject',
      pair: 'https',
      bytes: postBytes.length,
      fn: () => keep(encodeRequest(sale, { form: 'https' })),
    },
    {
      name: 'decode socket answer',
      role: 'subject',
      pair: 'socket-answer',
      bytes: socketAnswer.length,
      fn: () => keep(decodeResponse(socketAnswer)),
    },
    {
      name: 'decode HTTPS answer',
      role: 'subject',
      pair: 'https-answer',
      bytes: postAnswer.length,
      fn: () => keep(decodeResponse(postAnswer)),
    },
    { name: 'naive socket encode', role: 'naive', pair: 'socket', fn: () => keep(naiveSocket(sale)) },
    { name: 'naive HTTPS encode', role: 'naive', pair: 'https', fn: () => keep(naiveForm(sale)) },
    {
      name: 'URLSearchParams (+ TextEncoder)',
      role: 'generic',
      pair: 'https',
      fn: () => keep(urlSearchParams(sale)),
    },
    {
      name: 'naive socket answer decode',
      role: 'naive',
      pair: 'socket-answer',
      fn: () => keep(naiveDecode(socketAnswer)),
    },
    {
      name: 'naive HTTPS answer decode',
      role: 'naive',
      pair: 'https-answer',
      fn: () => keep(naiveDecode(postAnswer)),
    },
    { name: 'copy socket request (floor)', role: 'floor', pair: 'socket', fn: copy(socketBytes) },
    { name: 'copy POST body (floor)', role: 'floor', pair: 'https', fn: copy(postBytes) },
    { name: 'copy socket answer (floor)', role: 'floor', pair: 'socket-answer', fn: copy(socketAnswer) },
    { name: 'copy HTTPS answer (floor)', role: 'floor', pair: 'https-answer', fn: copy(postAnswer) },
  ],
  targets: [ratioTargets],
};
