/**
 * Reads the plain (not order-line) typed properties of a request, in the order of the parameter
 * table (`params/appendix-e.ts`), and appends each one that is not undefined to `out` as its
 * table index and value. Returns the number of entries written (twice the properties found). One
 * named property read per site keeps each read a fast inline-cached load instead of a generic
 * lookup by a varying key. `encode-fast.ts` checks at load that this list matches the table and
 * reads by the table's names instead if it does not.
 */
export function readPlainProps(r: Record<string, unknown>, out: unknown[]): number {
  let n = 0;
  let v: unknown;
  v = r.custId;
  if (v !== undefined) {
    out[n++] = 0;
    out[n++] = v;
  }
  v = r.password;
  if (v !== undefined) {
    out[n++] = 1;
    out[n++] = v;
  }
  v = r.action;
  if (v !== undefined) {
    out[n++] = 2;
    out[n++] = v;
  }
  v = r.demo;
  if (v !== undefined) {
    out[n++] = 3;
    out[n++] = v;
  }
  v = r.ticket;
  if (v !== undefined) {
    out[n++] = 4;
    out[n++] = v;
  }
  v = r.operator;
  if (v !== undefined) {
    out[n++] = 5;
    out[n++] = v;
  }
  v = r.media;
  if (v !== undefined) {
    out[n++] = 6;
    out[n++] = v;
  }
  v = r.currency;
  if (v !== undefined) {
    out[n++] = 7;
    out[n++] = v;
  }
  v = r.amount;
  if (v !== undefined) {
    out[n++] = 8;
    out[n++] = v;
  }
  v = r.cc;
  if (v !== undefined) {
    out[n++] = 9;
    out[n++] = v;
  }
  v = r.exp;
  if (v !== undefined) {
    out[n++] = 10;
    out[n++] = v;
  }
  v = r.cvv;
  if (v !== undefined) {
    out[n++] = 11;
    out[n++] = v;
  }
  v = r.checkCvv;
  if (v !== undefined) {
    out[n++] = 12;
    out[n++] = v;
  }
  v = r.track1;
  if (v !== undefined) {
    out[n++] = 13;
    out[n++] = v;
  }
  v = r.track2;
  if (v !== undefined) {
    out[n++] = 14;
    out[n++] = v;
  }
  v = r.routing;
  if (v !== undefined) {
    out[n++] = 15;
    out[n++] = v;
  }
  v = r.account;
  if (v !== undefined) {
    out[n++] = 16;
    out[n++] = v;
  }
  v = r.billingId;
  if (v !== undefined) {
    out[n++] = 17;
    out[n++] = v;
  }
  v = r.verify;
  if (v !== undefined) {
    out[n++] = 18;
    out[n++] = v;
  }
  v = r.transId;
  if (v !== undefined) {
    out[n++] = 19;
    out[n++] = v;
  }
  v = r.avs;
  if (v !== undefined) {
    out[n++] = 20;
    out[n++] = v;
  }
  v = r.name;
  if (v !== undefined) {
    out[n++] = 21;
    out[n++] = v;
  }
  v = r.address1;
  if (v !== undefined) {
    out[n++] = 22;
    out[n++] = v;
  }
  v = r.address2;
  if (v !== undefined) {
    out[n++] = 23;
    out[n++] = v;
  }
  v = r.zip;
  if (v !== undefined) {
    out[n++] = 24;
    out[n++] = v;
  }
  v = r.city;
  if (v !== undefined) {
    out[n++] = 25;
    out[n++] = v;
  }
  v = r.state;
  if (v !== undefined) {
    out[n++] = 26;
    out[n++] = v;
  }
  v = r.country;
  if (v !== undefined) {
    out[n++] = 27;
    out[n++] = v;
  }
  v = r.phone;
  if (v !== undefined) {
    out[n++] = 28;
    out[n++] = v;
  }
  v = r.email;
  if (v !== undefined) {
    out[n++] = 29;
    out[n++] = v;
  }
  v = r.ip;
  if (v !== undefined) {
    out[n++] = 30;
    out[n++] = v;
  }
  v = r.offlineAuthCode;
  if (v !== undefined) {
    out[n++] = 31;
    out[n++] = v;
  }
  v = r.cycle;
  if (v !== undefined) {
    out[n++] = 32;
    out[n++] = v;
  }
  v = r.start;
  if (v !== undefined) {
    out[n++] = 33;
    out[n++] = v;
  }
  v = r.payments;
  if (v !== undefined) {
    out[n++] = 34;
    out[n++] = v;
  }
  v = r.authNow;
  if (v !== undefined) {
    out[n++] = 35;
    out[n++] = v;
  }
  v = r.lastPaymentUnstore;
  if (v !== undefined) {
    out[n++] = 36;
    out[n++] = v;
  }
  v = r.wallet;
  if (v !== undefined) {
    out[n++] = 37;
    out[n++] = v;
  }
  v = r.walletSize;
  if (v !== undefined) {
    out[n++] = 38;
    out[n++] = v;
  }
  v = r.walletExposure;
  if (v !== undefined) {
    out[n++] = 39;
    out[n++] = v;
  }
  v = r.threshold;
  if (v !== undefined) {
    out[n++] = 40;
    out[n++] = v;
  }
  v = r.fraudThreshold;
  if (v !== undefined) {
    out[n++] = 41;
    out[n++] = v;
  }
  v = r.purchaseLevel;
  if (v !== undefined) {
    out[n++] = 42;
    out[n++] = v;
  }
  v = r.purchaseOrderNum;
  if (v !== undefined) {
    out[n++] = 43;
    out[n++] = v;
  }
  v = r.tax;
  if (v !== undefined) {
    out[n++] = 44;
    out[n++] = v;
  }
  v = r.shipToSame;
  if (v !== undefined) {
    out[n++] = 45;
    out[n++] = v;
  }
  v = r.shipToName;
  if (v !== undefined) {
    out[n++] = 46;
    out[n++] = v;
  }
  v = r.shipToAddress1;
  if (v !== undefined) {
    out[n++] = 47;
    out[n++] = v;
  }
  v = r.shipToAddress2;
  if (v !== undefined) {
    out[n++] = 48;
    out[n++] = v;
  }
  v = r.shipToCity;
  if (v !== undefined) {
    out[n++] = 49;
    out[n++] = v;
  }
  v = r.shipToState;
  if (v !== undefined) {
    out[n++] = 50;
    out[n++] = v;
  }
  v = r.shipToZip;
  if (v !== undefined) {
    out[n++] = 51;
    out[n++] = v;
  }
  v = r.shipToCountry;
  if (v !== undefined) {
    out[n++] = 52;
    out[n++] = v;
  }
  v = r.shippingCode;
  if (v !== undefined) {
    out[n++] = 53;
    out[n++] = v;
  }
  v = r.shippingHandling;
  if (v !== undefined) {
    out[n++] = 54;
    out[n++] = v;
  }
  v = r.numItems;
  if (v !== undefined) {
    out[n++] = 55;
    out[n++] = v;
  }
  return n;
}
