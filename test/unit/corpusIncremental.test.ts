// The corpus updated in place must end up where a corpus built from scratch with the final texts
// does: same articles, actors, figure groups, quote groups and conflicts. Group ids may be
// numbered differently, so they are compared by what they contain, not by name.
import assert from 'node:assert/strict';
import { analyzeArticle, type AnalyzedArticle } from '../../src/core/analyze';
import { Corpus, type CorpusChange } from '../../src/core/corpus';
import type { AnalysisDocument, SpanRef } from '../../src/core/format';
import { Rng } from '../../bench/lib/prng';
import { loadSeeds, syntheticCorpus, varyArticle, type SeedArticle } from '../../bench/lib/seeds';

function build(docs: SeedArticle[]): Corpus {
  const c = new Corpus();
  c.batch(() => {
    for (const d of docs) c.upsert(d.file, d.text);
  });
  return c;
}

const refKey = (r: SpanRef): string => `${r.file}\u0000${r.start}\u0000${r.end}`;

/**
 * The document with every group id replaced by a structural name (its sorted members) and
 * corpus-wide lists sorted by content, so two documents compare equal exactly when they say the
 * same things, whatever order the groups were created in.
 */
function normalise(doc: AnalysisDocument): unknown {
  const figureName = new Map<string, string>();
  const quoteName = new Map<string, string>();
  for (const g of doc.figureGroups) figureName.set(g.id, 'F{' + g.members.map(refKey).sort().join(' | ') + '}');
  for (const g of doc.quoteGroups) quoteName.set(g.id, 'Q{' + g.members.map(refKey).sort().join(' | ') + '}');
  const rename = (map: Map<string, string>, id: string | null): string | null => (id === null ? null : (map.get(id) ?? `dangling:${id}`));
  const byJson = <T>(xs: T[]): T[] => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
  return {
    version: doc.version,
    articles: doc.articles.map((a) => ({
      ...a,
      quotes: a.quotes.map((q) => ({ ...q, group: rename(quoteName, q.group) })),
      figures: a.figures.map((f) => ({ ...f, group: rename(figureName, f.group) })),
    })),
    actors: byJson(doc.actors),
    figureGroups: byJson(doc.figureGroups.map((g) => ({ ...g, id: figureName.get(g.id), members: byJson(g.members) }))),
    quoteGroups: byJson(doc.quoteGroups.map((g) => ({ ...g, id: quoteName.get(g.id), members: byJson(g.members) }))),
    conflicts: byJson(doc.conflicts.map((c) => ({ ...c, group: rename(figureName, c.group), figures: byJson(c.figures) }))),
  };
}

function assertSameAsScratch(corpus: Corpus, finalDocs: SeedArticle[], what: string): void {
  const scratch = build(finalDocs).snapshot().document;
  const incremental = corpus.snapshot().document;
  assert.deepEqual(
    incremental.articles.map((a) => a.file),
    [...finalDocs.map((d) => d.file)].sort(),
    `${what}: the snapshot lists exactly the final files, in path order`,
  );
  assert.deepEqual(normalise(incremental), normalise(scratch), `${what}: the updated corpus differs from one built from scratch`);
}

