/**
 * The detail record model (what the TSYSDetailRecord SDK class offers), as plain functions over the
 * wire model `DetailRecord`: build one from an authorization, create off-line credits and forces,
 * and apply the usual adjustments (gratuity, installments, purchase identifier, void, partial
 * reversal, healthcare, hotel, auto rental, passenger transport, direct marketing, MOTO/e-commerce).
 * Every function returns a new record and leaves its input alone.
 */

import { ByteWriter, ErrorCode } from '@paywire/core';
import { approvedResponseCodes } from './codes/response-code.js';
import { rethrowWithin, settlementError } from './errors.js';
import type { TripLeg } from './groups/detail/g09-passenger-transport.js';
import type { DetailGroups } from './groups/detail/index.js';
import { type DetailRecord, detailRecord } from './records/detail.js';

/** The SDK's name for the same thing. */
export type TSYSDetailRecord = DetailRecord;

/**
 * What a detail record needs from the EIS 1080 authorization request. Structural on purpose: any
 * object with these fields (the auth codec's decoded request, or your own stored copy) can be passed.
 * Names follow the EIS 1080/1081 field names.
 */
export interface AuthorizationRequestLike {
  /** EIS 1080 transaction code (same two-character codes as EIS 1081 Table 4.59, e.g. `54`, `56`). */
  transactionCode: string;
  cardholderIdentificationCode: string;
  accountDataSource: string;
  /** The PAN (when the request carried track data, pass the PAN read from it). */
  cardholderAccountNumber: string;
  /** 4 digits; the detail must carry the authorization request's number. */
  transactionSequenceNumber: string;
  /** Requested amount in cents. */
  transactionAmount: number;
  /** Requested authorization characteristics indicator (`Y` when the request had none). */
  requestedAci?: string;
  reimbursementAttribute?: string;
  /** Cash back requested with a debit/credit purchase, in cents (detail group 1). */
  cashBackAmount?: number;
  /** Market specific data indicator sent with the request (`M` healthcare, `B` bill payment, ...). */
  marketSpecificDataIndicator?: string;
  /** MOTO / e-commerce indicator sent with the request (Table 4.40). */
  motoEcommerceIndicator?: string;
  /** POS data code (detail group 32, mandatory since March 2016). */
  posDataCode?: string;
}

/** What a detail record needs from the EIS 1080 authorization response. */
export interface AuthorizationResponseLike {
  /** Two characters; only 00, 85, 10 (partial) and T0 are settleable. */
  responseCode: string;
  approvalCode: string;
  /** Returned ACI. */
  returnedAci: string;
  authorizationSourceCode: string;
  /** MMDDYY (EIS 1080) or MMDD; the detail keeps MMDD. */
  localTransactionDate: string;
  /** HHMMSS */
  localTransactionTime: string;
  avsResultCode: string;
  transactionIdentifier?: string;
  validationCode?: string;
  /** Echo of the request's sequence number; must match it. */
  transactionSequenceNumber?: string;
  /** Approved amount in cents when it differs from the request (partial approval, Group III v022). */
  authorizedAmount?: number;
  /** CVV2 result: not part of the detail record; accepted so a whole response can be passed. */
  cvv2ResultCode?: string;
}

function copy(d: DetailRecord): DetailRecord {
  const out: DetailRecord = { ...d };
  if (d.groups) out.groups = { ...d.groups };
  return out;
}

function groupsOf(d: DetailRecord): DetailGroups & { groupMapExtension?: true } {
  if (!d.groups) d.groups = {};
  return d.groups;
}

function need(cond: boolean, field: string, message: string, code: number = ErrorCode.INVALID_DATA): void {
  if (!cond) throw settlementError(code, message, { field });
}

function seq(n: number | string): string {
  return String(n).padStart(4, '0');
}

/** Throws the encoder's error if the record cannot be written. */
export function validateDetailRecord(d: DetailRecord): void {
  try {
    detailRecord.encode(new ByteWriter(256), d);
  } catch (e) {
    rethrowWithin(e, '', 'detail record: ');
  }
}

/**
 * Detail record for an approved authorization: copies what EIS 1081 requires from the request and
 * the response. `settlementAmount` defaults to the authorized amount.
 */
