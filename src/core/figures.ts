// Figures: numbers that quantify something, with their qualifier, kind and what they count.
// A few linear passes over the tokens; every look-around is bounded by a small constant or by the
// figure's own sentence, so the whole extraction is linear in the text.
import type { ActorMention, Figure, FigureKind, Qualifier } from './format';
import type { AnalysisContext } from './analyze';
import { findNumberExprs, numberCueSentences, tokenize, type NumberExpr, type Token } from './numbers';
import { MONTHS, MONTH_WORDS, WEEKDAYS } from './lexicon/time';
import { CURRENCY_WORDS, TIME_UNITS } from './lexicon/units';
import { CARDINALS } from './lexicon/numberWords';
import { COMMON_ACRONYMS } from './lexicon/names';
import { capitalise } from './names';
import {
  CONFLICT_NOUNS,
  CUMULATIVE_WORDS,
  EVENT_DISPLAY,
  EVENT_NOUNS,
  EVENT_WORDS,
  IRREGULAR_SINGULAR,
  LOCATIVE_PREPS,
  NOT_NOUNS,
  NP_STOP,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  ORDINAL_DETERMINERS,
  PAIR_REFERENTS,
  PERSON_NOUNS,
  POINT_EVENTS,
  POSSESSIVE_DETERMINERS,
  PROPOSAL_WORDS,
  QUALIFIER_PHRASES,
  REPORTING_VERBS,
  SETTLEMENT_NOUNS,
  STATE_EVENTS,
  TRUCE_NOUNS,
} from './lexicon/figureWords';

/**
 * How a quantity behaves over time: a running total, a daily toll, a state at a moment, one past
 * event, the age of an ongoing thing, or the length of a period.
 */
export type TimeFrame = 'cumulative' | 'daily' | 'current' | 'event' | 'elapsed';

/** What a figure measures, in parts the linker can compare. */
export interface FigureFacets {
  /** Counted noun, lemmatised; people in general are 'person'. */
  noun: string | null;
  /** The counted noun as written ("Sudanese"). */
  nounText: string | null;
  /** What happened to them: killed, wounded, held, seized, released, displaced, arrested, population. */
  event: string | null;
  frame: TimeFrame | null;
  /** The reporting window as written ("in the past 24 hours"). */
  window: string | null;
  /** Its length in days (1 for "the past 24 hours"). */
  windowDays: number;
  /** A dated event the figure belongs to, as "MM-DD" (or "month:MM"). */
  anchor: string | null;
  /** The anchored event for a reader ("attack of 7 October"). */
  anchorText: string | null;
  place: string | null;
  /** Counted within a family or a person's life ("her three children"): never linked. */
  personal: boolean;
  /** For durations: what the period belongs to ("war" for its age, "truce" for a truce's length, "window" for a reporting window). */
  topic: string | null;
  /** The figure is part of a plan or a proposal. */
  proposed: boolean;
  /** Start offset of the first figure of this figure's in-article repetition chain, if any. */
  coref: number | null;
  /** Precision of the written number ("250" -> 10, "1.5 million" -> 100000). */
  roundingUnit: number;
  /** Written with a scale word, so rounded even without a qualifier. */
  scaled: boolean;
  /** For durations: days in one unit. */
  unitDays: number;
  /** "29 more": an increment, not a level. */
  increment: boolean;
  /** An earlier value given for comparison ("up from 34,971 a day earlier"): never linked. */
  earlier: boolean;
  /** The nationality a count of people is given in ("Palestinians" -> "palestinian"), if any. */
  demonym: string | null;
  /** "internal" (inside the country) or "abroad", when the text scopes a count of people that way. */
  scope: string | null;
  /** Part of another figure of the same quantity ("10 million displaced, including 600,000 ..."): never linked. */
  subset: boolean;
}

/** A figure with what the links, hovers and conflict explanations need beyond the format. */
export interface AnalyzedFigure extends Figure {
  /** Who the article attributes the number to ("the Khartoum health ministry"), if anyone. */
  source: string | null;
  /** Absent on figures built elsewhere (a cache, a test): such figures are never linked. */
  facets?: FigureFacets;
}

/** A figure whose facets are known. */
export type LinkedFigure = AnalyzedFigure & { facets: FigureFacets };

interface Candidate {
  expr: NumberExpr;
  /** First token including the qualifier. */
  qualFirst: number;
  qualifier: Qualifier;
  kind: FigureKind;
  sentence: number;
  figure?: LinkedFigure;
  parent: number; // index of the containing figure ("including two women"), or -1
}

const CAP_FUNCTION = new Set([
  'the', 'a', 'an', 'at', 'in', 'on', 'of', 'some', 'over', 'about', 'around', 'nearly', 'almost', 'more', 'less',
  'up', 'by', 'to', 'for', 'with', 'since', 'only', 'just', 'and', 'but', 'or', 'than', 'least', 'all', 'another',
  'approximately', 'roughly', 'estimated', 'under', 'nearly', 'fewer', 'after', 'before', 'during', 'until', 'from',
  'killed', 'kill', 'kills', 'killing', 'wounded', 'injured', 'rises', 'rise', 'toll', 'as', 'top', 'tops', 'hits',
  'reaches', 'surpasses', 'passes', 'exceeds', 'between', 'exactly', 'precisely', 'barely', 'those', 'these', 'every',
  'among', 'including', 'within', 'per', 'whereas', 'while', 'although', 'though', 'if', 'when', 'once', 'only',
]);

const PARENTHETICAL_OPENERS = new Set(['including', 'mostly', 'among', 'many', 'most', 'mainly', 'all', 'both', 'some', 'half', 'or']);
const RIGHT_STOPS = new Set(['including', 'while', 'whereas', 'but', 'although', 'though', 'because', 'according']);
const CLAUSE_PUNCT = new Set([';', ':', '(', ')', '"', '\u201c', '\u201d', '\u2014', '\u2013', '[', ']', '.', '?', '!']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'all']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);
const SOURCE_PLACE_HEADS = new Set(['ministry', 'office', 'authorities', 'authority', 'officials', 'government', 'agency', 'department', 'directorate', 'services']);
const SUBJECT_BOUNDARIES = new Set([
  'that', 'which', 'where', 'and', 'but', 'as', 'when', 'while', 'who', 'after', 'before', 'since', 'because', 'if',
  'is', 'was', 'are', 'were', 'be', 'been', 'it', 'of', 'in', 'on', 'to', 'for', 'with', 'by', 'from', 'than', 'so',
]);
/** Events that happen to people: a count of them without a noun counts people. */
const HUMAN_EVENTS = new Set(['killed', 'wounded', 'displaced', 'fled', 'arrested']);
/** Nouns that a following number names rather than counts ("phase two", "round 4"). */
const LABEL_NOUNS = new Set([
  'phase', 'stage', 'round', 'part', 'chapter', 'article', 'level', 'section', 'grade', 'category', 'gate', 'terminal',
  'platform', 'lane', 'step', 'tier', 'number', 'no', 'room', 'floor', 'channel', 'route', 'highway', 'resolution', 'unit',
]);

/** Units of physical measure: such figures are of kind "other". */
const MEASURE_UNITS = new Set([
  'degrees', 'degree', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters',
  'metre', 'meter', 'kg', 'kilograms', 'tonnes', 'tons', 'tonne', 'acres', 'hectares', 'square', 'litres', 'liters',
  'feet', 'inches', 'cm', 'mm', 'mph', 'kph', 'km/h', 'megawatts', 'mw', 'barrels', 'calories', 'dunams',
]);

/** "the toll passed 35,000": more than the number. */
const PASS_VERBS = new Set(['passes', 'passed', 'passing', 'surpasses', 'surpassed', 'surpassing', 'exceeds', 'exceeded', 'exceeding', 'tops', 'topped', 'crosses', 'crossed']);
/** An ongoing war or campaign whose toll keeps rising. */
const WAR_NOUNS = new Set(['war', 'offensive', 'campaign', 'bombardment', 'onslaught', 'conflict', 'fighting', 'hostilities', 'invasion']);
const DAILY_WORDS = new Set(['past', 'last', 'previous', 'preceding']);
const RISE_VERBS = new Set(['rises', 'rose', 'risen', 'rising', 'climbed', 'climbs', 'climbing', 'reached', 'reaches', 'surpassed', 'passed', 'topped', 'tops', 'exceeded']);
const PERFECT_EVENTS = new Set(['killed', 'wounded', 'arrested', 'released', 'destroyed', 'damaged']);
const DAMAGE_EVENTS = new Set(['destroyed', 'damaged']);
const ELAPSED_CUES = new Set(['entered', 'entering', 'enters', 'enter', 'in', 'into']);
const START_CUES = new Set(['since', 'start', 'began', 'beginning', 'outbreak', 'started', 'launch', 'launched']);
const TRUCE_ADJECTIVES = new Set(['first', 'initial', 'new', 'humanitarian', 'proposed', 'temporary', 'possible', 'further', 'full', 'second', 'third', 'final', 'planned']);
const MONTH_ABBR = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);

function monthOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'word' || !t.cap) return null;
  if (!MONTH_WORDS.has(t.raw)) return null;
  const full = MONTHS.indexOf(t.lo);
  if (full >= 0) return full + 1;
  return MONTH_ABBR.get(t.lo) ?? null;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Capitalised, or an Arabic name with a lowercase article ("al-Noura"). */
function isNameWord(t: Token): boolean {
  return t.kind === 'word' && ((t.cap && !COMMON_ACRONYMS.has(t.raw)) || /^(al|el|ad|as|ash|an|ar|at|ed|ez|az)-\p{Lu}/u.test(t.raw));
}

function isPossessive(t: Token): boolean {
  return /['\u2019]s$/i.test(t.raw) || /s['\u2019]$/.test(t.raw);
}

