// EIS 1081 Table 3.6 ODG31 — Market Specific Data Indicator.
import { marketSpecificDataIndicators } from '../../codes/market-specific-data-indicator.js';
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup31 = group(31, 'marketSpecificData', 'Market Specific Data Indicator', 'T3.6 ODG31', [
  an('marketSpecificDataIndicator', 1, 'Market Specific Data Indicator', '4.178', {
    values: marketSpecificDataIndicators,
  }),
]);

export interface DetailMarketSpecificData {
  marketSpecificDataIndicator?: string;
}
