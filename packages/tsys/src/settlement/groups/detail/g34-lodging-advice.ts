// EIS 1081 Table 3.6 ODG34 — Lodging Transaction Advice Addenda.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup34 = group(34, 'lodgingAdvice', 'Lodging Transaction Advice Addenda', 'T3.6 ODG34', [
  an('lodgingRenterName', 26, 'Lodging Renter Name', '4.176'),
]);

export interface DetailLodgingAdvice {
  lodgingRenterName?: string;
}
