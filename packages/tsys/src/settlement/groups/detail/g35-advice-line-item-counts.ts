// EIS 1081 Table 3.6 ODG35 — Transaction Advice Line Item Counts.
import { int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup35 = group(
  35,
  'adviceLineItemCounts',
  'Transaction Advice Line Item Counts',
  'T3.6 ODG35',
  [
    int('tadLineItemCount', 3, 'TAD Line Item Count', '4.275'),
    int('taaLineItemCount', 3, 'TAA Line Item Count', '4.274'),
  ],
);

export interface DetailAdviceLineItemCounts {
  tadLineItemCount?: number;
  taaLineItemCount?: number;
}
