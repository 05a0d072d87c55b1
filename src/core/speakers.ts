import type { ActorMention, Quote } from './format';
import { rangeIndexAt, rangeIndexBefore, type Range, type TextLayout } from './text';
import { containsRun } from './collections';
import { isRegexSpace } from './names';
import { PERSON_MOUTHPIECES, REPORTING_VERBS, demonymCountry } from './lexicon/names';

/** Role nouns that stand for a person already named ("the French leader", "the premier"). */
const PERSON_ROLES = /\b(leader|premier|prime minister|president|minister|secretary|spokesman|spokeswoman|spokesperson|envoy|chief|official|source|diplomat|negotiator|commander|general|mayor|governor|ambassador|man|woman|mother|father|witness|resident)$/i;
const PREPOSITIONS = /^(in|at|from|after|with|of|for|to|on|by|near|during|since|against|about|over|into|toward|towards|under|before|between|meeting|addressing|like|than|told|urged|accused|warned|blamed)$/i;
const CLAUSE_BOUNDARY = /\b(after|as|while|because|although|though|when|whereas|but|and|that|where|which|who|whom)\b|[;:]/gi;
/** Unnamed people who speak for a body ("a spokeswoman for the ministry", "officials at the agency"). */
const UNNAMED_SPEAKER = 'spokes(?:man|woman|person)|officials?|sources?|representatives?|aides?';
const HUMAN_ROLE = new RegExp(`\\b(?:${UNNAMED_SPEAKER})\\b`, 'i');
/** "a spokeswoman for the ministry": the body after the preposition is who speaks. */
const SPEAKS_FOR = new RegExp(`\\b(?:${UNNAMED_SPEAKER})\\s+(?:for|of|at|from)\\s+(?:the\\s+)?$`, 'i');
const CONTRASTING_CLAUSE = /^[\s,;\u2014\u2013-]*(?:while|whereas|but|although|though|yet)\b/i;
const NATIONAL_FORCES = /\b([A-Z][a-z]+)\s+(?:military|army|troops|forces|soldiers|government|authorities)\b/g;
const PERSON_PRONOUN = /\b(?:he|she)\b/gi;
const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their)$/i;
/** How far before a quote its attribution is looked for; keeps the work per quote bounded. */
const MAX_LEAD_CHARS = 400;
/** Quotes at most this long may repeat words quoted elsewhere (headlines, subheadings). */
const MAX_REPEAT_WORDS = 10;
/** A word in more quotes than this says nothing about which quote is repeated. */
const MAX_WORD_QUOTES = 50;

interface Region {
  start: number;
  end: number;
}

/**
 * Fills each quote's speaker with the canonical name of who said it, or leaves null.
 * Looks for the attribution right after the quote ("…," X said), then before it (X said "…"),
 * then carries the previous quote's speaker over a continuation.
 */
export function attributeSpeakers(layout: TextLayout, quotes: Quote[], actors: ActorMention[]): void {
  const resolver = new SpeakerResolver(layout, quotes, actors);
  quotes.forEach((q, i) => {
    q.speaker = resolver.speakerOf(i);
  });
}

class SpeakerResolver {
  private readonly text: string;
  private readonly explicit = new Map<number, string | null | undefined>();
  private quotesByWord: Map<string, number[]> | undefined;

  constructor(
    private readonly layout: TextLayout,
    private readonly quotes: Quote[],
    private readonly actors: ActorMention[],
  ) {
    this.text = layout.text;
  }

  speakerOf(i: number): string | null {
    const explicit = this.explicitSpeaker(i);
    if (explicit !== undefined) return explicit;
    const q = this.quotes[i];
    const para = this.paragraphOf(q.start);
    const previous = i > 0 ? this.quotes[i - 1] : undefined;
    const sameParaPrev = previous && previous.end >= para.start ? previous : undefined;
    const repeated = this.repeatedQuoteSpeaker(i);
    if (repeated) return repeated;
    // A quote left open at its paragraph's end continues in the next paragraph, where it may be attributed.
    const next = this.quotes[i + 1];
    if (next && q.end === para.end && this.paragraphIndexOf(next.start) === this.paragraphIndexOf(q.start) + 1 && next.start - 1 === this.paragraphOf(next.start).start) {
      const continued = this.explicitSpeaker(i + 1);
      if (continued) return continued;
    }
    // A continuation: the same paragraph, or a paragraph that is nothing but the quote after a quoted paragraph.
    if (sameParaPrev) return sameParaPrev.speaker;
    if (previous && this.isQuoteOnlyParagraph(q, para) && this.paragraphIndexOf(previous.start) === this.paragraphIndexOf(q.start) - 1) {
      return previous.speaker;
    }
    return null;
  }

