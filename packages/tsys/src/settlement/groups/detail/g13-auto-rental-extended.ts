// EIS 1081 Table 3.6 ODG13 — Auto Rental (renter and return location).
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup13 = group(
  13,
  'autoRentalExtended',
  'Auto Rental (renter and return location)',
  'T3.6 ODG13',
  [
    an('renterName', 20, 'Renter Name', '4.237'),
    an('rentalReturnCity', 18, 'Rental Return City', '4.234'),
    an('rentalReturnStateCountry', 3, 'Rental Return State/Country', '4.236'),
    an('rentalReturnLocationId', 10, 'Rental Return Location ID', '4.235'),
  ],
);

export interface DetailAutoRentalExtended {
  renterName?: string;
  rentalReturnCity?: string;
  rentalReturnStateCountry?: string;
  rentalReturnLocationId?: string;
}
