import type { ActorMention, ActorType, Quote } from './format';
import type { TextLayout } from './text';
import {
  COMMON_CAPITALISED, COMPASS_WORDS, NAME_PARTICLES, OF_HEADS, ORG_AFTER, ORG_HEADS, ORG_ROLE_NOUNS,
  PERSON_AFTER, PERSON_ROLE_NOUNS, PERSON_TITLES, PLACE_AFTER, PLACE_HEADS, PLACE_PREFIXES, PLACE_PREPOSITIONS,
  COMMON_ACRONYMS, NEWS_OUTLETS, PERSON_POSSESSIONS, PLACES, PLATFORMS, PORTFOLIOS, REPORTING_VERBS, COMMON_SUBJECTS, DOCUMENT_HEADS, isDemonym,
} from './lexicon/names';
import { MONTH_WORDS, WEEKDAYS } from './lexicon/time';
import { acronymMatches, capitalise, isAcronym, isRegexSpace } from './names';
import { resolveInArticle } from './nameResolution';

/** A word of the text with what name finding needs to know about it. */
interface Token {
  start: number;
  end: number;
  text: string;
  capitalised: boolean;
  sentenceStart: boolean;
  /** The token continues the previous one across a single space (no punctuation between) or a possessive inside a name. */
  joinsPrevious: boolean;
}

/** Evidence for a candidate's type; summed over every mention of the same name. */
export interface TypeVotes {
  person: number;
  organization: number;
  place: number;
}

export interface Candidate {
  start: number;
  end: number;
  text: string;
  votes: TypeVotes;
  /** The candidate was found only at the start of a sentence with no other evidence. */
  weak: boolean;
}

const STRONG = 3;
// Sticky patterns, matched in place at an offset so that no substring is copied per candidate.
// Not "leader": groups and parties have leaders as often as states do ("the movement's leader").
const STATE_POSSESSION = /['\u2019]s (government|president|prime|foreign|defence|defense|interior|army|military|parliament|capital|ambassador|embassy|cabinet|economy|border|borders|people|territory|king|queen)\b/y;
/** ", the group's chief executive": the noun after a possessive is what the name is. */
const APPOSITION = /,\s+(?:the|a|an)\s+(?:[a-z-]+['\u2019]s\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)/y;
const AGE_APPOSITION = /\s*,\s*\d{1,3}\s*,/y;
const WHO_CLAUSE = /,\s+who\s/y;
const DATELINE_END = /\s*(,|\(|\u2014|--|-|\/)/y;
/** Verbs of movement and attack whose object is usually a place. */
const MOTION_VERBS = new Set(['entered', 'entering', 'enter', 'enters', 'reached', 'reaching', 'reach', 'visited', 'visiting', 'visit', 'invaded', 'invading', 'bombed', 'bombing', 'shelled', 'shelling', 'besieged', 'evacuated', 'evacuating', 'stormed', 'storming', 'raided', 'raiding', 'crossed', 'crossing']);

/** Lowercase words before a name that only a place takes ("central Gaza", "nearby Tarvik"). */
const PLACE_ADJECTIVES = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'nearby', 'neighbouring', 'neighboring', 'downtown', 'rural', 'coastal', 'occupied', 'besieged']);
const CREDIT_END = / (Photo|Photos|Images|Pictures|via)\b/y;
const BYLINE_START = /[\s*_#>]*(By|Written by|Reporting by|Words by)\s/iy;

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Words that follow an agency's name in a photo credit ("Reuters Photo"). */
const CREDIT_WORDS = new Set(['Photo', 'Photos', 'Image', 'Images', 'Pictures', 'File', 'Video', 'Handout']);
const WEAK = 1;

/** Named people, organisations and places, each with an in-article canonical name and a type. */
export function extractActors(layout: TextLayout, _quotes: Quote[]): ActorMention[] {
  const runs = new Int32Array(RUN_KEY_WORDS);
  const tokens = tokenize(layout, runs);
  const definitions = findAcronymDefinitions(layout.text, tokens);
  const candidates = findCandidates(layout.text, tokens, definitions, runs);
  return resolveInArticle(candidates, definitions);
}

/** Lowercase words that can sit inside a name or its acronym ("Ministry of Health", "bin", "in the"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', ...[...NAME_PARTICLES].filter((p) => /^\p{Ll}/u.test(p))]);
const OPENER_CODES = new Set(['\u201c', '"', '\u2018', '(', ':', '\u2014', '\u2013', '['].map((ch) => ch.charCodeAt(0)));

/**
 * The words that can make up names: capitalised words and the connectors between them. Other
 * lowercase words are skipped here (they only separate runs), which keeps this pass cheap.
 */
function tokenize(layout: TextLayout, runs: Int32Array): Token[] {
  const { text, sentences } = layout;
  const tokens: Token[] = [];
  let sentence = 0;
  let prevSentence = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(text, i)) {
      i++;
      continue;
    }
    // A word: letters, inner joiners (- ' ’ .) between letters, and one trailing full stop.
    let j = i + 1;
    let plain = c < 128; // ASCII letters only: then the word is one whole run of them
    while (j < n) {
      const d = text.charCodeAt(j);
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) j++;
      else if (d > 127 && LETTER.test(text[j])) {
        plain = false;
        j++;
      } else if (isJoinerCode(d) && j + 1 < n && isLetterCode(text, j + 1)) {
        plain = false;
        j += 2;
      } else break;
    }
    // Every word's runs of ASCII letters go into the filter of lowercase words, read by findCandidates.
    if (plain) addRunKey(runs, text, i, j);
    else addRunKeys(runs, text, i, j);
    const wordEnd = j;
    if (j < n && text.charCodeAt(j) === 46) j++;
    const start = i;
    i = j;
    const upperStart = (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[start]));
    // Lowercase words matter only as connectors ("of", "von") or an Arabic article ("al-Masri").
    if (!upperStart && j - start > 5 && text.charCodeAt(start + 2) !== 45 && text.charCodeAt(start + 3) !== 45) continue;
    let upper = upperStart;
    // Most lowercase words are neither: they are told apart in place, before any substring is made.
    if (!upper && !isConnectorAt(text, start, j)) {
      if (plain) continue; // no hyphen, so no Arabic article
      let hyphen = start;
      while (hyphen < j && hyphen - start <= 3 && text.charCodeAt(hyphen) !== 45) hyphen++;
      if (hyphen >= j || hyphen - start > 3 || !ARABIC_ARTICLE.test(text.slice(start, j))) continue;
      upper = true;
    }
    const raw = text.slice(start, j);
    if (isPlainWord(raw)) {
      pushToken(raw, start, j, upper);
      continue;
    }
    // "Gaza." ending a sentence: the word without its full stop, as splitToken would leave it, without its patterns.
    if (plain && j > wordEnd && wordEnd - start >= 2) {
      const word = text.slice(start, wordEnd);
      if (isPlainWord(word) && !DOTTED_ABBREVIATIONS.has(word)) {
        pushToken(word, start, wordEnd, upper);
        continue;
      }
    }
    const afterName = raw.includes('-') && /\p{Lu}[\p{L}.]* $/u.test(text.slice(Math.max(0, start - 30), start));
    for (const piece of splitToken(raw, start, afterName)) pushToken(piece.text, piece.start, piece.end, upper);
  }
  return tokens;

  function pushToken(word: string, pieceStart: number, pieceEnd: number, upper: boolean): void {
    while (sentence < sentences.length && sentences[sentence].end <= pieceStart) sentence++;
    const prev = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const inSentence = sentence < sentences.length && sentences[sentence].start <= pieceStart;
    const sentenceStart =
      !inSentence ||
      sentences[sentence].start === pieceStart ||
      prevSentence !== sentence ||
      isOpenerBefore(text, pieceStart) ||
      (text.charCodeAt(pieceStart - 1) === 32 && text.charCodeAt(pieceStart - 2) === 45 && text.charCodeAt(pieceStart - 3) === 32); // "(Reuters) - Dockworkers"
    prevSentence = sentence;
    tokens.push({
      start: pieceStart,
      end: pieceEnd,
      text: word,
      capitalised: upper,
      sentenceStart,
      joinsPrevious: prev !== undefined && ((prev.end + 1 === pieceStart && text.charCodeAt(prev.end) === 32) || possessiveInName(text, prev, word, pieceStart)),
    });
  }
}

