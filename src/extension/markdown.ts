/**
 * Article text made inert inside Markdown: every character Markdown or HTML could read as
 * syntax is backslash-escaped and line breaks become spaces, so a quote can never turn into a
 * link, an image, a heading or a command.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:$]/g, (c) => `\\${c}`);
}

/** A number as a reader writes it: 1234 -> "1,234", 33.333 -> "33.33". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function formatQualified(value: number, qualifier: string | null, kind?: string): string {
  const number = kind === 'percent' ? `${formatNumber(value)}%` : formatNumber(value);
  return qualifier ? `${qualifier} ${number}` : number;
}