function stripPossessive(s: string): string {
  return s.replace(/['\u2019]s$/i, '').replace(/s['\u2019]$/, 's');
}

function isPluralNoun(t: Token, sentenceInitial = false): boolean {
  const lo = t.lo;
  if (PERSON_NOUNS.has(lo) || IRREGULAR_SINGULAR.has(lo)) return true;
  if (NOT_NOUNS.has(lo) || EVENT_WORDS.has(lo) || TIME_UNITS.has(lo) || NP_STOP.has(lo)) return false;
  if (lo.length < 4 || !lo.endsWith('s') || lo.endsWith('ss') || lo.endsWith('us') || (lo.endsWith('is') && !t.cap)) return false;
  if (RISE_VERBS.has(lo) || REPORTING_VERBS.has(lo)) return false;
  if (/['\u2019]s$/.test(lo)) return false;
  if (t.cap && !sentenceInitial) return /(ans|is|ers|ites|ees|ists|ese)$/.test(lo) && /^[\p{L}-]+$/u.test(lo);
  return /^[\p{L}-]+$/u.test(lo);
}

/** A noun's lemma; people in general (and nationalities) are 'person'. */
export function nounLemma(word: string): string {
  const lo = word.toLowerCase();
  if (PERSON_NOUNS.has(lo)) return 'person';
  if (word[0] !== lo[0] && lo.endsWith('s')) return 'person'; // "Ukrainians", "Yemenis"
  const syn = NOUN_SYNONYMS.get(lo);
  if (syn) return syn;
  const irr = IRREGULAR_SINGULAR.get(lo);
  if (irr) return irr;
  if (lo.endsWith('ies') && lo.length > 4) return lo.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(lo)) return lo.slice(0, -2);
  if (lo.endsWith('s') && !lo.endsWith('ss')) return lo.slice(0, -1);
  return lo;
}

/** Nouns that count the same things under another name. */
const NOUN_SYNONYMS = new Map([
  ['troops', 'soldier'], ['servicemen', 'soldier'], ['militants', 'fighter'], ['gunmen', 'fighter'], ['combatants', 'fighter'],
  ['captives', 'hostage'], ['abductees', 'hostage'], ['detainees', 'prisoner'], ['kids', 'child'], ['minors', 'child'],
  ['lorries', 'truck'], ['homes', 'house'], ['medics', 'medic'], ['paramedics', 'medic'],
]);

/** "the Caprivi Strip", "the Left Bank": names read with an article. */
function withArticle(place: string): string {
  return /\s(Strip|Bank|Territories|Emirates|States|Kingdom|Republic|Sea|Valley|Heights|Corridor)$/.test(place) && !/^the\s/i.test(place) ? `the ${place}` : place;
}

function isDemonym(word: string): boolean {
  return /(i|ian|ians|ese|ish|an)$/i.test(stripPossessive(word));
}

export function extractFigures(ctx: AnalysisContext): AnalyzedFigure[] {
  const text = ctx.layout.text;
  // Only sentences that may hold a number are tokenised. What a figure takes from an earlier sentence
  // (a dated event, the noun of an earlier figure) always comes from a sentence with a digit in it.
  const sentences = ctx.layout.sentences.length ? ctx.layout.sentences : [{ start: 0, end: text.length }];
  const wanted = numberCueSentences(text, sentences);
  const tokens: Token[] = [];
  const sentOfList: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (!wanted[s]) continue;
    const before = tokens.length;
    tokenize(text, sentences[s].start, sentences[s].end, tokens);
    for (let k = before; k < tokens.length; k++) sentOfList.push(s);
  }
  if (tokens.length === 0) return [];
  const sentOf = new Int32Array(sentOfList.length);
  for (let k = 0; k < sentOfList.length; k++) sentOf[k] = sentOfList[k];
  // Dense arrays indexed by sentence (a sparse JS array would fall back to a slow dictionary).
  const sentFirst = new Int32Array(sentences.length).fill(-1);
  const sentLast = new Int32Array(sentences.length);
  for (let i = 0; i < tokens.length; i++) {
    const s = sentOf[i];
    if (sentFirst[s] < 0) sentFirst[s] = i;
    sentLast[s] = i + 1;
  }
  const exprs = findNumberExprs(tokens);
  const cands: Candidate[] = [];
  const titleLine = titleLineTest(text, tokens, ctx.layout.paragraphs);
  for (const e of exprs) {
    const c = classify(tokens, e, sentOf, sentFirst, titleLine);
    if (c) cands.push(c);
  }
  const places = placeMentionIndex(ctx.actors);
  const countStarts = new Set<number>();
  for (const c of cands) if (countLike(c)) countStarts.add(c.qualFirst);
  const quotes = [...ctx.quotes].sort((a, b) => a.start - b.start);
  const env: Env = {
    text, tokens, sentOf, sentFirst, sentLast, cands, places, quotes, anchors: findAnchors(text, tokens, sentOf),
    countStarts, ownTime: new Map(), anchorList: [], asideStarts: new Set(cands.map((c) => c.qualFirst)),
  };
  for (const list of [...env.anchors.entries()].sort((a, b) => a[0] - b[0])) env.anchorList.push(...list[1]);
  const sources = new Map<number, SourceInfo | null>();
  // A sentence crowded with numbers is a table or noise, not prose: its figures get no facets.
  const perSentence = new Map<number, number>();
  for (const c of cands) perSentence.set(c.sentence, (perSentence.get(c.sentence) ?? 0) + 1);
  for (let k = 0; k < cands.length; k++) {
    if ((perSentence.get(cands[k].sentence) ?? 0) > MAX_FIGURES_PER_SENTENCE) describeBare(env, k);
    else describeCandidate(env, k, sources);
  }
  const figures = cands.map((c) => c.figure as LinkedFigure);
  mergeRepeats(figures);
  for (const f of figures) if (f.facets !== BARE_FACETS) f.subject = subjectOf(f, true);
  return figures;
}

/** Whether the token's paragraph is a headline in title case ("Russian Strikes Kill 14 In Kharkiv"). */
function titleLineTest(text: string, tokens: Token[], paragraphs: { start: number; end: number }[]): (i: number) => boolean {
  const memo = new Map<number, boolean>();
  return (i: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    let p = -1;
    const at = tokens[i].start;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].end <= at) lo = mid + 1;
      else if (paragraphs[mid].start > at) hi = mid - 1;
      else {
        p = mid;
        break;
      }
    }
    if (p < 0) return false;
    const cached = memo.get(p);
    if (cached !== undefined) return cached;
    const words = text.slice(paragraphs[p].start, Math.min(paragraphs[p].end, paragraphs[p].start + 400)).match(/\p{L}{4,}/gu) ?? [];
    const caps = words.filter((w) => w[0] !== w[0].toLowerCase()).length;
    const title = words.length >= 4 && caps / words.length >= 0.7;
    memo.set(p, title);
    return title;
  };
}


// ---------------------------------------------------------------------------------------------
// Which numeric expressions are figures, with qualifier and kind.

function classify(tokens: Token[], e: NumberExpr, sentOf: Int32Array, sentFirst: Int32Array, titleLine: (i: number) => boolean): Candidate | null {
  const prev = tokens[e.first - 1];
  const prev2 = tokens[e.first - 2];
  const next = tokens[e.last];
  const first = tokens[e.first];
  const atSentenceStart = e.first === sentFirst[sentOf[e.first]];
  if (e.form === 'digits' || (e.form === 'ordinal' && first.kind === 'word' && /^\d/.test(first.raw))) {
    // Calendar dates: "June 5", "Jun. 5", "5 June", "05 March, 2023", "5th of June".
    if (monthOf(prev) !== null || (prev?.raw === '.' && monthOf(prev2) !== null)) return null;
    if (monthOf(next) !== null || (next?.lo === 'of' && monthOf(tokens[e.last + 1]) !== null)) return null;
    // Clock times and slashed dates.
    if (next && (next.raw === ':' || next.raw === '/') && tokens[e.last + 1]?.kind === 'num' && next.start === first.end) return null;
    if (prev && (prev.raw === ':' || prev.raw === '/') && prev.end === first.start && prev2?.kind === 'num') return null;
    if (next && (next.lo === 'am' || next.lo === 'pm' || next.lo === 'gmt' || next.lo === 'utc' || next.lo === 'hrs' && e.value >= 100)) return null;
    if (next && (next.lo === 'a' || next.lo === 'p') && tokens[e.last + 1]?.raw === '.' && tokens[e.last + 2]?.lo === 'm') return null;
    // Years used as dates.
    if (e.form === 'digits' && !e.scaled && !e.timeUnit && !e.percent && !e.currency && Number.isInteger(e.value) && e.value >= 1800 && e.value <= 2100 && !/,/.test(first.raw)) {
      const counted = isWord(next) && !next.cap && isPluralNoun(next) && !(prev && (prev.raw === ',' || YEAR_PREPOSITIONS.has(prev.lo)));
      if (!counted) return null;
    }
    // Numbers inside names ("Route 60", "Resolution 2334"), but not a capitalised qualifier or verb.
    // Numbers inside names ("Route 60", "Resolution 2334"); a headline in title case capitalises its verbs too.
    if (prev && prev.kind === 'word' && prev.cap && !atSentenceStart && !CAP_FUNCTION.has(prev.lo) && !NP_STOP.has(prev.lo) && !QUALIFIER_LAST.has(prev.lo) && !EVENT_WORDS.has(prev.lo) && !CURRENCY_WORDS.has(prev.lo) && !e.currency && !isPossessive(prev) && !titleLine(e.first)) {
      return null;
    }
    if (prev && prev.end === first.start && (prev.raw === '#' || prev.raw === '/' || prev.raw === '-' || prev.raw === '+')) return null;
    // "No. 10", "Vol. 3", "Art. 51": a number used as a label.
    if (prev?.raw === '.' && prev2 && LABEL_ABBREVIATIONS.has(prev2.lo) && prev2.cap) return null;
  }
  // "phase two", "round 4", "stage 3": a number naming a step, like "first phase".
  if ((e.form === 'words' || e.form === 'digits') && !e.scaled && !e.timeUnit && !e.percent && !e.currency && prev && LABEL_NOUNS.has(prev.lo)) return null;
  if (e.form === 'words') {
    const w0 = first.lo;
    if (w0 === 'one' && e.last - e.first === 1 && !e.timeUnit && !e.percent) {
      if (prev && ONE_PRONOUN_BEFORE.has(prev.lo)) return null;
      // "killing at least one": a qualifier makes even a bare "one" a count.
      const qualified = prev !== undefined && QUALIFIER_LAST.has(prev.lo) && prev.lo !== 'some';
      if (!qualified && (!isWord(next) || ONE_PRONOUN_AFTER.has(next.lo) || NP_STOP.has(next.lo) || REPORTING_VERBS.has(next.lo))) return null;
    }
    if (prev && (prev.lo === 'the' || prev.lo === 'both' || prev.lo === 'these' || prev.lo === 'those') && isWord(next) && PAIR_REFERENTS.has(next.lo)) return null;
    // "Scores", "dozens": plural scale words alone are not parsed; "a few" is not a number either.
  }
  if (e.form === 'ordinal') {
    if (e.value <= 1) return null; // "first phase", "first among them": labels
    const det = prev && (ORDINAL_DETERMINERS.has(prev.lo) || (prev.kind === 'word' && isPossessive(prev)));
    if (!det) return null;
    if (!e.timeUnit && !isWord(next)) return null;
    if (!e.timeUnit && next && (next.lo === 'of' || NP_STOP.has(next.lo))) return null;
  }
  if (e.form === 'fraction' && first.lo === 'half') {
    const okNext = isWord(next) && HALF_OF_NEXT.has(next.lo);
    const okPrev = prev && HALF_QUALIFIED_BY.has(prev.lo);
    if (prev && HALF_AS_NOUN_AFTER.has(prev.lo)) return null;
    if (next && (next.lo === 'a' || next.lo === 'an') && TIME_UNITS.has(tokens[e.last + 1]?.lo ?? '')) return null; // "half an hour" 
    if (!okNext && !okPrev) return null;
  }
  // URLs, codes and handles next to the number.
  if (first.start > 0 && prev && prev.end === first.start && prev.kind === 'word') return null;
  const [qualifier, qualFirst] = readQualifier(tokens, e);
  const kind = kindOf(tokens, e, sentFirst, sentOf);
  return { expr: e, qualFirst, qualifier, kind, sentence: sentOf[e.first], parent: -1 };
}

