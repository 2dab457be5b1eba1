// EIS 1081 Table 3.2 ODG6 — gateway ID.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const headerGroup6 = group(6, 'gateway', 'Gateway ID', 'T3.2 ODG6', [
  an('gatewayId', 10, 'Gateway ID', '4.133'),
]);
export interface HeaderGateway {
  gatewayId?: string;
}
