// EIS 1081 Table 3.6 ODG30 — American Express CPC Charge Descriptors.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup30 = group(
  30,
  'amexChargeDescriptors',
  'American Express CPC Charge Descriptors',
  'T3.6 ODG30',
  [
    an('chargeDescriptor2', 40, 'Charge Descriptor 2', '4.67'),
    an('chargeDescriptor3', 40, 'Charge Descriptor 3', '4.68'),
    an('chargeDescriptor4', 40, 'Charge Descriptor 4', '4.69'),
  ],
);

export interface DetailAmexChargeDescriptors {
  chargeDescriptor2?: string;
  chargeDescriptor3?: string;
  chargeDescriptor4?: string;
}