  /** The attribution written around the quote itself, or undefined when there is none. Memoised. */
  private explicitSpeaker(i: number): string | null | undefined {
    if (this.explicit.has(i)) return this.explicit.get(i);
    this.explicit.set(i, undefined); // guards against re-entry
    const q = this.quotes[i];
    const para = this.paragraphOf(q.start);
    const previous = i > 0 ? this.quotes[i - 1] : undefined;
    const next = this.quotes[i + 1];
    const sameParaPrev = previous && previous.end >= para.start ? previous : undefined;
    const result = ((): string | null | undefined => {
      const afterStart = q.end + 1;
      const afterEnd = Math.min(next && next.start <= para.end ? next.start - 1 : para.end, afterStart + 160);
      const endsWithComma = /[,?!\u2014-]\s*$/.test(q.text);
      const strict = this.attributionAfter({ start: afterStart, end: afterEnd }, true, i);
      if (strict !== undefined && (endsWithComma || /^\s*(,|\b(said|says|added|told)\b)/.test(this.text.slice(afterStart, afterStart + 12)))) return strict;
      const sentence = this.sentenceOf(q.start - 1);
      const beforeStart = Math.max(para.start, sentence.start, sameParaPrev ? sameParaPrev.end + 1 : 0, q.start - MAX_LEAD_CHARS);
      const before = this.attributionBefore({ start: beforeStart, end: Math.max(beforeStart, q.start - 1) }, sentence, i);
      if (before !== undefined) return before;
      if (strict !== undefined) return strict;
      return this.attributionAfter({ start: afterStart, end: afterEnd }, false, i);
    })();
    this.explicit.set(i, result);
    return result;
  }

  /** A headline or subheading that repeats words quoted, with attribution, elsewhere in the article. */
  private repeatedQuoteSpeaker(i: number): string | null {
    const words = this.wordsOf(i);
    if (words.length === 0 || words.length > MAX_REPEAT_WORDS) return null;
    const index = this.wordIndex();
    // The shortest list not over the cap, the earliest word's on a tie; a word in no list would leave none to search.
    let rarest: number[] | undefined;
    for (const w of words) {
      const list = index.get(w);
      if (list === undefined) return null;
      if (list.length <= MAX_WORD_QUOTES && (rarest === undefined || list.length < rarest.length)) rarest = list;
    }
    if (rarest === undefined) return null;
    for (const k of rarest) {
      if (k <= i) continue;
      const other = this.wordsOf(k);
      if (other.length > words.length && containsRun(other, words)) {
        const speaker = this.explicitSpeaker(k);
        if (speaker) return speaker;
      }
    }
    return null;
  }

  private readonly quoteWords: (string[] | undefined)[] = [];

  /** A quote's normalised words, worked out once: the repeated-quote search reads them many times. */
  private wordsOf(k: number): string[] {
    return (this.quoteWords[k] ??= normaliseWords(this.quotes[k].text));
  }

  private wordIndex(): Map<string, number[]> {
    if (this.quotesByWord) return this.quotesByWord;
    const index = new Map<string, number[]>();
    this.quotes.forEach((_q, k) => {
      // A word met again in the same quote finds k already last in its list (or the list full): skipped, without a set per quote.
      for (const w of this.wordsOf(k)) {
        const list = index.get(w);
        if (!list) index.set(w, [k]);
        else if (list.length <= MAX_WORD_QUOTES && list[list.length - 1] !== k) list.push(k);
      }
    });
    this.quotesByWord = index;
    return index;
  }

