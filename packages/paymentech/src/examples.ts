// Sample packets for the CLI and the inspector, in the shapes public client code builds and parses
// (see test/vectors/am-nc-shapes.json; synthetic, no live traffic is public).

import { fromEscaped } from '@paywire/core';

export const requestExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'purchase as in the ActiveMerchant unit test (cents amount, CVV 123, order 12345)',
    bytes: fromEscaped(
      '<STX>L.A0200000010000000000010011000001F012024111111111111111<FS>0930<FS>100<FS>00000000<FS><FS><FS>01312345           08<FS><FS><FS>456 MY STREETAPT 1<FS>K1C2N6<FS><FS>CVPI1VF3123<FS>CD12345                         <FS>RN12345       <FS>P800<FS>P100C701291                   <FS>P262A00000000000000840102048<FS><ETX>',
    ),
  },
  {
    name: 'void with reference 12345678 twice, TAY and CD',
    bytes: fromEscaped(
      '<STX>L.A0200000010000000000010011000001F4112345678<FS>12345678<FS>4111111111111111<FS>TAY<FS>CD12345                         <FS><ETX>',
    ),
  },
  {
    name: 'reverse advice of a purchase (TC01)',
    bytes: fromEscaped(
      '<STX>L.A0200000010000000000010011000001F462024111111111111111<FS>0930<FS>100<FS><FS><FS><FS><FS><FS><FS><FS><FS><FS>RN12345       <FS>TC01<FS>P100C701291                   <FS>P262A00000000000000840102048<FS><ETX>',
    ),
  },
];

export const responseExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'approved response in the ActiveMerchant test shape',
    bytes: fromEscaped(
      '<STX>AY12345600000112345678000001APPROVED                        VI<FS>interchange<FS>auth_source<FS><FS>optional<FS><FS><FS><FS><FS><FS>CV12M<ETX>',
    ),
  },
  {
    name: 'declined response in the ActiveMerchant test shape',
    bytes: fromEscaped(
      '<STX>DN65432100000112345678000001DECLINED                        VI<FS>interchange<FS>auth_source<FS><FS>optional<FS><FS><FS><FS><FS><FS>CV12M<ETX>',
    ),
  },
];
