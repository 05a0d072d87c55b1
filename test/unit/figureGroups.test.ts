import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../../src/core/analyze';
import { extractFigures } from '../../src/core/figures';
import { FigureLinker, placeKey } from '../../src/core/links/figureGroups';
import { layout } from '../../src/core/text';
import { Rng } from '../../bench/lib/prng';
import { loadSeeds, syntheticCorpus } from '../../bench/lib/seeds';

/** An article analysed by the figures pipeline alone, with the date given (not read from the text). */
export function article(file: string, date: string | null, text: string): AnalyzedArticle {
  return {
    file,
    date,
    title: null,
    quotes: [],
    actors: [],
    figures: extractFigures({ layout: layout(text), quotes: [], actors: [], date }),
    length: text.length,
  };
}

function linked(...articles: AnalyzedArticle[]): FigureLinker {
  const l = new FigureLinker();
  for (const a of articles) l.update(a.file, a);
  return l;
}

/** Groups as lists of "file:text" so tests read like the articles. */
function groupsAsText(l: FigureLinker, articles: AnalyzedArticle[]): string[][] {
  const byRef = new Map<string, string>();
  for (const a of articles) for (const f of a.figures) byRef.set(`${a.file}:${f.start}`, `${a.file}:${f.text}`);
  return l.groups().map((g) => g.members.map((m) => byRef.get(`${m.file}:${m.start}`) ?? '?'));
}

const FEB = article(
  'a.txt',
  '2024-02-07',
  "Israeli strikes have killed at least 27,708 people in Gaza, according to the Gaza health ministry. The ministry said at least 123 people were killed in Gaza in the past 24 hours. Hamas's attack on Israel on 7 October resulted in the deaths of about 1,160 people. Militants also seized around 250 hostages. Israel says 132 remain in Gaza.",
);
const MAY = article(
  'b.txt',
  '2024-05-06',
  "At least 34,683 Palestinians have been killed, 29 of them in the past 24 hours, and more than 77,000 have been wounded, according to Gaza's health ministry. Hostages still being held by Hamas in Gaza are believed to number more than 130.",
);
const SEPT = article(
  'c.txt',
  null,
  'The October 7 attack by Hamas resulted in the deaths of 1,205 people. Of 251 hostages seized by fighters during the attack, 97 remain in Gaza. The offensive in Gaza has so far killed at least 40,861 people.',
);