const QUALIFIER_WORDS = QUALIFIER_PHRASES.map(([phrase, q]) => [phrase, q, phrase.split(' ')] as const);
const QUALIFIER_LAST = new Set(QUALIFIER_WORDS.map(([, , w]) => w[w.length - 1]));

function readQualifier(tokens: Token[], e: NumberExpr): [Qualifier, number] {
  const before = tokens[e.first - 1];
  const maybe = before !== undefined && QUALIFIER_LAST.has(before.lo);
  for (const [phrase, q, words] of maybe ? QUALIFIER_WORDS : []) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[e.first - words.length + k];
      if (!t || t.kind !== 'word' || t.lo !== words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "some of", "about the" never reach here (the number follows directly); "more than half" does.
    if (phrase === 'some' && (e.form === 'fraction' || e.form === 'ordinal')) continue;
    // "over two days of talks": a span of time, not a lower bound.
    if ((phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below') && e.timeUnit) continue;
    return [q, e.first - words.length];
  }
  if (before && PASS_VERBS.has(before.lo)) return ['more than', e.first];
  const a = tokens[e.last];
  const b = tokens[e.last + 1];
  if (a?.lo === 'or' && b?.lo === 'more') return ['at least', e.first];
  if (a?.lo === 'or' && b?.lo === 'so') return ['about', e.first];
  return [null, e.first];
}

function kindOf(tokens: Token[], e: NumberExpr, sentFirst: Int32Array, sentOf: Int32Array): FigureKind {
  const prev = tokens[e.first - 1];
  const next = tokens[e.last];
  if (e.age) return 'age';
  if (prev?.lo === 'aged' || prev?.lo === 'age' || (prev?.lo === 'of' && tokens[e.first - 2]?.lo === 'age')) return 'age';
  if (e.timeUnit === 'year' && next?.lo === 'old') return 'age';
  if (e.currency || (isWord(next) && CURRENCY_WORDS.has(next.lo)) || (isWord(prev) && CURRENCY_WORDS.has(prev.lo) && prev.raw === prev.raw.toUpperCase())) return 'money';
  if (e.percent) return 'percent';
  if (next?.lo === 'percentage' && /^points?$/.test(tokens[e.last + 1]?.lo ?? '')) return 'percent';
  if (e.form === 'ordinal') return 'ordinal';
  if (e.timeUnit) return 'duration';
  // "Ahmed (40)", "Mona Ali, 40, who ...": a small number between commas or brackets right after a name.
  if (prev?.raw === '(' && next?.raw === ')' && Number.isInteger(e.value) && e.value > 0 && e.value < 120 && e.form === 'digits') {
    const name = tokens[e.first - 2];
    if (name && name.kind === 'word' && name.cap && !isPossessive(name)) return 'age';
  }
  if (prev?.raw === ',' && (next?.raw === ',' || next?.raw === ')') && Number.isInteger(e.value) && e.value > 0 && e.value < 120 && e.form === 'digits') {
    const name = tokens[e.first - 2];
    if (name && name.kind === 'word' && name.cap && e.first - 2 !== sentFirst[sentOf[e.first]] && !isPossessive(name)) return 'age';
  }
  if (e.compound) return 'other';
  if ((isWord(next) && (MEASURE_UNITS.has(next.lo) || next.lo === 'magnitude')) || prev?.lo === 'magnitude') return 'other';
  if (e.form === 'words' || e.form === 'digits' || e.form === 'hyphen') return 'count';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// What each figure counts.

interface Anchor {
  token: number;
  key: string;
  noun: string;
  text: string;
}

interface Env {
  text: string;
  tokens: Token[];
  sentOf: Int32Array;
  sentFirst: Int32Array;
  sentLast: Int32Array;
  cands: Candidate[];
  places: Map<number, ActorMention>;
  quotes: AnalysisContext['quotes'];
  /** Dated events per sentence, in text order. */
  anchors: Map<number, Anchor[]>;
  /** All dated events in text order. */
  anchorList: Anchor[];
  /** First tokens of counted figures. */
  countStarts: Set<number>;
  /** Sentences that state their own time (memo). */
  ownTime: Map<number, boolean>;
  /** First tokens of any figure (an appositive figure opens an aside). */
  asideStarts: Set<number>;
}

interface SourceInfo {
  text: string;
  place: string | null;
  /** Token where the attributed body starts. */
  token: number;
  /** "according to": the whole sentence is attributed, wherever the figure stands. */
  whole: boolean;
}

function placeMentionIndex(actors: ActorMention[]): Map<number, ActorMention> {
  const m = new Map<number, ActorMention>();
  for (const a of actors) m.set(a.start, a);
  return m;
}

const countLike = (c: Candidate) => c.kind === 'count' || c.kind === 'percent' || c.kind === 'money';

/** Dates tied to an event noun: "the June 5 attack", "attack on the village on 5 June". Not "since June 5". */
/** "Of those, 42 have died", "Among them, 12": a part of a count given earlier, whatever it counted. */
function partOfEarlier(tokens: Token[], first: number, sentenceFirst: number): boolean {
  let i = first - 1;
  if (tokens[i]?.raw === ',') i--;
  const pronoun = tokens[i]?.lo;
  const preposition = tokens[i - 1]?.lo;
  return i - 1 >= sentenceFirst && (pronoun === 'those' || pronoun === 'them' || pronoun === 'these') && (preposition === 'of' || preposition === 'among');
}

/** "HERAT, Afghanistan, Oct. 8, 2023 (Reuters) -": the date a story was filed, not of what it reports. */
const DATELINE_BEFORE = /^[\p{Lu}][\p{L}\p{M} .'\u2019-]*(?:,\s*[\p{L}\p{M} .'\u2019-]+)*,\s*$/u;
const DATELINE_AFTER = /^,?\s*(?:\d{4})?\s*(?:\([^)\n]{1,40}\))?\s*(?:\u2014|\u2013|--|-|:)/;

function isDatelineDate(text: string, start: number, end: number): boolean {
  // Only the first 80 characters of a line can hold one: look no further back, or a long line full
  // of dates would be read again for each.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (start - lineStart > 80) return false;
  return DATELINE_BEFORE.test(text.slice(lineStart, start)) && DATELINE_AFTER.test(text.slice(end, end + 60));
}

function findAnchors(text: string, tokens: Token[], sentOf: Int32Array): Map<number, Anchor[]> {
  const out = new Map<number, Anchor[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let month: number | null = null;
    let day: number | null = null;
    const first = i;
    let last = i + 1;
    const m = monthOf(t);
    if (m !== null) {
      let j = i + 1;
      if (tokens[j]?.raw === '.') j++;
      const d = tokens[j];
      if (d && isDigitCode(d.lo.charCodeAt(0)) && /^\d{1,2}(st|nd|rd|th)?$/.test(d.lo)) {
        month = m;
        day = parseInt(d.lo, 10);
        last = j + 1;
      }
    } else if (t.kind !== 'punct' && isDigitCode(t.lo.charCodeAt(0)) && /^\d{1,2}(st|nd|rd|th)?$/.test(t.lo)) {
      const m2 = monthOf(tokens[i + 1]) ?? (tokens[i + 1]?.lo === 'of' ? monthOf(tokens[i + 2]) : null);
      if (m2 !== null) {
        month = m2;
        day = parseInt(t.lo, 10);
        last = tokens[i + 1].lo === 'of' ? i + 3 : i + 2;
      }
    }
    if (month === null || day === null || day < 1 || day > 31) continue;
    if (isDatelineDate(text, tokens[first].start, tokens[last - 1].end)) {
      i = last - 1;
      continue;
    }
    const s = sentOf[i];
    // "since June 5", "from 5 June": the start of a window, not an event.
    let windowStart = false;
    for (let k = first - 1; k >= Math.max(0, first - 3) && sentOf[k] === s; k--) {
      if (tokens[k].lo === 'since' || tokens[k].lo === 'from' || tokens[k].lo === 'until') windowStart = true;
      // "since the escalation began on September 16": the start of a period, unless an event began then.
      if (START_CUES.has(tokens[k].lo) && !EVENT_NOUNS.has(tokens[k - 1]?.lo ?? '') && !EVENT_NOUNS.has(tokens[k - 2]?.lo ?? '')) windowStart = true;
    }
    // "since October 7, when militants attacked ...": the date also dates the event the clause tells.
    const whenClause = tokens[last]?.raw === ',' && tokens[last + 1]?.lo === 'when';
    if (windowStart && !whenClause) {
      i = last - 1;
      continue;
    }
    let noun: string | null = null;
    for (let k = last; k < Math.min(tokens.length, last + 3) && sentOf[k] === s; k++) {
      const w = tokens[k];
      if (w.kind !== 'word') break;
      if (EVENT_NOUNS.has(w.lo)) {
        noun = w.lo;
        break;
      }
      if (!w.cap && !EVENT_ADJECTIVES.has(w.lo)) break;
    }
    if (!noun) {
      for (let k = first - 1; k >= Math.max(0, first - 16) && sentOf[k] === s; k--) {
        const w = tokens[k];
        if (w.kind !== 'word') break;
        if (EVENT_NOUNS.has(w.lo)) {
          noun = w.lo;
          break;
        }
      }
    }
    // A date without an event noun still dates what the clause reports ("killed in Kharkiv on Jun. 5").
    const key = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const list = out.get(s) ?? [];
    const dayText = `${day} ${capitalise(MONTHS[month - 1])}`;
    list.push(noun ? { token: first, key, noun: singular(noun), text: `in the ${singular(noun)} of ${dayText}` } : { token: first, key, noun: '', text: `on ${dayText}` });
    out.set(s, list);
    i = last - 1;
  }
  return out;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function singular(w: string): string {
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}


/** Tokens after the figure's noun phrase up to the end of its clause (skipping ", including ...,"). */
function rightWindow(env: Env, from: number, sentence: number, figureStarts: Set<number>): number[] {
  const { tokens } = env;
  const out: number[] = [];
  const end = env.sentLast[sentence];
  let j = from;
  while (j < end && out.length < 18) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (t.raw === ',') {
        // An aside right after the noun phrase (", including ...,", ", three quarters of the population,")
        // is skipped to reach the verb.
        const nx = tokens[j + 1];
        if (nx && out.length === 0 && (PARENTHETICAL_OPENERS.has(nx.lo) || figureStarts.has(j + 1) || env.asideStarts.has(j + 1))) {
          let k = j + 1;
          while (k < end && tokens[k].raw !== ',' && !CLAUSE_PUNCT.has(tokens[k].raw)) k++;
          if (k >= end || tokens[k].raw !== ',') break;
          j = k + 1;
          continue;
        }
        break;
      }
      // "nearly 2 million people – about 90 percent of the population – have been displaced"
      if ((t.raw === '\u2014' || t.raw === '\u2013') && out.length === 0) {
        let k = j + 1;
        while (k < end && tokens[k].raw !== t.raw && tokens[k].raw !== '.') k++;
        if (k < end && tokens[k].raw === t.raw) {
          j = k + 1;
          continue;
        }
      }
      if (CLAUSE_PUNCT.has(t.raw)) break;
      j++;
      continue;
    }
    if (figureStarts.has(j) || RIGHT_STOPS.has(t.lo)) break;
    out.push(j);
    j++;
  }
  return out;
}

