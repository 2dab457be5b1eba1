// EIS 1081 Table 3.6 ODG36 — Location Detail Transaction Advice Addenda.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup36 = group(
  36,
  'locationDetail',
  'Location Detail Transaction Advice Addenda',
  'T3.6 ODG36',
  [
    an('locationDetailName', 38, 'Location Detail Name', '4.174'),
    an('locationDetailAddress', 38, 'Location Detail Address', '4.174'),
    an('locationDetailCity', 21, 'Location Detail City', '4.174'),
    an('locationDetailRegionCode', 3, 'Location Detail Region Code', '4.174'),
    an('locationDetailCountryCode', 3, 'Country Code', '4.174'),
    an('locationDetailPostalCode', 15, 'Location Detail Postal Code', '4.174'),
  ],
);

export interface DetailLocationDetail {
  locationDetailName?: string;
  locationDetailAddress?: string;
  locationDetailCity?: string;
  locationDetailRegionCode?: string;
  locationDetailCountryCode?: string;
  locationDetailPostalCode?: string;
}
