// G3v023 Mastercard or Discover healthcare — EIS 1080 v17.6 §5.2.19, Tables 5.42/5.43 (L4936-4953); data §6.96.

import { ErrorCode, type FieldSpec, PaywireError } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.42: member-defined data, 0-199 characters (free form 0-99). */
export const v023Request: readonly FieldSpec[] = [
  fs(
    'memberDefinedData',
    'Healthcare, Mastercard or Discover Member Defined Data',
    0,
    199,
    'alphanumeric',
    '6.96',
  ),
];

/** Table 5.43: same layout; the issuer may answer with different data. */
export const v023Response: readonly FieldSpec[] = [
  fs(
    'memberDefinedData',
    'Healthcare, Mastercard or Discover Member Defined Data',
    0,
    199,
    'alphanumeric',
    '6.96',
  ),
];

export const v023: GroupIIIVersionSpec = {
  version: '023',
  title: 'Mastercard or Discover healthcare',
  reference: 'EIS 1080 v17.6 §5.2.19, Tables 5.42-5.43, L4936-4953; §6.96',
  status: 'active',
  request: [{ table: 'Table 5.42', fields: v023Request }],
  response: [{ table: 'Table 5.43', fields: v023Response }],
  note: 'Healthcare data up to 199 characters (free form up to 99). buildHealthcareMemberData/parseHealthcareMemberData handle the sub-element layout of §6.96.',
};

// ---------------------------------------------------------------------------------------------
// §6.96.2 sub-elements: id (01-05, 2 digits) + length (2 digits) + TLV items (tag 2 + length 2 + value)

/** One healthcare service (a sub-element of §6.96.2) with its subfields. */
export interface HealthcareService {
  /** Subfield 1 (tag 01): healthcare provider ID. Sent in requests. */
  providerId?: string;
  /** Subfield 2 (tag 02): service type code. Sent in requests. */
  serviceTypeCode?: string;
  /** Subfield 3 (tag 03): payer ID / carrier ID. Returned by the issuer. */
  payerId?: string;
  /** Subfield 4 (tag 04): approval or reject reason code. Returned by the issuer. */
  reasonCode?: string;
}

const TAGS = [
  ['01', 'providerId'],
  ['02', 'serviceTypeCode'],
  ['03', 'payerId'],
  ['04', 'reasonCode'],
] as const;

/** Up to five services per record (§6.96.2). */
export const MAX_HEALTHCARE_SERVICES = 5;
/** Longest member-defined data (Table 5.42). */
export const MAX_MEMBER_DEFINED_DATA = 199;

function bad(message: string, offset?: number): PaywireError {
  return new PaywireError(ErrorCode.INVALID_FORMAT, `memberDefinedData: ${message}`, {
    field: 'memberDefinedData',
    family: 'tsys',
    ...(offset === undefined ? {} : { offset }),
  });
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Builds the v023 member-defined data string from up to five services (ids 01.. in list order). */
export function buildHealthcareMemberData(services: readonly HealthcareService[]): string {
  if (services.length > MAX_HEALTHCARE_SERVICES) throw bad(`${services.length} services, at most 5 allowed`);
  let out = '';
  services.forEach((service, i) => {
    let items = '';
    for (const [tag, key] of TAGS) {
      const value = service[key];
      if (value === undefined || value === '') continue;
      if (value.length > 99) throw bad(`service ${i + 1} ${key} is longer than 99 characters`);
      if (!/^[\x20-\x7e]*$/.test(value)) throw bad(`service ${i + 1} ${key} must be printable ASCII`);
      items += tag + two(value.length) + value;
    }
    if (items.length > 99) throw bad(`service ${i + 1} is ${items.length} characters, at most 99 allowed`);
    out += two(i + 1) + two(items.length) + items;
  });
  if (out.length > MAX_MEMBER_DEFINED_DATA) throw bad(`${out.length} characters, at most 199 allowed`);
  return out;
}

function digits2(text: string, at: number, what: string): number {
  const s = text.slice(at, at + 2);
  if (!/^\d\d$/.test(s)) throw bad(`${what} at character ${at + 1} must be two digits`, at);
  return Number(s);
}

/** Parses member-defined data laid out as §6.96.2 sub-elements. Throws a `tsys` PaywireError when it is not. */
export function parseHealthcareMemberData(text: string): HealthcareService[] {
  if (text.length > MAX_MEMBER_DEFINED_DATA) throw bad(`${text.length} characters, at most 199 allowed`);
  const services: HealthcareService[] = [];
  let p = 0;
  while (p < text.length) {
    if (services.length >= MAX_HEALTHCARE_SERVICES) throw bad('more than 5 sub-elements', p);
    const id = digits2(text, p, 'sub-element id');
    if (id < 1 || id > MAX_HEALTHCARE_SERVICES) throw bad(`sub-element id ${two(id)} is not 01-05`, p);
    const len = digits2(text, p + 2, 'sub-element length');
    const end = p + 4 + len;
    if (end > text.length)
      throw bad(`sub-element ${two(id)} needs ${len} characters, ${text.length - p - 4} left`, p + 2);
    const service: HealthcareService = {};
    let q = p + 4;
    while (q < end) {
      const tag = text.slice(q, q + 2);
      const entry = TAGS.find(([t]) => t === tag);
      if (entry === undefined) throw bad(`unknown subfield tag ${JSON.stringify(tag)}`, q);
      const n = digits2(text, q + 2, 'subfield length');
      if (q + 4 + n > end) throw bad(`subfield ${tag} runs past its sub-element`, q + 2);
      service[entry[1]] = text.slice(q + 4, q + 4 + n);
      q += 4 + n;
    }
    services.push(service);
    p = end;
  }
  return services;
}
