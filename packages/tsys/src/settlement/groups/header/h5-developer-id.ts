// EIS 1081 Table 3.2 ODG5 — developer ID and application ID (mandatory since 1 March 2016).
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const headerGroup5 = group(5, 'developer', 'Developer ID', 'T3.2 ODG5', [
  an('developerId', 6, 'Developer ID', '4.100'),
  an('applicationId', 4, 'Application ID', '4.29'),
]);
export interface HeaderDeveloper {
  developerId?: string;
  applicationId?: string;
}
