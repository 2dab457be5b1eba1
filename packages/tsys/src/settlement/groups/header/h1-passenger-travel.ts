// EIS 1081 Table 3.2 ODG1 — passenger travel (travel agency).
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const headerGroup1 = group(1, 'passengerTravel', 'Passenger Travel', 'T3.2 ODG1', [
  an('travelAgencyCode', 8, 'Travel Agency Code', '4.309'),
  an('travelAgencyName', 25, 'Travel Agency Name', '4.310'),
]);
export interface HeaderPassengerTravel {
  travelAgencyCode?: string;
  travelAgencyName?: string;
}
