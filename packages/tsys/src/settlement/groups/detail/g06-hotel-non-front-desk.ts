// EIS 1081 Table 3.6 ODG6 — Hotel - Not Front Desk (Non-Lodging Purchase).
import { num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup6 = group(
  6,
  'hotelNonFrontDesk',
  'Hotel - Not Front Desk (Non-Lodging Purchase)',
  'T3.6 ODG6',
  [num('merchantCategoryCodeOverride', 4, 'Merchant Category Code Override', '4.182', { default: '0000' })],
);

export interface DetailHotelNonFrontDesk {
  merchantCategoryCodeOverride?: string;
}