  /** `…," X said` or `…," said X`. */
  private attributionAfter(region: Region, strict: boolean, quoteIndex: number): string | null | undefined {
    const tail = this.text.slice(region.start, region.end);
    const sentenceEnd = /[.!?](?=\s+[A-Z"\u201c]|$)/.exec(tail);
    const limit = sentenceEnd ? sentenceEnd.index : tail.length;
    const verbs = this.findVerbs(region.start, region.start + limit);
    if (verbs.length === 0) return undefined;
    const verb = verbs[0];
    if (strict && verb.start - region.start > 90) return undefined;
    // "…", while X told reporters: "…": a new clause with its own quote, not this one's attribution.
    if (CONTRASTING_CLAUSE.test(tail)) return undefined;
    const subjectSpan = { start: region.start, end: verb.start };
    const subject = this.resolveNounPhrase(subjectSpan, region.start, quoteIndex);
    if (subject !== undefined) return subject;
    // "…," said Jane Roe, whose …
    const objectEnd = Math.min(region.start + limit, verb.end + 60);
    const afterVerb = this.actorsIn({ start: verb.end, end: objectEnd });
    if (afterVerb.length && this.text.slice(verb.end, afterVerb[0].start).trim().split(/\s+/).filter(Boolean).length <= 3) return afterVerb[0].name;
    return strict ? undefined : this.resolveNounPhrase({ start: verb.end, end: objectEnd }, region.start, quoteIndex);
  }

  /** `X said "…"`: the nearest reporting verb before the quote and its subject. */
  private attributionBefore(region: Region, sentence: Range, quoteIndex: number): string | null | undefined {
    const verbs = this.findVerbs(region.start, region.end);
    if (verbs.length === 0) return undefined;
    let verb = verbs[verbs.length - 1];
    // "quoted an Egyptian official as saying": the speaker is the one quoted.
    const quotedAs = /\bquoted\s+([\s\S]{1,60}?)\s+as\s+saying\b/.exec(this.text.slice(region.start, region.end));
    if (quotedAs) {
      const objStart = region.start + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]);
      const who = this.resolveNounPhrase({ start: objStart, end: objStart + quotedAs[1].length }, region.start);
      if (who) return who;
    }
    if (/ing$/.test(verb.word)) {
      // A participle ("adding that", "saying") shares its subject with the main verb before it.
      const finite = verbs.filter((v) => !/ing$/.test(v.word));
      if (finite.length) verb = finite[finite.length - 1];
      else {
        // '…," he said, adding that "…"': the speaker of the quote before it in the sentence.
        const earlier = this.quotes[quoteIndex - 1];
        if (earlier && earlier.end >= sentence.start && earlier.speaker) return earlier.speaker;
        return this.sentenceSubject(sentence.start, verb.start, quoteIndex) ?? undefined;
      }
    }
    const clauseStart = this.clauseStart(region.start, verb.start);
    const subject = this.resolveNounPhrase({ start: clauseStart, end: verb.start }, region.start, quoteIndex);
    if (subject !== undefined) return subject;
    if (clauseStart > region.start) {
      const wider = this.resolveNounPhrase({ start: region.start, end: verb.start }, region.start, quoteIndex, true);
      if (wider !== undefined) return wider;
    }
    if (region.start > sentence.start) {
      // The subject came before an earlier quote in this sentence: that quote's speaker.
      const earlier = this.quotes[quoteIndex - 1];
      if (earlier && earlier.end >= sentence.start) return earlier.speaker;
    }
    return this.sentenceSubject(sentence.start, verb.start, quoteIndex) ?? undefined;
  }

  private sentenceSubject(start: number, end: number, quoteIndex: number): string | null {
    return this.resolveNounPhrase({ start, end }, start, quoteIndex, true) ?? null;
  }