/** Tokens before the figure back to the previous counted figure or the sentence start, nearest first. */
function leftWindow(env: Env, k: number): number[] {
  const c = env.cands[k];
  const s = c.sentence;
  let floor = env.sentFirst[s];
  for (let p = k - 1; p >= 0 && p >= k - 8 && env.cands[p].sentence === s; p--) {
    if (countLike(env.cands[p])) {
      floor = Math.max(floor, env.cands[p].expr.last);
      break;
    }
  }
  const out: number[] = [];
  for (let j = c.qualFirst - 1; j >= floor && out.length < 20; j--) {
    if (env.tokens[j].raw === ';') break;
    out.push(j);
  }
  return out;
}

function eventOf(tokens: Token[], j: number): string | null {
  const t = tokens[j];
  if (t.kind !== 'word') return null;
  const nx = tokens[j + 1];
  if (REFUGE_VERBS.has(t.lo) && nx && (nx.lo === 'refuge' || nx.lo === 'shelter')) return 'displaced';
  if (t.lo === 'taken' || t.lo === 'took' || t.lo === 'take' || t.lo === 'taking') {
    if (/^(hostages?|captives?)$/.test(tokens[j - 1]?.lo ?? '')) return 'seized'; // "hostages taken on ..." 
    // "took 252 hostages", "taken hostage", "taken captive"
    for (let k = j + 1; k < j + 5 && k < tokens.length; k++) {
      const w = tokens[k].lo;
      if (w === 'hostage' || w === 'hostages' || w === 'captive' || w === 'captives') return 'seized';
      if (tokens[k].kind === 'punct') break;
    }
    return null;
  }
  const cls = EVENT_WORDS.get(t.lo) ?? null;
  // "remain displaced", "remained missing": the state after "remain" says what it is.
  if (cls === 'held' && t.lo.startsWith('remain') && nx && nx.kind === 'word') {
    const after = EVENT_WORDS.get(nx.lo);
    if (after && after !== 'held') return after;
  }
  return cls;
}

function placeFromActors(env: Env, first: number, last: number, afterPreposition = false): string | null | undefined {
  // undefined: no actor mention here; null: a mention that is not a place. After "in"/"near" a name
  // taken for a person is a place all the same ("in El Fasher"); an organisation is not.
  const { tokens, places } = env;
  for (let j = first; j < last; j++) {
    const m = places.get(tokens[j].start);
    if (m) return m.type === 'place' ? m.name : afterPreposition && m.type === 'person' ? undefined : null;
  }
  return undefined;
}

/** The capitalised name starting at token j, if it reads as a place. */
function placeNameAt(env: Env, j: number, sentence: number, afterPreposition = false): string | null {
  const { tokens } = env;
  let k = j;
  while (k < tokens.length && k < j + 4 && env.sentOf[k] === sentence && isNameWord(tokens[k]) && !DETERMINERS.has(tokens[k].lo)) {
    if (isPossessive(tokens[k])) return null;
    k++;
  }
  if (k === j) return null;
  if (monthOf(tokens[j]) !== null || WEEKDAYS.has(tokens[j].raw)) return null;
  const fromActors = placeFromActors(env, j, k, afterPreposition);
  if (fromActors === null) return null;
  if (fromActors) return fromActors;
  // A demonym right before a lowercase noun is an adjective ("in Russian strikes").
  if (k === j + 1 && isDemonym(tokens[j].raw) && tokens[k]?.kind === 'word' && !tokens[k].cap) return null;
  if (tokens[k]?.kind === 'word' && !tokens[k].cap && EVENT_NOUNS.has(tokens[k].lo) && k === j + 1 && isDemonym(tokens[j].raw)) return null;
  return tokens.slice(j, k).map((t) => t.raw).join(' ');
}

/** "in Kharkiv", "near the city of Izium", "into Bakhmut": the name after a locative preposition at token j. */
function placeAfterPrep(env: Env, j: number, sentence: number): string | null {
  const { tokens } = env;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  let k = j + 1;
  if (LOCATIVE_PREPS.has(t.lo)) {
    if (tokens[k]?.lo === 'the') k++;
    if (tokens[k] && SETTLEMENT_NOUNS.has(tokens[k].lo) && tokens[k + 1]?.lo === 'of') k += 2;
  } else if (t.lo === 'of' && tokens[j - 1] && SETTLEMENT_NOUNS.has(tokens[j - 1].lo)) {
    // "the city of X"
  } else return null;
  if (!tokens[k] || env.sentOf[k] !== sentence) return null;
  const first = placeNameAt(env, k, sentence, true);
  if (!first) return null;
  // "in Turkey and Syria": a quantity of both places together is not the quantity of either.
  let after = k;
  while (after < tokens.length && after < k + 4 && env.sentOf[after] === sentence && isNameWord(tokens[after])) after++;
  if (tokens[after]?.lo === 'and' && tokens[after + 1] && env.sentOf[after + 1] === sentence) {
    const second = placeNameAt(env, after + 1, sentence, true);
    if (second && second !== first) return `${first} and ${second}`;
  }
  return first;
}

