// EIS 1081 Table 3.6 ODG11 — Lane ID.
import { num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup11 = group(11, 'laneId', 'Lane ID', 'T3.6 ODG11', [
  num('laneId', 8, 'Lane ID', '4.160', { default: '00000000' }),
]);

export interface DetailLaneId {
  laneId?: string;
}
