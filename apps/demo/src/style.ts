// Terminal colours: on only when stdout is a TTY and NO_COLOR is not set (https://no-color.org).

export interface Style {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

function sgr(open: number, close: number, on: boolean) {
  return (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
}

export function makeStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: sgr(1, 22, enabled),
    dim: sgr(2, 22, enabled),
    green: sgr(32, 39, enabled),
    red: sgr(31, 39, enabled),
    yellow: sgr(33, 39, enabled),
    cyan: sgr(36, 39, enabled),
    magenta: sgr(35, 39, enabled),
  };
}

/** Colour decision for a stream: a TTY, and NO_COLOR unset or empty. */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

/** Length of a string without its SGR escapes (for table padding). */
export function visibleLength(s: string): number {
  return s.replace(/\x1b\[[0-9;]*m/g, '').length;
}

export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleLength(s)));
}