function sourceOfSentence(env: Env, s: number): SourceInfo | null {
  const { tokens } = env;
  const first = env.sentFirst[s];
  const last = env.sentLast[s];
  if (first < 0) return null;
  for (let j = first; j + 1 < last; j++) {
    if (tokens[j].lo === 'according' && tokens[j + 1].lo === 'to') {
      let k = j + 2;
      const from = k;
      while (k < last && k < from + 12 && tokens[k].kind !== 'punct') k++;
      const src = k > from ? makeSource(env, from, k) : null;
      if (src) return { ...src, whole: true };
    }
  }
  // "X said" / "X told" : the subject right before the reporting verb.
  for (let j = first; j < last; j++) {
    if (!REPORTING_VERBS.has(tokens[j].lo)) continue;
    let b = j;
    while (b > first && b > j - 7 && tokens[b - 1].kind === 'word' && !SUBJECT_BOUNDARIES.has(tokens[b - 1].lo) && !BEFORE_VERB.has(tokens[b - 1].lo)) b--;
    // "also" or "has" between subject and verb
    if (b === j && b > first && BEFORE_VERB.has(tokens[b - 1].lo)) {
      let b2 = b - 1;
      while (b2 > first && b2 > j - 8 && tokens[b2 - 1].kind === 'word' && !SUBJECT_BOUNDARIES.has(tokens[b2 - 1].lo)) b2--;
      if (b2 < b - 1) {
        const src = makeSource(env, b2, b - 1);
        if (src) return src;
      }
    }
    if (b < j && !(j - b === 1 && PRONOUNS.has(tokens[b].lo))) {
      const src = makeSource(env, b, j);
      if (src) return src;
    }
    // ", said Jane Roe"
    if (b === j && tokens[j + 1]?.cap) {
      let e = j + 1;
      while (e < last && e < j + 5 && tokens[e].kind === 'word' && tokens[e].cap) e++;
      return makeSource(env, j + 1, e);
    }
  }
  return null;
}

function makeSource(env: Env, from: number, to: number): SourceInfo | null {
  const { tokens, text } = env;
  let a = from;
  while (a < to && DETERMINERS.has(tokens[a].lo)) a++;
  if (a >= to) return null;
  if (to - a === 1 && PRONOUNS.has(tokens[a].lo)) return null;
  const src = text.slice(tokens[a].start, tokens[to - 1].end);
  let place: string | null = null;
  const head = tokens[to - 1].lo;
  if (SOURCE_PLACE_HEADS.has(head)) {
    for (let j = a; j < to - 1; j++) {
      const t = tokens[j];
      if (t.kind !== 'word' || !t.cap) continue;
      const fromActors = placeFromActors(env, j, j + 1);
      if (fromActors) {
        place = fromActors;
        break;
      }
      if (fromActors === null) continue;
      if (isDemonym(t.raw) && !isPossessive(t)) continue;
      if (/-/.test(t.raw)) continue; // "Kremlin-backed"
      place = stripPossessive(t.raw);
      break;
    }
  }
  return { text: src, place, token: from, whole: false };
}

// Word lists of the rules above and below, built once rather than per test.
/** Words before a year that make it a date ("in 2023", "since 2014"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'by', 'until', 'from', 'to', 'before', 'after', 'during', 'between', 'early', 'late', 'mid']);
const LABEL_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'art', 'pt', 'ch', 'sec', 'nr']);
const HALF_OF_NEXT = new Set(['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all']);
const HALF_QUALIFIED_BY = new Set(['than', 'nearly', 'almost', 'about', 'around', 'roughly', 'over', 'under', 'some', 'least', 'half']);
const HALF_AS_NOUN_AFTER = new Set(['the', 'a', 'and', 'first', 'second', 'one', 'an']);
const EVENT_ADJECTIVES = new Set(['terror', 'terrorist', 'surprise', 'deadly', 'cross-border']);
const REFUGE_VERBS = new Set(['taken', 'took', 'sought', 'seeking', 'taking', 'seek', 'sheltered', 'found']);
/** Words between a subject and its reporting verb ("has said", "also told"). */
const BEFORE_VERB = new Set(['also', 'has', 'have', 'had']);
const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'those', 'these']);
const NUMBER_VERBS = new Set(['number', 'numbering', 'totalling', 'totaling', 'total']);
const COPULAS = new Set(['were', 'are', 'was', 'being']);
const SINGLE_DETERMINERS = new Set(['a', 'an', 'the', 'that', 'this']);
const WINDOW_PREPOSITIONS = new Set(['in', 'over', 'during', 'within', 'for']);

/** More figures than this in one sentence are not described (no subject facets, so never linked). */
const MAX_FIGURES_PER_SENTENCE = 60;

function emptyFacets(e: NumberExpr): FigureFacets {
  return {
    noun: null,
    nounText: null,
    event: null,
    frame: null,
    window: null,
    windowDays: 0,
    anchor: null,
    anchorText: null,
    place: null,
    personal: false,
    topic: null,
    proposed: false,
    coref: null,
    roundingUnit: e.roundingUnit,
    scaled: e.scaled,
    unitDays: e.unitDays,
    increment: false,
    subset: false,
    scope: null,
    demonym: null,
    earlier: false,
  };
}

/** Shared by every undescribed figure (never linked, never changed). */
const BARE_FACETS: FigureFacets = Object.freeze(emptyFacets({ roundingUnit: 1, scaled: false, unitDays: 0 } as NumberExpr));

function describeBare(env: Env, k: number): void {
  const c = env.cands[k];
  const e = c.expr;
  const subject = c.kind === 'count' ? 'count' : c.kind;
  c.figure = { start: e.start, end: e.end, text: env.text.slice(e.start, e.end), value: e.value, qualifier: c.qualifier, kind: c.kind, subject, group: null, source: null, facets: BARE_FACETS };
}

function describeCandidate(env: Env, k: number, sources: Map<number, SourceInfo | null>): void {
  const { tokens, text } = env;
  const c = env.cands[k];
  const e = c.expr;
  const s = c.sentence;
  const facets = emptyFacets(e);
  if (!sources.has(s)) sources.set(s, sourceOfSentence(env, s));
  const info = sources.get(s) ?? null;
  // "X said" covers what X's clause says: figures after X, or the whole sentence when X closes it
  // (", Sudan's health ministry said"); not figures before X in another clause.
  const covered =
    info !== null &&
    (info.whole || e.first >= info.token || e.last === info.token || tokens[info.token - 1]?.raw === ',' || info.token === env.sentFirst[s]);
  let source = covered ? info.text : null;
  const sourcePlace = covered ? info.place : null;
  // A figure inside a quotation is the speaker's.
  if (!source) {
    const q = quoteAround(env.quotes, e.start, e.end);
    if (q?.speaker) source = q.speaker;
  }
  const prevTok = tokens[c.qualFirst - 1];
  if (prevTok && POSSESSIVE_DETERMINERS.has(prevTok.lo)) facets.personal = true;

  // Containing figure: "including two women", "29 of them", "of whom 29".
  const left = leftWindow(env, k);
  const l1 = tokens[c.qualFirst - 1]?.lo;
  const l2 = tokens[c.qualFirst - 2]?.lo;
  const partitive =
    l1 === 'including' || (l2 === 'of' && l1 === 'whom') || (l2 === 'among' && (l1 === 'them' || l1 === 'whom' || l1 === 'those')) ||
    (tokens[e.last]?.lo === 'of' && PARTITIVE_PRONOUNS.has(tokens[e.last + 1]?.lo ?? '')) ||
    (l1 === 'and' && k > 0 && env.cands[k - 1].parent >= 0 && env.cands[k - 1].sentence === s);
  if (partitive) {
    // "two women and three children" share their parent; otherwise the nearest count before is the whole.
    const prevCand = k > 0 ? env.cands[k - 1] : undefined;
    if (l1 === 'and' && prevCand && prevCand.parent >= 0) c.parent = prevCand.parent;
    else {
      for (let p = k - 1; p >= 0 && p >= k - 8 && env.cands[p].sentence === s; p--) {
        if (countLike(env.cands[p])) {
          c.parent = p;
          break;
        }
      }
    }
  }
  const parent = c.parent >= 0 ? env.cands[c.parent].figure : undefined;

  const figureStarts = env.countStarts;

  // Noun phrase after the number.
  let j = e.last;
  if (tokens[j]?.lo === 'percent' || tokens[j]?.lo === 'pct') j++;
  else if (tokens[j]?.lo === 'per' && tokens[j + 1]?.lo === 'cent') j += 2;
  if (tokens[j]?.lo === 'more' || tokens[j]?.lo === 'additional' || tokens[j]?.lo === 'other') {
    facets.increment = tokens[j].lo !== 'other';
    j++;
  }
  if (c.kind === 'percent' && (tokens[j]?.lo === 'of' || DETERMINERS.has(tokens[j]?.lo ?? ''))) {
    if (tokens[j].lo === 'of') j++;
    while (tokens[j] && (DETERMINERS.has(tokens[j].lo) || POSSESSIVE_DETERMINERS.has(tokens[j].lo) || tokens[j].lo === 'its')) j++;
  }
  let npEvent: string | null = null;
  let npPlace: string | null = null;
  let head: Token | null = null;
  let lastSingular: Token | null = null;
  const npStart = j;
  for (; j < tokens.length && j < npStart + 5 && env.sentOf[j] === s; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    if (NP_STOP.has(t.lo) || REPORTING_VERBS.has(t.lo) || NOT_NOUNS.has(t.lo) || PRONOUNS.has(t.lo) || t.lo === 'them') break;
    const ev = eventOf(tokens, j);
    if (ev) {
      npEvent ??= ev;
      const nx = tokens[j + 1];
      if (nx && nx.kind === 'word' && !NP_STOP.has(nx.lo) && !EVENT_WORDS.has(nx.lo)) continue;
      j++;
      break;
    }
    if (isPluralNoun(t) && !(t.cap && isPossessive(t))) {
      head = t;
      j++;
      break;
    }
    if (t.cap) {
      if (!isDemonym(t.raw) || isPossessive(t)) npPlace ??= placeNameAt(env, j, s) ?? (isPossessive(t) ? stripPossessive(t.raw) : null);
      continue;
    }
    if (c.kind === 'percent' && isPossessive(t)) continue;
    lastSingular = t;
  }
  if (!head && lastSingular && (e.value === 1 || c.kind === 'percent' || c.kind === 'money' || c.kind === 'ordinal')) head = lastSingular;
  const npEnd = j;
  if (head && c.kind !== 'duration' && c.kind !== 'age') {
    facets.nounText = head.raw;
    facets.noun = nounLemma(head.raw);
  }

  // "1.7 million of the country's 2.3 million people have been displaced", "23 of 27 drones": a part
  // counts the whole's noun and takes the verb after the whole; the whole is a population, not the part.
  let rightFrom = npEnd;
  if (!head && tokens[e.last]?.lo === 'of') {
    let w = e.last + 1;
    const ownerWord = (t: Token | undefined) => !!t && (DETERMINERS.has(t.lo) || POSSESSIVE_DETERMINERS.has(t.lo) || t.lo === 'its' || (t.kind === 'word' && isPossessive(t)));
    if (ownerWord(tokens[w])) w++;
    if (ownerWord(tokens[w]) && tokens[w].kind === 'word' && isPossessive(tokens[w])) w++;
    const whole = env.cands[k + 1];
    if (whole && whole.qualFirst === w && countLike(whole)) {
      const h = tokens[whole.expr.last];
      if (h && h.kind === 'word' && isPluralNoun(h)) {
        facets.nounText = h.raw;
        facets.noun = nounLemma(h.raw);
        rightFrom = whole.expr.last + 1;
      } else rightFrom = whole.expr.last;
    }
  }
  let isWhole = false;
  {
    let w = c.qualFirst - 1;
    const ownerTok = tokens[w];
    const owned = ownerTok && (DETERMINERS.has(ownerTok.lo) || POSSESSIVE_DETERMINERS.has(ownerTok.lo) || ownerTok.lo === 'its' || (ownerTok.kind === 'word' && isPossessive(ownerTok)));
    if (owned) w--;
    if (owned && (DETERMINERS.has(tokens[w]?.lo ?? '') || POSSESSIVE_DETERMINERS.has(tokens[w]?.lo ?? ''))) w--;
    const before = k > 0 ? env.cands[k - 1] : undefined;
    if (tokens[w]?.lo === 'of' && before && before.expr.last === w && countLike(before)) isWhole = true;
  }
  const right = rightWindow(env, rightFrom, s, figureStarts);
  const words = (idx: number[]) => idx.map((i) => tokens[i].lo);
  const leftWords = words(left);

  if (c.kind === 'count' || c.kind === 'percent') {
    describeQuantity(env, k, facets, { left, right, leftWords, l1, l2, parent, npEvent, npPlace, npEnd, sourcePlace, isWhole });
  }

  if (c.kind === 'duration' || c.kind === 'ordinal') describePeriod(env, c, facets);
  if (c.kind === 'duration' && !facets.topic && DAILY_WORDS.has(tokens[e.first - 1]?.lo ?? '')) facets.topic = 'window';

  c.figure = {
    start: e.start,
    end: e.end,
    text: text.slice(e.start, e.end),
    value: e.value,
    qualifier: c.qualifier,
    kind: c.kind,
    subject: '',
    group: null,
    source,
    facets,
  };
  if (e.compound) facets.nounText = c.figure.text.slice(c.figure.text.search(/[-\u2011]/) + 1);
  else if (c.kind === 'other' && isWord(tokens[e.last])) facets.nounText = tokens[e.last].lo;
  if (c.kind === 'age') {
    const name = tokens[e.first - 2];
    if (name && name.cap) {
      let b = e.first - 2;
      while (b > 0 && tokens[b - 1].kind === 'word' && tokens[b - 1].cap && b > e.first - 5) b--;
      facets.nounText = text.slice(tokens[b].start, name.end);
    }
  }
  if (c.kind === 'ordinal' && !e.timeUnit && isWord(tokens[e.last])) {
    let h = e.last;
    while (h < e.last + 5 && isWord(tokens[h + 1]) && (!NP_STOP.has(tokens[h + 1].lo) || (tokens[h + 1].lo === 'of' && h === e.last)) && !REPORTING_VERBS.has(tokens[h + 1].lo)) h++;
    if (tokens[h].lo === 'of') h--;
    facets.nounText = text.slice(tokens[e.last].start, tokens[h].end);
  }
}

