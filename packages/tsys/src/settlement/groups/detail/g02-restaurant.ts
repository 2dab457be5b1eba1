// EIS 1081 Table 3.6 ODG2 — Restaurant.
import { int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup2 = group(2, 'restaurant', 'Restaurant', 'T3.6 ODG2', [
  int('gratuityAmount', 12, 'Gratuity Amount', '4.136'),
]);

export interface DetailRestaurant {
  gratuityAmount?: number;
}
