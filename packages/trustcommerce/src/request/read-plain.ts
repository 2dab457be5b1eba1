/**
 * Reads the plain (not order-line) typed properties of a request into `out`, in the order of the
 * parameter table (`params/appendix-e.ts`). One named property read per site, so each read stays a
 * fast inline-cached load instead of a generic lookup by a varying key. `encode-fast.ts` checks
 * at load that this list matches the table and falls back to reading by the table's names if not.
 */
export function readPlainProps(r: Record<string, unknown>, out: unknown[]): void {
  out[0] = r.custId;
  out[1] = r.password;
  out[2] = r.action;
  out[3] = r.demo;
  out[4] = r.ticket;
  out[5] = r.operator;
  out[6] = r.media;
  out[7] = r.currency;
  out[8] = r.amount;
  out[9] = r.cc;
  out[10] = r.exp;
  out[11] = r.cvv;
  out[12] = r.checkCvv;
  out[13] = r.track1;
  out[14] = r.track2;
  out[15] = r.routing;
  out[16] = r.account;
  out[17] = r.billingId;
  out[18] = r.verify;
  out[19] = r.transId;
  out[20] = r.avs;
  out[21] = r.name;
  out[22] = r.address1;
  out[23] = r.address2;
  out[24] = r.zip;
  out[25] = r.city;
  out[26] = r.state;
  out[27] = r.country;
  out[28] = r.phone;
  out[29] = r.email;
  out[30] = r.ip;
  out[31] = r.offlineAuthCode;
  out[32] = r.cycle;
  out[33] = r.start;
  out[34] = r.payments;
  out[35] = r.authNow;
  out[36] = r.lastPaymentUnstore;
  out[37] = r.wallet;
  out[38] = r.walletSize;
  out[39] = r.walletExposure;
  out[40] = r.threshold;
  out[41] = r.fraudThreshold;
  out[42] = r.purchaseLevel;
  out[43] = r.purchaseOrderNum;
  out[44] = r.tax;
  out[45] = r.shipToSame;
  out[46] = r.shipToName;
  out[47] = r.shipToAddress1;
  out[48] = r.shipToAddress2;
  out[49] = r.shipToCity;
  out[50] = r.shipToState;
  out[51] = r.shipToZip;
  out[52] = r.shipToCountry;
  out[53] = r.shippingCode;
  out[54] = r.shippingHandling;
  out[55] = r.numItems;
}
