/**
 * TSYS cases: EIS 1080 authorization requests (retail track 2, keyed e-commerce with AVS/CVV and
 * Group III, healthcare with G3v022/G3v037) and responses, framing + LRC throughput, and a
 * 1,000-detail EIS 1081 settlement batch. Fixtures are the captured packets of
 * packages/tsys/test/vectors/auth-captures.json and requests made by the package's builders.
 */

import { ETX, FS, frame, fromEscaped, GS, lrc, STX, unframe } from '@paywire/core';
import {
  type AuthorizationRequest,
  buildBatch,
  buildHealthcare,
  buildKeyedEcommerce,
  buildRetailSwipe,
  type DetailRecord,
  decodeAuthRequest,
  decodeAuthResponse,
  decodeBatch,
  encodeAuthRequest,
  encodeBatch,
  type MerchantProfile,
} from '@paywire/tsys';
import { type Group, keep, type Result } from '../harness.js';

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');
const FS_ = String.fromCharCode(FS);
const GS_ = String.fromCharCode(GS);

// ---------------------------------------------------------------------------------------------
// fixtures

// Merchant of the TSYS test-host captures (tsys-wire notes §8.1).
const merchant: MerchantProfile = {
  acquirerBin: '999995',
  merchantNumber: '999999999911',
  storeNumber: '0011',
  terminalNumber: '9911',
  merchantCategoryCode: '5999',
  name: 'VisaNet Merchant',
  city: 'Sterling',
  state: 'VA',
  zip: '20165',
  servicePhone: '800-5551234',
  developerId: '000136',
  applicationId: 'B248',
  deviceCode: 'Q',
};
const now = new Date('2026-01-15T12:00:00Z');

const retail = buildRetailSwipe({
  merchant,
  sequenceNumber: 14,
  card: { track: ';4012000010000=3012101000158?' },
  amount: 13500,
  now,
});
const ecommerce = buildKeyedEcommerce({
  merchant,
  sequenceNumber: 15,
  card: { pan: '4219876128293505', expMonth: 12, expYear: 2030 },
  amount: 8800,
  cvv: '999',
  avs: { street: '123 MAIN ST', zip: '85284' },
  options: { partialAuthorization: true },
  now,
});
const healthcare = buildHealthcare({
  merchant,
  sequenceNumber: 16,
  card: { track: ';5499740000000057=30121011000012300000?' },
  amount: 10000,
  healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
  partialAuthorization: true,
  now,
});

// Captured packets (auth-captures.json: request 8.2 with eleven Group III records, response 8.1 #1
// and the 8.2 response with many Group III records).
const captured82 = decodeAuthRequest(
  frame(
    fromEscaped(
      'D4.99999599999999991100119911QR84084022030    007055999Y000154ZD4123459999992349=990999999999999999<FS><FS><FS>000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>001!010<GS>020000136B248<FS><FS><GS>02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>0211EB2C1772D<GS>025D00000150<FS><GS>027H11101C13336<GS>032<GS>034<GS>040<GS>046<GS>061',
    ),
  ),
) as AuthorizationRequest;
const responseShort = frame(
  fromEscaped(
    'E4.E001199115001400TAS682082014131243APPROVAL TAS682 0423217502302 000000008705348<FS>S40U<FS>020',
  ),
);
const responseLong = frame(
  fromEscaped(
    'E4.N001199115000100TAS131111414155234APPROVAL TAS131 0431820501497 000000000579293<FS>5A58<FS>0010<GS>020<GS>02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>021<GS>025<GS>027<GS>032<FS><FS><FS><FS>840<FS><FS><FS><FS><FS><FS><GS>034A <FS><GS>040<FS><GS>046VISA<FS><GS>061<FS>',
  ),
);

// ---------------------------------------------------------------------------------------------
// naive implementation of the same packets: string concatenation, TextEncoder, no validation

// biome-ignore lint/suspicious/noExplicitAny: the naive baselines read values untyped, as hand-written code does
type Any = Record<string, any>;

function naiveFrame(body: string): Uint8Array {
  let x = ETX;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return encoder.encode(`\x02${body}\x03${String.fromCharCode(x)}`);
}

