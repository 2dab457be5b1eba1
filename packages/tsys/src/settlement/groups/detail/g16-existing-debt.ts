// EIS 1081 Table 3.6 ODG16 — Existing Debt Indicator (Visa only).
import { num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup16 = group(16, 'existingDebt', 'Existing Debt Indicator (Visa only)', 'T3.6 ODG16', [
  num('existingDebtIndicator', 1, 'Existing Debt Indicator', '4.120', {
    values: { '9': 'existing debt' },
    default: '9',
  }),
]);

export interface DetailExistingDebt {
  existingDebtIndicator?: string;
}