export function detailFromAuthorization(
  request: AuthorizationRequestLike,
  response: AuthorizationResponseLike,
  options: { settlementAmount?: number } = {},
): DetailRecord {
  need(
    approvedResponseCodes.has(response.responseCode),
    'responseCode',
    `response code ${JSON.stringify(response.responseCode)} is not an approval; nothing to settle`,
  );
  if (response.transactionSequenceNumber !== undefined) {
    need(
      seq(response.transactionSequenceNumber) === seq(request.transactionSequenceNumber),
      'transactionSequenceNumber',
      'the response answers another request (sequence numbers differ)',
    );
  }
  if (response.responseCode === '10')
    need(
      response.authorizedAmount !== undefined,
      'authorizedAmount',
      'a partial approval needs the approved amount',
    );
  const authorized = response.authorizedAmount ?? request.transactionAmount;
  const date = response.localTransactionDate;
  need(date.length === 4 || date.length === 6, 'localTransactionDate', 'must be MMDD or MMDDYY');
  const d: DetailRecord = {
    type: 'detail',
    transactionCode: request.transactionCode,
    cardholderIdentificationCode: request.cardholderIdentificationCode,
    accountDataSource: request.accountDataSource,
    cardholderAccountNumber: request.cardholderAccountNumber,
    requestedAci: request.requestedAci ?? 'Y',
    returnedAci: response.returnedAci,
    authorizationSourceCode: response.authorizationSourceCode,
    transactionSequenceNumber: seq(request.transactionSequenceNumber),
    responseCode: response.responseCode,
    approvalCode: response.approvalCode,
    localTransactionDate: date.slice(0, 4),
    localTransactionTime: response.localTransactionTime,
    avsResultCode: response.avsResultCode || '0',
    transactionIdentifier: response.transactionIdentifier?.trim()
      ? response.transactionIdentifier
      : '000000000000000',
    validationCode: response.validationCode ?? '',
    voidIndicator: '',
    transactionStatusCode: '00',
    reimbursementAttribute: request.reimbursementAttribute || '0',
    settlementAmount: options.settlementAmount ?? authorized,
    authorizedAmount: authorized,
  };
  const g: DetailGroups = {};
  if (request.cashBackAmount) g.cashBack = { cashBackAmount: request.cashBackAmount };
  if (request.motoEcommerceIndicator !== undefined && request.motoEcommerceIndicator.trim() !== '') {
    g.directMarketing = {
      totalAuthorizedAmount: authorized,
      purchaseIdentifierFormatCode: '',
      purchaseIdentifier: '',
    };
    g.directMarketingInstallment = {
      multipleClearingSequenceNumber: '00',
      multipleClearingSequenceCount: '00',
      motoEcommerceIndicator: request.motoEcommerceIndicator,
    };
  }
  if (
    request.marketSpecificDataIndicator !== undefined &&
    request.marketSpecificDataIndicator.trim() !== ''
  ) {
    g.marketSpecificData = { marketSpecificDataIndicator: request.marketSpecificDataIndicator };
  }
  if (request.posDataCode) g.posDataCode = { posDataCode: request.posDataCode };
  if (Object.keys(g).length > 0) d.groups = g;
  validateDetailRecord(d);
  return d;
}

/** Common inputs of off-line items (credits and forces). */
export interface OfflineItem {
  cardholderAccountNumber: string;
  /** Cents. */
  settlementAmount: number;
  /** MMDD */
  localTransactionDate: string;
  /** HHMMSS */
  localTransactionTime: string;
  /** Any non-zero number (it need not match an authorization). */
  transactionSequenceNumber: string | number;
  /** Table 4.16 (`N` card not present / AVS, `@` signature, ...). */
  cardholderIdentificationCode: string;
  /** Table 4.1 (`@` keyed without reader, `D` track 2, `H` track 1, ...). */
  accountDataSource: string;
  /** MOTO / e-commerce indicator for card-not-present items (adds groups 3 and 12). */
  motoEcommerceIndicator?: string;
}

function offline(
  item: OfflineItem,
  transactionCode: string,
  authorizationSourceCode: string,
  approvalCode: string,
): DetailRecord {
  need(
    Number(item.transactionSequenceNumber) > 0,
    'transactionSequenceNumber',
    'must not be 0 for an off-line item',
    ErrorCode.OUT_OF_RANGE,
  );
  const d: DetailRecord = {
    type: 'detail',
    transactionCode,
    cardholderIdentificationCode: item.cardholderIdentificationCode,
    accountDataSource: item.accountDataSource,
    cardholderAccountNumber: item.cardholderAccountNumber,
    requestedAci: 'Y',
    returnedAci: '',
    authorizationSourceCode,
    transactionSequenceNumber: seq(item.transactionSequenceNumber),
    responseCode: '',
    approvalCode,
    localTransactionDate: item.localTransactionDate,
    localTransactionTime: item.localTransactionTime,
    avsResultCode: '0',
    transactionIdentifier: '000000000000000',
    validationCode: '',
    voidIndicator: '',
    transactionStatusCode: '00',
    reimbursementAttribute: '0',
    settlementAmount: item.settlementAmount,
    authorizedAmount: 0,
  };
  const out = item.motoEcommerceIndicator
    ? setDirectMarketing(d, { motoEcommerceIndicator: item.motoEcommerceIndicator })
    : d;
  validateDetailRecord(out);
  return out;
}

