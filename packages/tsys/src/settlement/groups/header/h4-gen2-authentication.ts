// EIS 1081 Table 3.2 ODG4 — Gen2 terminal authentication GenKey (24 ASCII hex).
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const headerGroup4 = group(4, 'gen2Authentication', 'Gen2 Authentication Genkey', 'T3.2 ODG4', [
  an('genKey', 24, 'Genkey', '4.134', { sensitive: 'key' }),
]);
export interface HeaderGen2Authentication {
  genKey?: string;
}
