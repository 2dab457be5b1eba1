// Sample messages for the CLI and the inspector: a TCLink socket request as the guide's tctest
// sends it, and HTTPS answers as the guide shows them.

import { utf8Encode } from './wire/utf8.js';

export const requestExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'tctest preauth (TCLink socket form)',
    bytes: utf8Encode(
      'BEGIN\nversion=4.2.0-Python-Linux-x86_64\ncustid=TestMerchant\npassword=password\naction=preauth\ncc=4111111111111111\nexp=0404\namount=100\navs=n\npass=1\ntime=0\nEND\n',
    ),
  },
];

export const responseExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'approved (HTTPS form)',
    bytes: utf8Encode('transid=025-0007423614\nstatus=approved\navs=Y\ncvv=P\n'),
  },
  {
    name: 'decline, CVV (HTTPS form)',
    bytes: utf8Encode('transid=025-0007423827\ndeclinetype=cvv\nstatus=decline\ncvv=N\n'),
  },
];
