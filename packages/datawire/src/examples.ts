// Sample documents for the CLI and the inspector: recorded public staging exchanges (balance
// inquiry, ping) and a service discovery answer, exactly as recorded.

import { encodeUtf8 } from './utf8.js';

export const requestExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'balance inquiry transaction (service 104)',
    bytes: encodeUtf8(
      '<?xml version="1.0" encoding="UTF-8"?><Request Version="3"><ReqClientID><DID>00033746370969070150</DID><App>BRIDGEPINCVLKXML</App><Auth>99026809996|00000008594</Auth><ClientRef>1701298V001000</ClientRef></ReqClientID><Transaction><ServiceID>104</ServiceID><Payload>SV.99026809996|1C402400|1C12181701|1C1302052019|1C4400000008594|1C707777165452305246|1C42990268099968594|1C34F1CD8AA37D2A259DBA0ECD548DD8093C|1CF3108|1CEA30</Payload></Transaction></Request>',
    ),
  },
  {
    name: 'ping',
    bytes: encodeUtf8(
      '<?xml version="1.0" encoding="UTF-8"?><Request Version="3"><ReqClientID><DID>DID</DID><App>APP</App><Auth>MID|TID</Auth><ClientRef>MID</ClientRef></ReqClientID><Ping><ServiceID>104</ServiceID></Ping></Request>',
    ),
  },
];

export const responseExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'balance inquiry answer',
    bytes: encodeUtf8(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Response SYSTEM "dwxmlapi3.dtd">\n<Response Version="3">\n <RespClientID>\n  <DID>00033746370969070150</DID>\n  <ClientRef>1701298V001000</ClientRef>\n </RespClientID>\n <Status StatusCode="OK"></Status>\n <TransactionResponse>\n  <ReturnCode>000</ReturnCode>\n  <Payload>40|1C0900|1C11007057|1C38534016|1C3900|1C751530|1C761530|1C707777165452305246|1CA001013025|1C42990268099968594|1C4400000008594|1CF62400|1CB00|1C780|1CC0840</Payload>\n </TransactionResponse>\n</Response>\n',
    ),
  },
  {
    name: 'service discovery',
    bytes: encodeUtf8(
      '<Response>\n  <RespClientID>\n    <DID>DID</DID>\n    <ClientRef>CLIENT_REF</ClientRef>\n  </RespClientID>\n  <Status StatusCode="OK" />\n  <ServiceDiscoveryResponse>\n    <ServiceProvider>\n      <URL>https://staging1.datawire.net/sd</URL>\n      <MaxTransactionsInPackage>38</MaxTransactionsInPackage>\n    </ServiceProvider>\n    <ServiceProvider>\n      <URL>https://staging2.datawire.net/sd</URL>\n      <MaxTransactionsInPackage>38</MaxTransactionsInPackage>\n    </ServiceProvider>\n    <ServiceProvider>\n      <URL>https://staging3.datawire.net/sd</URL>\n      <MaxTransactionsInPackage>38</MaxTransactionsInPackage>\n    </ServiceProvider>\n  </ServiceDiscoveryResponse>\n</Response>\n',
    ),
  },
];
