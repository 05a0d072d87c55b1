// The corpus-wide actors after incremental updates equal those of a corpus built from scratch.
import assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';

function build(texts: Record<string, string>): Corpus {
  const corpus = new Corpus();
  corpus.batch(() => {
    for (const [file, text] of Object.entries(texts)) corpus.upsert(file, text);
  });
  return corpus;
}

describe('actor linking, incrementally', () => {
  const start: Record<string, string> = {
    'a.txt': 'Secretary of State Anthony Brenner met Foreign Minister Ilse Varga in Vienna.',
    'b.txt': 'Antony Brenner said on Monday that talks in Vienna would go on.',
    'c.txt': 'Ilse Varga told reporters in Geneva that Varga would attend.',
  };

  it('recounts mentions and re-spells the canonical name when an edit changes the majority', () => {
    const corpus = build(start);
    const edited = { ...start, 'b.txt': 'Antony Brenner said talks would go on. Antony Brenner repeated it. Antony Brenner left Vienna.' };
    corpus.upsert('b.txt', edited['b.txt']);
    assert.deepEqual(corpus.toDocument().actors, build(edited).toDocument().actors);
    const brenner = corpus.toDocument().actors.find((a) => a.aliases.includes('Anthony Brenner'));
    assert.equal(brenner?.name, 'Antony Brenner');
    assert.equal(brenner?.mentions, 4);
  });

  it('follows an edit that keeps the same names, then one that drops a name', () => {
    const corpus = build(start);
    corpus.toDocument();
    const sameNames = { ...start, 'c.txt': 'In Geneva, Ilse Varga told reporters that Varga would attend, and Varga did.' };
    corpus.upsert('c.txt', sameNames['c.txt']);
    assert.deepEqual(corpus.toDocument().actors, build(sameNames).toDocument().actors);
    const dropped = { ...sameNames, 'c.txt': 'Reporters waited in the rain.' };
    corpus.upsert('c.txt', dropped['c.txt']);
    assert.deepEqual(corpus.toDocument().actors, build(dropped).toDocument().actors);
    assert.ok(!corpus.toDocument().actors.some((a) => a.name === 'Geneva'), 'a name no article uses any more is gone');
  });
});