/**
 * Off-line credit (refund): transaction code CR, authorized amount 0, response and approval code
 * blank, authorization source 9, transaction identifier zeros, requested ACI Y.
 */
export function offlineCredit(item: OfflineItem): DetailRecord {
  return offline(item, 'CR', '9', '');
}

/**
 * Force (voice-authorized sale): purchase code 54 (card present) or 56 (card not present), the voice
 * approval code, authorization source E, authorized amount 0, response code blank.
 */
export function forceSale(item: OfflineItem & { approvalCode: string; cardPresent?: boolean }): DetailRecord {
  const code = item.approvalCode ?? '';
  need(
    code.trim().length > 0 && code.length <= 6,
    'approvalCode',
    'a force needs the 1-6 character voice approval code',
  );
  return offline(item, item.cardPresent === false ? '56' : '54', 'E', code);
}

/** Adds a gratuity (group 2) and makes the settlement amount authorized amount + gratuity. */
export function addGratuity(d: DetailRecord, gratuityAmount: number): DetailRecord {
  need(
    Number.isSafeInteger(gratuityAmount) && gratuityAmount >= 0,
    'groups.restaurant.gratuityAmount',
    'must be a non-negative integer (cents)',
    ErrorCode.OUT_OF_RANGE,
  );
  const out = copy(d);
  groupsOf(out).restaurant = { gratuityAmount };
  out.settlementAmount = (d.authorizedAmount ?? 0) + gratuityAmount;
  return out;
}

/** Direct marketing / e-commerce data: groups 3 (total authorized, purchase identifier) and 12 (MOTO indicator). */
export function setDirectMarketing(
  d: DetailRecord,
  o: {
    purchaseIdentifier?: string;
    motoEcommerceIndicator?: string;
    totalAuthorizedAmount?: number;
    goodsIndicator?: 'D' | 'P';
  },
): DetailRecord {
  const out = copy(d);
  const g = groupsOf(out);
  const prev = g.directMarketing;
  const pid = o.purchaseIdentifier ?? prev?.purchaseIdentifier ?? '';
  g.directMarketing = {
    totalAuthorizedAmount: o.totalAuthorizedAmount ?? prev?.totalAuthorizedAmount ?? d.authorizedAmount ?? 0,
    purchaseIdentifierFormatCode: pid ? '1' : (prev?.purchaseIdentifierFormatCode ?? ''),
    purchaseIdentifier: pid,
  };
  const inst = g.directMarketingInstallment;
  g.directMarketingInstallment = {
    multipleClearingSequenceNumber: inst?.multipleClearingSequenceNumber ?? '00',
    multipleClearingSequenceCount: inst?.multipleClearingSequenceCount ?? '00',
    motoEcommerceIndicator: o.motoEcommerceIndicator ?? inst?.motoEcommerceIndicator ?? '1',
  };
  if (o.goodsIndicator) g.ecommerceGoods = { ecommerceGoodsIndicator: o.goodsIndicator };
  return out;
}

/** Purchase identifier (order number) of a direct marketing item. */
export function setPurchaseIdentifier(d: DetailRecord, purchaseIdentifier: string): DetailRecord {
  return setDirectMarketing(d, { purchaseIdentifier });
}

/** Installment `number` of `count` (group 12 sequence number/count, MOTO indicator 3 unless given). */
export function setInstallment(
  d: DetailRecord,
  o: { number: number; count: number; motoEcommerceIndicator?: string },
): DetailRecord {
  need(
    Number.isInteger(o.count) && o.count >= 1 && o.count <= 99,
    'groups.directMarketingInstallment.multipleClearingSequenceCount',
    'installment count must be 1-99',
    ErrorCode.OUT_OF_RANGE,
  );
  need(
    Number.isInteger(o.number) && o.number >= 1 && o.number <= o.count,
    'groups.directMarketingInstallment.multipleClearingSequenceNumber',
    'installment number must be 1..count',
    ErrorCode.OUT_OF_RANGE,
  );
  const out = setDirectMarketing(d, {
    motoEcommerceIndicator:
      o.motoEcommerceIndicator ?? d.groups?.directMarketingInstallment?.motoEcommerceIndicator ?? '3',
  });
  const g = groupsOf(out);
  g.directMarketingInstallment = {
    ...g.directMarketingInstallment,
    multipleClearingSequenceNumber: String(o.number).padStart(2, '0'),
    multipleClearingSequenceCount: String(o.count).padStart(2, '0'),
  };
  return out;
}

