import type { MessageKind } from '@paywire/core';

/** EIS 1080 message kinds (tsys-auth-request, tsys-auth-response). */
export const authKinds: readonly MessageKind<unknown>[] = [];
