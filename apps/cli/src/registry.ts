/**
 * Every message kind the CLI knows. Each codec package exports its kinds as `kinds`.
 */

import type { MessageKind } from '@paywire/core';
import { kinds as datawireKinds } from '@paywire/datawire';
import { kinds as fdmsGiftKinds } from '@paywire/fdms-gift';
import { kinds as paymentechKinds } from '@paywire/paymentech';
import { kinds as trustcommerceKinds } from '@paywire/trustcommerce';
import { kinds as tsysKinds } from '@paywire/tsys';

export const registry: readonly MessageKind<unknown>[] = [
  ...tsysKinds,
  ...paymentechKinds,
  ...datawireKinds,
  ...fdmsGiftKinds,
  ...trustcommerceKinds,
];

export function findKind(name: string): MessageKind<unknown> | undefined {
  return registry.find((k) => k.name === name);
}
