/** Guide §V and §XI-§XVII return parameters: wire name, typed property, meanings. */

import { AVS_RESULT } from '../params/codes/avs.js';
import { BAD_DATA_ERROR } from '../params/codes/bad-data-error.js';
import { BLACKLIST_FIELD } from '../params/codes/blacklist-field.js';
import { COMMERCIAL_CARD } from '../params/codes/commercial-card.js';
import { CVV_RESULT } from '../params/codes/cvv-result.js';
import { DECLINE_TYPE } from '../params/codes/decline-type.js';
import { ERROR_TYPE } from '../params/codes/error-type.js';
import { STATUS } from '../params/codes/status.js';

export interface ReturnSpec {
  readonly name: string;
  readonly prop: string;
  readonly typed: 'string' | 'integer' | 'list';
  readonly values?: Readonly<Record<string, string>>;
  readonly spec: string;
}

export const RETURNS: readonly ReturnSpec[] = [
  { name: 'transid', prop: 'transId', typed: 'string', spec: '§V' },
  { name: 'status', prop: 'status', typed: 'string', values: STATUS, spec: '§V' },
  { name: 'declinetype', prop: 'declineType', typed: 'string', values: DECLINE_TYPE, spec: '§V' },
  { name: 'error', prop: 'error', typed: 'string', values: BAD_DATA_ERROR, spec: '§V' },
  { name: 'offenders', prop: 'offenders', typed: 'list', spec: '§V' },
  { name: 'errortype', prop: 'errorType', typed: 'string', values: ERROR_TYPE, spec: '§V' },
  { name: 'avs', prop: 'avs', typed: 'string', values: AVS_RESULT, spec: '§VI' },
  { name: 'cvv', prop: 'cvv', typed: 'string', values: CVV_RESULT, spec: 'public fixtures' },
  { name: 'billingid', prop: 'billingId', typed: 'string', spec: '§XI' },
  { name: 'fraudscore', prop: 'fraudScore', typed: 'integer', spec: '§XIV' },
  { name: 'blacklistfield', prop: 'blacklistField', typed: 'string', values: BLACKLIST_FIELD, spec: '§XV' },
  { name: 'blacklistvalue', prop: 'blacklistValue', typed: 'string', spec: '§XV' },
  { name: 'velocitytype', prop: 'velocityType', typed: 'string', spec: '§XVI' },
  { name: 'velocityvalue', prop: 'velocityValue', typed: 'string', spec: '§XVI' },
  { name: 'commercialcard', prop: 'commercialCard', typed: 'string', values: COMMERCIAL_CARD, spec: '§XVII' },
];

export const RETURN_BY_NAME: ReadonlyMap<string, ReturnSpec> = new Map(RETURNS.map((r) => [r.name, r]));