  private clauseStart(start: number, end: number): number {
    const window = this.text.slice(start, end);
    const hidden = parentheticals(window);
    let last = 0;
    CLAUSE_BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE_BOUNDARY.exec(window))) {
      const at = m.index;
      if (!hidden.some((h) => at >= h.start && at < h.end)) last = m.index + m[0].length;
    }
    return start + last;
  }

  private findVerbs(start: number, end: number): { start: number; end: number; word: string }[] {
    const out: { start: number; end: number; word: string }[] = [];
    const text = this.text;
    for (let i = start; i < end; ) {
      if (!isAsciiLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const from = i;
      while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
      // Only a word whose first letter and length some verb has is cut out and looked up.
      if (!VERB_SHAPES.has(shapeOf(text.charCodeAt(from), i - from))) continue;
      const word = text.slice(from, i);
      if (REPORTING_VERBS.has(word) || (word === 'according' && followedByTo(text, i, end))) out.push({ start: from, end: i, word });
    }
    return out;
  }

  /**
   * Who a noun phrase in [start, end) names: the actor nearest its end that is not inside a
   * parenthetical or a prepositional phrase; else a pronoun, a role noun or a demonym.
   */
  private resolveNounPhrase(span: Region, floor: number, quoteIndex?: number, firstWins = false): string | null | undefined {
    if (span.end <= span.start) return undefined;
    const window = this.text.slice(span.start, span.end);
    const hidden = parentheticals(window);
    // The subject is the first or the last actor outside the asides and prepositional phrases.
    let chosen: ActorMention | undefined;
    for (const a of this.actorsIn(span)) {
      if (!visibleAt(hidden, a.start - span.start)) continue;
      if (PREPOSITIONS.test(this.wordBefore(a.start)) && !SPEAKS_FOR.test(this.text.slice(Math.max(span.start, a.start - 40), a.start))) continue;
      chosen = a;
      if (firstWins) break;
    }
    if (chosen && !firstWins) {
      // "Asked whether Israel was to blame, he said": a pronoun after the name is the subject.
      const offset = chosen.end - span.start;
      PERSON_PRONOUN.lastIndex = offset;
      let pronoun: RegExpExecArray | null = null;
      for (let m = PERSON_PRONOUN.exec(window); m; m = PERSON_PRONOUN.exec(window)) if (visibleAt(hidden, m.index)) pronoun = m;
      if (pronoun) return this.resolvePerson(span.start + pronoun.index, quoteIndex);
    }
    if (chosen) return chosen.name;
    return this.resolveByWords(span, hidden, floor, quoteIndex, firstWins);
  }

  /** Pronouns, role nouns and demonyms in a noun phrase with no actor, nearest first. */
  private resolveByWords(span: Region, hidden: Range[], floor: number, quoteIndex: number | undefined, firstWins: boolean): string | null | undefined {
    const words = visibleWords(this.text, span, hidden);
    const ordered = firstWins ? words : [...words].reverse();
    for (const w of ordered) {
      if (PRONOUN.test(w.word)) {
        // "His office said": the person, speaking through the office.
        if (/^his$/i.test(w.word) && PERSON_MOUTHPIECES.has(this.wordAfter(w.at + w.word.length))) return this.resolvePerson(w.at, quoteIndex);
        if (/^(his|its|their)$/i.test(w.word)) continue;
        return /^(he|she|him|her)$/i.test(w.word) ? this.resolvePerson(w.at, quoteIndex) : this.resolveOrganisation(w.at);
      }
      const country = demonymCountry(w.word);
      if (country && /^(official|officials|source|sources|media|government|authorities|minister|ministry|army|military|delegation|negotiators|spokesman|diplomat|diplomats)$/i.test(this.wordAfter(w.at + w.word.length))) {
        return country;
      }
      const phrase = this.text.slice(Math.max(floor, w.at - 30), w.at + w.word.length);
      if (!/\b(the|this|that)\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+$/i.test(phrase)) continue;
      if (/^(group|movement|organisation|organization|militia|faction|party)$/i.test(w.word)) return this.resolveOrganisation(w.at);
      // "the ministry", "the army": the organisation named with that head word, else none.
      if (/^(ministry|army|military|government|agency|office|police|council|commission|court|department|authority|company|bank|union|mission|embassy|delegation)$/i.test(w.word)) {
        const named = this.resolveOrganisation(w.at, w.word) ?? this.ownerOf(w.word, w.at) ?? this.nationalBody(w.at);
        if (named) return named;
        continue;
      }
      // "the minister said": the person introduced with that title.
      if (PERSON_ROLES.test(w.word)) {
        const titled = this.titledPerson(w.word, w.at);
        if (titled) return titled;
      }
      if (/^(source|official|spokesman|spokeswoman|spokesperson)$/i.test(w.word)) {
        const antecedent = this.roleAntecedent(w.word, w.at);
        if (antecedent) return antecedent;
      }
      if (PERSON_ROLES.test(w.word)) return this.resolvePerson(w.at, quoteIndex);
    }
    return undefined;
  }

  /** "the source" after "an Egyptian source": whoever the earlier source spoke for. */
  private roleAntecedent(role: string, before: number): string | null {
    const floor = Math.max(0, before - 3000);
    const head = this.text.slice(floor, before);
    // "an Egyptian source", "a Taliban official", or "a spokesman for tour operator TUI".
    const re = cachedPattern(ANTECEDENT_PATTERNS, role, () => new RegExp(`\\b([A-Z][A-Za-z-]+)\\s+(?:[a-z]+\\s+){0,2}${role}s?\\b|\\b${role}s?\\s+(?:for|of|at|from)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}([A-Z][A-Za-z-]+)`, 'g'));
    re.lastIndex = 0;
    let found: string | null = null;
    let m: RegExpExecArray | null;
    let before3000: ActorMention[] | undefined; // the same for every match: listed once
    while ((m = re.exec(head))) {
      const word = m[1] ?? m[2];
      const country = demonymCountry(word);
      if (country) found = country;
      else {
        const actor = (before3000 ??= this.actorsIn({ start: floor, end: before })).find((a) => a.text === word || a.text.startsWith(`${word} `));
        if (actor) found = actor.name;
      }
    }
    return found;
  }

  private resolvePerson(at: number, quoteIndex?: number): string | null {
    const sentence = this.sentenceOf(at);
    const para = this.paragraphOf(at);
    const inSentence = this.actorsIn({ start: sentence.start, end: at }).filter((a) => a.type === 'person');
    if (inSentence.length) return inSentence[0].name;
    if (quoteIndex !== undefined) {
      // The few quotes before it in the paragraph, and the lead-in of each, so that a paragraph of
      // thousands of quotes costs no more per pronoun.
      for (let k = quoteIndex - 1; k >= 0 && k >= quoteIndex - 6; k--) {
        const prev = this.quotes[k];
        if (prev.end < para.start) break;
        if (prev.speaker && this.isPersonName(prev.speaker)) return prev.speaker;
        // "A spokeswoman for the ministry said … She added": the pronoun is that unnamed person,
        // who speaks for the body.
        const leadIn = Math.max(para.start, prev.start - MAX_LEAD_CHARS);
        if (prev.speaker && HUMAN_ROLE.test(this.text.slice(leadIn, prev.start)) && !this.namesPersonBefore(leadIn, at)) return prev.speaker;
      }
    }
    const inParagraph = this.actorsIn({ start: para.start, end: at }).filter((a) => a.type === 'person' && !this.insideQuote(a.start));
    if (inParagraph.length) return inParagraph[0].name;
    // Otherwise whoever was last the subject: a person who spoke, or a person named as a subject.
    let lastSpeaker: { name: string; at: number } | undefined;
    if (quoteIndex !== undefined) {
      for (let k = quoteIndex - 1; k >= 0 && k >= quoteIndex - 6; k--) {
        const speaker = this.quotes[k].speaker;
        if (speaker && this.isPersonName(speaker)) {
          lastSpeaker = { name: speaker, at: this.quotes[k].end };
          break;
        }
      }
    }
    let lastSubject: ActorMention | undefined;
    const from = this.firstActorAtOrAfter(at) - 1;
    for (let k = from; k >= 0 && k > from - 300; k--) {
      const a = this.actors[k];
      if (a.type === 'person' && !this.insideQuote(a.start) && !PREPOSITIONS.test(this.wordBefore(a.start))) {
        lastSubject = a;
        break;
      }
    }
    if (lastSubject && (!lastSpeaker || lastSubject.start > lastSpeaker.at)) return lastSubject.name;
    return lastSpeaker?.name ?? null;
  }

  private namesPersonBefore(start: number, end: number): boolean {
    return this.actorsIn({ start, end }).some((a) => a.type === 'person' && !this.insideQuote(a.start));
  }

  /** The most recent person whose name was preceded by this role as a title ("Foreign Minister Jane Doe"). */
  private titledPerson(role: string, at: number): string | null {
    const from = this.firstActorAtOrAfter(at) - 1;
    const pattern = cachedPattern(TITLE_PATTERNS, role, () => new RegExp(`\\b${role}\\s+$`, 'i'));
    for (let k = from; k >= 0 && k > from - 300; k--) {
      const a = this.actors[k];
      if (a.type === 'person' && pattern.test(this.text.slice(Math.max(0, a.start - 40), a.start))) return a.name;
    }
    return null;
  }

  private resolveOrganisation(at: number, head?: string): string | null {
    const from = this.firstActorAtOrAfter(at) - 1;
    const headPattern = head ? cachedPattern(HEAD_PATTERNS, head, () => new RegExp(`\\b${head}\\b`, 'i')) : undefined;
    for (let k = from; k >= 0 && k > from - 300; k--) {
      const a = this.actors[k];
      if (a.type !== 'organization') continue;
      if (headPattern && !headPattern.test(a.name)) continue;
      if (/[/[(]/.test(this.text[a.start - 1] ?? '')) continue; // a photo credit, not a speaker
      if (/\b(told|to|according to)\s+$/.test(this.text.slice(Math.max(0, a.start - 15), a.start))) continue; // a listener
      return a.name;
    }
    return null;
  }

  /** "Israeli troops launched ... what the military called": the country whose forces were named just before. */
  private nationalBody(at: number): string | null {
    const head = this.text.slice(Math.max(0, at - 400), at);
    let found: string | null = null;
    NATIONAL_FORCES.lastIndex = 0;
    for (let m = NATIONAL_FORCES.exec(head); m; m = NATIONAL_FORCES.exec(head)) found = demonymCountry(m[1]) ?? found;
    return found;
  }

  /** "Iran's mission to the UN said ... the mission said": the actor whose <head> it was. */
  private ownerOf(head: string, at: number): string | null {
    const before = this.text.slice(Math.max(0, at - 600), at);
    const pattern = cachedPattern(OWNER_PATTERNS, head, () => new RegExp(`\\b([A-Z][\\w-]+)['\u2019]s\\s+(?:[a-z]+\\s+){0,2}${head}\\b`, 'g'));
    pattern.lastIndex = 0;
    let owner: string | null = null;
    for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
      const start = Math.max(0, at - 600) + m.index;
      const actor = this.actorsIn({ start, end: start + m[1].length }).find((a) => a.start === start);
      if (actor) owner = actor.name;
    }
    return owner;
  }

  private personNames: Set<string> | undefined;

  private isPersonName(name: string): boolean {
    this.personNames ??= new Set(this.actors.filter((a) => a.type === 'person').map((a) => a.name));
    return this.personNames.has(name);
  }

  private insideQuote(pos: number): boolean {
    return rangeIndexAt(this.quotes, pos) >= 0;
  }

  /** Index of the first actor mention starting at or after pos (mentions are in text order). */
  private firstActorAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.actors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.actors[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private actorsIn(span: Region): ActorMention[] {
    const out: ActorMention[] = [];
    for (let k = this.firstActorAtOrAfter(span.start); k < this.actors.length && this.actors[k].start < span.end; k++) {
      const a = this.actors[k];
      if (a.end <= span.end && !this.insideQuote(a.start)) out.push(a);
    }
    return out;
  }

  private readonly wordsBefore = new Map<number, string>();

  /** The same mentions are asked about for many quotes: each position's answer is kept. */
  private wordBefore(pos: number): string {
    let word = this.wordsBefore.get(pos);
    if (word === undefined) {
      word = this.readWordBefore(pos);
      this.wordsBefore.set(pos, word);
    }
    return word;
  }

  private readWordBefore(pos: number): string {
    return wordBeforeIn(this.text, Math.max(0, pos - 30), pos);
  }

  private wordAfter(pos: number): string {
    return /^\s+([a-z]+)/.exec(this.text.slice(pos, pos + 30))?.[1] ?? '';
  }

  private sentenceOf(pos: number): Range {
    const i = rangeIndexAt(this.layout.sentences, Math.max(0, pos));
    return i >= 0 ? this.layout.sentences[i] : this.paragraphOf(pos);
  }

  private paragraphOf(pos: number): Range {
    const i = this.paragraphIndexOf(pos);
    return i >= 0 ? this.layout.paragraphs[i] : { start: 0, end: this.text.length };
  }

  private paragraphIndexOf(pos: number): number {
    const i = rangeIndexAt(this.layout.paragraphs, pos);
    // Opening marks sit one before the quote; fall back to the nearest paragraph before.
    return i >= 0 ? i : rangeIndexBefore(this.layout.paragraphs, pos);
  }

  private isQuoteOnlyParagraph(q: Quote, para: Range): boolean {
    const rest = this.text.slice(para.start, q.start - 1) + this.text.slice(q.end + 1, para.end);
    return rest.replace(/[\s"\u201c\u201d\u2018\u2019'.,]/g, '') === '';
  }
}

/**
 * Patterns built around a word of the text (a role noun, a head word), compiled once per word:
 * the words come from short fixed lists matched case-insensitively, so the caches stay small.
 */
const ANTECEDENT_PATTERNS = new Map<string, RegExp>();
const TITLE_PATTERNS = new Map<string, RegExp>();
const HEAD_PATTERNS = new Map<string, RegExp>();
const OWNER_PATTERNS = new Map<string, RegExp>();

function cachedPattern(cache: Map<string, RegExp>, word: string, make: () => RegExp): RegExp {
  let re = cache.get(word);
  if (!re) {
    if (cache.size >= 1000) cache.clear();
    re = make();
    cache.set(word, re);
  }
  return re;
}

/**
 * The last word of text[lo, pos), or the word before it when that is "the", "a" or "an" followed by
 * space; '' when a digit or an underscore comes after the last word. Read backwards by hand; what
 * /([A-Za-z]+)\W*(?:(?:the|a|an)\s+)?$/ and then /([A-Za-z]+)\s+(?:the|a|an)\s+$/ gave.
 */
function wordBeforeIn(text: string, lo: number, pos: number): string {
  let k = pos;
  while (k > lo && !isWordCode(text.charCodeAt(k - 1))) k--;
  if (k === lo || !isAsciiLetter(text.charCodeAt(k - 1))) return '';
  const lastEnd = k;
  while (k > lo && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  const last = text.slice(k, lastEnd);
  if ((last === 'the' || last === 'a' || last === 'an') && lastEnd < pos && allSpace(text, lastEnd, pos)) {
    let j = k;
    while (j > lo && !isWordCode(text.charCodeAt(j - 1))) j--;
    if (j > lo && isAsciiLetter(text.charCodeAt(j - 1))) {
      const end = j;
      while (j > lo && isAsciiLetter(text.charCodeAt(j - 1))) j--;
      return text.slice(j, end);
    }
  }
  return last;
}

/** What `\w` matches. */
function isWordCode(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

function allSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isRegexSpace(text.charCodeAt(k))) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function shapeOf(firstCode: number, length: number): number {
  return firstCode * 64 + Math.min(length, 63);
}

/** First letter and length of every reporting verb and of "according". */
const VERB_SHAPES = new Set([...REPORTING_VERBS, 'according'].map((w) => shapeOf(w.charCodeAt(0), w.length)));

/** `\s+to\b` from at, within [at, end). */
function followedByTo(text: string, at: number, end: number): boolean {
  let k = at;
  while (k < end && isRegexSpace(text.charCodeAt(k))) k++;
  if (k === at || k + 2 > end || text.charCodeAt(k) !== 116 || text.charCodeAt(k + 1) !== 111) return false;
  if (k + 2 === end) return true;
  const c = text.charCodeAt(k + 2);
  return !(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95);
}

function normaliseWords(s: string): string[] {
  // ASCII text (nearly all quotes) is split by hand; elsewhere lowercasing may change lengths or make ASCII letters.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    if (!isQuoteWordCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    let upper = false;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isQuoteWordCode(c)) break;
      if (c >= 65 && c <= 90) upper = true;
    }
    const word = s.slice(from, i);
    out.push(upper ? word.toLowerCase() : word);
  }
  return out;
}

/** [A-Za-z0-9']: what stays of a word once lowercased. */
function isQuoteWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
}


/** The ASCII words of text[span) outside the asides, read in place rather than matched and filtered. */
function visibleWords(text: string, span: Region, hidden: Range[]): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (let i = span.start; i < span.end; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < span.end && isAsciiLetter(text.charCodeAt(i))) i++;
    if (visibleAt(hidden, from - span.start)) out.push({ word: text.slice(from, i), at: from });
  }
  return out;
}

/** Whether an offset into a window lies outside all of its asides. */
function visibleAt(hidden: Range[], pos: number): boolean {
  for (let k = 0; k < hidden.length; k++) if (pos >= hidden[k].start && pos < hidden[k].end) return false;
  return true;
}

const NO_RANGES: Range[] = [{ start: 0, end: 0 }];
NO_RANGES.pop(); // not frozen: a frozen array has a shape of its own

/** ", speaking in Tel Aviv," and "(…)" asides: the subject is never inside them. */
function parentheticals(window: string): Range[] {
  const out: Range[] = [];
  const re = /,\s+(?=[a-z])[^,]*,|\([^)]*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) out.push({ start: m.index, end: m.index + m[0].length });
  // Most windows have no aside: one shared empty list whose elements kind matches a filled one,
  // so code reading either sees one array shape.
  return out.length ? out : NO_RANGES;
}
