// EIS 1081 Table 3.6 ODG1 — Cash Back.
import { int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup1 = group(1, 'cashBack', 'Cash Back', 'T3.6 ODG1', [
  int('cashBackAmount', 12, 'Cash Back Amount', '4.64'),
]);

export interface DetailCashBack {
  cashBackAmount?: number;
}
