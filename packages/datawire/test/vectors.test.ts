import { isPaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  type DatawireResponse,
  decodeRequest,
  decodeResponse,
  deliveryOutcome,
  encodeRequestText,
  encodeResponseText,
  kinds,
  pingRequest,
  transactionRequest,
  unescapePayload,
} from '../src/index.js';
import { bytesOf, vector } from './helpers.js';

const FS = String.fromCharCode(0x1c);
const credentials = {
  did: '00033746370969070150',
  app: 'BRIDGEPINCVLKXML',
  auth: '99026809996|00000008594',
  serviceId: '104',
};

describe('recorded staging exchanges (ValueLink balance inquiry cassette, Feb 2019)', () => {
  it('balance inquiry 2400 request decodes to its fields', () => {
    const req = decodeRequest(vector('bm-balance-2400.request.xml'));
    expect(req.version).toBe('3');
    expect(req.service).toBe('Transaction');
    expect(req.serviceId).toBe('104');
    expect(req.clientId).toEqual({ ...credentials, serviceId: undefined, clientRef: '1701298V001000' });
    const payload = new TextDecoder('latin1').decode(unescapePayload(req.payload ?? ''));
    expect(payload.split(FS)).toEqual([
      'SV.99026809996',
      '402400',
      '12181701',
      '1302052019',
      '4400000008594',
      '707777165452305246',
      '42990268099968594',
      '34F1CD8AA37D2A259DBA0ECD548DD8093C',
      'F3108',
      'EA30',
    ]);
  });

  it.each([
    ['bm-balance-2400.request.xml', '1701298V001000'],
    ['bm-activate-2102.request.xml', '1700723V001000'],
    ['bm-activate-card-2102.request.xml', '0938322V001000'],
  ])('%s re-encodes byte-identically from a typed request', (file, clientRef) => {
    const recorded = vector(file);
    const payload = recorded.slice(recorded.indexOf('<Payload>') + 9, recorded.indexOf('</Payload>'));
    const req = transactionRequest({ ...credentials, clientRef, payload });
    expect(encodeRequestText(req)).toBe(recorded);
  });

  it('balance inquiry response: status OK, return code 000, balance 1530, approval 534016', () => {
    const text = vector('bm-balance-2400.response.xml');
    expect(text.length).toBe(514); // the recorded Content-Length
    const res = decodeResponse(text);
    expect(res.version).toBe('3');
    expect(res.clientId).toEqual({ did: '00033746370969070150', clientRef: '1701298V001000' });
    expect(res.status).toBe('OK');
    expect(res.body?.type).toBe('transaction');
    if (res.body?.type !== 'transaction') throw new Error('unreachable');
    expect(res.body.returnCode).toBe('000');
    const fields = new TextDecoder('latin1').decode(unescapePayload(res.body.payload ?? '')).split(FS);
    expect(fields.slice(0, 2)).toEqual(['40', '0900']);
    expect(fields).toContain('38534016');
    expect(fields).toContain('751530');
    expect(fields).toContain('761530');
    expect(fields).toContain('3900');
    expect(deliveryOutcome(res)).toMatchObject({ delivered: true, reversalRequired: false });
  });

  it('activation response (564 bytes recorded) re-encodes identically with the default response layout', () => {
    const text = vector('bm-activate-2102.response.xml');
    expect(text.length).toBe(564);
    const res = decodeResponse(text);
    expect(res.body).toMatchObject({ type: 'transaction', returnCode: '000' });
    expect(encodeResponseText(res)).toBe(text);
  });

  it('ping request from the recorded client spec re-encodes identically', () => {
    const req = pingRequest({ did: 'DID', app: 'APP', auth: 'MID|TID', clientRef: 'MID', serviceId: '104' });
    expect(encodeRequestText(req, { validate: false })).toBe(vector('bm-ping.request.xml'));
    // with validation the placeholder DID is refused
    expect(() => encodeRequestText(req)).toThrow(/DID must be 1-32 digits/);
  });

  it('ping response: ServiceCost 104 / 10000 ms', () => {
    const res = decodeResponse(vector('bm-ping.response.xml'));
    expect(res.body).toEqual({ type: 'ping', costs: [{ serviceId: '104', transactionTimeMs: '10000' }] });
    expect(res.clientId?.clientRef).toBe('99026809996');
  });

  it('service discovery: three providers with MaxTransactionsInPackage 38', () => {
    const res = decodeResponse(vector('bm-service-discovery.response.xml'));
    expect(res.version).toBeUndefined();
    expect(res.body).toEqual({
      type: 'serviceDiscovery',
      providers: [1, 2, 3].map((k) => ({
        url: `https://staging${k}.datawire.net/sd`,
        maxTransactionsInPackage: '38',
      })),
    });
    const srs = decodeResponse(vector('fd-discovery-srs.response.xml'));
    expect(srs.clientId).toBeUndefined();
    expect(srs.body).toEqual({
      type: 'serviceDiscovery',
      providers: [{ url: 'https://stagingsupport.datawire.net/nocportal/SRS.do' }],
    });
  });

  it('return code 205 with an empty payload: outcome unknown, reversal required', () => {
    const res = decodeResponse(vector('bm-return-code-205.response.xml'));
    expect(res.body).toEqual({ type: 'transaction', returnCode: '205', payload: '' });
    expect(deliveryOutcome(res)).toMatchObject({ delivered: false, reversalRequired: true });
  });

  it('unknown status code 42 stays a string and is not delivered', () => {
    const res = decodeResponse(vector('bm-unknown-status.response.xml'));
    expect(res.status).toBe('42');
    expect(deliveryOutcome(res)).toMatchObject({ delivered: false, failover: true });
  });

  it('generic response with an empty TransactionResponse', () => {
    const res = decodeResponse(vector('bm-generic.response.xml'));
    expect(res.body).toEqual({ type: 'transaction' });
  });

  it('history response payload: escaped punctuation decodes to bytes', () => {
    const res = decodeResponse(vector('bm-history-2410.response.xml'));
    if (res.body?.type !== 'transaction') throw new Error('not a transaction');
    const fields = new TextDecoder('latin1').decode(unescapePayload(res.body.payload ?? '')).split(FS);
    const d0 = fields.find((f) => f.startsWith('D0'));
    expect(d0).toBe('D0"t(H  u~u~5"+    J     J       ,2425[');
  });

  it('registration responses (FD samples, spaces around =, self-closing tags)', () => {
    const retry = decodeResponse(vector('fd-registration-retry.response.xml'));
    expect(retry.status).toBe('Retry');
    expect(retry.clientId).toEqual({ did: '', clientRef: 'the_ID' });
    expect(retry.body).toEqual({ type: 'registration', urls: [] });
    const ok = decodeResponse(vector('fd-registration-ok.response.xml'));
    expect(ok.body).toEqual({
      type: 'registration',
      did: 'Merchant_DID_forallsubsequentTransactions',
      urls: ['tx_endpoint_url_1', 'tx_endpoint_url_2'],
    });
    const act = decodeResponse(vector('fd-activation-ok.response.xml'));
    expect(act.status).toBe('OK');
    expect(act.body).toEqual({ type: 'activation' });
  });

  it('RapidConnect activation request sample decodes', () => {
    const req = decodeRequest(vector('fd-activation-rc.request.xml'));
    expect(req.service).toBe('Activation');
    expect(req.serviceId).toBe('160');
    expect(req.clientId).toEqual({
      did: '00011551602855605532',
      app: 'RAPIDCONNECTSRS',
      auth: '20001RCTST0000000684|00000001',
      clientRef: '0000001VRFR002',
    });
  });
});

