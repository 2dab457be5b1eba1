// EIS 1081 Table 3.6 ODG17 — Universal Cardholder Authentication.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup17 = group(
  17,
  'universalCardholderAuthentication',
  'Universal Cardholder Authentication',
  'T3.6 ODG17',
  [an('ucafCollectionIndicator', 1, 'UCAF Collection Indicator', '4.312')],
);

export interface DetailUniversalCardholderAuthentication {
  ucafCollectionIndicator?: string;
}