function naiveGroupI(m: Any): string {
  let s =
    m.recordFormat +
    m.applicationType +
    '.' +
    m.acquirerBin +
    m.merchantNumber.padStart(12, '0') +
    m.storeNumber.padStart(4, '0') +
    m.terminalNumber.padStart(4, '0') +
    m.deviceCode +
    m.industryCode +
    m.currencyCode +
    m.countryCode +
    m.cityCode.padEnd(9, ' ') +
    m.languageIndicator +
    m.timeZoneDifferential +
    m.merchantCategoryCode +
    m.requestedAci +
    m.transactionSequenceNumber +
    m.transactionCode +
    m.cardholderIdentificationCode +
    m.accountDataSource;
  if (m.track !== undefined) s += m.track + FS_;
  else s += m.accountNumber + FS_ + (m.expirationDate ?? '') + FS_ + (m.customerDataItem3 ?? '') + FS_;
  s += (m.cardholderIdentificationData ?? '') + FS_;
  s += (m.receivingInstitutionId ?? '') + FS_;
  s += m.transactionAmount + FS_;
  s += (m.secondaryAmount ?? '') + FS_;
  const msd = m.marketSpecificData;
  s += (msd ? msd.prestigiousIndicator + msd.identifier + msd.duration.padStart(2, '0') : '') + FS_;
  const cad = m.cardAcceptorData;
  s +=
    (cad ? cad.merchantName.padEnd(25, ' ') + cad.merchantCity.padEnd(13, ' ') + cad.merchantState : '') +
    FS_;
  s += (m.originalTransactionId ?? '') + FS_;
  s += FS_;
  return s;
}

function naiveGroupIII(records: Any[]): string {
  const parts: string[] = [];
  for (const r of records) {
    const f = r.fields ?? {};
    let s = r.version;
    switch (r.version) {
      case '007':
        s += f.presenceIndicator + f.responseType + f.verificationCode.padStart(4, ' ');
        break;
      case '014':
        s += f.motoEcommerceIndicator;
        break;
      case '020':
        s += f.developerId + f.applicationId + FS_ + (f.gatewayId ?? '') + FS_;
        break;
      case '022': {
        let count = 0;
        for (const n of ['first', 'second', 'third', 'fourth', 'fifth', 'sixth']) {
          if (f[`${n}AdditionalAmount`] === undefined) break;
          count++;
          s +=
            f[`${n}AdditionalAmountAccountType`] +
            FS_ +
            f[`${n}AdditionalAmountAmountType`] +
            FS_ +
            f[`${n}AdditionalAmountCurrencyCode`] +
            FS_ +
            f[`${n}AdditionalAmountSign`] +
            FS_ +
            f[`${n}AdditionalAmount`] +
            FS_;
        }
        s += FS_.repeat(20 - 5 * count);
        break;
      }
      case '026':
        s += f.partialAuthorizationIndicator + FS_;
        break;
      case '027': {
        const p = f.posDataCode;
        s +=
          p.terminalCardDataInputCapability +
          p.terminalCardholderAuthenticationCapability +
          p.terminalCardCaptureCapability +
          p.terminalOperatingEnvironment +
          p.cardholderPresentData +
          p.cardPresentData +
          p.cardDataInputMode +
          p.cardholderAuthenticationMethod +
          p.cardholderAuthenticationEntity +
          p.cardDataOutputCapability +
          p.terminalDataOutputCapability +
          p.pinCaptureCapability;
        break;
      }
      case '037':
        s += f.realTimeSubstantiationIndicator;
        break;
      default:
        s += r.raw ?? '';
    }
    parts.push(s);
  }
  return parts.join(GS_);
}

function naiveEncodeRequest(m: Any): Uint8Array {
  return naiveFrame(naiveGroupI(m) + naiveGroupIII(m.groupIII));
}

function naiveDecodeResponse(bytes: Uint8Array): Any {
  const s = latin1.decode(bytes);
  if (s.charCodeAt(0) !== STX) throw new Error('no STX');
  const etx = s.indexOf('\x03');
  let x = 0;
  for (let i = 1; i <= etx; i++) x ^= s.charCodeAt(i);
  if (x !== s.charCodeAt(etx + 1)) throw new Error('LRC');
  const body = s.slice(1, etx);
  const groups = body.split(GS_);
  const head = groups[0]!.split(FS_);
  const f = head[0]!;
  return {
    recordFormat: f.slice(0, 1),
    applicationType: f.slice(1, 2),
    returnedAci: f.slice(3, 4),
    storeNumber: f.slice(4, 8),
    terminalNumber: f.slice(8, 12),
    authorizationSourceCode: f.slice(12, 13),
    transactionSequenceNumber: f.slice(13, 17),
    responseCode: f.slice(17, 19),
    approvalCode: f.slice(19, 25),
    localTransactionDate: f.slice(25, 31),
    localTransactionTime: f.slice(31, 37),
    responseText: f.slice(37, 53).trimEnd(),
    avsResultCode: f.slice(53, 54),
    retrievalReferenceNumber: f.slice(54, 66),
    marketSpecificDataIdentifier: f.slice(66, 67),
    transactionIdentifier: f.slice(67),
    validationCode: head[1],
    groupIII: [head[2]!, ...groups.slice(1)].map((g) => ({
      version: g.slice(0, 3),
      fields: g.slice(3).split(FS_),
    })),
  };
}

