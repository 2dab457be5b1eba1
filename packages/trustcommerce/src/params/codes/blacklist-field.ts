/** Guide §XV, "Blacklist Return Parameters": the values of `blacklistfield`. */

export const BLACKLIST_FIELD = {
  name: 'cardholder name',
  cc: 'card number',
  zip: 'zip code',
  address1: 'street address',
  state: 'state',
  country: 'country',
  email: 'email address',
  phone: 'phone number',
  ip: 'customer IP address',
} as const;

export type BlacklistField = keyof typeof BLACKLIST_FIELD;