/** MOTO / e-commerce indicator (and optional goods indicator) on a card-not-present item. */
export function setMotoEcommerce(
  d: DetailRecord,
  motoEcommerceIndicator: string,
  goodsIndicator?: 'D' | 'P',
): DetailRecord {
  return setDirectMarketing(
    d,
    goodsIndicator ? { motoEcommerceIndicator, goodsIndicator } : { motoEcommerceIndicator },
  );
}

/** Marks the item voided (void indicator V): counted in the hashing total, not in the net deposit. */
export function voidDetail(d: DetailRecord): DetailRecord {
  return { ...copy(d), voidIndicator: 'V' };
}

/** A partial reversal was sent: status position 1 = 1, settle the remaining amount. */
export function partiallyReverse(d: DetailRecord, settlementAmount: number): DetailRecord {
  need(
    Number.isSafeInteger(settlementAmount) &&
      settlementAmount >= 0 &&
      settlementAmount <= (d.authorizedAmount ?? 0),
    'settlementAmount',
    'must be between 0 and the authorized amount',
    ErrorCode.OUT_OF_RANGE,
  );
  const status = d.transactionStatusCode ?? '00';
  return { ...copy(d), settlementAmount, transactionStatusCode: `1${status.charAt(1) || '0'}` };
}

/**
 * Healthcare (IIAS): market specific data indicator M (group 31), the Mastercard IIAS indicator as
 * detail extension tag IIA (0 not verified, 1 verified, 2 90 % exemption) and the Visa MVV (group 20).
 */
export function setHealthcare(
  d: DetailRecord,
  o: { substantiated?: '0' | '1' | '2'; merchantVerificationValue?: string } = {},
): DetailRecord {
  const out = copy(d);
  const g = groupsOf(out);
  g.marketSpecificData = { marketSpecificDataIndicator: 'M' };
  if (o.substantiated !== undefined) {
    const items = (g.detailExtension?.items ?? []).filter((i) => i.tag !== 'IIA');
    items.push({ tag: 'IIA', value: o.substantiated });
    g.detailExtension = { items };
  }
  if (o.merchantVerificationValue)
    g.merchantVerificationValue = { merchantVerificationValue: o.merchantVerificationValue };
  return out;
}

export interface HotelData {
  /** YYMMDD */
  checkInDate: string;
  folioNumber?: string;
  /** Up to six codes of Table 4.29 (2 restaurant, 3 gift shop, 4 mini-bar, 5 telephone, 6 other, 7 laundry). */
  extraCharges?: string;
  noShow?: boolean;
  /** Sum of the original and incremental authorizations (default: authorized amount). */
  totalAuthorizedAmount?: number;
  /** Amex hotel data (group 7). */
  amex?: { chargeType?: string; checkoutDate: string; stayDuration: number; lodgingRoomRate: number };
  /** Amex lodging renter name (group 34). */
  lodgingRenterName?: string;
}

/**
 * The leading fields groups 4 (auto rental) and 5 (hotel) share: total authorized amount, the
 * purchase identifier (agreement or folio number) with its format code, MSDI, no-show, extra charges.
 */
function stayFields(
  d: DetailRecord,
  o: { totalAuthorizedAmount?: number; noShow?: boolean; extraCharges?: string },
  purchaseIdentifier: string | undefined,
  formatCode: string,
  marketSpecificDataIndicator: string,
) {
  return {
    totalAuthorizedAmount: o.totalAuthorizedAmount ?? d.authorizedAmount ?? 0,
    purchaseIdentifierFormatCode: purchaseIdentifier ? formatCode : '',
    purchaseIdentifier: purchaseIdentifier ?? '',
    marketSpecificDataIndicator,
    noShowIndicator: o.noShow ? '1' : '0',
    extraCharges: o.extraCharges ?? '',
  };
}

/** Hotel data: group 5 (MSDI H), plus groups 7 and 34 for Amex. */
export function setHotel(d: DetailRecord, o: HotelData): DetailRecord {
  const out = copy(d);
  const g = groupsOf(out);
  g.hotel = { ...stayFields(d, o, o.folioNumber, '4', 'H'), checkInDate: o.checkInDate };
  if (o.amex) {
    g.hotelAmex = {
      chargeType: o.amex.chargeType ?? '',
      checkoutDate: o.amex.checkoutDate,
      stayDuration: String(o.amex.stayDuration).padStart(2, '0'),
      lodgingRoomRate: o.amex.lodgingRoomRate,
    };
  }
  if (o.lodgingRenterName) g.lodgingAdvice = { lodgingRenterName: o.lodgingRenterName };
  return out;
}

