/**
 * The response envelope, VXN API v3: `Response` > `RespClientID`, `Status@StatusCode`, then one of
 * TransactionResponse, ServiceDiscoveryResponse, PingResponse, RegistrationResponse, ActivationResponse.
 */

import { DatawireErrorCode, datawireError } from '../errors.js';
import { encodeUtf8 } from '../utf8.js';
import { detectLayout, keepSource } from '../xml/layout.js';
import { parseXml, type XmlDocument, type XmlElement } from '../xml/parser.js';
import { RESPONSE_LAYOUT, sourceOrCanonical, type XmlAttributes, XmlWriter } from '../xml/writer.js';
import type { DecodeOptions } from './request.js';
import { decodeResponseFast } from './response-fast.js';
import type { DatawireResponse, ResponseBody } from './types.js';
import {
  attributes,
  children,
  fastPathLimits,
  inputText,
  leafText,
  one,
  required,
  structureError,
} from './walk.js';

const BODIES = [
  'TransactionResponse',
  'ServiceDiscoveryResponse',
  'PingResponse',
  'RegistrationResponse',
  'ActivationResponse',
] as const;

function bodyFrom(el: XmlElement): ResponseBody {
  const path = `Response.${el.name}`;
  attributes(el, path, []);
  switch (el.name) {
    case 'TransactionResponse': {
      const kids = children(el, path, ['ReturnCode', 'Payload']);
      const body: ResponseBody = { type: 'transaction' };
      const rc = one(kids, 'ReturnCode', path);
      if (rc) body.returnCode = leafText(rc, `${path}.ReturnCode`);
      const p = one(kids, 'Payload', path);
      if (p) {
        body.payload = leafText(p, `${path}.Payload`);
        const enc = attributes(p, `${path}.Payload`, ['Encoding']).get('Encoding');
        if (enc !== undefined) body.payloadEncoding = enc;
      }
      return body;
    }
    case 'ServiceDiscoveryResponse': {
      const kids = children(el, path, ['ServiceProvider']);
      return {
        type: 'serviceDiscovery',
        providers: (kids.get('ServiceProvider') ?? []).map((sp, i) => {
          const sPath = `${path}.ServiceProvider.${i}`;
          const sk = children(sp, sPath, ['URL', 'MaxTransactionsInPackage']);
          const url = leafText(required(sk, 'URL', sPath, sp), `${sPath}.URL`);
          const max = one(sk, 'MaxTransactionsInPackage', sPath);
          return max
            ? { url, maxTransactionsInPackage: leafText(max, `${sPath}.MaxTransactionsInPackage`) }
            : { url };
        }),
      };
    }
    case 'PingResponse': {
      const kids = children(el, path, ['ServiceCost']);
      return {
        type: 'ping',
        costs: (kids.get('ServiceCost') ?? []).map((sc, i) => {
          const cPath = `${path}.ServiceCost.${i}`;
          const ck = children(sc, cPath, ['ServiceID', 'TransactionTimeMs']);
          return {
            serviceId: leafText(required(ck, 'ServiceID', cPath, sc), `${cPath}.ServiceID`),
            transactionTimeMs: leafText(
              required(ck, 'TransactionTimeMs', cPath, sc),
              `${cPath}.TransactionTimeMs`,
            ),
          };
        }),
      };
    }
    case 'RegistrationResponse': {
      const kids = children(el, path, ['DID', 'URL']);
      const body: ResponseBody = { type: 'registration', urls: [] };
      const did = one(kids, 'DID', path);
      if (did) body.did = leafText(did, `${path}.DID`);
      body.urls = (kids.get('URL') ?? []).map((u, i) => leafText(u, `${path}.URL.${i}`));
      return body;
    }
    default:
      children(el, path, []);
      return { type: 'activation' };
  }
}

/** Maps a parsed document onto a response. */
export function responseFromDocument(doc: XmlDocument, keepLayout = false): DatawireResponse {
  const root = doc.root;
  if (root.name !== 'Response')
    structureError(root.name, `root element is <${root.name}>, expected <Response>`, root.start);
  const attrs = attributes(root, 'Response', ['Version']);
  const kids = children(root, 'Response', ['RespClientID', 'Status', ...BODIES]);
  const statusEl = required(kids, 'Status', 'Response', root);
  const status = attributes(statusEl, 'Response.Status', ['StatusCode']).get('StatusCode');
  if (status === undefined)
    structureError('Response.Status@StatusCode', '<Status> has no StatusCode attribute', statusEl.start);
  const out: DatawireResponse = { status };
  const version = attrs.get('Version');
  if (version !== undefined) out.version = version;
  const ns = attrs.get('xmlns');
  if (ns !== undefined) out.namespace = ns;
  const statusText = leafText(statusEl, 'Response.Status');
  if (statusText !== '') out.statusText = statusText;
  const idEl = one(kids, 'RespClientID', 'Response');
  if (idEl) {
    const ik = children(idEl, 'Response.RespClientID', ['DID', 'ClientRef']);
    out.clientId = {
      did: leafText(required(ik, 'DID', 'Response.RespClientID', idEl), 'Response.RespClientID.DID'),
      clientRef: leafText(
        required(ik, 'ClientRef', 'Response.RespClientID', idEl),
        'Response.RespClientID.ClientRef',
      ),
    };
  }
  let bodyEl: XmlElement | undefined;
  for (const name of BODIES) {
    const el = one(kids, name, 'Response');
    if (!el) continue;
    if (bodyEl) structureError(`Response.${name}`, 'more than one response body element', el.start);
    bodyEl = el;
  }
  if (bodyEl) out.body = bodyFrom(bodyEl);
  if (keepLayout)
    out.layout = keepSource(detectLayout(doc), doc, (layout) => encodeResponseText({ ...out, layout }));
  return out;
}

