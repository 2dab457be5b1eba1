// EIS 1081 Table 3.2 ODG2 — hotel, auto rental and card not present phone numbers.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

const phone = (text: string) =>
  text === '' || /^\d{3}-\d{7}$/.test(text) ? undefined : 'must be NNN-NNNNNNN';

export const headerGroup2 = group(
  2,
  'hotelAutoCardNotPresent',
  'Hotel, Auto Rental, and Card not Present',
  'T3.2 ODG2',
  [
    an('merchantLocalTelephoneNumber', 11, 'Merchant Local Telephone No.', '4.184', { check: phone }),
    an('cardholderServiceTelephoneNumber', 11, 'Cardholder Service Telephone No.', '4.61', { check: phone }),
  ],
);
export interface HeaderHotelAutoCardNotPresent {
  merchantLocalTelephoneNumber?: string;
  cardholderServiceTelephoneNumber?: string;
}