const ARABIC_ARTICLE = /^(al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu)-\p{Lu}/u;

/** Connectors by their first letter, so that a word is compared only with the few it could be. */
const CONNECTORS_BY_INITIAL = new Map<number, string[]>();
for (const w of NAME_CONNECTORS) {
  const list = CONNECTORS_BY_INITIAL.get(w.charCodeAt(0));
  if (list) list.push(w);
  else CONNECTORS_BY_INITIAL.set(w.charCodeAt(0), [w]);
}

/** The same lists for ASCII initials, read by index: this runs for most short lowercase words. */
const CONNECTORS_BY_ASCII: (string[] | null)[] = new Array<string[] | null>(128).fill(null);
for (const [c, list] of CONNECTORS_BY_INITIAL) if (c < 128) CONNECTORS_BY_ASCII[c] = list;

function isConnectorAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const list = c < 128 ? CONNECTORS_BY_ASCII[c] : CONNECTORS_BY_INITIAL.get(c);
  if (!list) return false;
  for (const w of list) if (w.length === end - start && text.startsWith(w, start)) return true;
  return false;
}

/** Words that, after a possessive, continue one name ("St Mary's Hospital", "People's Party"). */
const POSSESSIVE_NAME_HEADS = new Set(['Hospital', 'College', 'Cathedral', 'Church', 'School', 'Square', 'Park', 'Bridge', 'Island', 'Republic', 'Party', 'Front', 'Liberation', 'Movement', 'Army', 'Union']);

function possessiveInName(text: string, prev: Token, word: string, start: number): boolean {
  if (!POSSESSIVE_NAME_HEADS.has(word) || PLACES.has(prev.text) || !prev.capitalised) return false;
  const between = text.slice(prev.end, start);
  return between === "'s " || between === '\u2019s ' || between === "' " || between === '\u2019 ';
}

function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(text[i]);
}

function isJoinerCode(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Whether the nearest non-space among the four characters before pos opens a sentence (a quote mark, a bracket, a dash). */
function isOpenerBefore(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - 4; k--) {
    const c = text.charCodeAt(k);
    if (c !== 32) return OPENER_CODES.has(c);
  }
  return false;
}

