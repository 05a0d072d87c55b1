// Actors across articles: the same entity under several names becomes one Actor; different
// entities with similar names stay apart. Each test builds a small corpus of invented articles.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import type { Actor, AnalysisDocument } from '../../src/core/format';

function documentOf(articles: Record<string, string>): AnalysisDocument {
  const corpus = new Corpus();
  corpus.batch(() => {
    for (const [file, text] of Object.entries(articles)) corpus.upsert(file, text);
  });
  return corpus.toDocument();
}

/** The actors having any of these names among their aliases. */
function actorsWithAlias(doc: AnalysisDocument, ...aliases: string[]): Actor[] {
  return doc.actors.filter((a) => aliases.some((s) => a.aliases.includes(s)));
}

/** The corpus-wide name given to the mention spanning exactly `needle` in `file`. */
function mentionName(doc: AnalysisDocument, articles: Record<string, string>, file: string, needle: string): string | undefined {
  const start = articles[file].indexOf(needle);
  assert.ok(start >= 0, `test input ${file} lacks ${JSON.stringify(needle)}`);
  const article = doc.articles.find((a) => a.file === file);
  assert.ok(article, `no article ${file}`);
  return article.actors.find((m) => m.start === start && m.end === start + needle.length)?.name;
}

describe('aliases across articles', () => {
  it('merges two transliterations of a first name ("Antony"/"Anthony") into one actor with both aliases', () => {
    const articles = {
      'a.txt': 'Antony Rusk arrived in Cairo on Monday for talks on the ceasefire.',
      'b.txt': 'Anthony Rusk left Cairo on Tuesday without an agreement.',
    };
    const doc = documentOf(articles);
    const actors = actorsWithAlias(doc, 'Antony Rusk', 'Anthony Rusk');
    assert.equal(actors.length, 1, `one actor, got ${JSON.stringify(actors)}`);
    assert.ok(actors[0].aliases.includes('Antony Rusk') && actors[0].aliases.includes('Anthony Rusk'));
    assert.equal(actors[0].type, 'person');
    assert.equal(actors[0].mentions, 2);
    assert.equal(mentionName(doc, articles, 'a.txt', 'Antony Rusk'), actors[0].name);
    assert.equal(mentionName(doc, articles, 'b.txt', 'Anthony Rusk'), actors[0].name);
  });

  it('merges a surname transliterated with other vowels when the given name is the same ("Sayeeq"/"Saiq")', () => {
    const articles = {
      'a.txt': 'Karim Sayeeq, a spokesman for the ministry, spoke in Herat on Sunday.',
      'b.txt': 'Karim Saiq, a spokesman for the ministry, spoke in Herat on Monday.',
      'c.txt': 'Omar Saiq, a farmer, lost his house in the quake.',
    };
    const doc = documentOf(articles);
    const karim = actorsWithAlias(doc, 'Karim Sayeeq', 'Karim Saiq');
    assert.equal(karim.length, 1, `one actor, got ${JSON.stringify(karim)}`);
    assert.ok(karim[0].aliases.includes('Karim Sayeeq') && karim[0].aliases.includes('Karim Saiq'));
    assert.ok(!karim[0].aliases.includes('Omar Saiq'), 'a different given name is a different person');
  });

  it('merges a surname used alone in one article with the only full name carrying it', () => {
    const articles = {
      'a.txt': 'Foreign Minister Elena Marsh flew to Geneva on Sunday.',
      'b.txt': 'The talks in Geneva resumed on Monday, according to minister Marsh, who chairs them.',
    };
    const doc = documentOf(articles);
    const actors = actorsWithAlias(doc, 'Elena Marsh', 'Marsh');
    assert.equal(actors.length, 1, `one actor, got ${JSON.stringify(actors)}`);
    assert.equal(actors[0].name, 'Elena Marsh');
    assert.deepEqual([...actors[0].aliases].sort(), ['Elena Marsh', 'Marsh']);
    assert.equal(mentionName(doc, articles, 'b.txt', 'Marsh'), 'Elena Marsh');
  });

  it('keeps two people with the same surname and different first names as two actors', () => {
    const articles = {
      'a.txt': 'Mayor Anna Brandt opened the new bridge on Monday.',
      'b.txt': 'The bridge was designed by Lukas Brandt, who was not invited to the opening.',
      'c.txt': 'The bridge was paid for by the city, a spokesman for Anna Brandt said.',
      'd.txt': 'The bridge cost far too much, Brandt said on Monday.',
    };
    const doc = documentOf(articles);
    const anna = actorsWithAlias(doc, 'Anna Brandt');
    const lukas = actorsWithAlias(doc, 'Lukas Brandt');
    assert.equal(anna.length, 1);
    assert.equal(lukas.length, 1);
    assert.notEqual(anna[0], lukas[0], 'Anna Brandt and Lukas Brandt are different people');
    assert.equal(anna[0].mentions, 2);
    assert.equal(lukas[0].mentions, 1);
    assert.ok(!anna[0].aliases.includes('Brandt') && !lukas[0].aliases.includes('Brandt'), 'a bare "Brandt" is ambiguous between the two and joins neither');
  });

  it('merges "<Name> Strip" and "<Name>" into one place named by the long form', () => {
    const articles = {
      'a.txt': 'Aid convoys entered the Velmar Strip on Monday after weeks of delay.',
      'b.txt': 'Hospitals in Velmar are running out of fuel, doctors said.',
    };
    const doc = documentOf(articles);
    const actors = actorsWithAlias(doc, 'Velmar Strip', 'Velmar');
    assert.equal(actors.length, 1, `one actor, got ${JSON.stringify(actors)}`);
    assert.equal(actors[0].name, 'Velmar Strip');
    assert.equal(actors[0].type, 'place');
    assert.deepEqual([...actors[0].aliases].sort(), ['Velmar', 'Velmar Strip']);
    assert.equal(mentionName(doc, articles, 'b.txt', 'Velmar'), 'Velmar Strip');
  });

  it('merges "U.S.", "US" and "United States" into one actor', () => {
    const articles = {
      'a.txt': 'The U.S. sent a new envoy to the region on Monday.',
      'b.txt': 'Officials in Vienna said US support for the plan was firm.',
      'c.txt': 'The United States will host the next round of talks, diplomats said.',
    };
    const doc = documentOf(articles);
    const actors = actorsWithAlias(doc, 'U.S.', 'US', 'United States');
    assert.equal(actors.length, 1, `one actor, got ${JSON.stringify(actors)}`);
    assert.deepEqual([...actors[0].aliases].sort(), ['U.S.', 'US', 'United States']);
    assert.equal(actors[0].type, 'place');
    assert.equal(actors[0].mentions, 3);
    const names = new Set([
      mentionName(doc, articles, 'a.txt', 'U.S.'),
      mentionName(doc, articles, 'b.txt', 'US'),
      mentionName(doc, articles, 'c.txt', 'United States'),
    ]);
    assert.deepEqual([...names], [actors[0].name]);
  });

  it('merges an acronym in one article with its only expansion in another', () => {
    const articles = {
      'a.txt': 'The Office for Widget Standards published new rules on Monday in Vienna.',
      'b.txt': 'Manufacturers said the OWS had not consulted them before the rules were published.',
    };
    const doc = documentOf(articles);
    const actors = actorsWithAlias(doc, 'Office for Widget Standards', 'OWS');
    assert.equal(actors.length, 1, `one actor, got ${JSON.stringify(actors)}`);
    assert.equal(actors[0].name, 'Office for Widget Standards');
    assert.equal(actors[0].type, 'organization');
    assert.equal(mentionName(doc, articles, 'b.txt', 'OWS'), 'Office for Widget Standards');
  });

  it('merges a formal state name ("State of X") with the short name, named by the short form', () => {
    const articles = {
      'a.txt': 'The State of Ruritania signed the accord in Vienna on Monday.',
      'b.txt': 'Officials in Ruritania said the accord would be ratified within a month.',
    };
    const doc = documentOf(articles);
    const actors = actorsWithAlias(doc, 'State of Ruritania', 'Ruritania');
    assert.equal(actors.length, 1, `one actor, got ${JSON.stringify(actors)}`);
    assert.equal(actors[0].name, 'Ruritania');
    assert.equal(actors[0].type, 'place');
  });

  it('keeps two different organisations with the same initials apart when both are spelled out', () => {
    const articles = {
      'a.txt': 'The Office for Widget Standards published new rules on Monday.',
      'b.txt': 'The Organisation of Wheat Sellers said prices would rise.',
      'c.txt': 'Manufacturers said the OWS had not consulted them.',
    };
    const doc = documentOf(articles);
    const widgets = actorsWithAlias(doc, 'Office for Widget Standards');
    const wheat = actorsWithAlias(doc, 'Organisation of Wheat Sellers');
    assert.equal(widgets.length, 1);
    assert.equal(wheat.length, 1);
    assert.notEqual(widgets[0], wheat[0], 'two organisations, one ambiguous acronym: no merge');
  });
});
