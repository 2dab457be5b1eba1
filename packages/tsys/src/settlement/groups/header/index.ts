import type { GroupDef } from '../group-def.js';
import { type HeaderPassengerTravel, headerGroup1 } from './h1-passenger-travel.js';
import { type HeaderHotelAutoCardNotPresent, headerGroup2 } from './h2-hotel-auto-card-not-present.js';
import { type HeaderOptBlue, headerGroup3 } from './h3-opt-blue.js';
import { type HeaderGen2Authentication, headerGroup4 } from './h4-gen2-authentication.js';
import { type HeaderDeveloper, headerGroup5 } from './h5-developer-id.js';
import { type HeaderGateway, headerGroup6 } from './h6-gateway-id.js';

/** Header record optional data groups, in group-number order (EIS 1081 Table 3.2). */
export const headerGroups: readonly GroupDef[] = [
  headerGroup1,
  headerGroup2,
  headerGroup3,
  headerGroup4,
  headerGroup5,
  headerGroup6,
];

export interface HeaderGroups {
  passengerTravel?: HeaderPassengerTravel;
  hotelAutoCardNotPresent?: HeaderHotelAutoCardNotPresent;
  optBlue?: HeaderOptBlue;
  gen2Authentication?: HeaderGen2Authentication;
  developer?: HeaderDeveloper;
  gateway?: HeaderGateway;
}
