import type { MessageKind } from '@paywire/core';

/** EIS 1081 message kinds (tsys-settlement-request, tsys-settlement-response). */
export const settlementKinds: readonly MessageKind<unknown>[] = [];
