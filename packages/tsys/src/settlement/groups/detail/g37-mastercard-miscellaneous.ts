// EIS 1081 Table 3.6 ODG37 — MasterCard Miscellaneous Fields.
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup37 = group(
  37,
  'mastercardMiscellaneous',
  'MasterCard Miscellaneous Fields',
  'T3.6 ODG37',
  [
    num('versionNumber', 3, 'Version Number', '4.324', { values: { '001': 'version 1' }, default: '001' }),
    an('serviceCode', 3, 'Service Code', '4.252'),
  ],
);

export interface DetailMastercardMiscellaneous {
  versionNumber?: string;
  serviceCode?: string;
}
