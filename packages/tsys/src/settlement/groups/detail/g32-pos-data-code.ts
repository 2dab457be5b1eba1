// EIS 1081 Table 3.6 ODG32 — POS Data Code.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup32 = group(32, 'posDataCode', 'POS Data Code', 'T3.6 ODG32', [
  an('posDataCode', 12, 'POS Data Code', '4.220'),
]);

export interface DetailPosDataCode {
  posDataCode?: string;
}
