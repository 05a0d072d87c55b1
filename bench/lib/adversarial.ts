// Inputs built to expose super-linear behaviour: each is one long line (no paragraph breaks to
// bound the work) of the material a quote, name or number scanner backtracks or rescans over.

export interface AdversarialInput {
  name: string;
  /** Exactly `size` UTF-16 code units. */
  make(size: number): string;
}

function fill(size: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const u = unit(i);
    parts.push(u);
    len += u.length;
  }
  return parts.join('').slice(0, size);
}

const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'"];
const CAPS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];
const NUMBER_WORDS = ['one', 'two', 'three', 'twenty', 'hundred', 'thousand', 'million', 'billion', 'and', 'half', 'a', 'quarter', 'dozen', 'forty-five', 'ninety', 'six'];

export const ADVERSARIAL: AdversarialInput[] = [
  // Nothing but quote marks: every mark could open or close a quote.
  { name: 'quote-marks', make: (n) => fill(n, (i) => QUOTE_MARKS[(i * 7 + (i >> 3)) % QUOTE_MARKS.length]) },
  // Short quoted words, never closed on the same pattern: openers with a word after them.
  { name: 'quotes-with-words', make: (n) => fill(n, (i) => `${QUOTE_MARKS[i % 6]}word${i % 10} said ${QUOTE_MARKS[(i + 3) % 6]} `) },
  // One endless number: digit groups with commas and no space.
  { name: 'digits-commas', make: (n) => fill(n, (i) => (i === 0 ? '1' : ',') + (i === 0 ? '' : String(100 + (i % 900)))) },
  // Numbers, decimals, percentages and scale words separated by spaces: figure candidates everywhere.
  { name: 'numbers-spaced', make: (n) => fill(n, (i) => `${i % 997},${String(i % 1000).padStart(3, '0')} ${(i % 89) / 10} million ${i % 100}% `) },
  // One endless run of capitalised words with no sentence end: a name candidate as long as the line.
  { name: 'capitalised-words', make: (n) => fill(n, (i) => CAPS[(i * 5) % CAPS.length] + ' ') },
  // Names through one long line of prose: every name is a candidate whose line start is far away.
  { name: 'names-in-prose', make: (n) => fill(n, (i) => `${CAPS[(i * 5) % CAPS.length]} met `) },
  // Deep nesting: half the input opens quotes, the other half closes them.
  {
    name: 'nested-quotes',
    make: (n) => {
      const half = Math.floor(n / 2);
      const open = fill(half, (i) => (i % 2 ? '\u2018' : '\u201c') + (i % 16 === 0 ? 'We ' : ''));
      const close = fill(n - half, (i) => (i % 2 ? '\u201d' : '\u2019'));
      return open + close;
    },
  },
  // No spaces at all: letters, punctuation and a few digits glued together.
  { name: 'no-spaces', make: (n) => fill(n, (i) => ['Gaza', 'said', '.', 'Hamas', '12', ',', 'x', '-', '"'][i % 9]) },
  // Number words only: a number-word parser that extends runs greedily sees one endless number.
  { name: 'number-words', make: (n) => fill(n, (i) => NUMBER_WORDS[(i * 3) % NUMBER_WORDS.length] + ' ') },
  // Abbreviation-like dots: sentence splitting looks back over every "X." run.
  { name: 'initials-dots', make: (n) => fill(n, (i) => `${String.fromCharCode(65 + (i % 26))}.`) },
  // Dates and nothing else: each date is tested for a dateline, which must not look back to the line start.
  { name: 'dates', make: (n) => fill(n, (i) => `${['January', 'Oct.', 'May'][i % 3]} ${(i % 28) + 1}, `) },
];

/** The baseline every timing is divided by: one regex tokenisation pass, returning the token count. */
export const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function regexPass(text: string): number {
  TOKEN_RE.lastIndex = 0;
  let count = 0;
  while (TOKEN_RE.exec(text) !== null) count++;
  return count;
}