// sanity: the naive encoders produce the codec's bytes (a wrong baseline would be worse than none)
for (const [name, m] of [
  ['retail', retail],
  ['ecommerce', ecommerce],
  ['healthcare', healthcare],
] as const) {
  const a = encodeAuthRequest(m);
  const b = naiveEncodeRequest(m as Any);
  if (latin1.decode(a) !== latin1.decode(b)) {
    throw new Error(`naive ${name} encoder differs:\n${Array.from(a).join(',')}\n${Array.from(b).join(',')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// groups

function copyFloor(bytes: Uint8Array): () => unknown {
  const out = new Uint8Array(bytes.length);
  return () => keep(out.set(bytes));
}

const under = (name: string, limit: number) => (r: Map<string, Result>) => {
  const x = r.get(name);
  return x && x.nsPerOp > limit ? `${name} ${x.nsPerOp.toFixed(0)} ns/op, target ≤ ${limit} ns` : undefined;
};

/** Every subject beats its naive baseline and stays within 20× the copy floor. */
export const ratioTargets = (r: Map<string, Result>): string | undefined => {
  const bad: string[] = [];
  for (const x of r.values()) {
    if (x.role !== 'subject') continue;
    if (x.vsNaive !== undefined && x.vsNaive >= 1) bad.push(`${x.name} ${x.vsNaive.toFixed(2)}× naive`);
    if (x.vsFloor !== undefined && x.vsFloor > 20) bad.push(`${x.name} ${x.vsFloor.toFixed(1)}× floor`);
  }
  return bad.length ? bad.join('; ') : undefined;
};

const retailBytes = encodeAuthRequest(retail);
const ecommerceBytes = encodeAuthRequest(ecommerce);
const healthcareBytes = encodeAuthRequest(healthcare);
const captured82Bytes = encodeAuthRequest(captured82);

export const tsysRequestGroup: Group = {
  name: 'tsys: auth request encode',
  description: 'EIS 1080 D requests from the builders and a capture, framed with LRC',
  cases: [
    {
      name: 'encode retail track 2',
      role: 'subject',
      pair: 'retail',
      bytes: retailBytes.length,
      fn: () => keep(encodeAuthRequest(retail)),
    },
    {
      name: 'encode e-commerce keyed AVS/CVV + G3',
      role: 'subject',
      pair: 'ecommerce',
      bytes: ecommerceBytes.length,
      fn: () => keep(encodeAuthRequest(ecommerce)),
    },
    {
      name: 'encode healthcare v022/v037',
      role: 'subject',
      pair: 'healthcare',
      bytes: healthcareBytes.length,
      fn: () => keep(encodeAuthRequest(healthcare)),
    },
    {
      name: 'encode capture 8.2 (11 G3 records)',
      role: 'subject',
      pair: 'capture',
      bytes: captured82Bytes.length,
      fn: () => keep(encodeAuthRequest(captured82)),
    },
    { name: 'naive retail', role: 'naive', pair: 'retail', fn: () => keep(naiveEncodeRequest(retail)) },
    {
      name: 'naive e-commerce',
      role: 'naive',
      pair: 'ecommerce',
      fn: () => keep(naiveEncodeRequest(ecommerce)),
    },
    {
      name: 'naive healthcare',
      role: 'naive',
      pair: 'healthcare',
      fn: () => keep(naiveEncodeRequest(healthcare)),
    },
    { name: 'copy retail (floor)', role: 'floor', pair: 'retail', fn: copyFloor(retailBytes) },
    { name: 'copy e-commerce (floor)', role: 'floor', pair: 'ecommerce', fn: copyFloor(ecommerceBytes) },
    { name: 'copy healthcare (floor)', role: 'floor', pair: 'healthcare', fn: copyFloor(healthcareBytes) },
    { name: 'copy capture 8.2 (floor)', role: 'floor', pair: 'capture', fn: copyFloor(captured82Bytes) },
  ],
  targets: [
    under('encode retail track 2', 1000),
    under('encode e-commerce keyed AVS/CVV + G3', 1000),
    under('encode healthcare v022/v037', 1000),
    ratioTargets,
  ],
};

export const tsysResponseGroup: Group = {
  name: 'tsys: auth response decode',
  description: 'EIS 1080 E responses captured from the TSYS test host (LRC verified)',
  cases: [
    {
      name: 'decode approval 8.1',
      role: 'subject',
      pair: 'short',
      bytes: responseShort.length,
      fn: () => keep(decodeAuthResponse(responseShort)),
    },
    {
      name: 'decode approval 8.2 (11 G3 records)',
      role: 'subject',
      pair: 'long',
      bytes: responseLong.length,
      fn: () => keep(decodeAuthResponse(responseLong)),
    },
    {
      name: 'naive 8.1',
      role: 'naive',
      pair: 'short',
      fn: () => keep(naiveDecodeResponse(responseShort)),
    },
    {
      name: 'naive 8.2',
      role: 'naive',
      pair: 'long',
      fn: () => keep(naiveDecodeResponse(responseLong)),
    },
    { name: 'copy 8.1 (floor)', role: 'floor', pair: 'short', fn: copyFloor(responseShort) },
    { name: 'copy 8.2 (floor)', role: 'floor', pair: 'long', fn: copyFloor(responseLong) },
  ],
  targets: [under('decode approval 8.1', 1000), ratioTargets],
};

// framing: frame/unframe of the retail request body, bytes per second
const retailBody = unframe(retailBytes).payload.slice();

export const tsysFramingGroup: Group = {
  name: 'tsys: framing and LRC',
  description: 'STX body ETX LRC around the retail request, LRC over the body',
  cases: [
    {
      name: 'frame',
      role: 'subject',
      pair: 'frame',
      bytes: retailBody.length,
      fn: () => keep(frame(retailBody)),
    },
    {
      name: 'unframe (LRC checked)',
      role: 'subject',
      pair: 'unframe',
      bytes: retailBytes.length,
      fn: () => keep(unframe(retailBytes)),
    },
    {
      name: 'lrc',
      role: 'subject',
      pair: 'lrc',
      bytes: retailBody.length,
      fn: () => keep(lrc(retailBody)),
    },
    {
      name: 'naive frame',
      role: 'naive',
      pair: 'frame',
      fn: () => keep(naiveFrame(latin1.decode(retailBody))),
    },
    { name: 'copy (floor)', role: 'floor', bytes: retailBytes.length, fn: copyFloor(retailBytes) },
  ],
  targets: [ratioTargets],
};

// settlement: header, parameter, 1,000 details (varied amounts, cards, sequence numbers), trailer
const PANS = ['4444333322221111', '4012000010000', '5499740000000057', '6011000990139424'];
function detail(i: number): Omit<DetailRecord, 'type'> {
  const amount = 100 + ((i * 7919) % 250_000);
  return {
    transactionCode: '54',
    cardholderIdentificationCode: '@',
    accountDataSource: 'D',
    cardholderAccountNumber: PANS[i % PANS.length]!,
    requestedAci: 'Y',
    returnedAci: 'A',
    authorizationSourceCode: '5',
    transactionSequenceNumber: String((i % 9999) + 1).padStart(4, '0'),
    responseCode: '00',
    approvalCode: String(100000 + i).slice(-6),
    localTransactionDate: '0605',
    localTransactionTime: `12${String(Math.floor(i / 60) % 60).padStart(2, '0')}${String(i % 60).padStart(2, '0')}`,
    avsResultCode: '0',
    transactionIdentifier: String(12345678901234 + i).padStart(15, '0'),
    validationCode: 'AB12',
    voidIndicator: '',
    transactionStatusCode: '00',
    reimbursementAttribute: '0',
    settlementAmount: amount,
    authorizedAmount: amount,
  } as Omit<DetailRecord, 'type'>;
}
const batch = buildBatch({
  header: {
    acquirerBin: '999995',
    agentBankNumber: '000000',
    agentChainNumber: '000000',
    merchantNumber: '999999999911',
    storeNumber: '0011',
    terminalNumber: '9911',
    deviceCode: 'Q',
    industryCode: 'R',
    currencyCode: '840',
    languageIndicator: '00',
    timeZoneDifferential: '705',
    batchTransmissionDate: '0911',
    batchNumber: '001',
  },
  parameter: {
    countryCode: '840',
    cityCode: '85284',
    merchantCategoryCode: '5999',
    merchantName: 'PAYWIRE TEST STORE',
    merchantCity: 'TEMPE',
    merchantState: 'AZ',
    merchantLocationNumber: '00001',
    terminalIdNumber: '00000001',
  },
  records: Array.from({ length: 1000 }, (_, i) => detail(i)),
});
const batchBytes = encodeBatch(batch);

export const tsysBatchGroup: Group = {
  name: 'tsys: settlement batch (1,000 details)',
  description: 'EIS 1081 header + parameter + 1,000 details + trailer, one record per frame',
  cases: [
    {
      name: 'batch encode',
      role: 'subject',
      pair: 'encode',
      bytes: batchBytes.length,
      fn: () => keep(encodeBatch(batch)),
    },
    {
      name: 'batch decode',
      role: 'subject',
      pair: 'decode',
      bytes: batchBytes.length,
      fn: () => keep(decodeBatch(batchBytes)),
    },
    { name: 'copy batch (floor)', role: 'floor', bytes: batchBytes.length, fn: copyFloor(batchBytes) },
  ],
  targets: [under('batch encode', 1_000_000), ratioTargets],
};
