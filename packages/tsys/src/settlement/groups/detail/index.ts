/** Detail record optional data groups (EIS 1081 Table 3.6), in group-number order. */
import type { GroupDef } from '../group-def.js';
import { type DetailCashBack, detailGroup1 } from './g01-cash-back.js';
import { type DetailRestaurant, detailGroup2 } from './g02-restaurant.js';
import { type DetailDirectMarketing, detailGroup3 } from './g03-direct-marketing.js';
import { type DetailAutoRental, detailGroup4 } from './g04-auto-rental.js';
import { type DetailHotel, detailGroup5 } from './g05-hotel.js';
import { type DetailHotelNonFrontDesk, detailGroup6 } from './g06-hotel-non-front-desk.js';
import { type DetailHotelAmex, detailGroup7 } from './g07-hotel-amex.js';
import { type DetailCommercialCardLevel2Legacy, detailGroup8 } from './g08-commercial-card-level2-legacy.js';
import { type DetailPassengerTransport, detailGroup9 } from './g09-passenger-transport.js';
import { type DetailDirectDebit, detailGroup10 } from './g10-direct-debit.js';
import { type DetailLaneId, detailGroup11 } from './g11-lane-id.js';
import { type DetailDirectMarketingInstallment, detailGroup12 } from './g12-direct-marketing-installment.js';
import { type DetailAutoRentalExtended, detailGroup13 } from './g13-auto-rental-extended.js';
import { type DetailServiceDevelopment, detailGroup14 } from './g14-service-development.js';
import { type DetailExistingDebt, detailGroup16 } from './g16-existing-debt.js';
import {
  type DetailUniversalCardholderAuthentication,
  detailGroup17,
} from './g17-universal-cardholder-authentication.js';
import { type DetailEcommerceGoods, detailGroup18 } from './g18-ecommerce-goods.js';
import { type DetailCcsPrivateLabel, detailGroup19 } from './g19-ccs-private-label.js';
import { type DetailMerchantVerificationValue, detailGroup20 } from './g20-merchant-verification-value.js';
import { type DetailAmexPurchasingCard, detailGroup21 } from './g21-amex-purchasing-card.js';
import { type DetailCommercialCardLevel2, detailGroup22 } from './g22-commercial-card-level2.js';
import { type DetailCommercialCard, detailGroup25 } from './g25-commercial-card.js';
import { type DetailVisaEnhancedData, detailGroup26 } from './g26-visa-enhanced-data.js';
import { type DetailMastercardEnhancedData, detailGroup27 } from './g27-mastercard-enhanced-data.js';
import { type DetailCanadianTaxItemCount, detailGroup29 } from './g29-canadian-tax-item-count.js';
import { type DetailAmexChargeDescriptors, detailGroup30 } from './g30-amex-charge-descriptors.js';
import { type DetailMarketSpecificData, detailGroup31 } from './g31-market-specific-data.js';
import { type DetailPosDataCode, detailGroup32 } from './g32-pos-data-code.js';
import { type DetailRetailAdvice, detailGroup33 } from './g33-retail-advice.js';
import { type DetailLodgingAdvice, detailGroup34 } from './g34-lodging-advice.js';
import { type DetailAdviceLineItemCounts, detailGroup35 } from './g35-advice-line-item-counts.js';
import { type DetailLocationDetail, detailGroup36 } from './g36-location-detail.js';
import { type DetailMastercardMiscellaneous, detailGroup37 } from './g37-mastercard-miscellaneous.js';
import { type DetailVisaMiscellaneous, detailGroup38 } from './g38-visa-miscellaneous.js';
import {
  type DetailAmexCorporatePurchasingExtension,
  detailGroup39,
} from './g39-amex-corporate-purchasing-extension.js';
import { type DetailDiscoverMiscellaneous, detailGroup40 } from './g40-discover-miscellaneous.js';
import type { DetailDetailExtension } from './g41-detail-extension.js';
import { type DetailAmexAutoRental, detailGroup42 } from './g42-amex-auto-rental.js';
import { type DetailAmexInsurance, detailGroup43 } from './g43-amex-insurance.js';
import { type DetailAch, detailGroup44 } from './g44-ach.js';
import { type DetailTransactionSecurity, detailGroup45 } from './g45-transaction-security.js';
import { type DetailMerchantSoftDescriptor, detailGroup46 } from './g46-merchant-soft-descriptor.js';

export { stopOverCodes, type TripLeg } from './g09-passenger-transport.js';
export { GROUP_MAP_EXTENSION, GROUP_MAP_EXTENSION_LENGTH } from './g23-group-map-extension.js';
export {
  DETAIL_EXTENSION_GROUP,
  type DetailExtensionItem,
  type DetailExtensionTag,
  detailExtensionTags,
} from './g41-detail-extension.js';
export { reservedDetailGroups } from './reserved.js';
export { noShowIndicators, purchaseIdentifierFormatCodes } from './shared.js';

/** Fixed-layout detail groups (every group but 23 map extension, 41 detail extension and the reserved 15/24/28). */
export const fixedDetailGroups: readonly GroupDef[] = [
  detailGroup1,
  detailGroup2,
  detailGroup3,
  detailGroup4,
  detailGroup5,
  detailGroup6,
  detailGroup7,
  detailGroup8,
  detailGroup9,
  detailGroup10,
  detailGroup11,
  detailGroup12,
  detailGroup13,
  detailGroup14,
  detailGroup16,
  detailGroup17,
  detailGroup18,
  detailGroup19,
  detailGroup20,
  detailGroup21,
  detailGroup22,
  detailGroup25,
  detailGroup26,
  detailGroup27,
  detailGroup29,
  detailGroup30,
  detailGroup31,
  detailGroup32,
  detailGroup33,
  detailGroup34,
  detailGroup35,
  detailGroup36,
  detailGroup37,
  detailGroup38,
  detailGroup39,
  detailGroup40,
  detailGroup42,
  detailGroup43,
  detailGroup44,
  detailGroup45,
  detailGroup46,
];

