import type { Group } from '../harness.js';
import { lrcGroup, wideGroup } from './core.js';
import { datawireGroup } from './datawire.js';
import { paymentechGroup } from './paymentech.js';
import { trustcommerceGroup } from './trustcommerce.js';
import { tsysBatchGroup, tsysFramingGroup, tsysRequestGroup, tsysResponseGroup } from './tsys.js';

/** Every benchmark group, in the order they run. */
export const groups: Group[] = [
  tsysRequestGroup,
  tsysResponseGroup,
  tsysFramingGroup,
  tsysBatchGroup,
  paymentechGroup,
  datawireGroup,
  trustcommerceGroup,
  lrcGroup,
  wideGroup,
];
