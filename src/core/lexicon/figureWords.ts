// General words that tell what a figure counts: qualifiers, event verbs, counted nouns, time cues.
import type { Qualifier } from '../format';

/** Qualifier phrases (lowercase, space separated) read right before a number, longest first. */
export const QUALIFIER_PHRASES: readonly [string, Exclude<Qualifier, null>][] = (
  [
    ['no more than', 'up to'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['a minimum of', 'at least'], ['at least', 'at least'],
    ['in excess of', 'more than'], ['upwards of', 'more than'], ['more than', 'more than'], ['well over', 'more than'],
    ['just over', 'more than'], ['over', 'more than'], ['above', 'more than'],
    ['close to', 'nearly'], ['just under', 'nearly'], ['just shy of', 'nearly'], ['almost', 'nearly'], ['nearly', 'nearly'],
    ['an estimated', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['around', 'about'], ['about', 'about'],
    ['some', 'about'], ['estimated', 'about'], ['circa', 'about'], ['approx', 'about'], ['an approximate', 'about'],
    ['fewer than', 'less than'], ['less than', 'less than'], ['under', 'less than'], ['below', 'less than'],
    ['as many as', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'], ['up to', 'up to'], ['at most', 'up to'],
    ['a maximum of', 'up to'],
  ] as [string, Exclude<Qualifier, null>][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Event verbs and nouns, by what happened to the counted things. */
export const EVENT_WORDS: ReadonlyMap<string, string> = new Map(
  ([
    ['killed', ['killed', 'kill', 'kills', 'killing', 'murdered', 'dead', 'died', 'die', 'dies', 'dying', 'deaths', 'death', 'fatalities', 'perished', 'martyred', 'slain', 'toll']],
    ['wounded', ['wounded', 'wounding', 'wounds', 'injured', 'injuring', 'injures', 'injuries', 'hurt']],
    ['held', ['held', 'holding', 'remain', 'remains', 'remaining', 'captive', 'captives', 'hold']],
    ['seized', ['seized', 'seizing', 'abducted', 'kidnapped', 'captured', 'snatched', 'taken']],
    ['released', ['released', 'freed', 'releasing', 'returned']],
    ['displaced', ['displaced', 'displaces', 'displacing', 'refuge', 'shelter', 'sheltering', 'uprooted', 'homeless', 'evacuated']],
    ['fled', ['fled', 'fleeing', 'flee', 'flees']],
    ['arrested', ['arrested', 'detained', 'arrests', 'detentions']],
    ['rescued', ['rescued', 'rescuing', 'rescue']],
    ['destroyed', ['destroyed', 'destroying', 'razed', 'flattened', 'demolished', 'levelled', 'leveled']],
    ['damaged', ['damaged', 'damaging']],
  ] as [string, string[]][]).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)),
);

/** Verb classes that describe a state at a moment (hostages held, people displaced). */
export const STATE_EVENTS: ReadonlySet<string> = new Set(['held', 'displaced', 'population', 'fled']);
/** Verb classes that describe one occurrence (seizing). */
export const POINT_EVENTS: ReadonlySet<string> = new Set(['seized']);

/** How each event class reads after a noun ("people killed"). */
export const EVENT_DISPLAY: ReadonlyMap<string, string> = new Map([
  ['killed', 'killed'], ['wounded', 'wounded'], ['held', 'held'], ['seized', 'seized'], ['released', 'released'],
  ['displaced', 'displaced'], ['arrested', 'arrested'], ['population', 'living'], ['fled', 'who fled'],
  ['destroyed', 'destroyed'], ['damaged', 'damaged'], ['rescued', 'rescued'],
]);

/** Nouns for people in general: all count as persons. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'residents', 'resident', 'individuals', 'inhabitants', 'victims', 'lives', 'souls',
  'others',
]);

/** Irregular plurals and their singulars. */
export const IRREGULAR_SINGULAR: ReadonlyMap<string, string> = new Map([
  ['children', 'child'], ['women', 'woman'], ['men', 'man'], ['people', 'person'], ['feet', 'foot'],
  ['teeth', 'tooth'], ['mice', 'mouse'], ['lives', 'life'], ['wives', 'wife'], ['thieves', 'thief'],
  // Counted as they are written, with no plural -s ("2,300 staff", "40 aircraft").
  ['staff', 'staff'], ['personnel', 'personnel'], ['police', 'police'], ['cattle', 'cattle'], ['livestock', 'livestock'],
  ['sheep', 'sheep'], ['aircraft', 'aircraft'], ['spacecraft', 'spacecraft'],
]);

/** Nouns of violent events that can be anchored to a date ("the June 5 attack"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'assault', 'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing',
  'bombings', 'massacre', 'shooting', 'explosion', 'blast', 'ambush', 'incursion', 'rampage', 'invasion', 'earthquake',
  'storm', 'flood', 'fire', 'crash', 'collapse',
]);

/** Nouns for a war or a military campaign, whose age is often given ("nine months into the war"). */
export const CONFLICT_NOUNS: ReadonlySet<string> = new Set([
  'war', 'wars', 'offensive', 'attacks', 'conflict', 'fighting', 'campaign', 'assault', 'siege', 'invasion',
  'operation', 'bombardment', 'hostilities', 'occupation', 'onslaught', 'blockade', 'insurgency', 'crisis',
]);

/** Nouns for a pause in fighting, whose length is a figure ("a six-week truce"). */
export const TRUCE_NOUNS: ReadonlySet<string> = new Set([
  'truce', 'ceasefire', 'cease-fire', 'pause', 'phase', 'halt', 'lull', 'armistice', 'stage',
]);

/** Words that mark a plan rather than a fact ("the proposed truce calls for ..."). */
export const PROPOSAL_WORDS: ReadonlySet<string> = new Set([
  'proposed', 'proposal', 'proposals', 'would', 'will', 'plan', 'plans', 'deal', 'offer', 'draft', 'framework', 'calls',
  'suggested', 'envisages', 'envisaged', 'could',
]);

/** Cues of a running total. */
export const CUMULATIVE_WORDS: ReadonlySet<string> = new Set(['toll', 'total', 'overall', 'cumulative']);

/** Locative prepositions before a place name. */
export const LOCATIVE_PREPS: ReadonlySet<string> = new Set([
  'in', 'on', 'near', 'at', 'into', 'inside', 'across', 'throughout', 'from', 'around', 'outside',
]);

/** Generic settlement nouns in "the city of X". */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'camp', 'province', 'region', 'district', 'governorate', 'state', 'county', 'area',
  'territory', 'capital', 'port', 'neighbourhood', 'neighborhood', 'suburb',
]);

/** Reporting verbs that introduce who gives a figure. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'reported', 'reports', 'announced', 'stated', 'estimated', 'estimates', 'estimate',
  'confirmed', 'added', 'claimed', 'claims',
]);

/** Heads of a body that can be the source of a figure. */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'authorities', 'authority', 'officials', 'government', 'agency', 'army', 'military', 'police',
  'service', 'services', 'department', 'council', 'directorate', 'commission', 'committee', 'figures', 'tally',
]);

