// EIS 1081 Table 3.6 ODG38 — Visa Miscellaneous Fields.
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup38 = group(38, 'visaMiscellaneous', 'Visa Miscellaneous Fields', 'T3.6 ODG38', [
  num('versionNumber', 3, 'Version Number', '4.324', { values: { '001': 'version 1' }, default: '001' }),
  an('cardProductCode', 2, 'Card Product Code', '4.52'),
]);

export interface DetailVisaMiscellaneous {
  versionNumber?: string;
  cardProductCode?: string;
}
