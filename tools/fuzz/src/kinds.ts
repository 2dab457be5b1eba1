/** Every registered message kind (the same list as the `paywire` CLI) and each codec's input limit. */

import type { MessageKind } from '@paywire/core';
import { kinds as datawireKinds } from '@paywire/datawire';
import { kinds as fdmsGiftKinds } from '@paywire/fdms-gift';
import { kinds as paymentechKinds } from '@paywire/paymentech';
import { kinds as trustcommerceKinds } from '@paywire/trustcommerce';
import { kinds as tsysKinds } from '@paywire/tsys';

export const allKinds: readonly MessageKind<unknown>[] = [
  ...tsysKinds,
  ...paymentechKinds,
  ...datawireKinds,
  ...fdmsGiftKinds,
  ...trustcommerceKinds,
];

/**
 * The largest input each decoder accepts (bytes), as each package documents and enforces it;
 * one byte more must be refused with 702 INPUT_TOO_LARGE before any parsing.
 */
export const MAX_INPUT: Readonly<Record<string, number>> = {
  'tsys-auth-request': 8192, // MAX_AUTH_MESSAGE_BYTES
  'tsys-auth-response': 8192, // MAX_AUTH_MESSAGE_BYTES
  'tsys-settlement-request': 8 * 1024 * 1024, // MAX_BATCH_BYTES
  'tsys-settlement-response': 8192, // MAX_BATCH_RESPONSE_BYTES
  'paymentech-request': 8192, // MAX_MESSAGE_LENGTH
  'paymentech-response': 8192,
  'datawire-request': 256 * 1024, // XML_LIMITS.maxLength
  'datawire-response': 256 * 1024,
  'fdms-gift-request': 64 * 1024, // MAX_PAYLOAD
  'fdms-gift-response': 64 * 1024,
  'trustcommerce-request': 65_536, // MAX_DOCUMENT_BYTES (HTTPS form); the socket form stops at 15,999
  'trustcommerce-response': 65_536, // MAX_DOCUMENT_BYTES
};

export function findKind(name: string): MessageKind<unknown> | undefined {
  return allKinds.find((k) => k.name === name);
}
