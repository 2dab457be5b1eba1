// EIS 1081 Table 3.6 ODG18 — e-Commerce Goods Indicator.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup18 = group(18, 'ecommerceGoods', 'e-Commerce Goods Indicator', 'T3.6 ODG18', [
  an('ecommerceGoodsIndicator', 2, 'e-Commerce Goods Indicator', '4.109', {
    values: { '': 'not given', D: 'digital goods', P: 'physical goods' },
  }),
]);

export interface DetailEcommerceGoods {
  ecommerceGoodsIndicator?: string;
}