/** What describeQuantity reads from the figure's clause, worked out by describeCandidate. */
interface QuantityClause {
  left: number[];
  right: number[];
  leftWords: string[];
  l1: string | undefined;
  l2: string | undefined;
  parent: LinkedFigure | undefined;
  npEvent: string | null;
  npPlace: string | null;
  npEnd: number;
  sourcePlace: string | null;
  isWhole: boolean;
}

/**
 * What a count or a share is of: the event, an elided noun, the time frame, the dated event, the
 * scope and the place. Each part is its own function: a part that meets a new kind of input
 * (a string or an object of another shape) is then recompiled alone, not the whole description.
 */
function describeQuantity(env: Env, k: number, facets: FigureFacets, clause: QuantityClause): void {
  const c = env.cands[k];
  const event = quantityEvent(env, k, facets, clause);
  if (!facets.noun && c.kind === 'count' && !facets.personal) elidedNoun(env, k, facets, clause, event);
  const all = timeFrame(env, k, facets, clause, event);
  // The dated event it belongs to.
  if (facets.frame === 'event') anchorQuantity(env, c, facets, all, clause.parent);
  comparedQuantity(env, k, facets, clause, all);
  facets.place = quantityPlace(env, k, clause);
}

/** What happened: an adjective in the noun phrase, a verb after it, or a verb/noun before the number. */
function quantityEvent(env: Env, k: number, facets: FigureFacets, clause: QuantityClause): string | null {
  const { tokens } = env;
  const c = env.cands[k];
  const e = c.expr;
  const { left, right, l1, l2, parent, npEvent, npEnd, isWhole } = clause;
  // An active verb right before the number ("killed at least 14 people") comes first.
  let event: string | null = null;
  for (let n = 0; n < 2 && n < left.length; n++) {
    const i = left[n];
    // "injured and 1,320 houses destroyed": a verb before a coordinator belongs to the clause before.
    if (tokens[i].lo === 'and' || tokens[i].lo === 'or') break;
    if ((event = eventOf(tokens, i))) break;
  }
  event ??= npEvent;
  if (!event) for (const i of right) if ((event = eventOf(tokens, i))) break;
  if (!event) for (const i of left) if ((event = eventOf(tokens, i))) break;
  if (!event && parent) event = parent.facets.event;
  if (l1 === 'whose' || (l1 === 'of' && l2 === 'population') || (l1 === 'to' && l2 === 'home')) {
    if (!event || event === 'held') event = 'population';
  }
  // "the bodies of six captives": the dead, whatever the noun says of them.
  if (l1 === 'of' && (l2 === 'bodies' || l2 === 'remains')) event = 'killed';
  facets.event = c.kind === 'count' ? event : null;
  if (isWhole) facets.event = facets.noun === 'person' && isPossessive(tokens[c.qualFirst - 1]) ? 'population' : null;
  // "about 250 taken hostage": the people counted are hostages.
  if (event === 'seized' && (!facets.noun || facets.noun === 'person')) {
    const near3 = [...left.slice(0, 3), ...right.slice(0, 3)];
    for (let i = e.last; i < npEnd; i++) near3.push(i);
    if (near3.some((i) => /^(hostages?|captives?)$/.test(tokens[i].lo))) {
      // "30 Thais were taken hostage": hostages, and of one nationality.
      facets.demonym = demonymOf(facets.nounText);
      facets.noun = 'hostage';
      facets.nounText = 'hostages';
    }
  }
  return event;
}

/** Elided noun: "and 87,903 have been wounded", "97 remain", "believed to number more than 130". */
function elidedNoun(env: Env, k: number, facets: FigureFacets, clause: QuantityClause, event: string | null): void {
  const { tokens } = env;
  const c = env.cands[k];
  const s = c.sentence;
  const { left, right, leftWords, l1, l2, parent } = clause;
  if (parent?.facets.noun) {
    facets.noun = parent.facets.noun;
    facets.nounText = parent.facets.nounText;
  } else if (NUMBER_VERBS.has(l1 ?? '') || (l1 === 'to' && l2 === 'number')) {
    for (let i = c.qualFirst - 1; i >= env.sentFirst[s] && i >= c.qualFirst - 40; i--) {
      if (isPluralNoun(tokens[i], i === env.sentFirst[s])) {
        facets.nounText = i === env.sentFirst[s] ? tokens[i].lo : tokens[i].raw;
        facets.noun = nounLemma(facets.nounText);
        break;
      }
    }
  }
  // "7,797 were women"
  const r0 = right[0] !== undefined ? tokens[right[0]] : undefined;
  const r1 = right[1] !== undefined ? tokens[right[1]] : undefined;
  if (!facets.noun && r0 && r1 && COPULAS.has(r0.lo) && isPluralNoun(r1)) {
    facets.nounText = r1.raw;
    facets.noun = nounLemma(r1.raw);
  }
  if (!facets.noun && event === 'population') {
    facets.noun = 'person';
    facets.nounText = 'people';
  }
  if (!facets.noun && event) {
    for (let p = k - 1; p >= 0 && p >= k - 8 && env.cands[p].sentence >= s - 1; p--) {
      const pf = env.cands[p].figure;
      if (pf && pf.kind === 'count' && pf.facets.noun && !pf.facets.personal) {
        facets.noun = pf.facets.noun;
        facets.nounText = pf.facets.nounText;
        break;
      }
    }
  }
  // "The number of people displaced inside the country stands at 7 million".
  if (!facets.noun) {
    for (let i = left.length - 1; i > 0; i--) {
      if ((leftWords[i] === 'number' || leftWords[i] === 'total') && leftWords[i - 1] === 'of') {
        for (let h = i - 2; h >= 0 && h >= i - 5; h--) {
          if (isPluralNoun(tokens[left[h]])) {
            facets.nounText = tokens[left[h]].raw;
            facets.noun = nounLemma(facets.nounText);
            break;
          }
        }
        break;
      }
    }
  }
  if (!facets.noun && (leftWords.includes('toll') || (event !== null && HUMAN_EVENTS.has(event)))) {
    facets.noun = 'person';
    facets.nounText = 'people';
  }
}

