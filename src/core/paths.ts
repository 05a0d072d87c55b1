/** Path order as the format requires: plain code-unit order, deterministic across platforms. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
