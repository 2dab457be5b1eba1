import { gatewayTarget } from './gateway.js';
import { giftTarget } from './gift.js';
import { paymentechTarget } from './paymentech.js';
import type { ClientName, TargetDefinition } from './target.js';
import { tclinkTarget } from './tclink.js';
import { tsysTarget } from './tsys.js';

/** The load target of each client, in report order. */
export const targets: Readonly<Record<ClientName, TargetDefinition>> = {
  tsys: tsysTarget(4),
  paymentech: paymentechTarget,
  tclink: tclinkTarget,
  gift: giftTarget,
  gateway: gatewayTarget,
};

export { gatewayConfig, gatewayTarget } from './gateway.js';
export { giftCards, giftTarget } from './gift.js';
export { paymentechTarget } from './paymentech.js';
export {
  amountOf,
  type CallOutcome,
  CLIENT_NAMES,
  type ClientName,
  type LoadTarget,
  type TargetDefinition,
} from './target.js';
export { tclinkTarget } from './tclink.js';
export { TSYS_MERCHANT, tsysTarget } from './tsys.js';
