// NetConnect hosts (notes a.1 and tampa-more 4; seed `server` default).

/** Certification (test) hosts: primary and secondary. */
export const NETCONNECT_CERTIFICATION_URL =
  'https://netconnectvar1.chasepaymentech.com/NetConnect/controller';
export const NETCONNECT_CERTIFICATION_URL_SECONDARY =
  'https://netconnectvar2.chasepaymentech.com/NetConnect/controller';

/** Production hosts as the seed's default and the IXOPAY page give them. */
export const NETCONNECT_PRODUCTION_URL = 'https://netconnect1.chasepaymentech.com/NetConnect/controller';
export const NETCONNECT_PRODUCTION_URL_SECONDARY =
  'https://netconnect2.chasepaymentech.com/NetConnect/controller';

/** Older production names used by ActiveMerchant (same path, paymentech.net domain). */
export const NETCONNECT_LEGACY_PRODUCTION_URLS: readonly string[] = Object.freeze([
  'https://netconnect1.paymentech.net/NetConnect/controller',
  'https://netconnect2.paymentech.net/NetConnect/controller',
]);