/** Decodes a response document (text or UTF-8 bytes). Throws only datawire-family paywire errors. */
export function decodeResponse(input: string | Uint8Array, options: DecodeOptions = {}): DatawireResponse {
  const { limits } = options;
  const keepLayout = options.keepLayout === true;
  const text = inputText(input, limits);
  if (!keepLayout && typeof text === 'string' && fastPathLimits(text, limits)) {
    // Host-style transaction responses are read by offsets; everything else (and every error) takes the parser.
    const fast = decodeResponseFast(text);
    if (fast !== undefined) return fast;
  }
  return responseFromDocument(parseXml(text, limits), keepLayout);
}

function str(v: unknown, field: string): string {
  if (typeof v !== 'string') throw datawireError(DatawireErrorCode.XML_ERROR, 'must be a string', { field });
  return v;
}

/** Writes a response as XML text (for simulators and tests); default layout = the recorded host style. */
export function encodeResponseText(res: DatawireResponse): string {
  if (res === null || typeof res !== 'object') {
    throw datawireError(DatawireErrorCode.XML_ERROR, 'response must be an object', { field: 'Response' });
  }
  const layout = res.layout ?? RESPONSE_LAYOUT;
  const w = new XmlWriter(layout);
  const rootAttrs: [string, string][] = [];
  if (res.version !== undefined) rootAttrs.push(['Version', str(res.version, 'Response@Version')]);
  if (res.namespace !== undefined) rootAttrs.push(['xmlns', str(res.namespace, 'Response@xmlns')]);
  w.open('Response', rootAttrs);
  if (res.clientId !== undefined) {
    w.open('RespClientID');
    w.leaf('DID', str(res.clientId.did, 'Response.RespClientID.DID'));
    w.leaf('ClientRef', str(res.clientId.clientRef, 'Response.RespClientID.ClientRef'));
    w.close();
  }
  w.leaf('Status', res.statusText === undefined ? '' : str(res.statusText, 'Response.Status'), [
    ['StatusCode', str(res.status, 'Response.Status@StatusCode')],
  ]);
  const b = res.body;
  if (b !== undefined) {
    switch (b.type) {
      case 'transaction': {
        w.open('TransactionResponse');
        if (b.returnCode !== undefined)
          w.leaf('ReturnCode', str(b.returnCode, 'Response.TransactionResponse.ReturnCode'));
        if (b.payload !== undefined) {
          const pa: XmlAttributes | undefined =
            b.payloadEncoding !== undefined ? [['Encoding', b.payloadEncoding]] : undefined;
          w.leaf(
            'Payload',
            str(b.payload, 'Response.TransactionResponse.Payload'),
            pa,
            b.payloadEncoding === 'cdata',
          );
        }
        w.close();
        break;
      }
      case 'serviceDiscovery':
        w.open('ServiceDiscoveryResponse');
        for (const p of b.providers) {
          w.open('ServiceProvider');
          w.leaf('URL', str(p.url, 'ServiceProvider.URL'));
          if (p.maxTransactionsInPackage !== undefined) {
            w.leaf(
              'MaxTransactionsInPackage',
              str(p.maxTransactionsInPackage, 'ServiceProvider.MaxTransactionsInPackage'),
            );
          }
          w.close();
        }
        w.close();
        break;
      case 'ping':
        w.open('PingResponse');
        for (const c of b.costs) {
          w.open('ServiceCost');
          w.leaf('ServiceID', str(c.serviceId, 'ServiceCost.ServiceID'));
          w.leaf('TransactionTimeMs', str(c.transactionTimeMs, 'ServiceCost.TransactionTimeMs'));
          w.close();
        }
        w.close();
        break;
      case 'registration':
        w.open('RegistrationResponse');
        if (b.did !== undefined) w.leaf('DID', str(b.did, 'RegistrationResponse.DID'));
        for (const u of b.urls) w.leaf('URL', str(u, 'RegistrationResponse.URL'));
        w.close();
        break;
      case 'activation':
        w.open('ActivationResponse');
        w.close();
        break;
      default:
        throw datawireError(DatawireErrorCode.XML_ERROR, 'unknown response body type', {
          field: 'Response.body.type',
          actual: String((b as { type: unknown }).type),
        });
    }
  }
  w.close();
  return sourceOrCanonical(layout, w.finish());
}

export function encodeResponse(res: DatawireResponse): Uint8Array {
  return encodeUtf8(encodeResponseText(res));
}