/** A word with nothing to clean: letters only, no inner capital. Checked without a regex. */
function isPlainWord(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    if (lower) continue;
    if (c >= 65 && c <= 90) {
      if (i > 0) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** Abbreviations that keep their full stop (splitToken's list). */
const DOTTED_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Prof', 'Jr', 'Sr']);

/** Cleans one regex word: trailing full stops, possessives, camel-case joins and hyphenated prefixes. */
function splitToken(raw: string, at: number, afterName: boolean): { start: number; end: number; text: string }[] {
  let text = raw;
  if (text.endsWith('.') && !/^(\p{Lu}\.)+$/u.test(text) && !/^(Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj|Prof|Jr|Sr)\.$/.test(text)) {
    text = text.slice(0, -1);
  }
  text = text.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');
  if (/['\u2019](m|re|ve|ll|d|t)$/i.test(text)) return []; // "I'm", "don't": never names
  const out: { start: number; end: number; text: string }[] = [];
  // A missing space after a name ("StripIt"): split at a lowercase-to-capital change after four
  // letters when what follows opens sentences ("It", "The"); "ClipStream" is a product's one name.
  const camel = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (camel && COMMON_CAPITALISED.has(camel[2])) {
    out.push({ start: at, end: at + camel[1].length, text: camel[1] });
    out.push({ start: at + camel[1].length, end: at + text.length, text: camel[2] });
    return out;
  }
  const hyphen = text.indexOf('-');
  if (hyphen > 0 && /^\p{Lu}/u.test(text)) {
    const head = text.slice(0, hyphen);
    const tail = text.slice(hyphen + 1);
    // "Kremlin-run", "US-backed": the name is the part before the lowercase word.
    if (/^\p{Ll}/u.test(tail) && !NAME_PARTICLES.has(head)) return [{ start: at, end: at + hyphen, text: head }];
    // "Peru-Chile border": two known places joined.
    if (PLACES.has(head) && /^\p{Lu}/u.test(tail) && !NAME_PARTICLES.has(head) && !afterName) {
      out.push({ start: at, end: at + hyphen, text: head });
      out.push({ start: at + hyphen + 1, end: at + text.length, text: tail });
      return out;
    }
  }
  return [{ start: at, end: at + text.length, text }];
}

/** "Full Name of Something (FNS)": the acronym tells where the full name starts. */
export interface AcronymDefinition {
  full: string;
  acronym: string;
}

function findAcronymDefinitions(text: string, tokens: Token[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  // Offsets are checked before reading: a read past either end of the text deoptimises.
  for (const t of tokens) {
    if (t.start === 0 || t.end >= text.length || text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.end) !== 41 || !isAcronym(t.text)) continue;
    const definition = definitionBefore(text, t);
    if (definition) out.push(definition);
  }
  return out;
}

/** The full name spelled by the words right before "(ABC)", if any. Rare: kept out of the scan above. */
function definitionBefore(text: string, t: Token): AcronymDefinition | null {
  // The words right before "(ABC)", read back from the mark: only those can spell the acronym.
  const lead = text.slice(Math.max(0, t.start - 160), t.start - 1);
  const words = [...lead.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'\u2019.-]*/gu)];
  const tail = words.filter((w) => /^\s*$/.test(lead.slice(w.index! + w[0].length, words[words.indexOf(w) + 1]?.index ?? lead.length)));
  for (let n = 1; n <= Math.min(12, tail.length); n++) {
    const run = tail.slice(tail.length - n);
    if (!/^\p{Lu}/u.test(run[0][0])) continue;
    const contiguous = run.every((w, k) => k === 0 || /^\s+$/.test(lead.slice(run[k - 1].index! + run[k - 1][0].length, w.index!)));
    if (!contiguous) break;
    if (acronymMatches(run.map((w) => w[0]), t.text)) {
      const start = Math.max(0, t.start - 160) + run[0].index!;
      return { full: text.slice(start, t.start - 1).trimEnd(), acronym: t.text };
    }
  }
  return null;
}

function findCandidates(text: string, tokens: Token[], definitions: AcronymDefinition[], runs: Int32Array): Candidate[] {
  const candidates: Candidate[] = [];
  const midSentenceNames = new Set<string>();
  // Only a word that ends a name mid-sentence (a surname, a one-word name) vouches for the same
  // word opening a sentence: "Patients Association" does not make "Patients' groups" a name.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.capitalised && !t.sentenceStart && !(next && next.capitalised && next.joinsPrevious && !next.sentenceStart)) midSentenceNames.add(t.text);
  }
  // A few words are searched for directly; past that the whole vocabulary is built once, since a
  // search per word would be quadratic on hostile input.
  // Most words asked about are not in the text at all: the filter of the text's runs of letters,
  // filled by the tokeniser, answers those without a search or the vocabulary.
  const seen = new Map<string, boolean>();
  let wholeVocabulary = false;
  let vocabulary: Set<string> | undefined;
  const surelyAbsent = (word: string): boolean => isLowerAsciiWord(word) && !hasRunKey(runs, word);
  const inVocabulary = (word: string): boolean => {
    // The vocabulary holds lowercase ASCII words only, each a run the filter has.
    if (!isLowerAsciiWord(word) || surelyAbsent(word)) return false;
    return (vocabulary ??= new Set(text.match(/\b[a-z]+\b/g) ?? [])).has(word);
  };
  const lowercaseWords = (word: string): boolean => {
    if (wholeVocabulary) return inVocabulary(word);
    const known = seen.get(word);
    if (known !== undefined) return known;
    if (seen.size >= 16) {
      wholeVocabulary = true;
      return inVocabulary(word);
    }
    const found = !surelyAbsent(word) && containsWord(text, word);
    seen.set(word, found);
    return found;
  };
  // Definitions are few in real text; a cap keeps hostile text full of "(ABC)" linear.
  const defined = [...new Set(definitions.map((d) => d.full))].slice(0, 64);
  const definedStarts = new Set<number>();
  const inByline = bylineTest(text);
  for (const t of tokens) if (defined.some((full) => text.startsWith(full, t.start))) definedStarts.add(t.start);

  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].capitalised) {
      i++;
      continue;
    }
    // A run of capitalised words, with "of" after a head that takes it and name particles between.
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    const definedHere = defined.find((full) => text.startsWith(full, tokens[i].start));
    if (definedHere) {
      while (j < tokens.length && tokens[j].end <= tokens[i].start + definedHere.length) run.push(tokens[j++]);
    } else {
      while (j < tokens.length && tokens[j].joinsPrevious && !tokens[j].sentenceStart && !definedStarts.has(tokens[j].start)) {
        const t = tokens[j];
        if (MONTH_WORDS.has(t.text) || WEEKDAYS.has(t.text)) break;
        if (t.capitalised) {
          run.push(t);
          j++;
          continue;
        }
        // Particles may come in pairs before the name ("von der Leyen", "van den Berg").
        const next = NAME_PARTICLES.has(t.text) && tokens[j + 1] && NAME_PARTICLES.has(tokens[j + 1].text) && tokens[j + 1].joinsPrevious ? tokens[j + 2] : tokens[j + 1];
        // "and" continues an institution's name once it has an "of"/"for" ("Centers for Disease Control and Prevention").
        const connector =
          ((t.text === 'of' || t.text === 'for') && (OF_HEADS.has(run[run.length - 1].text) || documentAhead(tokens, j + 1))) ||
          (t.text === 'and' && run.some((r) => r.text === 'for' || r.text === 'of')) ||
          NAME_PARTICLES.has(t.text);
        if (connector && next && next.capitalised && next.joinsPrevious) {
          run.push(t);
          j++;
          continue;
        }
        break;
      }
    }
    i = j;
    for (const segment of segmentRun(text, run, definedHere !== undefined)) {
      const candidate = makeCandidate(text, segment, midSentenceNames, lowercaseWords, inByline);
      if (candidate) candidates.push(candidate);
    }
  }
  return candidates;
}

/** Whether the capitalised words from k on end in a document's head ("Proceeds of Crime Act"). */
function documentAhead(tokens: Token[], k: number): boolean {
  for (let n = 0; n < 4 && k + n < tokens.length; n++) {
    const t = tokens[k + n];
    if (!t.capitalised || !t.joinsPrevious || t.sentenceStart) return false;
    if (DOCUMENT_HEADS.has(t.text)) return true;
  }
  return false;
}

interface Segment {
  tokens: Token[];
  afterTitle: boolean;
}

/** Splits a run into names: drops sentence-initial words and demonyms, cuts at titles and known places. */
function segmentRun(text: string, run: Token[], definedName: boolean): Segment[] {
  if (definedName) return [{ tokens: run, afterTitle: false }];
  if (run.length === 1) {
    // Most runs are one word: the same rules as below, without building intermediate lists.
    const cls = wordClass(run[0].text);
    if ((cls & DROPPED_ALONE) !== 0 || (run[0].sentenceStart && (cls & COMMON_WORD) !== 0) || !run[0].capitalised) return [];
    return [{ tokens: run, afterTitle: false }];
  }
  let k = 0;
  const atStart = run[0].sentenceStart;
  // "European Union", "African Union": a demonym naming a body with an organisation's head word stays;
  // so does one opening a country's name ("Saudi Arabia").
  const demonymNamesBody = (i: number) => demonymStays(run, i);
  // "North Korean leader": a compass word and a demonym are an adjective, not a place.
  if (COMPASS_WORDS.has(run[0].text) && isDemonym(run[1].text) && !PLACES.has(`${run[0].text} ${run[1].text}`)) {
    return run.length > 2 ? segmentRun(text, run.slice(2), false) : [];
  }
  // "The Hague", "The Gambia": an article that is part of a known place's name stays.
  const articleInName = run.length >= 2 && run[0].text === 'The' && PLACES.has(`The ${run[1].text}`);
  while (!articleInName && k < run.length && ((isDemonym(run[k].text) && !demonymNamesBody(k)) || ((atStart || ARTICLES.has(run[k].text)) && COMMON_CAPITALISED.has(run[k].text)) || WEEKDAYS.has(run[k].text) || MONTH_WORDS.has(run[k].text))) k++;
  const segments: Segment[] = [];
  let current: Token[] = [];
  let afterTitle = false;
  // "Meteorologist Jane Doe said": a role noun capitalised only because it starts the sentence.
  if (k < run.length - 1 && run[k].sentenceStart && titleAt(run, k) === 0 && PERSON_ROLE_NOUNS.has(run[k].text.toLowerCase())) {
    k++;
    afterTitle = true;
  }
  const rest = run.slice(k);
  // "Martin Luther King Jr.": a name with a generational suffix holds no title.
  const suffixed = rest.length >= 3 && GENERATION_SUFFIXES.has(rest[rest.length - 1].text);
  for (let m = 0; m < rest.length; ) {
    const titleLength = suffixed && m > 0 ? 0 : titleAt(rest, m);
    // "the UN Secretary General, ...": a title ending the run after a body's or a country's name goes.
    if (titleLength > 0 && m + titleLength === rest.length && m > 0 && current.length === m && current.every((t) => isAcronym(t.text) || PLACES.has(t.text))) break;
    // "King's College": a title word in the possessive names something of its own; "General Staff",
    // "General Assembly": before a body's head word it is part of the body's name.
    if (titleLength > 0 && m + titleLength < rest.length && !isPossessiveEnd(text, rest[m + titleLength - 1].end) && !ORG_HEADS.has(rest[m + titleLength].text)) {
      if (current.length) segments.push({ tokens: current, afterTitle });
      current = [];
      afterTitle = true;
      m += titleLength;
      continue;
    }
    if (isDemonym(rest[m].text) && current.length === 0 && !demonymStays(rest, m)) {
      m++;
      continue;
    }
    current.push(rest[m]);
    m++;
  }
  if (current.length) segments.push({ tokens: current, afterTitle });
  // Pieces go straight into one list: the runs are many and most split into nothing.
  const out: Segment[] = [];
  // "his counterpart, Israel Katz": after a role noun, a place opening the run is a first name.
  const roleBefore = segments.length > 0 && segments[0].tokens[0] === run[0] && PERSON_ROLE_NOUNS.has(withoutComma(previousWord(text, run[0].start)));
  for (const s of segments) splitKnownPlaces(s, out, roleBefore && s === segments[0]);
  return out;
}

function isPossessiveEnd(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 39 || c === 0x2019) && text.charCodeAt(end + 1) === 115; // 's
}

/** Whether the demonym at toks[i] is part of a name: a body's ("European Union") or a country's ("Saudi Arabia"). */
function demonymStays(toks: Token[], i: number): boolean {
  if (toks.length - i === 2 && ORG_HEADS.has(toks[i + 1].text)) return true;
  return i + 1 < toks.length && PLACES.has(`${toks[i].text} ${toks[i + 1].text}`);
}

const GENERATION_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** Titles by their first word, longest first, so one lookup per token finds the longest title. */
const TITLES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const title of PERSON_TITLES) {
  const parts = title.split(' ');
  const list = TITLES_BY_FIRST_WORD.get(parts[0]) ?? [];
  list.push(parts);
  list.sort((a, b) => b.length - a.length);
  TITLES_BY_FIRST_WORD.set(parts[0], list);
}

