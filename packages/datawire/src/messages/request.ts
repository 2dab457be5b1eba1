/** The request envelope, VXN API v3: `Request` > `ReqClientID` + one service element (Transaction, Ping, Registration, Activation). */

import { checkApp, checkAuth, checkClientRef, checkDid, checkServiceId, isDigits } from '../client-id.js';
import { DatawireErrorCode, datawireError } from '../errors.js';
import { checkPayloadEscapes } from '../payload-escape.js';
import { encodeUtf8 } from '../utf8.js';
import { detectLayout, keepSource } from '../xml/layout.js';
import type { XmlDocument, XmlElement, XmlLimits } from '../xml/parser.js';
import {
  COMPACT_LAYOUT,
  sourceOrCanonical,
  type XmlAttributes,
  type XmlLayout,
  XmlWriter,
} from '../xml/writer.js';
import { encodeRequestFast } from './request-fast.js';
import type { DatawireRequest, ReqClientId, ServiceName } from './types.js';
import { attributes, children, leafText, one, parseInput, required, structureError } from './walk.js';

const SERVICES: readonly ServiceName[] = ['Transaction', 'Ping', 'Registration', 'Activation'];
const CLIENT_ID_FIELDS = ['DID', 'App', 'Auth', 'ClientRef'] as const;

export interface DecodeOptions {
  /** Parser limits (input size, depth, element count). */
  limits?: Partial<XmlLimits>;
  /** Record the document's whitespace in `layout` so `encode` gives back the same text. */
  keepLayout?: boolean;
}

export interface EncodeOptions {
  /**
   * Check DID, App, Auth, ClientRef, ServiceID and the payload escaping before writing (default
   * true). With false only the XML itself is guaranteed well-formed.
   */
  validate?: boolean;
}

/** Maps a parsed document onto a request. */
export function requestFromDocument(doc: XmlDocument, keepLayout = false): DatawireRequest {
  const root = doc.root;
  if (root.name !== 'Request')
    structureError(root.name, `root element is <${root.name}>, expected <Request>`, root.start);
  const attrs = attributes(root, 'Request', ['Version', 'ClientTimeout']);
  const version = attrs.get('Version');
  if (version === undefined)
    structureError('Request@Version', '<Request> has no Version attribute', root.start);
  const kids = children(root, 'Request', ['ReqClientID', ...SERVICES]);
  const idEl = required(kids, 'ReqClientID', 'Request', root);
  const idKids = children(idEl, 'Request.ReqClientID', CLIENT_ID_FIELDS);
  const text = (name: string): string =>
    leafText(required(idKids, name, 'Request.ReqClientID', idEl), `Request.ReqClientID.${name}`);
  const clientId: ReqClientId = {
    did: text('DID'),
    app: text('App'),
    auth: text('Auth'),
    clientRef: text('ClientRef'),
  };
  let serviceEl: XmlElement | undefined;
  for (const name of SERVICES) {
    const el = one(kids, name, 'Request');
    if (el === undefined) continue;
    if (serviceEl !== undefined) structureError(`Request.${name}`, 'more than one service element', el.start);
    serviceEl = el;
  }
  if (serviceEl === undefined) {
    structureError('Request', `<Request> has no service element (${SERVICES.join(', ')})`, root.start);
  }
  const service = serviceEl.name as ServiceName;
  const sPath = `Request.${service}`;
  const sKids = children(
    serviceEl,
    sPath,
    service === 'Transaction' ? ['ServiceID', 'Payload'] : ['ServiceID'],
  );
  attributes(serviceEl, sPath, []);
  const serviceId = leafText(required(sKids, 'ServiceID', sPath, serviceEl), `${sPath}.ServiceID`);
  const out: DatawireRequest = { version, clientId, service, serviceId };
  const ct = attrs.get('ClientTimeout');
  if (ct !== undefined) out.clientTimeout = ct;
  const ns = attrs.get('xmlns');
  if (ns !== undefined) out.namespace = ns;
  const payloadEl = one(sKids, 'Payload', sPath);
  if (payloadEl !== undefined) {
    out.payload = leafText(payloadEl, `${sPath}.Payload`);
    const enc = attributes(payloadEl, `${sPath}.Payload`, ['Encoding']).get('Encoding');
    if (enc !== undefined) out.payloadEncoding = enc;
  }
  if (keepLayout) {
    out.layout = keepSource(detectLayout(doc), doc, (layout) =>
      encodeRequestText({ ...out, layout }, { validate: false }),
    );
  }
  return out;
}