/**
 * Time frame, from the figure's own clause: the left side up to the nearest comma. An introductory
 * phrase at the sentence start ("In the past day, 40 people ...") belongs to it too. Returns the
 * clause's words, which the rules after it read as well.
 */
function timeFrame(env: Env, k: number, facets: FigureFacets, clause: QuantityClause, event: string | null): string[] {
  const { tokens } = env;
  const c = env.cands[k];
  const s = c.sentence;
  const { left, right, parent } = clause;
  let comma = -1;
  for (let n = 0; n < left.length; n++) {
    if (tokens[left[n]].raw === ',') {
      comma = n;
      break;
    }
  }
  const reachesStart = left.length > 0 && left[left.length - 1] === env.sentFirst[s] && left.length < 20;
  const nearCount = comma < 0 || reachesStart ? left.length : comma;
  const allIdx: number[] = [];
  for (let n = nearCount - 1; n >= 0; n--) allIdx.push(left[n]);
  for (const i of right) allIdx.push(i);
  const all: string[] = [];
  for (const i of allIdx) all.push(tokens[i].lo);
  const window = reportingWindow(env, allIdx);
  if (window) {
    facets.window = window.text;
    facets.windowDays = window.days;
  }
  if (!facets.window && parent?.facets.window) {
    facets.window = parent.facets.window;
    facets.windowDays = parent.facets.windowDays;
  }
  // "killed when troops surrounded a house", "in an air strike": one occurrence.
  let singleEvent = false;
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    if (w === 'when' || (EVENT_NOUNS.has(w) && SINGLE_DETERMINERS.has(all[i - 1] ?? '') && !WAR_NOUNS.has(w))) {
      singleEvent = true;
      break;
    }
  }
  let cumulative = false;
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    const nx = all[i + 1];
    if (w === 'since' || CUMULATIVE_WORDS.has(w) || (w === 'so' && nx === 'far') || (w === 'to' && nx === 'date') || (w === 'in' && nx === 'total')) cumulative = true;
    if (RISE_VERBS.has(w) && (nx === 'to' || i === all.length - 1 || allIdx[i] === c.qualFirst - 1 || allIdx[i] === c.qualFirst - 2)) cumulative = true;
    if ((w === 'have' || w === 'has' || (w === 'had' && !singleEvent)) && event && PERFECT_EVENTS.has(event)) {
      for (let d = 1; d <= 3 && i + d < all.length; d++) if (EVENT_WORDS.get(all[i + d]) === event) cumulative = true;
    }
  }
  // "killed since the war began, and 73,439 injured": an elided clause counts over the same period.
  if (!cumulative && !singleEvent && event && PERFECT_EVENTS.has(event) && left.length > 0 && tokens[left[0]].lo === 'and') {
    const before = k > 0 ? env.cands[k - 1] : undefined;
    if (before && before.sentence === s && before.figure?.facets?.frame === 'cumulative') cumulative = true;
  }
  // Damage is counted as it accumulates ("1,320 houses destroyed") unless one occurrence is named.
  if (!singleEvent && event && DAMAGE_EVENTS.has(event)) cumulative = true;
  // The toll of an ongoing war ("the offensive ..., killing at least 37,000 people").
  if (!cumulative && !singleEvent && event && PERFECT_EVENTS.has(event) && all.some((w) => WAR_NOUNS.has(w)) && !env.anchors.get(s)?.length) cumulative = true;
  if (facets.event) {
    if (facets.window) facets.frame = 'daily';
    else if (STATE_EVENTS.has(facets.event)) facets.frame = 'current';
    else if (cumulative && !POINT_EVENTS.has(facets.event)) facets.frame = 'cumulative';
    else facets.frame = 'event';
    // A part of a state is a state ("132 remain, of whom 29 are believed to have died").
    if (parent && !facets.window && !STATE_EVENTS.has(facets.event) && parent.facets.frame && (!cumulative || parent.facets.frame === 'current')) {
      facets.frame = parent.facets.frame;
    }
  }
  return all;
}

function anchorQuantity(env: Env, c: Candidate, facets: FigureFacets, all: string[], parent: LinkedFigure | undefined): void {
  const best = eventAnchor(env, c, all) ?? (parent?.facets.anchor ? null : inheritedAnchor(env, c.sentence, facets.event));
  if (best) {
    facets.anchor = best.key;
    facets.anchorText = best.text;
  } else if (parent) {
    facets.anchor = parent.facets.anchor;
    facets.anchorText = parent.facets.anchorText;
  }
}

/** Scope, nationality, an earlier value given for comparison, a part of another figure. */
function comparedQuantity(env: Env, k: number, facets: FigureFacets, clause: QuantityClause, all: string[]): void {
  const { tokens } = env;
  const c = env.cands[k];
  const { left, right, l1, l2, parent } = clause;
  for (const w of all) {
    if (w === 'internally' || w === 'inside') facets.scope = 'internal';
    else if (w === 'abroad' || w === 'neighbouring' || w === 'neighboring' || w === 'overseas') facets.scope = 'abroad';
  }
  facets.demonym ??= demonymOf(facets.nounText);
  // "rose to 35,034 from 34,971", "up from 34,971 a day earlier": the old value of the quantity.
  let earlier = false;
  if (l1 === 'from') {
    if (l2 === 'up' || l2 === 'down') earlier = true;
    else {
      for (let n = 0; n < 8 && n < left.length; n++) {
        const lo = tokens[left[n]].lo;
        if (RISE_VERBS.has(lo) || lo === 'rose' || lo === 'fell') {
          earlier = true;
          break;
        }
      }
    }
  }
  if (!earlier) {
    let previous = false;
    let day = false;
    for (let n = 0; n < 4 && n < right.length; n++) {
      const lo = tokens[right[n]].lo;
      if (lo === 'earlier') earlier = true;
      else if (lo === 'previous') previous = true;
      else if (lo === 'day') day = true;
    }
    earlier = earlier || (previous && day) || l1 === 'compared' || (l1 === 'with' && l2 === 'compared');
  }
  facets.earlier = earlier;
  if (parent) {
    const px = parent.facets;
    facets.subset = px.noun === facets.noun && px.event === facets.event && px.frame === facets.frame && px.window === facets.window;
  } else if (partOfEarlier(tokens, c.qualFirst, env.sentFirst[c.sentence])) facets.subset = true;
}

/** A count of people given as a nationality ("Palestinians" -> "palestinian"). */
function demonymOf(t: string | null): string | null {
  return t && t[0] !== t[0].toLowerCase() && /s$/.test(t) ? singular(t.toLowerCase()) : null;
}

/** Where: a place after a preposition in the clause, else in the noun phrase, the source or the containing figure. */
function quantityPlace(env: Env, k: number, clause: QuantityClause): string | null {
  const { tokens } = env;
  const c = env.cands[k];
  const s = c.sentence;
  const { left, right, parent, npPlace, sourcePlace } = clause;
  let place: string | null = null;
  for (const i of right) if ((place = placeAfterPrep(env, i, s))) break;
  if (!place) for (const i of left) if ((place = placeAfterPrep(env, i, s))) break;
  if (!place) {
    // "in Bakhmut, where ..." with the name before the window floor
    for (let i = c.qualFirst - 1; i >= env.sentFirst[s] && i >= c.qualFirst - 30; i--) {
      if (tokens[i].lo === 'where') {
        for (let b = i - 1; b >= env.sentFirst[s] && b >= i - 12; b--) if ((place = placeAfterPrep(env, b, s))) break;
        break;
      }
    }
  }
  return place ?? npPlace ?? sourcePlace ?? parent?.facets.place ?? null;
}

/** The quotation containing [start, end), if any (quotes sorted by start, not nested). */
function quoteAround<Q extends { start: number; end: number }>(quotes: Q[], start: number, end: number): Q | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const q = best >= 0 ? quotes[best] : undefined;
  return q && end <= q.end ? q : undefined;
}

/** "in the past 24 hours", "over the last day", "the previous two weeks": a reporting window in the clause. */
function reportingWindow(env: Env, clause: number[]): { text: string; days: number } | null {
  const { tokens, text } = env;
  for (const at of clause) {
    if (!DAILY_WORDS.has(tokens[at].lo)) continue;
    const a = tokens[at + 1];
    const b = tokens[at + 2];
    let to = -1;
    let length = 0;
    const unitA = a && a.kind === 'word' ? TIME_UNITS.get(a.lo) : undefined;
    if (unitA && !a.lo.endsWith('s')) {
      to = at + 1;
      length = unitA.days;
    } else if (a && b && b.kind === 'word' && TIME_UNITS.has(b.lo)) {
      const n = a.kind === 'num' ? Number(a.raw.replace(/,/g, '')) : (CARDINALS.get(a.lo) ?? NaN);
      if (Number.isFinite(n) && n > 0) {
        to = at + 2;
        length = n * (TIME_UNITS.get(b.lo) as { days: number }).days;
      }
    }
    // "last week" dates an event; "the last week", "in the past day" is a window.
    // "the previous day" alone is a point in time; "in the previous day" is a window.
    const det = tokens[at - 1]?.lo ?? '';
    const windowPrep = (w: string | undefined) => w === 'in' || w === 'over' || w === 'within' || w === 'during' || w === 'for';
    if (to < 0 || !(windowPrep(det) || (det === 'the' && windowPrep(tokens[at - 2]?.lo)))) continue;
    let from = at;
    if (tokens[from - 1]?.lo === 'the') from--;
    if (WINDOW_PREPOSITIONS.has(tokens[from - 1]?.lo ?? '')) from--;
    const w = text.slice(tokens[from].start, tokens[to].end);
    return { text: w[0].toLowerCase() + w.slice(1), days: Math.round(length * 1000) / 1000 };
  }
  return null;
}

