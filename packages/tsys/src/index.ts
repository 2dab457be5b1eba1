import type { MessageKind } from '@paywire/core';
import { authKinds } from './auth/index.js';
import { settlementKinds } from './settlement/index.js';

export * from './auth/index.js';
export * from './settlement/index.js';

/** Every message kind of this package, for the CLI and the inspector. */
export const kinds: readonly MessageKind<unknown>[] = [...authKinds, ...settlementKinds];
