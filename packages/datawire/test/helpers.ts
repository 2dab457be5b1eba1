import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function vector(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./vectors/${name}`, import.meta.url)), 'utf8');
}

export function bytesOf(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}
