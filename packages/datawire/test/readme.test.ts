import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { result } from './readme-example.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe('README quick start', () => {
  it('is the tested example, verbatim', () => {
    const readme = readFileSync(here('../README.md'), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    const example = readFileSync(here('./readme-example.ts'), 'utf8').replace(
      /\nexport const result = .*\n$/,
      '\n',
    );
    expect(block).toBe(example);
  });
  it('produces the documented values', () => {
    expect(result.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Request Version="3"><ReqClientID><DID>00033746370969070150</DID><App>BRIDGEPINCVLKXML</App><Auth>99026809996|00000008594</Auth><ClientRef>1701298V001000</ClientRef></ReqClientID><Transaction><ServiceID>104</ServiceID><Payload>SV.99026809996|1C402400|1CEA30</Payload></Transaction></Request>',
    );
    expect(result.reverse).toBe(true);
    expect(result.bytes[14]).toBe(0x1c);
  });
});