/** Length of the title starting at run[m], with a portfolio before it ("Health Secretary", "National Security Minister"). */
function titleAt(run: Token[], m: number): number {
  let portfolio = 0;
  while (portfolio < 3 && m + portfolio + 1 < run.length && PORTFOLIOS.has(run[m + portfolio].text)) portfolio++;
  const first = m + portfolio;
  for (const parts of TITLES_BY_FIRST_WORD.get(run[first].text) ?? []) {
    if (parts.every((p, n) => run[first + n]?.text === p)) return portfolio + parts.length;
  }
  return 0;
}

/** Articles never begin a name, wherever they stand ("- The World Health Organization"). */
const ARTICLES = new Set(['The', 'A', 'An']);

const PLACE_FIRST_WORDS = new Set([...PLACES].map((p) => p.split(' ')[0]));

/** "U.S. Middle East envoy": two known places written side by side are two names. Trimmed pieces go to out. */
function splitKnownPlaces(segment: Segment, out: Segment[], personCue: boolean): void {
  const toks = segment.tokens;
  const last = toks[toks.length - 1].text;
  if (toks.length < 2 || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return pushTrimmed(segment, out);
  // "Public Health England", "Sport Scotland": a body named by its field and its country.
  if (isFieldAndPlace(toks)) return pushTrimmed(segment, out);
  // "Bank of Japan", "University of Oxford": the place completes an institution's name.
  for (let k = 1; k < toks.length; k++) if ((toks[k].text === 'of' || toks[k].text === 'for') && OF_HEADS.has(toks[k - 1].text)) return pushTrimmed(segment, out);
  let pieces = 0; // counted before trimming: a piece trimmed to nothing still comes before the rest
  let rest: Token[] = [];
  for (let m = 0; m < toks.length; ) {
    let matched = 0;
    if (PLACE_FIRST_WORDS.has(toks[m].text)) {
      for (let len = Math.min(4, toks.length - m); len >= 1; len--) {
        if (PLACES.has(joinedText(toks, m, len))) {
          matched = len;
          break;
        }
      }
    }
    if (m === 0 && matched === toks.length) return pushTrimmed(segment, out);
    // "Dr. Sofia Brandt", "President Georgia Lind": after a title, a place opening the name is a first name.
    if (m === 0 && matched > 0 && (segment.afterTitle || personCue)) matched = 0;
    if (matched > 0) {
      if (rest.length) {
        pushTrimmed({ tokens: rest, afterTitle: segment.afterTitle && pieces === 0 }, out);
        pieces++;
      }
      pushTrimmed({ tokens: toks.slice(m, m + matched), afterTitle: false }, out);
      pieces++;
      rest = [];
      m += matched;
    } else {
      rest.push(toks[m]);
      m++;
    }
  }
  if (rest.length) pushTrimmed({ tokens: rest, afterTitle: segment.afterTitle && pieces === 0 }, out);
}

/** Portfolio words and a known place ("Public Health England", "UK Finance"): a public or trade body's name. */
function isFieldAndPlace(toks: Token[]): boolean {
  if (toks.length < 2) return false;
  const placeFirst = toks.length === 2 && PLACES.has(toks[0].text);
  if (!placeFirst && !PLACES.has(toks[toks.length - 1].text)) return false;
  const from = placeFirst ? 1 : 0;
  const to = placeFirst ? toks.length : toks.length - 1;
  for (let k = from; k < to; k++) if (!PORTFOLIOS.has(toks[k].text)) return false;
  return true;
}

function withoutComma(word: string): string {
  return word.endsWith(',') ? word.slice(0, -1) : word;
}

function joinedText(toks: Token[], m: number, len: number): string {
  let s = toks[m].text;
  for (let k = 1; k < len; k++) s += ' ' + toks[m + k].text;
  return s;
}

/** Drops lowercase connectors left dangling at either end; a segment trimmed to nothing is left out. */
function pushTrimmed(s: Segment, out: Segment[]): void {
  const toks = s.tokens;
  let a = 0;
  let b = toks.length;
  while (a < b && !toks[a].capitalised) a++;
  while (b > a && (!toks[b - 1].capitalised || CREDIT_WORDS.has(toks[b - 1].text))) b--;
  if (a === b) return;
  out.push(a === 0 && b === toks.length ? s : { tokens: toks.slice(a, b), afterTitle: s.afterTitle });
}

/** Word classes for wordClass. */
const COMMON_WORD = 1;
/** A one-word run of this word is never a name, wherever it stands (segmentRun). */
const DROPPED_ALONE = 2;
/** This word alone is never a name, whatever comes before or after it (makeCandidate). */
const NEVER_ALONE = 4;
const WORD_CLASS_LIMIT = 20_000;
const wordClasses = new Map<string, number>();

/**
 * What the one-word rules make of a word by the word alone, worked out once per word (cached,
 * bounded): the same capitalised words recur in every article.
 */
function wordClass(w: string): number {
  let cls = wordClasses.get(w);
  if (cls !== undefined) return cls;
  const common = COMMON_CAPITALISED.has(w);
  cls = common ? COMMON_WORD : 0;
  if (isDemonym(w) || (ARTICLES.has(w) && common) || WEEKDAYS.has(w) || MONTH_WORDS.has(w) || CREDIT_WORDS.has(w) || GENERATION_SUFFIXES.has(w)) cls |= DROPPED_ALONE;
  if (
    isUpperPlural(w) || // "MPs", "CEOs": plural common nouns
    WEEKDAYS.has(w) || MONTH_WORDS.has(w) || isDemonym(w) ||
    (hasCommonNounSuffix(w) && !PLACES.has(w)) ||
    PLACE_HEADS.has(w) || ORG_HEADS.has(w) || OF_HEADS.has(w) || // "the Strip", "the Ministry"
    (common && !isAcronym(w)) ||
    COMMON_ACRONYMS.has(w) // '20% of GDP'
  ) {
    cls |= NEVER_ALONE;
  }
  if (wordClasses.size >= WORD_CLASS_LIMIT) wordClasses.clear();
  wordClasses.set(w, cls);
  return cls;
}

function makeCandidate(
  text: string,
  segment: Segment,
  midSentenceNames: Set<string>,
  lowercaseWords: (word: string) => boolean,
  inByline: (pos: number) => boolean,
): Candidate | null {
  const toks = segment.tokens;
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (inByline(first.start)) return null; // people in bylines are not actors in the story
  // A token's text is its own span of the source, so a one-word name needs no new substring.
  const surface = toks.length === 1 ? first.text : text.slice(first.start, last.end);
  // "…'s foo bar" after the name: read once, used by several rules below.
  const afterCode = last.end < text.length ? text.charCodeAt(last.end) : -1;
  // NEXT_WORDS, read by hand: no match array per candidate.
  let after1 = '';
  let after2: string | undefined;
  if (afterCode === 32 || afterCode === 39 || afterCode === 0x2019) {
    let k = last.end;
    if (afterCode !== 32) {
      k++;
      if (text.charCodeAt(k) === 115) k++; // s
    }
    if (text.charCodeAt(k) === 32 && isLowerAscii(text.charCodeAt(k + 1))) {
      let e = k + 2;
      while (isLowerAscii(text.charCodeAt(e))) e++;
      after1 = text.slice(k + 1, e);
      if (text.charCodeAt(e) === 32 && isLowerAscii(text.charCodeAt(e + 1))) {
        let e2 = e + 2;
        while (isLowerAscii(text.charCodeAt(e2))) e2++;
        after2 = text.slice(e + 1, e2);
      }
    }
  }
  if (toks.length === 1) {
    const w = first.text;
    const cls = wordClass(w);
    if ((cls & NEVER_ALONE) !== 0) return null;
    if (w.length === 1 && !ORG_AFTER.has(after1)) return null;
    if ((cls & COMMON_WORD) !== 0 && first.sentenceStart) return null;
  }
  if (toks.length > 1 && DOCUMENT_HEADS.has(last.text)) return null; // a law or a pact, not an actor
  if (isPartyTag(text, first.start, surface)) return null; // "Sen. Jo Kerr, R-S.C.,": party and state
  const votes: TypeVotes = { person: 0, organization: 0, place: 0 };
  const prevWord = previousWord(text, first.start);

  if (PLACES.has(surface)) votes.place += STRONG * 2;
  if (PLATFORMS.has(surface) || NEWS_OUTLETS.has(surface)) votes.organization += STRONG * 2;
  // The head of "Coordinator of Government Activities" is the word before "of".
  let ofIndex = -1;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].text === 'of' || toks[k].text === 'for') {
      ofIndex = k;
      break;
    }
  }
  const head = ofIndex > 0 ? toks[ofIndex - 1] : last;
  if (ORG_HEADS.has(head.text) || (head.text.endsWith('s') && ORG_HEADS.has(head.text.slice(0, -1)))) votes.organization += STRONG;
  if (PLACE_HEADS.has(head.text) && toks.length > 1) votes.place += STRONG;
  if (PLACE_PREFIXES.has(first.text) && toks.length > 1) votes.place += STRONG;
  if (toks.length > 1 && !ORG_HEADS.has(head.text) && (COMPASS_WORDS.has(first.text) || COMPASS_WORDS.has(last.text))) votes.place += STRONG;
  if (toks.length > 1 && (PORTFOLIOS.has(first.text) || PORTFOLIOS.has(last.text)) && isFieldAndPlace(toks)) votes.organization += STRONG * 2;
  // "economists at Goldman Sachs": where such people work is a firm, not a place.
  if (prevWord === 'at' && WORKPLACE_STAFF.has((previousWords(text, first.start, 2)[0] ?? '').toLowerCase())) votes.organization += STRONG;
  // "Ruritania's foreign ministry": what a state has.
  if ((afterCode === 39 || afterCode === 0x2019) && matchesAt(STATE_POSSESSION, text, last.end)) votes.place += STRONG;
  if (isAcronym(surface) && !PLACES.has(surface)) votes.organization += STRONG;
  if (segment.afterTitle) votes.person += STRONG;
  if (PERSON_ROLE_NOUNS.has(prevWord)) votes.person += STRONG;
  if (ORG_ROLE_NOUNS.has(prevWord)) votes.organization += STRONG;
  if (PLACE_AFTER.has(after1) || (after2 !== undefined && PLACE_AFTER.has(after2))) votes.place += STRONG;
  if (PERSON_AFTER.has(after1)) votes.person += STRONG;
  // An apposition says what the name is: "Kerem Shalom, the key border crossing".
  APPOSITION.lastIndex = last.end;
  const apposition = afterCode === 44 ? APPOSITION.exec(text) : null;
  // ", the health ministry says": a source for the sentence, not what the name is.
  if (apposition && !apposition[1].split(/\s+/).some((w) => REPORTING_VERBS.has(w))) {
    const nouns = apposition[1].split(/\s+/);
    if (nouns.some((w) => PLACE_AFTER.has(w))) votes.place += STRONG;
    else if (nouns.some((w) => ORG_ROLE_NOUNS.has(w))) votes.organization += STRONG;
    else if (nouns.some((w) => PERSON_ROLE_NOUNS.has(w))) votes.person += STRONG;
  }
  // "the Ruritania health ministry": a place whose government has that portfolio.
  if (after2 !== undefined && GOVERNMENT_BODIES.has(after2) && PORTFOLIOS.has(capitalise(after1))) votes.place += STRONG;
  else if (ORG_AFTER.has(after1)) votes.organization += WEAK * 2;
  if (mayOpenComma(text, last.end) && matchesAt(AGE_APPOSITION, text, last.end)) votes.person += STRONG; // "Name, 40,"
  if (mayOpenComma(text, last.end) && matchesAt(WHO_CLAUSE, text, last.end)) votes.person += STRONG; // "Name, who ..."
  if (prevWord === 'of' && /^(city|town|village|camp|region|province|district|state|capital|country|island|port|mayor|governor|residents|outskirts|suburbs|capture|siege|fall|liberation|occupation|centre|center|heart|north|south|east|west|northeast|northwest|southeast|southwest) of$/.test(previousWords(text, first.start, 2).join(' '))) votes.place += STRONG;
  // A dateline: "PARIS, France (AP) —" or "GAZA CITY —" opening a paragraph.
  const dateline = isDateline(text, first.start, last.end, surface);
  if (dateline) votes.place += STRONG * 2;
  if (PLACE_PREPOSITIONS.has(prevWord) && prevWord !== 'the' && prevWord !== 'a' && prevWord !== 'an') votes.place += prevWord === 'to' ? WEAK / 2 : WEAK;
  // "fuel entered Tarvik", "troops reached Velm": where things go is a place.
  if (MOTION_VERBS.has(prevWord)) votes.place += WEAK;
  // "in central Gaza", "in nearby Deir al-Balah": only places have parts and neighbours.
  if (PLACE_ADJECTIVES.has(prevWord)) votes.place += STRONG;
  if (toks.length >= 2 && isAfterAgencySlash(text, first.start)) return null; // "REUTERS/Jane Roe": the photographer
  if (isCredit(text, first.start, last.end)) votes.organization += STRONG;
  else if (first.start > 0 && text.charCodeAt(first.start - 1) === 40 && afterCode === 41) votes.organization += WEAK * 2; // "(Reuters)" after a dateline
  if (afterCode === 47 && !dateline && toks.length <= 3 && /\p{Lu}/u.test(text[last.end + 1] ?? '')) return null; // photographer credit

  // "Varga's office said": what only a person has.
  const possessive = afterCode === 39 || afterCode === 0x2019;
  if (possessive && PERSON_POSSESSIONS.has(after1)) votes.person += STRONG;
  const hasEvidence = votes.person + votes.organization + votes.place > 0;
  // "Hamas said ...": a word opening a sentence as the subject of a report is a name, unless it
  // is a plural common noun ("Witnesses said").
  // A past-tense verb right after it ("Varga cancelled a visit") makes it a subject too.
  const reports = !possessive && (REPORTING_VERBS.has(after1) || isPastTense(after1) || ((after1 === 'has' || after1 === 'have' || after1 === 'had') && after2 !== undefined && REPORTING_VERBS.has(after2)));
  // Who says, rejects or accuses is someone rather than somewhere: it offsets a stray "to <Name>"
  // elsewhere, without deciding between a person and an organisation (a known country stays a place).
  if (reports && !COMMON_SUBJECTS.has(first.text.toLowerCase())) votes.place -= WEAK / 2;
  const weak = !hasEvidence && toks.length === 1 && first.sentenceStart && !midSentenceNames.has(first.text) && !(reports && !COMMON_SUBJECTS.has(first.text.toLowerCase()));
  // A capitalised common word in garbled text ("ground Artillery shelling"), or opening a sentence
  // with no more than a weak clue ("Military spokesman ..."): written lowercase elsewhere.
  const weakClueAtStart = first.sentenceStart && votes.organization === WEAK * 2 && votes.person === 0 && votes.place <= 0;
  if ((!hasEvidence || weakClueAtStart) && toks.length === 1 && lowercaseWords(first.text.toLowerCase())) return null;
  return { start: first.start, end: last.end, text: surface, votes, weak };
}

