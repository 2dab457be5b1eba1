// EIS 1081 Table 3.6 ODG9 — Passenger Transport (Visa only); trip legs per §4.311 Table 4.64.
import { an, checkDate6, num } from '../../fields.js';
import { group } from '../group-def.js';

export const stopOverCodes = {
  '': 'not applicable',
  O: 'stop-over allowed',
  X: 'stop-over not allowed',
} as const;

export const detailGroup9 = group(9, 'passengerTransport', 'Passenger Transport', 'T3.6 ODG9', [
  an('restrictedTicketIndicator', 1, 'Restricted Ticket Indicator', '4.241', {
    values: { '': 'no restriction', '0': 'no restriction', '1': 'restricted / non-refundable' },
  }),
  num('multipleClearingSequenceNumber', 2, 'Multiple Clearing Sequence Number', '4.199.1', { default: '01' }),
  num('multipleClearingSequenceCount', 2, 'Multiple Clearing Sequence Count', '4.198.1', { default: '01' }),
  an('ticketNumber', 13, 'Ticket Number', '4.292'),
  an('passengerName', 20, 'Passenger Name', '4.217'),
  num('departureDate', 6, 'Departure Date (MMDDYY)', '4.94', { check: checkDate6('MMDDYY') }),
  an('originationCityAirportCode', 3, 'Origination City/Airport Code', '4.213'),
  {
    name: 'tripLegs',
    label: 'Trip Legs 1-4',
    spec: 'EIS 1081 §4.311',
    length: 28,
    repeat: { max: 4, min: 1 },
    fields: [
      an('carrierCode', 2, 'Carrier Code', '4.63'),
      an('serviceClass', 1, 'Service Class', '4.253'),
      an('stopOverCode', 1, 'Stop-over Code', '4.267', { values: stopOverCodes }),
      an('destinationCityAirportCode', 3, 'Destination City/Airport Code', '4.97'),
    ],
  },
]);
// the composite's 28 bytes are not counted by `group()` (it sums scalar lengths only)
(detailGroup9 as { length: number }).length = 1 + 2 + 2 + 13 + 20 + 6 + 3 + 28;

export interface TripLeg {
  carrierCode: string;
  serviceClass: string;
  stopOverCode?: string;
  destinationCityAirportCode: string;
}

export interface DetailPassengerTransport {
  restrictedTicketIndicator?: string;
  multipleClearingSequenceNumber?: string;
  multipleClearingSequenceCount?: string;
  ticketNumber?: string;
  passengerName?: string;
  departureDate: string;
  originationCityAirportCode?: string;
  /** One to four legs; a blank leg ends the list. */
  tripLegs: TripLeg[];
}