export interface AutoRentalData {
  /** YYMMDD the vehicle was picked up. */
  rentalDate: string;
  agreementNumber?: string;
  /** Up to six codes of Table 4.28 (1 gasoline, 2 extra mileage, 3 late return, 4 one way, 5 violation). */
  extraCharges?: string;
  noShow?: boolean;
  totalAuthorizedAmount?: number;
  /** Renter and return location (group 13, Mastercard). */
  renterName?: string;
  rentalReturnCity?: string;
  rentalReturnStateCountry?: string;
  rentalReturnLocationId?: string;
}

/** Auto rental data: group 4 (MSDI A) and, with renter/return data, group 13. */
export function setAutoRental(d: DetailRecord, o: AutoRentalData): DetailRecord {
  const out = copy(d);
  const g = groupsOf(out);
  g.autoRental = { ...stayFields(d, o, o.agreementNumber, '3', 'A'), rentalDate: o.rentalDate };
  if (o.renterName || o.rentalReturnCity || o.rentalReturnStateCountry || o.rentalReturnLocationId) {
    g.autoRentalExtended = {
      renterName: o.renterName ?? '',
      rentalReturnCity: o.rentalReturnCity ?? '',
      rentalReturnStateCountry: o.rentalReturnStateCountry ?? '',
      rentalReturnLocationId: o.rentalReturnLocationId ?? '',
    };
  }
  return out;
}

export interface PassengerTransportData {
  passengerNumber: number;
  passengerCount: number;
  restrictedTicket?: boolean;
  ticketNumber: string;
  passengerName: string;
  /** MMDDYY */
  departureDate: string;
  /** Origination airport code. */
  origin: string;
  /** One to four legs. */
  legs: { carrier: string; serviceClass: string; stopOver?: 'O' | 'X' | ''; destination: string }[];
}

/** Passenger transport (group 9). The travel agency code/name go in the header's group 1. */
export function setPassengerTransport(d: DetailRecord, o: PassengerTransportData): DetailRecord {
  need(
    o.legs.length >= 1 && o.legs.length <= 4,
    'groups.passengerTransport.tripLegs',
    'one to four trip legs',
    ErrorCode.OUT_OF_RANGE,
  );
  need(
    o.passengerNumber >= 1 && o.passengerNumber <= o.passengerCount && o.passengerCount <= 99,
    'groups.passengerTransport.multipleClearingSequenceNumber',
    'passenger number must be 1..count (count at most 99)',
    ErrorCode.OUT_OF_RANGE,
  );
  const out = copy(d);
  const tripLegs: TripLeg[] = o.legs.map((l) => ({
    carrierCode: l.carrier,
    serviceClass: l.serviceClass,
    stopOverCode: l.stopOver ?? '',
    destinationCityAirportCode: l.destination,
  }));
  groupsOf(out).passengerTransport = {
    restrictedTicketIndicator: o.restrictedTicket ? '1' : '0',
    multipleClearingSequenceNumber: String(o.passengerNumber).padStart(2, '0'),
    multipleClearingSequenceCount: String(o.passengerCount).padStart(2, '0'),
    ticketNumber: o.ticketNumber,
    passengerName: o.passengerName,
    departureDate: o.departureDate,
    originationCityAirportCode: o.origin,
    tripLegs,
  };
  return out;
}

/** Parses the SDK's leg notation `Carrier=DL;ServiceClass=C;StopOver=X;Destination=LAX`. */
export function parseLeg(text: string): PassengerTransportData['legs'][number] {
  const map = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  const carrier = map.get('carrier');
  const destination = map.get('destination');
  if (!carrier || !destination)
    throw settlementError(ErrorCode.INVALID_FORMAT, 'a leg needs Carrier and Destination', { field: 'legs' });
  const stop = (map.get('stopover') ?? '').toUpperCase();
  if (stop !== '' && stop !== 'O' && stop !== 'X')
    throw settlementError(ErrorCode.OUT_OF_RANGE, 'StopOver must be O, X or empty', { field: 'legs' });
  return {
    carrier,
    serviceClass: map.get('serviceclass') ?? '',
    stopOver: stop as 'O' | 'X' | '',
    destination,
  };
}