/** "R-S.C.", "D-Calif.", "I-Vt." right after a comma: an American legislator's party and state. */
function isPartyTag(text: string, start: number, surface: string): boolean {
  const party = surface.charCodeAt(0);
  return (party === 82 || party === 68 || party === 73) && surface.charCodeAt(1) === 45 && start >= 2 && text.charCodeAt(start - 2) === 44;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** "MPs", "CEOs": two or more capitals and a plural s. A lowercase second letter rules it out before the regex. */
function isUpperPlural(w: string): boolean {
  if (w.length < 3) return false;
  const c1 = w.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  return /^\p{Lu}{2,}s$/u.test(w);
}

/** "Killing", "Fighting", "Reportedly": capitalised common words, told by their suffix. */
function hasCommonNounSuffix(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  // Every suffix tested ends in one of these letters: g, d, y, s, t, n.
  if (c !== 103 && c !== 100 && c !== 121 && c !== 115 && c !== 116 && c !== 110) return false;
  return /^\p{Lu}\p{Ll}+(ing|ed|ly|ies|ness|ment|tion|ions)$/u.test(w);
}

/** Whether a comma may come next, past whitespace only: the sticky pattern that needs one is skipped otherwise. */
function mayOpenComma(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) return true;
    if (!isRegexSpace(c)) return false;
  }
  return false;
}

function isLowerAsciiWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * A filter of the text's runs of ASCII letters: a bit per hash of a run's length and end letters.
 * A lowercase ASCII word whose bit is clear is no whole run anywhere, so neither containsWord nor
 * /\b[a-z]+\b/ finds it. Set bits prove nothing.
 */
const RUN_KEY_WORDS = 1 << 11; // 65536 bits

/** A hash of a run's length and its first two and last two letters: cheap, and few words share one. */
function runKey(s: string, from: number, to: number): number {
  const len = to - from;
  let h = Math.imul(len, 0x9e3779b1) ^ s.charCodeAt(from);
  h = Math.imul(h, 31) + s.charCodeAt(len > 1 ? from + 1 : from);
  h = Math.imul(h, 31) + s.charCodeAt(len > 2 ? to - 2 : from);
  h = Math.imul(h, 31) + s.charCodeAt(to - 1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) & 0xffff;
}

function addRunKey(runs: Int32Array, text: string, from: number, to: number): void {
  const key = runKey(text, from, to);
  runs[key >> 5] |= 1 << (key & 31);
}

/** A word with joiners or other letters in it: each of its ASCII runs, read apart. Rare. */
function addRunKeys(runs: Int32Array, text: string, from: number, to: number): void {
  for (let i = from; i < to; ) {
    if (!isAsciiLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetterCode(text.charCodeAt(i))) i++;
    addRunKey(runs, text, start, i);
  }
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function hasRunKey(runs: Int32Array, word: string): boolean {
  const key = runKey(word, 0, word.length);
  return (runs[key >> 5] & (1 << (key & 31))) !== 0;
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + word.length);
    const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}