/** The dated event a one-off figure belongs to: a date in its sentence, or "the attack" named earlier. */
function eventAnchor(env: Env, c: Candidate, clauseWords: string[]): Anchor | null {
  let best: Anchor | null = null;
  for (const a of env.anchors.get(c.sentence) ?? []) if (!best || Math.abs(a.token - c.expr.first) < Math.abs(best.token - c.expr.first)) best = a;
  if (best) return best;
  // "during the attack": the latest dated event of that kind before it.
  for (let i = 0; i < clauseWords.length - 1; i++) {
    if ((clauseWords[i] === 'the' || clauseWords[i] === 'that') && EVENT_NOUNS.has(clauseWords[i + 1])) {
      best = latestAnchor(env, singular(clauseWords[i + 1]), c.expr.first);
      if (best) return best;
    }
  }
  return null;
}

/** "Militants also seized around 250 hostages.": a sentence with no time of its own continues the dated event before it. */
function inheritedAnchor(env: Env, s: number, event: string | null): Anchor | null {
  if ((event !== 'seized' && event !== 'killed') || s === 0 || hasOwnTime(env, s)) return null;
  const prev = (env.anchors.get(s - 1) ?? []).filter((a) => a.noun);
  return prev.length ? prev[prev.length - 1] : null;
}

function hasOwnTime(env: Env, s: number): boolean {
  const memo = env.ownTime.get(s);
  if (memo !== undefined) return memo;
  const v = sentenceStatesTime(env, s);
  env.ownTime.set(s, v);
  return v;
}

function sentenceStatesTime(env: Env, s: number): boolean {
  const { tokens } = env;
  for (let i = env.sentFirst[s]; i < env.sentLast[s]; i++) {
    const t = tokens[i];
    if (WEEKDAYS.has(t.raw) || monthOf(t) !== null || EVENT_NOUNS.has(t.lo) || t.lo === 'yesterday' || t.lo === 'overnight' || t.lo === 'today' || t.lo === 'since') return true;
  }
  return false;
}

function latestAnchor(env: Env, noun: string, before: number): Anchor | null {
  const list = env.anchorList;
  let lo = 0;
  let hi = list.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].token < before) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0 && i > last - 20; i--) if (list[i].noun === noun) return list[i];
  return null;
}

/** Durations: the age of a war ("nine months into"), the length of a truce ("six-week pause"). */
function describePeriod(env: Env, c: Candidate, facets: FigureFacets): void {
  const { tokens } = env;
  const e = c.expr;
  const s = c.sentence;
  const end = env.sentLast[s];
  const sentenceHas = (set: ReadonlySet<string>, from: number, to: number) => {
    const a = Math.max(from, env.sentFirst[s], e.first - 40);
    for (let i = a; i < Math.min(to, end, a + 80); i++) if (set.has(tokens[i].lo)) return true;
    return false;
  };
  const nx = tokens[e.last];
  let elapsed = false;
  if (nx?.lo === 'into') {
    for (let i = e.last + 1; i < Math.min(end, e.last + 6); i++) {
      if (tokens[i].kind === 'punct') break;
      if (CONFLICT_NOUNS.has(tokens[i].lo)) elapsed = true;
    }
  }
  if (nx?.lo === 'ago' && sentenceHas(START_CUES, env.sentFirst[s], e.first) && sentenceHas(CONFLICT_NOUNS, env.sentFirst[s], e.first)) elapsed = true;
  if (nx?.lo === 'of' && CONFLICT_NOUNS.has(tokens[e.last + 1]?.lo ?? '')) elapsed = true;
  if (c.kind === 'ordinal') {
    const l1 = tokens[e.first - 1]?.lo ?? '';
    const l2 = tokens[e.first - 2]?.lo ?? '';
    if (e.timeUnit && (ELAPSED_CUES.has(l1) || ELAPSED_CUES.has(l2)) && sentenceHas(CONFLICT_NOUNS, env.sentFirst[s], e.first)) elapsed = true;
    // "the 100th day of the war": the unit stays outside the span but gives the age.
    const unit = !e.timeUnit && nx?.kind === 'word' ? TIME_UNITS.get(nx.lo) : undefined;
    const after = tokens[e.last + 1]?.lo === 'of' ? (tokens[e.last + 2]?.lo === 'the' ? tokens[e.last + 3] : tokens[e.last + 2]) : undefined;
    if (unit && after && CONFLICT_NOUNS.has(after.lo)) {
      facets.unitDays = unit.days;
      elapsed = true;
    }
  }
  if (elapsed) {
    facets.topic = 'war';
    facets.frame = 'elapsed';
    return;
  }
  if (e.form === 'hyphen') {
    let i = e.last;
    while (i < e.last + 2 && tokens[i] && TRUCE_ADJECTIVES.has(tokens[i].lo)) i++;
    if (tokens[i] && TRUCE_NOUNS.has(tokens[i].lo)) {
      facets.topic = 'truce';
      facets.proposed = sentenceHas(PROPOSAL_WORDS, env.sentFirst[s], end);
      facets.frame = facets.proposed ? 'current' : 'event';
      if (!facets.proposed) {
        for (let k = i + 1; k < Math.min(end, i + 5); k++) {
          const m = monthOf(tokens[k]);
          if (m !== null && tokens[k - 1].lo === 'in') {
            facets.anchor = `month:${String(m).padStart(2, '0')}`;
            facets.anchorText = `in ${capitalise(MONTHS[m - 1])}`;
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A number repeated in one article for the same thing (a headline and its body) shares what
// either mention says about it.

const FRAME_RANK: Record<TimeFrame, number> = { daily: 5, cumulative: 4, current: 3, elapsed: 2, event: 1 };

function mergeRepeats(figures: LinkedFigure[]): void {
  const chains = new Map<string, LinkedFigure[]>();
  for (const f of figures) {
    const x = f.facets;
    if (f.kind !== 'count' || !x.noun || !x.event || x.personal) continue;
    const key = `${f.value}|${x.noun}|${x.event}`;
    const list = chains.get(key);
    if (list) list.push(f);
    else chains.set(key, [f]);
  }
  for (const list of chains.values()) {
    if (list.length < 2) continue;
    let frame: TimeFrame | null = null;
    let window: string | null = null;
    let windowDays = 0;
    let anchor: string | null = null;
    let anchorText: string | null = null;
    const placeCount = new Map<string, number>();
    for (const f of list) {
      const x = f.facets;
      const rank = (fr: TimeFrame | null) => (fr ? FRAME_RANK[fr] + (fr === 'event' && x.anchor ? 0.5 : 0) : 0);
      if (x.frame && (!frame || rank(x.frame) > FRAME_RANK[frame])) frame = x.frame;
      if (!window && x.window) {
        window = x.window;
        windowDays = x.windowDays;
      }
      if (!anchor && x.anchor) {
        anchor = x.anchor;
        anchorText = x.anchorText;
      }
      if (x.place) placeCount.set(x.place, (placeCount.get(x.place) ?? 0) + 1);
    }
    let place: string | null = null;
    let best = 0;
    for (const [p, n] of placeCount) if (n > best) [place, best] = [p, n];
    const source = list.find((g) => g.source)?.source ?? null;
    for (const f of list) {
      const x = f.facets;
      x.frame = frame;
      x.window = frame === 'daily' ? window : null;
      x.windowDays = frame === 'daily' ? windowDays : 0;
      x.anchor = frame === 'event' ? anchor : null;
      x.anchorText = frame === 'event' ? anchorText : null;
      x.place = place ?? x.place;
      x.coref = list[0].start;
      if (!f.source) f.source = source;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Readable descriptions.

/** What the figure counts, as a reader would say it ("civilians killed in Kharkiv"). */
export function subjectOf(f: Figure & { facets: FigureFacets; source?: string | null }, withSource: boolean): string {
  const x = f.facets;
  const unitName = (days: number) => {
    for (const [, u] of TIME_UNITS) if (u.days === days) return u.unit;
    return 'unit';
  };
  let s: string;
  if (x.topic === 'war') s = `time since the war began (${unitName(x.unitDays)}s)`;
  else if (x.topic === 'truce') s = `length of the ${x.proposed ? 'proposed ' : ''}truce (${unitName(x.unitDays)}s)${x.anchorText ? ` ${x.anchorText}` : ''}`;
  else if (f.kind === 'other') s = x.nounText ?? 'number';
  else if (f.kind === 'age') s = x.nounText ? `age of ${x.nounText}` : 'age';
  else if (f.kind === 'duration') s = x.topic === 'window' ? `reporting window (${unitName(x.unitDays)}s)` : `duration (${unitName(x.unitDays)}s)`;
  else if (f.kind === 'ordinal') s = x.nounText ? `rank of the ${x.nounText}` : 'rank';
  else {
    const parts: string[] = [];
    if (f.kind === 'percent') parts.push('share of');
    parts.push(x.nounText ?? (f.kind === 'money' ? 'amount' : f.kind === 'percent' ? 'a whole' : 'count'));
    if (x.event) parts.push(x.event === 'killed' && x.frame === 'current' ? 'dead' : (EVENT_DISPLAY.get(x.event) ?? x.event));
    if (x.scope) parts.push(x.scope === 'internal' ? 'inside the country' : 'abroad');
    // A dated event says where it happened better than a place picked from the sentence.
    if (x.place && !(x.frame === 'event' && x.anchorText)) parts.push(`in ${withArticle(x.place)}`);
    if (x.frame === 'event' && x.anchorText) parts.push(x.anchorText);
    if (x.frame === 'daily' && x.window) parts.push(x.window);
    s = parts.join(' ');
  }
  if (withSource && f.source) s += ` (${f.source})`;
  return s;
}
