// EIS 1081 Table 3.6 ODG27 — MasterCard Enhanced Data (Level III).
import { an, int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup27 = group(
  27,
  'mastercardEnhancedData',
  'MasterCard Enhanced Data (Level III)',
  'T3.6 ODG27',
  [
    int('freightAmount', 12, 'Freight Amount', '4.131'),
    int('dutyAmount', 12, 'Duty Amount', '4.108'),
    an('destinationPostalCode', 10, 'Destination Postal / Zip Code', '4.99'),
    an('shipFromPostalCode', 10, 'Ship From Postal / Zip Code', '4.257'),
    an('destinationCountryCode', 3, 'Destination Country Code', '4.98'),
    an('alternateTaxAmountIndicator', 1, 'Alternate Tax Amount Indicator', '4.25'),
    int('alternateTaxAmount', 9, 'Alternate Tax Amount', '4.24'),
    int('lineItemCount', 3, 'Line Item Count', '4.165'),
  ],
);

export interface DetailMastercardEnhancedData {
  freightAmount?: number;
  dutyAmount?: number;
  destinationPostalCode?: string;
  shipFromPostalCode?: string;
  destinationCountryCode?: string;
  alternateTaxAmountIndicator?: string;
  alternateTaxAmount?: number;
  lineItemCount?: number;
}