/**
 * Whether a position is on a byline ("By Jane Doe"): its line, if it started at most 120
 * characters before, opens with "By". Candidates come in text order, so the line start is
 * tracked forward and each line is tested once.
 */
function bylineTest(text: string): (pos: number) => boolean {
  let lastPos = -1;
  let newline = -1; // the last line feed before lastPos
  let nextNewline = text.indexOf('\n');
  let testedLine = -1;
  let testedAnswer = false;
  return (pos: number): boolean => {
    if (pos < lastPos) return isByline(text, pos);
    lastPos = pos;
    while (nextNewline >= 0 && nextNewline < pos) {
      newline = nextNewline;
      nextNewline = text.indexOf('\n', newline + 1);
    }
    const lineStart = newline + 1;
    if (pos - lineStart > 120) return false;
    if (lineStart !== testedLine) {
      testedLine = lineStart;
      testedAnswer = matchesAt(BYLINE_START, text, lineStart);
    }
    return testedAnswer;
  };
}

function isByline(text: string, pos: number): boolean {
  let lineStart = pos;
  while (lineStart > 0 && pos - lineStart < 120 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  return matchesAt(BYLINE_START, text, lineStart);
}

function isDateline(text: string, start: number, end: number, surface: string): boolean {
  // Datelines are shouted: a lowercase ASCII letter rules the name out before the line is read back.
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  // "CAIRO/JERUSALEM, June 6 (Reuters) -": cities filed from, joined by slashes, open the line.
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && start - lineStart <= 60) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  if (lineStart < start && !SHOUTED_CITIES.test(text.slice(lineStart, start))) return false;
  return surface === surface.toUpperCase() && matchesAt(DATELINE_END, text, end) && /\p{Lu}{3}/u.test(surface);
}

