import type { MessageKind } from '@paywire/core';

/** Every message kind of this package, for the CLI and the inspector. */
export const kinds: readonly MessageKind<unknown>[] = [];
