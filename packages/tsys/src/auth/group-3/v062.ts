// G3v062 Card brand tokenization — EIS 1080 v17.6 §5.2.58, Tables 5.118-5.121 (L6149-6334).

import type { FieldSpec } from '@paywire/core';
import { emptyFs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.120 (usage 2, from 13 October 2017). */
export const v062Request: readonly FieldSpec[] = [
  fsZeroOr('cardBrandTokenRequestorId', 'Card Brand Token Requestor ID', 11, 'alphanumeric', '6.40'),
];

/** Table 5.121 (usage 2). */
export const v062Response: readonly FieldSpec[] = [
  fsZeroOr('cardBrandTokenAssuranceLevel', 'Card Brand Token Assurance Level', 2, 'alphanumeric', '6.38'),
  fsZeroOr('cardBrandTokenPanLast4Digits', 'Card Brand Token PAN Last 4 Digits', 4, 'numeric', '6.39'),
  fsZeroOr(
    'cardBrandTokenAccountRangeStatus',
    'Card Brand Token Account Range Status',
    1,
    'alphanumeric',
    '6.37',
  ),
];

/** Table 5.118 (usage 1, before 13 October 2017): numeric requestor ID and three reserved FS. */
export const v062RequestUsage1: readonly FieldSpec[] = [
  fsZeroOr('cardBrandTokenRequestorId', 'Card Brand Token Requestor ID', 11, 'numeric', '6.40'),
  emptyFs('reserved1', 'Reserved for future use', '5.2.58'),
  emptyFs('reserved2', 'Reserved for future use', '5.2.58'),
  emptyFs('reserved3', 'Reserved for future use', '5.2.58'),
];

/** Table 5.119 (usage 1). */
export const v062ResponseUsage1: readonly FieldSpec[] = [
  ...v062Response,
  emptyFs('reserved1', 'Reserved for future use', '5.2.58'),
  emptyFs('reserved2', 'Reserved for future use', '5.2.58'),
  emptyFs('reserved3', 'Reserved for future use', '5.2.58'),
];

export const v062: GroupIIIVersionSpec = {
  version: '062',
  title: 'Card brand tokenization',
  reference: 'EIS 1080 v17.6 §5.2.58, Tables 5.118-5.121, L6149-6334',
  status: 'active',
  request: [
    { table: 'Table 5.120', name: 'usage 2', fields: v062Request },
    { table: 'Table 5.118', name: 'usage 1', fields: v062RequestUsage1, tag: { usage: '1' } },
  ],
  response: [
    { table: 'Table 5.121', name: 'usage 2', fields: v062Response },
    { table: 'Table 5.119', name: 'usage 1', fields: v062ResponseUsage1, tag: { usage: '1' } },
  ],
  note:
    'Usage 2 (Tables 5.120/5.121) is the default; usage 1 (before 13 October 2017, three extra reserved FS) decodes with usage: "1" and is encoded when fields.usage is "1". ' +
    'Table 5.119/5.121 cite §6.38 for the PAN last 4 digits; the field is §6.39.',
};