describe('corpus: incremental updates match a rebuild', function () {
  this.timeout(60_000);
  const seeds = loadSeeds();
  // The seeds plus variants of them (other names, numbers and dates) so that actors, figure groups
  // and quote groups span several articles.
  const variants: SeedArticle[] = seeds.slice(0, 4).map((s, i) => ({ file: `variants/v${i}.txt`, text: varyArticle(s.text, new Rng(77, i), { nameRate: 0.15 }) }));
  const initial = [...seeds, ...variants];

  it('the structural comparison tells different corpora apart', () => {
    const a = normalise(build(initial).snapshot().document);
    const b = normalise(build(initial.slice(1)).snapshot().document);
    assert.notDeepEqual(a, b);
    assert.deepEqual(normalise(build(initial).snapshot().document), a, 'two builds of the same texts are equal');
  });

  it('building in a different order gives the same document', () => {
    assertSameAsScratch(build([...initial].reverse()), initial, 'reversed insertion order');
  });

  it('changing one article gives the same document as a rebuild with the final texts', () => {
    const corpus = build(initial);
    corpus.snapshot(); // a snapshot taken before the change must not leak into the next one
    const changed = { file: seeds[0].file, text: varyArticle(seeds[1].text, new Rng(78, 0), { nameRate: 0.1 }) + '\n"We will not accept it," Benjamin Netanyahu said.' };
    corpus.upsert(changed.file, changed.text);
    const final = initial.map((d) => (d.file === changed.file ? changed : d));
    assertSameAsScratch(corpus, final, 'after changing one article');
    // The changed article is the new one, not the old one.
    assert.equal(corpus.snapshot().article(changed.file)?.quotes.length, build([changed]).snapshot().article(changed.file)?.quotes.length);

    // Changing it back restores the original document.
    corpus.upsert(seeds[0].file, seeds[0].text);
    assertSameAsScratch(corpus, initial, 'after changing the article back');
  });

  it('editing a figure in one article (a conflict-prone change) matches a rebuild', () => {
    const corpus = build(initial);
    corpus.snapshot();
    const target = seeds.find((s) => /\d{2},\d{3}/.test(s.text)) ?? seeds[0];
    const edited = { file: target.file, text: target.text.replace(/\d{2},\d{3}/, '12,345') };
    corpus.upsert(edited.file, edited.text);
    assertSameAsScratch(corpus, initial.map((d) => (d.file === edited.file ? edited : d)), 'after editing a figure');
  });

  it('removing and adding articles is reflected', () => {
    const corpus = build(initial);
    corpus.snapshot();
    const removed = seeds[2].file;
    assert.equal(corpus.remove(removed), true);
    assert.equal(corpus.remove(removed), false, 'a second removal finds nothing');
    assert.equal(corpus.has(removed), false);
    assert.equal(corpus.snapshot().article(removed), undefined);
    const afterRemove = initial.filter((d) => d.file !== removed);
    assertSameAsScratch(corpus, afterRemove, 'after removing an article');
    const refs = (doc: AnalysisDocument): SpanRef[] => [
      ...doc.figureGroups.flatMap((g) => g.members),
      ...doc.quoteGroups.flatMap((g) => g.members),
      ...doc.conflicts.flatMap((c) => c.figures),
    ];
    assert.ok(!refs(corpus.snapshot().document).some((r) => r.file === removed), 'no group or conflict still points into the removed article');

    const added = { file: 'variants/added.txt', text: varyArticle(seeds[2].text, new Rng(79, 0), { nameRate: 0.1 }) };
    corpus.upsert(added.file, added.text);
    assert.ok(corpus.snapshot().article(added.file), 'the added article is in the snapshot');
    assertSameAsScratch(corpus, [...afterRemove, added], 'after adding an article');

    corpus.upsert(removed, seeds[2].text);
    assertSameAsScratch(corpus, [...afterRemove, added, seeds[2]], 'after re-adding the removed article');
  });

  it('a seeded sequence of edits, additions and removals ends where a rebuild does', () => {
    const rng = new Rng(80, 0);
    const corpus = build(initial);
    corpus.snapshot();
    const current = new Map(initial.map((d) => [d.file, d.text]));
    for (let step = 0; step < 12; step++) {
      const files = [...current.keys()].sort();
      const r = rng.float();
      if (r < 0.25 && files.length > 3) {
        const file = rng.pick(files);
        corpus.remove(file);
        current.delete(file);
      } else {
        const file = r < 0.6 ? rng.pick(files) : `variants/s${step}.txt`;
        const text = varyArticle(rng.pick(seeds).text, new Rng(81, step), { nameRate: rng.pick([0, 0.1, 0.3]) });
        if (rng.chance(0.5)) corpus.batch(() => corpus.upsert(file, text));
        else corpus.upsert(file, text);
        current.set(file, text);
      }
      if (step % 4 === 3) {
        const docs = [...current].map(([file, text]) => ({ file, text }));
        assertSameAsScratch(corpus, docs, `after step ${step}`);
      }
    }
  });

  it('after any seeded sequence of updates, the snapshot is exactly that of a fresh corpus', () => {
    // The snapshot is patched, not rebuilt: it must still equal a rebuild byte for byte (group ids
    // included), and the lookups must answer as the document says, with nothing left of older states.
    const pool = syntheticCorpus(seeds, 40, 83);
    // The rebuilds reuse analyses: only the linking and the snapshot are under test here.
    const analyses = new Map<string, AnalyzedArticle>();
    const rebuild = (docs: [string, string][]): Corpus => {
      const c = new Corpus();
      c.batch(() => {
        for (const [file, text] of docs) {
          const key = `${file}\u0000${text}`;
          let a = analyses.get(key);
          if (!a) analyses.set(key, (a = analyzeArticle(text, file)));
          c.put(file, a);
        }
      });
      return c;
    };
    for (const seed of [1, 2, 3]) {
      const rng = new Rng(84, seed);
      const corpus = new Corpus();
      const current = new Map<string, string>();
      let previous = corpus.snapshot().document;
      let previousJson = JSON.stringify(previous);
      for (let step = 0; step < 30; step++) {
        const files = [...current.keys()];
        const r = rng.float();
        const edits = r < 0.2 ? 25 : 1; // now and then a burst, as when a folder is indexed
        corpus.batch(() => {
          for (let k = 0; k < edits; k++) {
            const x = rng.float();
            if (x < 0.2 && files.length > 2) {
              const file = rng.pick(files);
              if (corpus.remove(file)) current.delete(file);
            } else {
              const file = x < 0.6 && files.length ? rng.pick(files) : `rand/${rng.int(0, 60)}.txt`;
              const text = rng.chance(0.5) ? rng.pick(pool).text : varyArticle(rng.pick(seeds).text, new Rng(85, step * 100 + k), { nameRate: rng.pick([0, 0.2, 0.5]) });
              corpus.upsert(file, text);
              current.set(file, text);
            }
          }
        });
        const snapshot = corpus.snapshot();
        const fresh = rebuild([...current]).snapshot();
        const what = `seed ${seed}, step ${step}`;
        assert.equal(JSON.stringify(snapshot.document), JSON.stringify(fresh.document), `${what}: the document differs from a rebuild`);
        assert.deepEqual(snapshot.document, fresh.document, what);
        assert.equal(JSON.stringify(previous), previousJson, `${what}: an older snapshot changed`);
        for (const a of fresh.document.articles) {
          assert.deepEqual(snapshot.article(a.file), a, what);
          for (const f of a.figures) {
            const ref = { file: a.file, start: f.start, end: f.end };
            assert.deepEqual(snapshot.conflictsAt(ref), fresh.conflictsAt(ref), `${what}: conflictsAt ${a.file}@${f.start}`);
          }
        }
        for (const g of fresh.document.figureGroups) {
          assert.deepEqual(snapshot.figureGroup(g.id), g, what);
          assert.deepEqual(snapshot.conflictsOfGroup(g.id), fresh.conflictsOfGroup(g.id), what);
        }
        for (const g of fresh.document.quoteGroups) assert.deepEqual(snapshot.quoteGroup(g.id), g, what);
        for (const a of fresh.document.actors) assert.deepEqual(snapshot.actor(a.name), fresh.actor(a.name), what);
        assert.equal(snapshot.figureGroup(`f${fresh.document.figureGroups.length + 1}`), undefined);
        assert.equal(snapshot.quoteGroup('q0'), undefined);
        assert.equal(snapshot.article('no/such/file.txt'), undefined);
        previous = snapshot.document;
        previousJson = JSON.stringify(previous);
      }
    }
  });

  it('fires one change event per batch, naming every file it touched', () => {
    const corpus = build(initial);
    const events: CorpusChange[] = [];
    const sub = corpus.onDidChange((e) => events.push(e));

    corpus.batch(() => {
      corpus.upsert('variants/b1.txt', seeds[0].text);
      corpus.upsert('variants/b2.txt', seeds[1].text);
      corpus.upsert(seeds[3].file, seeds[4].text);
      corpus.remove(seeds[4].file);
      // A nested batch belongs to the outer one.
      corpus.batch(() => corpus.upsert('variants/b3.txt', seeds[2].text));
      assert.equal(events.length, 0, 'no event before the batch ends');
    });
    assert.equal(events.length, 1, 'exactly one event for the batch');
    assert.deepEqual([...events[0].files].sort(), ['variants/b1.txt', 'variants/b2.txt', 'variants/b3.txt', seeds[3].file, seeds[4].file].sort());

    // The snapshot read inside a listener already reflects the batch.
    let seen: string[] = [];
    const sub2 = corpus.onDidChange(() => (seen = corpus.snapshot().document.articles.map((a) => a.file)));
    corpus.batch(() => {
      corpus.upsert('variants/b4.txt', seeds[0].text);
      corpus.remove('variants/b1.txt');
    });
    assert.equal(events.length, 2, 'one more event for the second batch');
    assert.ok(seen.includes('variants/b4.txt') && !seen.includes('variants/b1.txt'), 'listeners see the updated snapshot');

    // Outside a batch each update is its own event; a disposed listener hears nothing.
    corpus.upsert('variants/b5.txt', seeds[1].text);
    assert.equal(events.length, 3);
    sub.dispose();
    sub2.dispose();
    corpus.upsert('variants/b6.txt', seeds[1].text);
    assert.equal(events.length, 3, 'no event after dispose');
  });
});