describe('message kinds reproduce every consistently laid out vector byte for byte', () => {
  const files = [
    ['datawire-request', 'bm-balance-2400.request.xml'],
    ['datawire-request', 'bm-activate-2102.request.xml'],
    ['datawire-request', 'bm-ping.request.xml'],
    ['datawire-response', 'bm-balance-2400.response.xml'],
    ['datawire-response', 'bm-activate-card-2102.response.xml'],
    ['datawire-response', 'bm-ping.response.xml'],
    ['datawire-response', 'bm-service-discovery.response.xml'],
    ['datawire-response', 'bm-return-code-205.response.xml'],
    ['datawire-response', 'bm-generic.response.xml'],
    ['datawire-response', 'bm-history-2410.response.xml'],
  ] as const;
  it.each(files)('%s %s', (kindName, file) => {
    const kind = kinds.find((k) => k.name === kindName);
    if (!kind) throw new Error(`no kind ${kindName}`);
    const bytes = bytesOf(vector(file));
    const value = kind.decode(bytes);
    // through JSON, as the CLI does
    expect(kind.encode(JSON.parse(JSON.stringify(value)))).toEqual(bytes);
    expect(kind.detect?.(bytes)).toBeGreaterThan(0.5);
    const other = kinds.find((k) => k.name !== kindName);
    expect(other?.detect?.(bytes)).toBe(0);
  });

  it('an irregularly indented document re-encodes byte for byte from the kept source text', () => {
    const kind = kinds.find((k) => k.name === 'datawire-response')!;
    const bytes = bytesOf(vector('fd-activation-ok.response.xml'));
    const value = kind.decode(bytes) as DatawireResponse;
    expect(value.layout?.source?.text).toBe(new TextDecoder().decode(bytes));
    // through JSON, as the CLI does
    expect(kind.encode(JSON.parse(JSON.stringify(value)))).toEqual(bytes);
    // the canonical form (layout without source) has the same meaning
    const { source: _s, ...layout } = value.layout!;
    const canonical = kind.encode({ ...value, layout });
    expect(canonical).not.toEqual(bytes);
    const { layout: _a, ...first } = value;
    const { layout: _b, ...second } = kind.decode(canonical) as DatawireResponse;
    expect(second).toEqual(first);
    // redacted output never carries the kept text (it holds the payload and Auth unmasked)
    expect((kind.redact(value) as DatawireResponse).layout?.source).toBeUndefined();
  });

  it('a changed value is written in the canonical form, not the kept source text', () => {
    const kind = kinds.find((k) => k.name === 'datawire-response')!;
    const bytes = bytesOf(vector('fd-activation-ok.response.xml'));
    const value = kind.decode(bytes) as DatawireResponse;
    const changed: DatawireResponse = { ...value, statusText: 'changed' };
    const out = new TextDecoder().decode(kind.encode(changed));
    expect(out).not.toBe(value.layout?.source?.text);
    expect((kind.decode(bytesOf(out)) as DatawireResponse).statusText).toBe('changed');
  });

  it('fuzz regression: a request with irregular whitespace after a mutation re-encodes byte for byte', () => {
    const kind = kinds.find((k) => k.name === 'datawire-request')!;
    const text =
      '<?xml version="1.0" encoding="UTF-8"?> <Request Version = "3">\n    <ReqClientID> <DID>00011551602855605532</DID>\n' +
      '                <App>RAPIDCONNECTSRS</App>\n                <Auth>20001RCTST0000000684|00000001</Auth>\n' +
      '                <ClientRef>0000001VRFR002</ClientRef>\n        </ReqClientID>\n         <Activation>\n' +
      '    <ServiceID>160</ServiceID> </Activation>\n    </Request> ';
    const bytes = bytesOf(text);
    expect(kind.encode(kind.decode(bytes))).toEqual(bytes);
  });

  it('decoding errors of the kinds are paywire errors of the datawire family', () => {
    for (const kind of kinds) {
      try {
        kind.decode(bytesOf('<Request><oops></Request>'));
        expect.unreachable();
      } catch (e) {
        expect(isPaywireError(e)).toBe(true);
        expect((e as { family: string }).family).toBe('datawire');
      }
    }
  });
});
