import type { Quote } from './format';
import type { Range, TextLayout } from './text';

/** How far a single-quoted stretch may run: single marks double as apostrophes, so keep them local. */
const MAX_SINGLE_QUOTE_CHARS = 200;

/** " \u201c \u201d \u201e \u00ab \u00bb */
function isDoubleMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}
const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const DOUBLE_MARKS = ['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb'];
const SINGLE_OPENERS = ["'", '\u2018'];

/**
 * Finds the next of a few marks with indexOf rather than a test per character. Each mark's next
 * position is kept until the search passes it, so a text is searched once per mark over all
 * paragraphs, which are asked about in text order.
 */
interface MarkFinder {
  text: string;
  marks: readonly string[];
  /** Per mark: its next position, -1 for none, -2 not searched yet. */
  at: Int32Array;
  from: number;
}

function markFinder(text: string, marks: readonly string[]): MarkFinder {
  return { text, marks, at: new Int32Array(marks.length).fill(-2), from: 0 };
}

/** The first mark in [from, end), or -1. */
function nextMark(f: MarkFinder, from: number, end: number): number {
  if (from < f.from) f.at.fill(-2); // asked out of order: what was found no longer holds
  f.from = from;
  let best = -1;
  for (let k = 0; k < f.marks.length; k++) {
    let a = f.at[k];
    if (a === -2 || (a >= 0 && a < from)) {
      a = f.text.indexOf(f.marks[k], from);
      f.at[k] = a;
    }
    if (a >= 0 && a < end && (best < 0 || a < best)) best = a;
  }
  return best;
}

/** Words that introduce a title or a name rather than someone's words. */
const NAMING_CUES = /\b(so-called|dubbed|nicknamed|titled|entitled|named|codenamed|code-named|hashtag)\s*$/i;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'a', 'an', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'de', 'al']);

/**
 * Direct quotations, one per quoted stretch, paragraph by paragraph.
 * Marks are paired within a paragraph; an unclosed opening runs to the paragraph's end (the
 * newspaper convention for quotes spanning paragraphs), and a closing mark with no opening
 * closes the stretch since the previous quote (machine-translated text splits quotes that way).
 */
export function extractQuotes(layout: TextLayout): Quote[] {
  const { text } = layout;
  const quotes: Quote[] = [];
  let previousParagraphOpen = false;
  const doubleMarks = markFinder(text, DOUBLE_MARKS);
  const singleMarks = markFinder(text, SINGLE_OPENERS);
  for (const p of layout.paragraphs) {
    const doubles = pairDoubleMarks(text, p, previousParagraphOpen, doubleMarks);
    previousParagraphOpen = doubles.endsOpen;
    const singles = pairSingleMarks(text, p, doubles.spans, singleMarks);
    const spans = [...doubles.spans, ...singles].sort((a, b) => a.start - b.start);
    for (const s of spans) {
      if (s.end <= s.start) continue;
      const body = text.slice(s.start, s.end);
      if (!/[A-Za-z\u00c0-\u024f\u0590-\u06ff]/.test(body)) continue;
      if (isTitleOrName(body, text, s.start - 1)) continue;
      quotes.push({ start: s.start, end: s.end, text: body, speaker: null, group: null });
    }
  }
  return quotes;
}

interface PairResult {
  spans: Range[];
  endsOpen: boolean;
}

function pairDoubleMarks(text: string, p: Range, continuesQuote: boolean, marks: MarkFinder): PairResult {
  const spans: Range[] = [];
  let open = -1;
  let lastClose = -1;
  // Scanned within the paragraph: a pattern searched from its start would read on past its end.
  for (let i = nextMark(marks, p.start, p.end); i >= 0; i = nextMark(marks, i + 1, p.end)) {
    const ch = text[i];
    const isStraight = ch === '"';
    const opens = DOUBLE_OPEN.has(ch) || (isStraight && open < 0);
    if (opens) {
      if (open >= 0) spans.push({ start: open + 1, end: trimEnd(text, open + 1, i) });
      open = i;
      continue;
    }
    if (open >= 0) {
      spans.push({ start: open + 1, end: i });
      open = -1;
      lastClose = i;
    } else if (lastClose >= 0) {
      spans.push({ start: skipSpaces(text, lastClose + 1, i), end: i });
      lastClose = i;
    } else if (continuesQuote) {
      spans.push({ start: p.start, end: i });
      lastClose = i;
    }
  }
  if (open >= 0) {
    spans.push({ start: open + 1, end: trimEnd(text, open + 1, p.end) });
    return { spans, endsOpen: true };
  }
  return { spans, endsOpen: false };
}

function pairSingleMarks(text: string, p: Range, doubleSpans: Range[], marks: MarkFinder): Range[] {
  const spans: Range[] = [];
  let d = 0;
  for (let i = nextMark(marks, p.start, p.end); i >= 0; i = nextMark(marks, i + 1, p.end)) {
    const ch = text[i];
    while (d < doubleSpans.length && doubleSpans[d].end < i) d++;
    if (d < doubleSpans.length && doubleSpans[d].start <= i && i < doubleSpans[d].end) continue;
    if (!canOpenSingle(text, i, p.start)) continue;
    const limit = Math.min(p.end, i + MAX_SINGLE_QUOTE_CHARS);
    for (let j = i + 2; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (isDoubleMark(c) || c === 0x2018) break;
      if ((c === 0x2019 || c === 39) && canCloseSingle(text, j, p.end, ch === '\u2018')) {
        spans.push({ start: i + 1, end: j });
        i = j; // the search goes on after the closing mark
        break;
      }
    }
  }
  return spans;
}

function canOpenSingle(text: string, i: number, floor: number): boolean {
  const before = i > floor ? text[i - 1] : ' ';
  const after = text[i + 1] ?? ' ';
  if (text[i] === "'" && /^\d\ds?\b/.test(text.slice(i + 1, i + 5))) return false; // "the '90s", "class of '24"
  return /[\s([\u2014\u2013-]/.test(before) && /[A-Za-z0-9]/.test(after);
}

function canCloseSingle(text: string, j: number, ceiling: number, curlyOpener: boolean): boolean {
  const before = text[j - 1];
  const after = j + 1 < ceiling ? text[j + 1] : ' ';
  if (/\s/.test(before)) return false;
  if (/[A-Za-z0-9]/.test(after)) return false; // an apostrophe inside a word
  // "leaders' meeting": a plural possessive, not a closing mark. After a curly opener the closer is curly too.
  if (!curlyOpener && before === 's' && after === ' ' && /[a-z]/.test(text[j + 2] ?? '')) return false;
  return true;
}

/** A scare-quoted title or name: every word capitalised, short, no sentence punctuation, or cued by "dubbed". */
function isTitleOrName(body: string, text: string, markIndex: number): boolean {
  const lead = text.slice(Math.max(0, markIndex - 24), markIndex);
  if (NAMING_CUES.test(lead)) return true;
  const words = body.trim().split(/\s+/);
  if (words.length > 6 || /[.,!?;:]$/.test(body.trim())) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[A-Z0-9]/.test(w));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function skipSpaces(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start])) start++;
  return start;
}
