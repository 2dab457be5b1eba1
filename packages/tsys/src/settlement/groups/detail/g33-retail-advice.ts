// EIS 1081 Table 3.6 ODG33 — Retail Transaction Advice Addenda.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup33 = group(33, 'retailAdvice', 'Retail Transaction Advice Addenda', 'T3.6 ODG33', [
  an('retailDepartmentName', 40, 'Retail Department Name', '4.242'),
]);

export interface DetailRetailAdvice {
  retailDepartmentName?: string;
}
