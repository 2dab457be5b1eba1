// EIS 1081 Table 3.6 ODG14 — Service Development Indicator.
import { num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup14 = group(14, 'serviceDevelopment', 'Service Development Indicator', 'T3.6 ODG14', [
  num('serviceDevelopmentIndicator', 1, 'Service Development Indicator', '4.254', { default: '0' }),
]);

export interface DetailServiceDevelopment {
  serviceDevelopmentIndicator?: string;
}
