// Cases found by probing the engine with invented articles; each names the rule it guards.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { Corpus } from '../../src/core/corpus';

const at = (text: string, part: string, from = 0): number => {
  const i = text.indexOf(part, from);
  assert.ok(i >= 0, `test input lacks ${part}`);
  return i;
};

describe('engine regressions', () => {
  it('closes a curly single quote after a word ending in s', () => {
    const text = 'Keller called the vote \u2018the alliance\u2019s worst day in years\u2019 in a statement.';
    const quotes = analyzeArticle(text, 'a.txt').quotes;
    const body = 'the alliance\u2019s worst day in years';
    assert.deepEqual(quotes.map((q) => [q.start, q.end]), [[at(text, body), at(text, body) + body.length]]);
  });

  it('does not open a quote at a decade apostrophe', () => {
    const text = "Music from the '90s filled the hall, and Maria Keller said 'we are back' to cheers.";
    const quotes = analyzeArticle(text, 'a.txt').quotes;
    assert.deepEqual(quotes.map((q) => q.text), ['we are back']);
    assert.equal(quotes[0].speaker, 'Maria Keller');
  });

  it('resolves "the minister" to the person introduced with that title, not the last person named', () => {
    const text = 'Foreign Minister Elena Marsh met Tomas Varga, a banker, in Vienna on Tuesday.\n\u201cWe came to listen, not to lecture,\u201d the minister said.';
    assert.equal(analyzeArticle(text, 'a.txt').quotes[0].speaker, 'Elena Marsh');
  });

  it('takes a country that only starts a sentence as the speaker of its ministry', () => {
    const text = 'Ruritania\u2019s foreign ministry said \u201cThe proposal ignores our concerns.\u201d';
    const a = analyzeArticle(text, 'a.txt');
    assert.deepEqual(a.actors.map((m) => [m.start, m.end, m.type]), [[0, 9, 'place']]);
    assert.equal(a.quotes[0].speaker, 'Ruritania');
  });

  it('treats an adjective made from a place in the article as a demonym', () => {
    const text = 'Talks with Ruritania resumed on Monday. A Ruritanian diplomat said the move was temporary.';
    const names = analyzeArticle(text, 'a.txt').actors.map((m) => m.text);
    assert.deepEqual(names, ['Ruritania']);
  });

  it('types a compass-led party name as an organisation', () => {
    const text = 'Voters backed the Northern Alliance Party in the capital on Sunday.';
    const m = analyzeArticle(text, 'a.txt').actors.find((x) => x.text === 'Northern Alliance Party');
    assert.equal(m?.type, 'organization');
    assert.equal(m?.start, at(text, 'Northern'));
  });

  it('keeps an Arabic article inside a name', () => {
    const text = 'The talks were led by Abu Karim al-Masri, a senior commander.';
    const m = analyzeArticle(text, 'a.txt').actors[0];
    assert.deepEqual([m.start, m.end], [at(text, 'Abu'), at(text, 'al-Masri') + 'al-Masri'.length]);
  });

  it('resolves "the ministry" to the ministry named before', () => {
    const text = 'The Defence Ministry in Velmar published new figures on Monday.\n\u201cOur troops fired only in self-defence,\u201d the ministry said.';
    assert.equal(analyzeArticle(text, 'a.txt').quotes[0].speaker, 'Defence Ministry');
  });

  it('gives the first paragraph of a multi-paragraph quote the speaker named at its end', () => {
    const text = 'Maria Keller listed the obstacles.\n\u201cThe first problem is money.\n\u201cThe second problem is time,\u201d she said.';
    assert.deepEqual(analyzeArticle(text, 'a.txt').quotes.map((q) => q.speaker), ['Maria Keller', 'Maria Keller']);
  });

  it('merges a surname used alone in one article with the full name in another, speaker included', () => {
    const corpus = new Corpus();
    corpus.upsert('a.txt', 'Foreign Minister Elena Marsh flew to Geneva on Sunday.');
    corpus.upsert('b.txt', '\u201cWe are close to a deal,\u201d Marsh told reporters in Geneva on Monday.');
    const doc = corpus.toDocument();
    const marsh = doc.actors.find((a) => a.aliases.includes('Marsh'));
    assert.equal(marsh?.name, 'Elena Marsh');
    assert.deepEqual(marsh?.aliases, ['Elena Marsh', 'Marsh']);
    assert.equal(marsh?.type, 'person');
    assert.equal(doc.articles[1].quotes[0].speaker, 'Elena Marsh');
  });
});

