// EIS 1081 Table 3.6 ODG40 — Discover/PayPal Miscellaneous Fields.
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup40 = group(
  40,
  'discoverMiscellaneous',
  'Discover/PayPal Miscellaneous Fields',
  'T3.6 ODG40',
  [
    num('versionNumber', 3, 'Version Number', '4.324', { values: { '001': 'version 1' }, default: '001' }),
    an('discoverPosDataCode', 13, 'Discover/PayPal POS Data Code', '4.105'),
    an('partialShipmentIndicator', 1, 'Partial Shipment Indicator', '4.216'),
  ],
);

export interface DetailDiscoverMiscellaneous {
  versionNumber?: string;
  discoverPosDataCode?: string;
  partialShipmentIndicator?: string;
}
