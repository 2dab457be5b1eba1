export { buildProgram, type CliIO, EXIT_BAD_INPUT, guessKind, run } from './cli.js';
export { findKind, registry } from './registry.js';