/** Capitalised words joined by slashes before a dateline's last city ("CAIRO/"). */
const SHOUTED_CITIES = /^(?:[\p{Lu} .'-]+\/)+$/u;

/** Right after "AGENCY/", as photo credits are written ("REUTERS/Jane Roe"). */
function isAfterAgencySlash(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 47) return false;
  let k = start - 2;
  while (k >= 0 && k >= start - 30 && /\p{Lu}/u.test(text[k])) k--;
  return start - 2 - k >= 2 && (k < 0 || !/\p{L}/u.test(text[k]));
}

/** "[Getty]", "(Reuters Photo)", "File/AFP": agencies named in credits. */
function isCredit(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (before === 47 || (before === 91 && text.charCodeAt(end) === 93)) return true;
  return before === 40 && text.charCodeAt(end) === 32 && matchesAt(CREDIT_END, text, end);
}

function isPastTense(word: string): boolean {
  return word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed');
}

/** People named by where they work ("analysts at X"): X is a firm or an institution. */
const WORKPLACE_STAFF = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'scientist', 'scientists', 'engineer', 'engineers', 'executive', 'executives', 'employee', 'employees', 'banker', 'bankers', 'trader', 'traders', 'professor', 'lecturer', 'partner']);

const GOVERNMENT_BODIES = new Set(['ministry', 'minister', 'department', 'secretary', 'office', 'authorities', 'officials', 'official']);

/** The word right before start (same line, within 60 characters), leading quote marks dropped; '' if none. */
function previousWord(text: string, start: number): string {
  let k = start - 1;
  const floor = Math.max(0, start - 60);
  while (k >= floor && text.charCodeAt(k) === 32) k--;
  const end = k + 1;
  while (k >= floor && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 10) k--;
  if (end <= k + 1) return '';
  let from = k + 1;
  while (from < end && isLeadingQuote(text.charCodeAt(from))) from++;
  return text.slice(from, end);
}

function isLeadingQuote(c: number): boolean {
  return c === 40 || c === 34 || c === 0x201c;
}

/** Up to count words right before start (same line), nearest last, with leading quote marks dropped. */
function previousWords(text: string, start: number, count: number): string[] {
  const out: string[] = [];
  let k = start - 1;
  const floor = Math.max(0, start - 60);
  while (out.length < count && k >= floor) {
    while (k >= floor && text.charCodeAt(k) === 32) k--;
    const end = k + 1;
    while (k >= floor && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 10) k--;
    if (end <= k + 1) break;
    out.unshift(text.slice(k + 1, end).replace(/^[("\u201c]+/, ''));
    if (text.charCodeAt(k) === 10) break;
  }
  return out;
}

export function voteType(votes: TypeVotes, tokenCount: number): ActorType {
  const best = Math.max(votes.place, votes.organization, votes.person);
  if (best === 0) return tokenCount > 1 ? 'person' : 'organization';
  if (votes.place === best) return 'place';
  if (votes.organization === best) return 'organization';
  return 'person';
}

