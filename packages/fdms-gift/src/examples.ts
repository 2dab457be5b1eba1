// Sample payloads for the CLI and the inspector: recorded public staging traffic (balance
// inquiry and its answer, and fixtures of other answers), as carried inside Datawire with |XX
// escapes, turned back into bytes.

function fromPipeEscapes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '|') {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(text.charCodeAt(i));
  }
  return Uint8Array.from(out);
}

export const requestExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: '2400 balance inquiry (cassette balance-inquiry.yml)',
    bytes: fromPipeEscapes(
      'SV.99026809996|1C402400|1C12181701|1C1302052019|1C4400000008594|1C707777165452305246|1C42990268099968594|1C34F1CD8AA37D2A259DBA0ECD548DD8093C|1CF3108|1CEA30',
    ),
  },
];

export const responseExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'answer to the 2400 balance inquiry (cassette balance-inquiry.yml)',
    bytes: fromPipeEscapes(
      '40|1C0900|1C11007057|1C38534016|1C3900|1C751530|1C761530|1C707777165452305246|1CA001013025|1C42990268099968594|1C4400000008594|1CF62400|1CB00|1C780|1CC0840',
    ),
  },
  {
    name: '2102 virtual card activation (fixture activate_card_success.xml)',
    bytes: fromPipeEscapes(
      '40|1C0900|1C11102617|1C38748245|1C3900|1C750|1C765000|1C707777165452249042|1CA001013025|1C153796|1C42990268099968594|1C4400000008594|1CF62102|1C7FTaco|1CB00|1C780|1C346C24DD14E816CE94754AB63D94A07B9C|1CC0840',
    ),
  },
  {
    name: '2300 reload (fixture reload_card_success.xml)',
    bytes: fromPipeEscapes(
      '40|1C0900|1C11088284|1C38484863|1C3900|1C755000|1C765800|1C707777165452341385|1CA001013025|1C42990268099968594|1C4400000008594|1CF62300|1C7FTaco|1CB00|1C780|1CC0840',
    ),
  },
];