describe('figure groups', () => {
  it('groups one quantity across articles and keeps distinct quantities apart', () => {
    const all = [FEB, MAY, SEPT];
    const groups = groupsAsText(linked(...all), all);
    assert.deepEqual(groups, [
      // ordered by first member: file path, then offset
      ['a.txt:27,708', 'b.txt:34,683', 'c.txt:40,861'], // running toll
      ['a.txt:123', 'b.txt:29'], // daily toll: not the running toll
      ['a.txt:1,160', 'c.txt:1,205'], // deaths in the dated attack
      ['a.txt:250', 'c.txt:251'], // hostages seized in it
      ['a.txt:132', 'b.txt:130', 'c.txt:97'], // hostages still held
    ]);
  });

  it('numbers groups f1, f2, ... and labels them readably', () => {
    const g = linked(FEB, MAY, SEPT).groups();
    assert.deepEqual(
      g.map((x) => x.id),
      g.map((_, i) => `f${i + 1}`),
    );
    assert.equal(g[0].label, 'people killed in Gaza (running total)');
    assert.equal(g[2].label, 'people killed in the attack of 7 October');
  });

  it('does not link undated single events across articles, nor different places', () => {
    const x = article('x.txt', '2024-05-06', 'Israeli forces killed five Palestinians in an overnight raid near the city of Tulkarm.');
    const y = article('y.txt', '2024-05-06', 'Israeli forces killed seven Palestinians in an overnight raid near the city of Jenin.');
    assert.deepEqual(linked(x, y).groups(), []);
    const p = article('p.txt', '2024-05-06', 'More than a million displaced people have taken refuge in Rafah.');
    const q = article('q.txt', '2024-05-06', 'About 400,000 displaced people have taken refuge in Khan Younis.');
    assert.deepEqual(linked(p, q).groups(), []);
    const r = article('r.txt', '2024-05-07', 'About 1.5 million Palestinians have taken refuge in Rafah.');
    assert.deepEqual(groupsAsText(linked(p, q, r), [p, q, r]), [['p.txt:a million', 'r.txt:1.5 million']]);
  });

  it('keeps counts of different nationalities apart, and civilians apart from people', () => {
    const a = article('a.txt', '2024-06-01', 'Since the invasion began, more than 10,000 Ukrainians have been killed.');
    const b = article('b.txt', '2024-06-01', 'Since the invasion began, at least 50,000 Russians have been killed.');
    assert.deepEqual(linked(a, b).groups(), []);
    const c = article('c.txt', '2024-06-02', 'Since the invasion began, 10,500 civilians have been killed.');
    const d = article('d.txt', '2024-06-03', 'Since the invasion began, 9,000 people have been killed.');
    assert.deepEqual(linked(c, d).groups(), []);
    const e = article('e.txt', '2024-06-03', 'Since the invasion began, 11,000 people have been killed.');
    assert.deepEqual(groupsAsText(linked(a, e), [a, e]), [['a.txt:10,000', 'e.txt:11,000']], 'a nationality and plain people can be one count');
  });

  it('joins plain people to a nationality only at the same order of magnitude', () => {
    const a = article('a.txt', '2024-06-01', 'Around 60,000 Moldovans have been displaced from the north since October.');
    const b = article('b.txt', '2024-06-02', 'About 1.9 million people have been displaced since October.');
    assert.deepEqual(linked(a, b).groups(), []);
    const c = article('c.txt', '2024-06-03', 'About 65,000 people have been displaced since October.');
    assert.deepEqual(groupsAsText(linked(a, c), [a, c]), [['a.txt:60,000', 'c.txt:65,000']]);
  });

  it('keeps hostages of one nationality apart from all the hostages', () => {
    const a = article('a.txt', '2023-11-24', 'According to the foreign ministry, 30 Moldovans were taken hostage in the attack on October 7.');
    const b = article('b.txt', '2024-02-07', 'Militants also took around 250 hostages in the attack on October 7.');
    assert.deepEqual(linked(a, b).groups(), []);
  });

  it('does not link an earlier value given for comparison', () => {
    const a = article('a.txt', '2024-05-06', 'The death toll rose to 35,034 from 34,971 on Sunday, the ministry said.');
    const b = article('b.txt', '2024-05-06', 'The death toll has risen to 35,034, up from a toll of 34,971 the previous day.');
    assert.deepEqual(groupsAsText(linked(a, b), [a, b]), [['a.txt:35,034', 'b.txt:35,034']]);
    assert.deepEqual(linked(a, b).conflicts(), []);
  });

  it('does not link a part to the quantity it is part of', () => {
    const a = article('a.txt', '2024-06-12', 'About 2 million people have fled to neighbouring countries, including 600,000 to Chad.');
    const b = article('b.txt', '2024-06-12', 'Roughly 2 million people have fled to neighbouring countries.');
    assert.deepEqual(groupsAsText(linked(a, b), [a, b]), [['a.txt:2 million', 'b.txt:2 million']]);
    assert.deepEqual(linked(a, b).conflicts(), []);
  });

  it('links a headline and its body within one article', () => {
    const a = article('h.txt', '2024-05-06', 'Five Palestinians killed in West Bank raid\nIsraeli forces killed five Palestinians in an overnight raid near Tulkarm.');
    assert.deepEqual(groupsAsText(linked(a), [a]), [['h.txt:Five', 'h.txt:five']]);
  });

  it('treats "Gaza" and "the Gaza Strip" as one place, "Gaza City" as another', () => {
    assert.equal(placeKey('Gaza'), placeKey('the Gaza Strip'));
    assert.notEqual(placeKey('Gaza'), placeKey('Gaza City'));
  });

  it('updates incrementally to exactly what a full recomputation gives', () => {
    const MAY2 = article(
      'b.txt',
      '2024-05-06',
      "At least 24,000 Palestinians have been killed, according to Gaza's health ministry. The October 7 attack killed 1,139 people.",
    );
    const l = new FigureLinker();
    l.update('a.txt', FEB);
    l.update('b.txt', MAY);
    l.update('c.txt', SEPT);
    const before = { groups: l.groups(), conflicts: l.conflicts() };
    assert.deepEqual(before, { groups: linked(FEB, MAY, SEPT).groups(), conflicts: linked(FEB, MAY, SEPT).conflicts() });
    l.update('b.txt', MAY2); // edit
    assert.deepEqual(l.groups(), linked(FEB, MAY2, SEPT).groups());
    assert.deepEqual(l.conflicts(), linked(FEB, MAY2, SEPT).conflicts());
    assert.notDeepEqual(l.conflicts(), before.conflicts, 'the edit must change the conflicts (lower toll on a later date)');
    l.update('a.txt', undefined); // removal
    assert.deepEqual(l.groups(), linked(MAY2, SEPT).groups());
    assert.deepEqual(l.conflicts(), linked(MAY2, SEPT).conflicts());
    l.update('a.txt', FEB); // back again, in another order of arrival
    assert.deepEqual(l.groups(), linked(SEPT, MAY2, FEB).groups());
    assert.deepEqual(l.conflicts(), linked(SEPT, MAY2, FEB).conflicts());
  });

  it('stays equal to a full recomputation through random edits, removals and re-additions', () => {
    const rng = new Rng(4242, 1);
    const dates = [null, '2024-02-07', '2024-05-06', '2024-05-06', '2024-07-08'];
    const pool = syntheticCorpus(loadSeeds(), 60, 77).map((d, i) => article(`c/${String(i % 20).padStart(2, '0')}.txt`, dates[i % dates.length], d.text));
    const live = new Map<string, AnalyzedArticle>();
    const l = new FigureLinker();
    let sawConflict = false;
    for (let step = 0; step < 80; step++) {
      const a = pool[rng.int(0, pool.length - 1)];
      if (live.has(a.file) && rng.int(0, 3) === 0) {
        live.delete(a.file);
        l.update(a.file, undefined);
      } else {
        live.set(a.file, a);
        l.update(a.file, a);
      }
      const full = linked(...live.values());
      assert.deepEqual(l.groups(), full.groups(), `groups differ after step ${step}`);
      assert.deepEqual(l.conflicts(), full.conflicts(), `conflicts differ after step ${step}`);
      if (full.conflicts().length) sawConflict = true;
    }
    assert.ok(sawConflict, 'the random corpus must exercise conflicts too');
  });
});
