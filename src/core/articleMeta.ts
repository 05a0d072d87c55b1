import type { TextLayout } from './text';
import { MONTHS } from './lexicon/time';

/** How far into an article its publication date is looked for: datelines and captions sit near the top. */
const DATE_SEARCH_CHARS = 1500;

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`);

/** The first full calendar date (with a year) near the top of the article, as ISO. */
export function findArticleDate(layout: TextLayout): string | null {
  const head = layout.text.slice(0, DATE_SEARCH_CHARS);
  const candidates: { index: number; iso: string | null }[] = [];
  const iso = ISO_DATE.exec(head);
  if (iso) candidates.push({ index: iso.index, iso: toIso(+iso[1], +iso[2], +iso[3]) });
  const mdy = MONTH_DAY_YEAR.exec(head);
  if (mdy) candidates.push({ index: mdy.index, iso: toIso(+mdy[3], monthNumber(mdy[1]), +mdy[2]) });
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) candidates.push({ index: dmy.index, iso: toIso(+dmy[3], monthNumber(dmy[2]), +dmy[1]) });
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.iso)?.iso ?? null;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const BOILERPLATE_LINE = /^(by\s.*|(last\s+)?(published|updated|posted)\b.*|skip to (main )?content|advertisement|live story|share|listen|menu|home|subscribe|sign in|log in|\d+\s+min(ute)?s?\s+read)$/i;

/**
 * The headline: the first short line that reads like a title rather than a sentence.
 * When the article opens straight into its lede (a long line ending in a full stop), there is none.
 */
export function findArticleTitle(layout: TextLayout): string | null {
  const { text } = layout;
  // Markdown front matter names the title outright.
  const frontMatter = /^---\r?\n([\s\S]{0,2000}?)\r?\n---/.exec(text);
  const declared = frontMatter && /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontMatter[1]);
  if (declared) return declared[1];
  for (const p of layout.paragraphs.slice(0, 6)) {
    // Markdown decoration is not part of a headline ("# Title", "**Title**").
    let line = text.slice(p.start, p.end).trim().replace(/^#{1,6}\s+/, '').replace(/^([*_]{1,3})(.+)\1$/, '$2').trim();
    // A dateline stamp before the headline ("date 2024-05-06 Headline") is not part of it.
    line = line.replace(/^(?:date|published|updated)?:?\s*\d{4}-\d{2}-\d{2}\s+/i, '');
    if (BOILERPLATE_LINE.test(line)) continue;
    const words = line.split(/\s+/).filter(Boolean);
    // Outlet names and section labels ("Al Jazeera", "Middle East", "Live Updates") are short and
    // capitalised throughout; a short headline has a lowercase word ("Israel strikes Rafah").
    if (words.length < 3 || (words.length === 3 && words.every((w) => !/^\p{Ll}/u.test(w)))) continue;
    if (line.length > 160) return null;
    if (/[.!?]["\u201d\u2019]?$/.test(line) && words.length > 12) return null;
    return line;
  }
  return null;
}
