export {
  type EngineResult,
  type TrustCommerceAction,
  type TrustCommerceCredentials,
  TrustCommerceEngine,
  type TrustCommerceEngineOptions,
  type TrustCommerceTransaction,
  type TrustCommerceVaultEntry,
} from './engine.js';
export {
  findEndLine,
  startTrustCommerceHost,
  summarizePairs,
  TRUSTCOMMERCE_HTTPS_PATH,
  TRUSTCOMMERCE_REQUEST_KIND,
  type TrustCommerceEndpoints,
  type TrustCommerceHost,
  type TrustCommerceHostOptions,
  type TrustCommerceState,
} from './host.js';
