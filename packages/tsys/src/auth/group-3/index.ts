// Group III (EIS 1080 v17.6 §5.2): one table file per version, a registry and the record codec.

export { decodeGroupIII, encodeGroupIII, redactGroupIII } from './codec.js';
export { groupIIIVersions } from './registry.js';
export type {
  Direction,
  GroupIIILayout,
  GroupIIIRecord,
  GroupIIIStatus,
  GroupIIIVersionSpec,
} from './types.js';
export { commercialCardRequestIndicators, commercialCardResponseIndicators } from './v001.js';
export {
  verificationCodePresenceIndicators,
  verificationCodeResponseTypes,
  verificationCodeResultCodes,
} from './v007.js';
export { chipConditionCodes } from './v011.js';
export { motoEcommerceIndicators } from './v014.js';
export { serviceDevelopmentIndicators } from './v015.js';
export { cavvResultsCodes } from './v017.js';
export { specialConditionIndicators } from './v018.js';
export { ucafCollectionIndicators } from './v019.js';
export {
  ADDITIONAL_AMOUNT_SLOTS,
  type AdditionalAmount,
  additionalAmountAccountTypes,
  additionalAmountSigns,
  additionalAmountsFromFields,
  additionalAmountsToFields,
  additionalAmountTypes,
  healthcareAmountTypes,
} from './v022.js';
export {
  buildHealthcareMemberData,
  type HealthcareService,
  MAX_HEALTHCARE_SERVICES,
  MAX_MEMBER_DEFINED_DATA,
  parseHealthcareMemberData,
} from './v023.js';
export { transactionFeeSigns } from './v025.js';
export { partialAuthorizationIndicators } from './v026.js';
export {
  type PosDataCode,
  type PosDataCodeSubfield,
  posDataCodeFromString,
  posDataCodeSubfields,
  posDataCodeToString,
} from './v027.js';
export { realTimeSubstantiationIndicators } from './v037.js';
export { isaChargeIndicators } from './v040.js';
export { MAX_V045_ISSUER_SCRIPTS } from './v045.js';
export { cardTypes } from './v046.js';
export { tokenStatuses } from './v053.js';
export { spendQualifiedIndicators } from './v061.js';
export { authorizationIndicators } from './v067.js';
export { registeredUserIndicators } from './v068.js';
export { posEnvironmentIndicators } from './v071.js';
export { transactionIntegrityClasses } from './v074.js';
export { canadaDomesticIndicators } from './v075.js';
