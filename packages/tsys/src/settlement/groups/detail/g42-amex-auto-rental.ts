// EIS 1081 Table 3.6 ODG42 — Amex Auto Rental.
import { an, int, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup42 = group(42, 'amexAutoRental', 'Amex Auto Rental', 'T3.6 ODG42', [
  an('agreementNumber', 14, 'Amex Auto Rental Agreement Number', '4.27.1'),
  an('pickupLocation', 38, 'Pickup Location', '4.27.2'),
  an('pickupCityName', 18, 'Pickup City Name', '4.27.3'),
  an('pickupRegionCode', 3, 'Pickup Region Code', '4.27.4'),
  an('pickupCountryCode', 3, 'Pickup Country Code', '4.27.5'),
  num('pickupDate', 8, 'Pickup Date', '4.27.6', { default: '00000000' }),
  num('pickupTime', 6, 'Pickup Time', '4.27.7', { default: '000000' }),
  an('returnCityName', 18, 'Return City Name', '4.27.8'),
  an('returnRegionCode', 3, 'Return Region Code', '4.27.9'),
  an('returnCountryCode', 3, 'Return Country Code', '4.27.10'),
  num('returnDate', 8, 'Return Date', '4.27.11', { default: '00000000' }),
  num('returnTime', 6, 'Return Time', '4.27.12', { default: '000000' }),
  an('renterName', 26, 'Renter Name', '4.27.13'),
  an('vehicleClassId', 4, 'Vehicle Class ID', '4.27.14'),
  num('distance', 5, 'Distance', '4.27.15', { default: '00000' }),
  an('distanceUnitOfMeasurement', 1, 'Distance Unit of Measurement', '4.27.16'),
  an('auditAdjustmentIndicator', 1, 'Audit Adjustment Indicator', '4.27.17'),
  int('auditAdjustmentAmount', 12, 'Audit Adjustment Amount', '4.27.18'),
]);

export interface DetailAmexAutoRental {
  agreementNumber?: string;
  pickupLocation?: string;
  pickupCityName?: string;
  pickupRegionCode?: string;
  pickupCountryCode?: string;
  pickupDate?: string;
  pickupTime?: string;
  returnCityName?: string;
  returnRegionCode?: string;
  returnCountryCode?: string;
  returnDate?: string;
  returnTime?: string;
  renterName?: string;
  vehicleClassId?: string;
  distance?: string;
  distanceUnitOfMeasurement?: string;
  auditAdjustmentIndicator?: string;
  auditAdjustmentAmount?: number;
}
