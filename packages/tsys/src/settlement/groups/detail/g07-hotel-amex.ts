// EIS 1081 Table 3.6 ODG7 — Hotel - American Express.
import { an, checkDate6, int, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup7 = group(7, 'hotelAmex', 'Hotel - American Express', 'T3.6 ODG7', [
  an('chargeType', 1, 'Charge Type', '4.72'),
  num('checkoutDate', 6, 'Checkout Date (YYMMDD)', '4.74', {
    check: checkDate6('YYMMDD'),
    default: '000000',
  }),
  num('stayDuration', 2, 'Stay Duration', '4.266', { default: '00' }),
  int('lodgingRoomRate', 12, 'Lodging Room Rate', '4.177'),
]);

export interface DetailHotelAmex {
  chargeType?: string;
  checkoutDate?: string;
  stayDuration?: string;
  lodgingRoomRate?: number;
}
