// G3v027 POS data code — EIS 1080 v17.6 §5.2.23, Tables 5.50/5.51 (L5005-5027); subfields §6.151.1-12.

import { ErrorCode, type FieldSpec, PaywireError } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** The twelve one-character subfields of the POS data code, in wire order (§6.151.1-§6.151.12). */
export const posDataCodeSubfields = [
  ['terminalCardDataInputCapability', 'Terminal card data input capability', '6.151.1'],
  ['terminalCardholderAuthenticationCapability', 'Terminal cardholder authentication capability', '6.151.2'],
  ['terminalCardCaptureCapability', 'Terminal card-capture capability', '6.151.3'],
  ['terminalOperatingEnvironment', 'Terminal operating environment', '6.151.4'],
  ['cardholderPresentData', 'Cardholder present data', '6.151.5'],
  ['cardPresentData', 'Card present data', '6.151.6'],
  ['cardDataInputMode', 'Card data input mode', '6.151.7'],
  ['cardholderAuthenticationMethod', 'Cardholder authentication method', '6.151.8'],
  ['cardholderAuthenticationEntity', 'Cardholder authentication entity', '6.151.9'],
  ['cardDataOutputCapability', 'Card data output capability', '6.151.10'],
  ['terminalDataOutputCapability', 'Terminal data output capability', '6.151.11'],
  ['pinCaptureCapability', 'PIN capture capability', '6.151.12'],
] as const;

export type PosDataCodeSubfield = (typeof posDataCodeSubfields)[number][0];
/** The POS data code as its twelve subfields (one character each). */
export type PosDataCode = Record<PosDataCodeSubfield, string>;

/** Table 5.50: the 12-character POS data code, decoded into its subfields. */
export const v027Request: readonly FieldSpec[] = [
  {
    name: 'posDataCode',
    label: 'POS Data Code',
    spec: 'EIS 1080 §6.151',
    length: 12,
    fields: posDataCodeSubfields.map(([name, label, section]) =>
      fixed(name, `POS Data Code subfield ${section.slice(6)}: ${label}`, 1, 'alphanumeric', section),
    ),
  },
];

/** Table 5.51: the version number alone. */
export const v027Response: readonly FieldSpec[] = [];

/** Splits a 12-character POS data code string (`H11101C13336`) into its subfields. */
export function posDataCodeFromString(code: string): PosDataCode {
  if (code.length !== 12) {
    throw new PaywireError(
      ErrorCode.INVALID_LENGTH,
      `posDataCode: is ${code.length} characters, 12 required`,
      {
        field: 'posDataCode',
        family: 'tsys',
        expected: '12',
        actual: String(code.length),
      },
    );
  }
  const out = {} as PosDataCode;
  posDataCodeSubfields.forEach(([name], i) => {
    out[name] = code.charAt(i);
  });
  return out;
}

/** Joins the twelve subfields back into the 12-character string. */
export function posDataCodeToString(code: Readonly<PosDataCode>): string {
  return posDataCodeSubfields.map(([name]) => code[name]).join('');
}

export const v027: GroupIIIVersionSpec = {
  version: '027',
  title: 'POS data code',
  reference: 'EIS 1080 v17.6 §5.2.23, Tables 5.50-5.51, L5005-5027; §6.151',
  status: 'active',
  request: [{ table: 'Table 5.50', fields: v027Request }],
  response: [{ table: 'Table 5.51', fields: v027Response }],
  note: 'Mandatory on all transactions since 1 March 2016. The value is an object of 12 one-character subfields (posDataCodeFromString/ToString convert).',
};
