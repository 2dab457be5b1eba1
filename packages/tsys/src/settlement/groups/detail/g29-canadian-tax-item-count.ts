// EIS 1081 Table 3.6 ODG29 — Canadian Tax Item Count.
import { int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup29 = group(29, 'canadianTaxItemCount', 'Canadian Tax Item Count', 'T3.6 ODG29', [
  int('lineItemCount', 1, 'Line Item Count', '4.165'),
]);

export interface DetailCanadianTaxItemCount {
  lineItemCount?: number;
}