describe('engine regressions on wire copy', () => {
  const text = [
    'WOODSIDE, Calif. (AP) \u2014 President Joe Biden and Chinese leader Xi Jinping met on Wednesday.',
    '',
    'Xi told Biden that "the planet is big enough for both," according to a readout.',
    '',
    'More than 70,000 people died of overdoses, according to the Centers for Disease Control and Prevention (CDC). The CDC said so.',
    '',
    'Secretary of State Antony Blinken, who attended the talks, said the outcome was "real progress." Treasury Secretary Janet Yellen agreed.',
  ].join('\n');
  const article = analyzeArticle(text, 'wire.txt');
  const named = (surface: string) => article.actors.find((m) => m.text === surface);

  it('takes a family name written first ("Xi") for the full name', () => {
    assert.equal(named('Xi')?.name, 'Xi Jinping');
    assert.equal(article.quotes[0].speaker, 'Xi Jinping');
  });

  it('keeps "and" inside an institution name and links its acronym', () => {
    assert.equal(named('Centers for Disease Control and Prevention')?.type, 'organization');
    assert.equal(named('CDC')?.name, 'Centers for Disease Control and Prevention');
  });

  it('reads a sentence-initial multiword title before the name', () => {
    assert.equal(named('Antony Blinken')?.type, 'person');
    assert.equal(article.quotes[1].speaker, 'Antony Blinken');
  });

  it('knows an abbreviated state in a dateline is a place', () => {
    assert.equal(named('Calif')?.type, 'place');
  });
});

describe('engine regressions on related articles', () => {
  it('keeps a toll of two places together apart from the toll of one of them', () => {
    const corpus = new Corpus();
    corpus.upsert('a.txt', 'Published February 9, 2023\n\nThe death toll from the earthquake in Turkey and Syria rose above 21,000 on Thursday, officials said.\n\nThe president said 17,674 people had died in Turkey.');
    corpus.upsert('b.txt', 'February 13, 2023\n\nThe death toll from the earthquake in Turkey and Syria rose to more than 35,000 on Monday.\n\nThe disaster agency said 31,643 people had been killed in Turkey.');
    const doc = corpus.toDocument();
    const groupOf = (file: string, text: string) => doc.articles.find((a) => a.file === file)!.figures.find((f) => f.text === text)!.group;
    assert.ok(groupOf('a.txt', '21,000'), 'the combined toll is grouped');
    assert.equal(groupOf('a.txt', '21,000'), groupOf('b.txt', '35,000'), 'the combined tolls form one group');
    assert.notEqual(groupOf('a.txt', '21,000'), groupOf('a.txt', '17,674'), 'one country\u2019s toll is another quantity');
    assert.deepEqual(doc.conflicts, [], 'a rising combined toll and a smaller national toll do not conflict');
  });
});

describe('engine regressions on European names', () => {
  const text = 'European Union leaders met in Brussels. European Commission President Ursula von der Leyen said the pact was "a fair balance." The EU will meet again.';
  const article = analyzeArticle(text, 'eu.txt');
  const named = (surface: string) => article.actors.find((m) => m.text === surface);

  it('keeps a demonym that names a body ("European Union") and links its acronym', () => {
    assert.equal(named('European Union')?.type, 'organization');
    assert.equal(named('EU')?.name, 'European Union');
  });

  it('keeps paired particles inside a name ("von der")', () => {
    assert.equal(named('Ursula von der Leyen')?.type, 'person');
    assert.equal(article.quotes[0].speaker, 'Ursula von der Leyen');
  });
});

describe('engine regressions on markdown and spokespeople', () => {
  it('takes the title from markdown front matter', () => {
    const text = '---\ntitle: Floods close the coastal road\ndate: 2023-07-23\n---\n\n# Floods close the coastal road\n\nWater rose overnight.';
    assert.equal(analyzeArticle(text, 'a.md').title, 'Floods close the coastal road');
  });

  it('gives "the spokesman" to the organisation a spokesman was introduced for', () => {
    const text = 'Prime Minister Anna Berg spoke in the morning.\n\nA spokesman for tour operator Sunward said flights were cancelled. "Our guests come first," the spokesman said.';
    assert.equal(analyzeArticle(text, 'a.txt').quotes[0].speaker, 'Sunward');
  });
});

describe('engine regressions on repeated figures', () => {
  it('reports one disagreement repeated in a headline and its body as one conflict', () => {
    const corpus = new Corpus();
    corpus.upsert('a.txt', 'More than 20,000 people killed in Ruritania since the earthquake\n\nPublished February 9, 2023\n\nMore than 20,000 people have been killed in Ruritania since the earthquake, officials said on Thursday.');
    corpus.upsert('b.txt', 'Published February 13, 2023\n\nAbout 15,000 people have been killed in Ruritania since the earthquake, officials said on Monday.');
    const conflicts = corpus.toDocument().conflicts;
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts.map((c) => c.explanation)));
    assert.deepEqual(conflicts[0].figures.map((f) => [f.file, f.value]).sort(), [['a.txt', 20000], ['a.txt', 20000], ['b.txt', 15000]]);
  });
});
