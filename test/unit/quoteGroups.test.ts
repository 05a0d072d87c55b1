// Quote groups: one utterance quoted in several articles, by the same speaker.
// Members are located by their text in each invented article.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import type { AnalysisDocument, SpanRef } from '../../src/core/format';

function documentOf(articles: Record<string, string>): AnalysisDocument {
  const corpus = new Corpus();
  corpus.batch(() => {
    for (const [file, text] of Object.entries(articles)) corpus.upsert(file, text);
  });
  return corpus.toDocument();
}

/** The span ref of the quote text `needle` in `file`, computed from the input. */
function ref(articles: Record<string, string>, file: string, needle: string): SpanRef {
  const start = articles[file].indexOf(needle);
  assert.ok(start >= 0, `test input ${file} lacks ${JSON.stringify(needle)}`);
  return { file, start, end: start + needle.length };
}

/** The group id the document gives the quote at `r`, failing if there is no such quote. */
function groupOfQuote(doc: AnalysisDocument, r: SpanRef): string | null {
  const q = doc.articles.find((a) => a.file === r.file)?.quotes.find((x) => x.start === r.start && x.end === r.end);
  assert.ok(q, `no quote at ${r.file}:${r.start}-${r.end}`);
  return q.group;
}

describe('quote groups', () => {
  it('groups the identical statement quoted in two articles', () => {
    const articles = {
      'a.txt': 'Maria Keller addressed parliament on Monday.\n\u201cWe cannot accept this proposal,\u201d Maria Keller said.',
      'b.txt': 'The proposal was rejected within hours.\nMaria Keller said: \u201cWe cannot accept this proposal.\u201d',
    };
    const doc = documentOf(articles);
    const members = [ref(articles, 'a.txt', 'We cannot accept this proposal,'), ref(articles, 'b.txt', 'We cannot accept this proposal.')];
    assert.deepEqual(doc.quoteGroups, [{ id: 'q1', speaker: 'Maria Keller', members }]);
    assert.equal(groupOfQuote(doc, members[0]), 'q1');
    assert.equal(groupOfQuote(doc, members[1]), 'q1');
  });

  it('groups a fragment ("cannot accept") with the full sentence it comes from', () => {
    const articles = {
      'a.txt': 'Maria Keller spoke after the vote.\n\u201cWe cannot accept this.\u201d said Maria Keller.',
      'b.txt': 'Maria Keller said her party \u201ccannot accept\u201d the terms offered on Friday.',
    };
    const doc = documentOf(articles);
    const members = [ref(articles, 'a.txt', 'We cannot accept this.'), ref(articles, 'b.txt', 'cannot accept')];
    assert.deepEqual(doc.quoteGroups, [{ id: 'q1', speaker: 'Maria Keller', members }]);
  });

  it('groups a reworded sentence sharing a phrase with the original', () => {
    const articles = {
      'a.txt': '\u201cThe blockade of the port must end this week,\u201d Tomas Varga said on Monday.',
      'b.txt': '\u201cThis blockade of the port must end now,\u201d Tomas Varga told reporters.',
    };
    const doc = documentOf(articles);
    const members = [ref(articles, 'a.txt', 'The blockade of the port must end this week,'), ref(articles, 'b.txt', 'This blockade of the port must end now,')];
    assert.deepEqual(doc.quoteGroups, [{ id: 'q1', speaker: 'Tomas Varga', members }]);
  });

  it('groups the same statement when the speaker\'s name is spelled differently in each article', () => {
    const articles = {
      'a.txt': '\u201cThe army is ready for any scenario,\u201d Peter Hollander said on Monday.',
      'b.txt': '\u201cThe army is ready for any scenario,\u201d Peter Holander told soldiers.',
    };
    const doc = documentOf(articles);
    const people = doc.actors.filter((a) => a.aliases.includes('Peter Hollander') || a.aliases.includes('Peter Holander'));
    assert.equal(people.length, 1, 'the two spellings are one actor');
    const members = [ref(articles, 'a.txt', 'The army is ready for any scenario,'), ref(articles, 'b.txt', 'The army is ready for any scenario,')];
    assert.deepEqual(doc.quoteGroups, [{ id: 'q1', speaker: people[0].name, members }]);
  });

  it('does not group the same words said by different speakers', () => {
    const articles = {
      'a.txt': '\u201cWe cannot accept this proposal,\u201d Maria Keller said on Monday.',
      'b.txt': '\u201cWe cannot accept this proposal,\u201d Tomas Varga said on Tuesday.',
    };
    const doc = documentOf(articles);
    assert.deepEqual(doc.quoteGroups, []);
    assert.equal(groupOfQuote(doc, ref(articles, 'a.txt', 'We cannot accept this proposal,')), null);
    assert.equal(groupOfQuote(doc, ref(articles, 'b.txt', 'We cannot accept this proposal,')), null);
  });

  it('keeps apart two fragments of one statement that share no words', () => {
    const articles = {
      'a.txt': 'Maria Keller said the border \u201cstays closed\u201d for now.',
      'b.txt': 'Maria Keller said farmers \u201cdeserve better prices\u201d this year.',
    };
    const doc = documentOf(articles);
    assert.equal(groupOfQuote(doc, ref(articles, 'a.txt', 'stays closed')), null);
    assert.equal(groupOfQuote(doc, ref(articles, 'b.txt', 'deserve better prices')), null);
    assert.deepEqual(doc.quoteGroups, []);
  });

  it('joins two fragments through the full statement quoted in a third article', () => {
    const articles = {
      'a.txt': 'Maria Keller spoke on Monday.\n\u201cThe border stays closed. Our farmers deserve better prices,\u201d Maria Keller said.',
      'b.txt': 'Maria Keller said the border \u201cstays closed\u201d for now.',
      'c.txt': 'Maria Keller said farmers \u201cdeserve better prices\u201d this year.',
    };
    const doc = documentOf(articles);
    const members = [
      ref(articles, 'a.txt', 'The border stays closed. Our farmers deserve better prices,'),
      ref(articles, 'b.txt', 'stays closed'),
      ref(articles, 'c.txt', 'deserve better prices'),
    ];
    assert.deepEqual(doc.quoteGroups, [{ id: 'q1', speaker: 'Maria Keller', members }]);
  });

  it('groups a short statement reworded with a word added ("our hands" / "our bare hands")', () => {
    const articles = {
      'a.txt': '\u201cWe are digging with our hands,\u201d said Tomas Varga, a resident.',
      'b.txt': '\u201cWe are digging with our bare hands,\u201d Tomas Varga told reporters.',
    };
    const doc = documentOf(articles);
    const members = [ref(articles, 'a.txt', 'We are digging with our hands,'), ref(articles, 'b.txt', 'We are digging with our bare hands,')];
    assert.deepEqual(doc.quoteGroups, [{ id: 'q1', speaker: 'Tomas Varga', members }]);
  });

  it('does not group a statement with its negation', () => {
    const articles = {
      'a.txt': '\u201cThe border will reopen,\u201d Maria Keller said.',
      'b.txt': '\u201cThe border will never reopen,\u201d Maria Keller said.',
    };
    assert.deepEqual(documentOf(articles).quoteGroups, []);
  });

  it('does not group unrelated statements by the same speaker', () => {
    const articles = {
      'a.txt': '\u201cThe border stays closed until spring,\u201d Maria Keller said.',
      'b.txt': '\u201cOur farmers deserve better prices,\u201d Maria Keller said.',
    };
    assert.deepEqual(documentOf(articles).quoteGroups, []);
  });

  it('numbers groups q1, q2, … in file then offset order of their first member', () => {
    const border = 'The border stays closed until spring';
    const farmers = 'Our farmers deserve better prices for their grain';
    const articles = {
      // Upserted out of path order on purpose: numbering must follow paths, not insertion.
      'c.txt': `\u201c${border},\u201d Maria Keller said.\n\u201c${farmers},\u201d Tomas Varga said.`,
      'a.txt': `Tomas Varga spoke first.\n\u201c${farmers},\u201d Tomas Varga said.\n\u201c${border},\u201d Maria Keller said.`,
      'b.txt': `\u201c${border},\u201d Maria Keller said.`,
    };
    const doc = documentOf(articles);
    const farmersGroup = { id: 'q1', speaker: 'Tomas Varga', members: [ref(articles, 'a.txt', `${farmers},`), ref(articles, 'c.txt', `${farmers},`)] };
    const borderGroup = {
      id: 'q2',
      speaker: 'Maria Keller',
      members: [ref(articles, 'a.txt', `${border},`), ref(articles, 'b.txt', `${border},`), ref(articles, 'c.txt', `${border},`)],
    };
    assert.deepEqual(doc.quoteGroups, [farmersGroup, borderGroup]);
    for (const m of farmersGroup.members) assert.equal(groupOfQuote(doc, m), 'q1');
    for (const m of borderGroup.members) assert.equal(groupOfQuote(doc, m), 'q2');
  });
});