/** Decodes a request document (text or UTF-8 bytes). Throws only datawire-family paywire errors. */
export function decodeRequest(input: string | Uint8Array, options: DecodeOptions = {}): DatawireRequest {
  return requestFromDocument(parseInput(input, options.limits), options.keepLayout === true);
}

function checkRequest(req: DatawireRequest): void {
  if (req === null || typeof req !== 'object') {
    throw datawireError(DatawireErrorCode.XML_ERROR, 'request must be an object', { field: 'Request' });
  }
  if (!SERVICES.includes(req.service)) {
    throw datawireError(DatawireErrorCode.XML_ERROR, `service must be one of ${SERVICES.join(', ')}`, {
      field: 'Request.service',
      actual: String(req.service),
    });
  }
  if (req.clientId === null || typeof req.clientId !== 'object') {
    throw datawireError(DatawireErrorCode.XML_ERROR, 'clientId is required', {
      field: 'Request.ReqClientID',
    });
  }
  for (const k of ['did', 'app', 'auth', 'clientRef'] as const) {
    if (typeof req.clientId[k] !== 'string') {
      throw datawireError(DatawireErrorCode.XML_ERROR, `clientId.${k} must be a string`, {
        field: `Request.ReqClientID.${k}`,
      });
    }
  }
  for (const k of ['version', 'serviceId'] as const) {
    if (typeof req[k] !== 'string') {
      throw datawireError(DatawireErrorCode.XML_ERROR, `${k} must be a string`, { field: `Request.${k}` });
    }
  }
  for (const k of ['clientTimeout', 'namespace', 'payload', 'payloadEncoding'] as const) {
    if (req[k] !== undefined && typeof req[k] !== 'string') {
      throw datawireError(DatawireErrorCode.XML_ERROR, `${k} must be a string when present`, {
        field: `Request.${k}`,
      });
    }
  }
  if (req.service !== 'Transaction' && req.payload !== undefined) {
    throw datawireError(DatawireErrorCode.XML_ERROR, `a ${req.service} request carries no Payload`, {
      field: `Request.${req.service}.Payload`,
    });
  }
}

function validateFormats(req: DatawireRequest): void {
  const { clientId } = req;
  checkDid(clientId.did, req.service === 'Registration');
  checkApp(clientId.app);
  checkAuth(clientId.auth);
  checkClientRef(clientId.clientRef);
  checkServiceId(req.serviceId);
  if (req.version !== '3') {
    throw datawireError(DatawireErrorCode.XML_ERROR, 'only Version "3" is supported', {
      field: 'Request@Version',
      actual: req.version,
    });
  }
  if (req.clientTimeout !== undefined && !isDigits(req.clientTimeout, 5)) {
    throw datawireError(DatawireErrorCode.XML_ERROR, 'ClientTimeout must be 1-5 digits (seconds)', {
      field: 'Request@ClientTimeout',
      actual: req.clientTimeout,
    });
  }
  if (req.service === 'Transaction') {
    if (req.payload === undefined) {
      throw datawireError(DatawireErrorCode.XML_ERROR, 'a Transaction request needs a payload', {
        field: 'Request.Transaction.Payload',
      });
    }
    if (req.payloadEncoding === undefined) checkPayloadEscapes(req.payload);
  }
}

