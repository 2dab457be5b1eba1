/** The eight actions of guide 2.5 (§IV "Required Parameters", the `action` row). */

export const ACTIONS = [
  'preauth',
  'sale',
  'postauth',
  'credit',
  'chargeback',
  'store',
  'unstore',
  'walletsale',
] as const;

export type Action = (typeof ACTIONS)[number];

export const ACTION_MEANINGS: Readonly<Record<Action, string>> = {
  preauth: 'authorization only, captured later by a postauth',
  sale: 'authorization and capture',
  postauth: 'capture of an earlier preauth',
  credit: 'return of funds for an earlier transaction',
  chargeback: 'chargeback of an earlier transaction',
  store: 'store billing data in the Citadel (billing ID), optionally recurring or wallet',
  unstore: 'deactivate a billing ID',
  walletsale: 'micro payment on a wallet-enabled billing ID',
};

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}
