// EIS 1081 Table 3.2 ODG3 — Opt Blue PSP / aggregator name.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const headerGroup3 = group(3, 'optBlue', 'Opt Blue PSP/Aggregator', 'T3.2 ODG3', [
  an('pspAggregatorName', 12, 'PSP/Aggregator Name', '4.223'),
]);
export interface HeaderOptBlue {
  pspAggregatorName?: string;
}