/** Words that end a noun phrase after a number. */
export const NP_STOP: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'into', 'with', 'during', 'since', 'after', 'before', 'near',
  'and', 'or', 'but', 'who', 'whom', 'whose', 'which', 'that', 'the', 'a', 'an', 'have', 'has', 'had', 'were', 'was',
  'are', 'is', 'be', 'been', 'being', 'will', 'would', 'could', 'may', 'might', 'said', 'says', 'including', 'among',
  'as', 'than', 'while', 'when', 'where', 'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your',
  'there', 'here', 'ago', 'away', 'later', 'earlier', 'each', 'per', 'apiece', 'more', 'less', 'other', 'also', 'all',
  'still', 'now', 'so', 'believed', 'reportedly', 'not', 'only', 'just', 'about', 'over', 'under', 'through',
]);

/** Words after "the two"/"both" that make a fixed referring phrase, not a count. */
export const PAIR_REFERENTS: ReadonlySet<string> = new Set([
  'sides', 'parties', 'countries', 'nations', 'leaders', 'governments', 'states', 'camps', 'delegations', 'teams',
  'men', 'sides\u2019', "sides'", 'allies', 'rivals', 'neighbours', 'neighbors', 'sisters', 'brothers', 'companies',
]);

/** Determiners and possessives that make a following ordinal a rank ("its fifth month", "their second day"). */
export const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'a', 'this', 'that', 'every', 'each', 'whose',
]);

export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** Words before "one" that make it a pronoun ("the one", "no one"). */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'someone', 'anyone', 'another', 'only', 'last',
  'next', 'right', 'wrong', 'same', 'little', 'loved', 'such',
]);

/** Words after "one" that make it a pronoun or an idiom ("one of", "one another"). */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set([
  'of', 'another', 'day', 'way', 'thing', 'who', 'that', 'which', 'is', 'was', 'has', 'had', 'can', 'could', 'would',
  'should', 'will', 'must', 'may', 'might', 'does', 'did', 'time', 'side', 'hand', 'point',
]);

/** Words (lowercase) that are not counted nouns even when plural-looking. */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'as', 'this', 'thus', 'always', 'perhaps', 'its', 'his', 'hers', 'ours', 'theirs', 'yes',
  'across', 'less', 'unless', 'whereas', 'besides', 'afterwards', 'towards', 'plus', 'minus', 'news', 'us', 'various',
]);