/** Optional data groups of a detail record, keyed by name (the group map is computed from which are present). */
export interface DetailGroups {
  /** ODG1 Cash Back */
  cashBack?: DetailCashBack;
  /** ODG2 Restaurant */
  restaurant?: DetailRestaurant;
  /** ODG3 Direct Marketing */
  directMarketing?: DetailDirectMarketing;
  /** ODG4 Auto Rental */
  autoRental?: DetailAutoRental;
  /** ODG5 Hotel */
  hotel?: DetailHotel;
  /** ODG6 Hotel - Not Front Desk (Non-Lodging Purchase) */
  hotelNonFrontDesk?: DetailHotelNonFrontDesk;
  /** ODG7 Hotel - American Express */
  hotelAmex?: DetailHotelAmex;
  /** ODG8 Non-T&E Commercial Card Level II (superseded by group 22) */
  commercialCardLevel2Legacy?: DetailCommercialCardLevel2Legacy;
  /** ODG9 Passenger Transport */
  passengerTransport?: DetailPassengerTransport;
  /** ODG10 Direct Debit */
  directDebit?: DetailDirectDebit;
  /** ODG11 Lane ID */
  laneId?: DetailLaneId;
  /** ODG12 Direct Marketing - Installment or Recurring Payments */
  directMarketingInstallment?: DetailDirectMarketingInstallment;
  /** ODG13 Auto Rental (renter and return location) */
  autoRentalExtended?: DetailAutoRentalExtended;
  /** ODG14 Service Development Indicator */
  serviceDevelopment?: DetailServiceDevelopment;
  /** ODG16 Existing Debt Indicator (Visa only) */
  existingDebt?: DetailExistingDebt;
  /** ODG17 Universal Cardholder Authentication */
  universalCardholderAuthentication?: DetailUniversalCardholderAuthentication;
  /** ODG18 e-Commerce Goods Indicator */
  ecommerceGoods?: DetailEcommerceGoods;
  /** ODG19 CCS Private Label */
  ccsPrivateLabel?: DetailCcsPrivateLabel;
  /** ODG20 Merchant Verification Value */
  merchantVerificationValue?: DetailMerchantVerificationValue;
  /** ODG21 American Express Corporate Purchasing Card */
  amexPurchasingCard?: DetailAmexPurchasingCard;
  /** ODG22 U.S. Non-T&E Commercial Card Level II */
  commercialCardLevel2?: DetailCommercialCardLevel2;
  /** ODG25 Commercial Card / Level II (Non-T&E and Fleet Non-fuel) */
  commercialCard?: DetailCommercialCard;
  /** ODG26 Visa Card Enhanced Data (Level III) */
  visaEnhancedData?: DetailVisaEnhancedData;
  /** ODG27 MasterCard Enhanced Data (Level III) */
  mastercardEnhancedData?: DetailMastercardEnhancedData;
  /** ODG29 Canadian Tax Item Count */
  canadianTaxItemCount?: DetailCanadianTaxItemCount;
  /** ODG30 American Express CPC Charge Descriptors */
  amexChargeDescriptors?: DetailAmexChargeDescriptors;
  /** ODG31 Market Specific Data Indicator */
  marketSpecificData?: DetailMarketSpecificData;
  /** ODG32 POS Data Code */
  posDataCode?: DetailPosDataCode;
  /** ODG33 Retail Transaction Advice Addenda */
  retailAdvice?: DetailRetailAdvice;
  /** ODG34 Lodging Transaction Advice Addenda */
  lodgingAdvice?: DetailLodgingAdvice;
  /** ODG35 Transaction Advice Line Item Counts */
  adviceLineItemCounts?: DetailAdviceLineItemCounts;
  /** ODG36 Location Detail Transaction Advice Addenda */
  locationDetail?: DetailLocationDetail;
  /** ODG37 MasterCard Miscellaneous Fields */
  mastercardMiscellaneous?: DetailMastercardMiscellaneous;
  /** ODG38 Visa Miscellaneous Fields */
  visaMiscellaneous?: DetailVisaMiscellaneous;
  /** ODG39 Amex CAPN Corporate Purchasing Solution Extension */
  amexCorporatePurchasingExtension?: DetailAmexCorporatePurchasingExtension;
  /** ODG40 Discover/PayPal Miscellaneous Fields */
  discoverMiscellaneous?: DetailDiscoverMiscellaneous;
  /** ODG41 Detail Extension (tag/size/value items) */
  detailExtension?: DetailDetailExtension;
  /** ODG42 Amex Auto Rental */
  amexAutoRental?: DetailAmexAutoRental;
  /** ODG43 Amex Insurance */
  amexInsurance?: DetailAmexInsurance;
  /** ODG44 ACH (TSYS internal use) */
  ach?: DetailAch;
  /** ODG45 Transaction Security Indicator */
  transactionSecurity?: DetailTransactionSecurity;
  /** ODG46 Merchant Soft Descriptor */
  merchantSoftDescriptor?: DetailMerchantSoftDescriptor;
}

/** Group number of each `groups` key of a detail record. */
export const detailGroupNumbers: Readonly<Record<string, number>> = Object.fromEntries([
  ...fixedDetailGroups.map((g) => [g.key, g.number] as const),
  ['detailExtension', 41],
  ['groupMapExtension', 23],
]);
