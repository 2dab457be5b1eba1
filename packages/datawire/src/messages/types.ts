/** The decoded forms of Datawire Secure Transport (VXN API v3) requests and responses. */

import type { XmlLayout } from '../xml/writer.js';

/** The service element of a request. Service discovery itself is an HTTP GET without a body. */
export type ServiceName = 'Transaction' | 'Ping' | 'Registration' | 'Activation';

/** `ReqClientID`: who is sending. */
export interface ReqClientId {
  /** Datawire ID, 20 digits once issued; empty in a Registration request. */
  did: string;
  /** Datawire-assigned application id (seed `application_id`, e.g. `NSFTDIRCTGFTXML`). */
  app: string;
  /** `AuthKey1|AuthKey2`: MID|TID for ValueLink. Sensitive: masked in traces and redacted output. */
  auth: string;
  /** Client reference, recommended `tttttttVnnnnnn` (seed `transaction_number`). */
  clientRef: string;
}

export interface DatawireRequest {
  /** `Request@Version`, `3`. */
  version: string;
  /** `Request@ClientTimeout` when present (seconds; RapidConnect samples). */
  clientTimeout?: string;
  /** `Request@xmlns` when present (RapidConnect: `http://securetransport.dw/rcservice/xml`). */
  namespace?: string;
  clientId: ReqClientId;
  service: ServiceName;
  serviceId: string;
  /**
   * `Payload` text of a Transaction exactly as carried (entities decoded): `|XX`-escaped bytes
   * when `payloadEncoding` is absent (use `unescapePayload`), XML text for `xml_escape`, raw text for `cdata`.
   */
  payload?: string;
  /** `Payload@Encoding` when present: `xml_escape` or `cdata`. */
  payloadEncoding?: string;
  /** Whitespace and prolog of the document; absent means the compact layout of the recorded requests. */
  layout?: XmlLayout;
}

/** `RespClientID`: echoes the DID and ClientRef. */
export interface RespClientId {
  did: string;
  clientRef: string;
}

export interface TransactionResponseBody {
  type: 'transaction';
  /** 3-digit return code (`000` = delivered); absent when the element is missing. */
  returnCode?: string;
  /** Payload text as carried; `''` for `<Payload></Payload>`, absent when there is no element. */
  payload?: string;
  payloadEncoding?: string;
}

export interface ServiceProvider {
  url: string;
  /** `MaxTransactionsInPackage`, kept as text. */
  maxTransactionsInPackage?: string;
}

export interface ServiceDiscoveryResponseBody {
  type: 'serviceDiscovery';
  providers: ServiceProvider[];
}

export interface ServiceCost {
  serviceId: string;
  /** `TransactionTimeMs`, kept as text. */
  transactionTimeMs: string;
}

export interface PingResponseBody {
  type: 'ping';
  costs: ServiceCost[];
}

export interface RegistrationResponseBody {
  type: 'registration';
  /** The new DID (status OK); absent otherwise. */
  did?: string;
  /** Transaction URLs (status OK). */
  urls: string[];
}

export interface ActivationResponseBody {
  type: 'activation';
}

export type ResponseBody =
  | TransactionResponseBody
  | ServiceDiscoveryResponseBody
  | PingResponseBody
  | RegistrationResponseBody
  | ActivationResponseBody;

export interface DatawireResponse {
  /** `Response@Version` when present. */
  version?: string;
  namespace?: string;
  clientId?: RespClientId;
  /** `Status@StatusCode`: an open set, see `statusCodeInfo`. */
  status: string;
  /** Text inside `<Status>` when the host put an explanation there. */
  statusText?: string;
  body?: ResponseBody;
  layout?: XmlLayout;
}
