/** The UTF197 response record: fixed block, FS fields 1-9, tokens. */
import { compileRecord, type FieldSpec, type RecordValues } from '@paywire/core';
import { FAMILY } from '../errors.js';
import { RESPONSE_TOKEN_LIST, type ResponseToken } from '../tokens/response-tokens.js';
import { RESPONSE_FS_FIELDS } from './fields.js';
import { FIXED_BLOCK_FIELDS } from './fixed-block.js';

export const RESPONSE_FIELDS: readonly FieldSpec[] = [
  ...FIXED_BLOCK_FIELDS,
  ...RESPONSE_FS_FIELDS,
  RESPONSE_TOKEN_LIST,
];

export const RESPONSE_RECORD = compileRecord<RecordValues>('paymentech response', RESPONSE_FIELDS, {
  family: FAMILY,
});

export interface TampaResponse {
  /** `A` approved, `E` error/decline (seed); `D` appears in ActiveMerchant. */
  actionCode: string;
  avsResult?: string;
  /** Approval code; the host error number when `actionCode` is `E`; absent (blank) for credits. */
  approvalCode?: string;
  batchNumber?: string;
  retrievalNumber?: string;
  sequenceNumber?: string;
  responseText?: string;
  cardType?: string;
  interchange?: string;
  authNetworkSource?: string;
  unknown3?: string;
  optionalData?: string;
  unknown5?: string;
  unknown6?: string;
  unknown7?: string;
  unknown8?: string;
  unknown9?: string;
  tokens: ResponseToken[];
  /** The last token is followed by FS before ETX (default true when there are tokens). */
  finalSeparator?: boolean;
  trailingLrc?: boolean;
}