/** Writes a request as XML text. */
export function encodeRequestText(req: DatawireRequest, options: EncodeOptions = {}): string {
  checkRequest(req);
  if (options.validate !== false) validateFormats(req);
  const layout: XmlLayout = req.layout ?? COMPACT_LAYOUT;
  const w = new XmlWriter(layout);
  const rootAttrs: [string, string][] = [['Version', req.version]];
  if (req.clientTimeout !== undefined) rootAttrs.push(['ClientTimeout', req.clientTimeout]);
  if (req.namespace !== undefined) rootAttrs.push(['xmlns', req.namespace]);
  w.open('Request', rootAttrs);
  w.open('ReqClientID');
  w.leaf('DID', req.clientId.did);
  w.leaf('App', req.clientId.app);
  w.leaf('Auth', req.clientId.auth);
  w.leaf('ClientRef', req.clientId.clientRef);
  w.close();
  w.open(req.service);
  w.leaf('ServiceID', req.serviceId);
  if (req.payload !== undefined) {
    const pa: XmlAttributes | undefined =
      req.payloadEncoding !== undefined ? [['Encoding', req.payloadEncoding]] : undefined;
    w.leaf('Payload', req.payload, pa, req.payloadEncoding === 'cdata');
  }
  w.close();
  w.close();
  return sourceOrCanonical(layout, w.finish());
}

/** Writes a request as UTF-8 bytes (the HTTP body). */
export function encodeRequest(req: DatawireRequest, options: EncodeOptions = {}): Uint8Array {
  // Plain requests in the compact layout go straight to bytes; the rest (and every error) take the general writer.
  return encodeRequestFast(req, options.validate !== false) ?? encodeUtf8(encodeRequestText(req, options));
}

/** Common fields of the request builders. */
export interface RequestInit {
  did: string;
  app: string;
  auth: string;
  clientRef: string;
  serviceId: string;
  clientTimeout?: string;
}

/**
 * Options built with spread syntax (`{ ...ids, payload }`, the usual way) each get their own
 * hidden class in V8, so every property read of them misses the inline caches and costs a runtime
 * lookup. One `Object.assign` into a fresh object gives a shared hidden class and cheap reads.
 * Only for objects whose prototype is `Object.prototype` (and stays so: an own `__proto__` key
 * would change the copy's), so a missing option reads the same from the copy as from the
 * original. (Own non-enumerable options would not be copied; spread and literals never make them.)
 */
function ownCopy<T extends object>(init: T): T {
  if (init === null || typeof init !== 'object' || Object.getPrototypeOf(init) !== Object.prototype)
    return init;
  const copy = Object.assign({}, init);
  return Object.getPrototypeOf(copy) === Object.prototype ? copy : init;
}

function build(service: ServiceName, init: RequestInit): DatawireRequest {
  const req: DatawireRequest = {
    version: '3',
    clientId: { did: init.did, app: init.app, auth: init.auth, clientRef: init.clientRef },
    service,
    serviceId: init.serviceId,
  };
  if (init.clientTimeout !== undefined) req.clientTimeout = init.clientTimeout;
  return req;
}

/** A Transaction request; `payload` is the `|XX`-escaped text (see `escapePayload`). */
export function transactionRequest(
  init: RequestInit & { payload: string; payloadEncoding?: string },
): DatawireRequest {
  init = ownCopy(init);
  const req = build('Transaction', init);
  req.payload = init.payload;
  if (init.payloadEncoding !== undefined) req.payloadEncoding = init.payloadEncoding;
  return req;
}

export function pingRequest(init: RequestInit): DatawireRequest {
  return build('Ping', ownCopy(init));
}

/** A Registration request: the DID is empty (a new one is issued; it invalidates the previous DID). */
export function registrationRequest(init: Omit<RequestInit, 'did'>): DatawireRequest {
  return build('Registration', ownCopy({ ...init, did: '' }));
}

/** An Activation request with the DID from the registration response. */
export function activationRequest(init: RequestInit): DatawireRequest {
  return build('Activation', ownCopy(init));
}

/** The service discovery URL: the discovery base URL plus `/` and the ServiceID (an HTTP GET). */
export function serviceDiscoveryUrl(baseUrl: string, serviceId: string): string {
  checkServiceId(serviceId);
  return `${baseUrl.replace(/\/+$/, '')}/${serviceId}`;
}
