import assert from 'node:assert/strict';
import type { AnalyzedArticle } from '../../src/core/analyze';
import { extractFigures, type FigureFacets } from '../../src/core/figures';
import type { Qualifier } from '../../src/core/format';
import { conflictPairs, intervalOf, judge, type Measured } from '../../src/core/links/conflicts';
import { FigureLinker } from '../../src/core/links/figureGroups';
import { layout } from '../../src/core/text';

function article(file: string, date: string | null, text: string): AnalyzedArticle {
  return { file, date, title: null, quotes: [], actors: [], figures: extractFigures({ layout: layout(text), quotes: [], actors: [], date }), length: text.length };
}

/** The figure written `span` in `text`, as the conflict rules see it. */
function measured(text: string, span: string, date: string | null = null, file = 'x.txt'): Measured {
  const f = extractFigures({ layout: layout(text), quotes: [], actors: [], date }).find((x) => x.text === span);
  assert.ok(f?.facets, `no figure ${span} in ${text}`);
  return { file, date, start: f.start, end: f.end, text: f.text, value: f.value, qualifier: f.qualifier, kind: f.kind, source: f.source, facets: f.facets as FigureFacets };
}

function conflicts(...articles: AnalyzedArticle[]) {
  const l = new FigureLinker();
  for (const a of articles) l.update(a.file, a);
  return l.conflicts();
}

describe('conflicts: tolerance from the wording', () => {
  it('reads qualifiers and rounding as intervals', () => {
    const around = intervalOf(measured('Militants seized around 250 hostages.', '250'));
    assert.deepEqual([around.lo, around.hi], [245, 255]);
    const exact = intervalOf(measured('The attack killed 1,205 people.', '1,205'));
    assert.deepEqual([exact.lo, exact.hi], [1205, 1205]);
    const about = intervalOf(measured('The attack killed about 1,160 people.', '1,160'));
    assert.deepEqual([about.lo, about.hi], [1155, 1165]);
    const atLeast = intervalOf(measured('At least 123 people were killed.', '123'));
    assert.deepEqual([atLeast.lo, atLeast.hi, atLeast.loOpen], [123, Infinity, false]);
    const moreThan = intervalOf(measured('More than 130 hostages are held.', '130'));
    assert.deepEqual([moreThan.lo, moreThan.loOpen], [130, true]);
    const upTo = intervalOf(measured('Up to 40 people were hurt.', '40'));
    assert.deepEqual([upTo.lo, upTo.hi], [0, 40]);
    const thousands = intervalOf(measured('The strikes have killed 35,000 people.', '35,000'));
    assert.deepEqual([thousands.lo, thousands.hi], [34_500, 35_500], 'three trailing zeros read as thousands');
    const hundred = intervalOf(measured('Officials said 100 people were killed.', '100'));
    assert.deepEqual([hundred.lo, hundred.hi], [100, 100], 'a bare 100 is exact');
    const scaled = intervalOf(measured('About 1.5 million people have taken refuge in Rafah.', '1.5 million'));
    assert.deepEqual([scaled.lo, scaled.hi], [1_450_000, 1_550_000]);
  });

  it('a single past event conflicts whenever the values cannot meet, whatever the dates', () => {
    const a = measured('The October 7 attack resulted in the deaths of 1,205 people.', '1,205', null, 'a.txt');
    const b = measured('The attack on 7 October resulted in the deaths of about 1,160 people.', '1,160', '2024-02-07', 'b.txt');
    assert.equal(judge(a, b, 'event').conflict, true);
    const c = measured('Militants seized 251 hostages in the October 7 attack.', '251', null, 'a.txt');
    const d = measured('Militants seized around 250 hostages in the October 7 attack.', '250', '2024-02-07', 'b.txt');
    assert.equal(judge(c, d, 'event').conflict, false, "'around 250' covers 251");
  });

  it('an article never conflicts with itself: two values in one article are a revision it reports', () => {
    const text = 'Officials revised the toll down to about 1,000 deaths in the quake, after earlier saying more than 2,000 people had died in the quake.';
    const revised = measured(text, '1,000', '2023-10-11', 'a.txt');
    const earlier = measured(text, '2,000', '2023-10-11', 'a.txt');
    assert.equal(judge(revised, earlier, 'event').conflict, false);
    assert.equal(judge(revised, { ...earlier, file: 'b.txt' }, 'event').conflict, true, 'the same two values in two articles conflict');
  });

  it('reads a bare number of four digits or more with two trailing zeros as rounded to hundreds', () => {
    const round = intervalOf(measured('The attack killed 1,200 people.', '1,200'));
    assert.deepEqual([round.lo, round.hi], [1150, 1250]);
    const a = measured('The October 7 attack resulted in the deaths of 1,205 people.', '1,205', null, 'a.txt');
    const b = measured('The October 7 attack killed 1,200 people.', '1,200', null, 'b.txt');
    assert.equal(judge(a, b, 'event').conflict, false);
  });

  it('values an order of magnitude apart are two quantities, not a conflict', () => {
    const toll = measured('At least 38,193 people have been killed since the war began.', '38,193', '2024-07-07', 'a.txt');
    const few = measured('Of those, 42 have been killed since the war began.', '42', '2024-07-20', 'b.txt');
    assert.equal(judge(toll, few, 'cumulative').conflict, false);
    const lower = measured('Some 19,000 people have been killed since the war began.', '19,000', '2024-07-20', 'b.txt');
    assert.equal(judge(toll, lower, 'cumulative').conflict, true, 'half the earlier toll is a lower running total');
  });

  it('compares floors and ranges', () => {
    const floor = measured('At least 123 people were killed in the past 24 hours.', '123', '2024-02-07', 'a.txt');
    const hundred = measured('Officials said 100 people were killed in the past 24 hours.', '100', '2024-02-07', 'b.txt');
    assert.equal(judge(floor, hundred, 'daily').conflict, true, "'at least 123' rules out 100 on the same day");
    const million = measured('More than a million people have taken refuge in Rafah.', 'a million', '2024-05-06', 'a.txt');
    const estimate = measured('About 1.5 million people have taken refuge in Rafah.', '1.5 million', '2024-05-06', 'b.txt');
    assert.equal(judge(million, estimate, 'current').conflict, false);
  });
});

describe('conflicts: quantities that change over time', () => {
  it('a rising running toll over the dates is no conflict; a later lower one is', () => {
    const feb = article('a.txt', '2024-02-07', 'Israeli strikes have killed at least 27,708 people in Gaza.');
    const may = article('b.txt', '2024-05-06', 'Israeli strikes have killed at least 34,683 people in Gaza.');
    const jul = article('c.txt', '2024-07-08', 'Israeli strikes have killed at least 38,193 people in Gaza.');
    assert.deepEqual(conflicts(feb, may, jul), []);
    const low = article('d.txt', '2024-08-01', 'Israeli strikes have killed 30,000 people in Gaza.');
    const found = conflicts(feb, may, jul, low);
    assert.equal(found.length, 2, 'the August figure is below the May and July floors');
    for (const c of found) assert.ok(c.figures.some((f) => f.file === 'd.txt' && f.date === '2024-08-01'));
    assert.match(found[0].explanation, /later article \(2024-08-01\) gives a lower running total/);
  });

  it('never guesses an unknown date', () => {
    const undated = article('u.txt', null, 'Israeli strikes have killed 20,000 people in Gaza.');
    const may = article('b.txt', '2024-05-06', 'Israeli strikes have killed at least 34,683 people in Gaza.');
    assert.deepEqual(conflicts(undated, may), []);
  });

  it('a current state conflicts only between articles of the same date', () => {
    const a = article('a.txt', '2024-02-07', 'Israel says 132 hostages remain in Gaza.');
    const b = article('b.txt', '2024-05-06', 'Israel says 97 hostages remain in Gaza.');
    assert.deepEqual(conflicts(a, b), []);
    const c = article('c.txt', '2024-02-07', 'Israel says 97 hostages remain in Gaza.');
    assert.equal(conflicts(a, c).length, 1);
  });

  it('daily tolls of different days are not compared', () => {
    const a = article('a.txt', '2024-02-07', 'At least 123 people were killed in Gaza in the past 24 hours.');
    const b = article('b.txt', '2024-05-06', 'The ministry said 29 people were killed in Gaza in the past 24 hours.');
    assert.deepEqual(conflicts(a, b), []);
  });
});

describe('conflicts: large groups', () => {
  it('reports true contradictions only, and leaves no contradiction without a flagged figure', () => {
    const base = measured('Israeli strikes have killed at least 27,708 people in Gaza.', '27,708');
    const members: Measured[] = [];
    for (let i = 0; i < 120; i++) {
      // Twelve dates, ten articles each: same-date and cross-date comparisons both occur.
      const day = String(1 + (i % 4)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 40)).padStart(2, '0');
      // A rising toll, with every ninth article reporting far less than the ones before it.
      const value = i % 9 === 8 ? 1000 + i : 20000 + i * 100;
      members.push({ ...base, file: `a${String(i).padStart(3, '0')}.txt`, date: `2024-${month}-${day}`, value, text: String(value), qualifier: i % 2 ? 'at least' : null });
    }
    for (const frame of ['cumulative', 'event', 'current'] as const) {
      const found = conflictPairs(members, frame);
      for (const p of found) assert.equal(judge(p.a, p.b, frame).conflict, true, `${frame}: a reported pair must be a conflict`);
      const flagged = new Set(found.flatMap((p) => [p.a.file, p.b.file]));
      let contradictions = 0;
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          if (!judge(members[i], members[j], frame).conflict) continue;
          contradictions++;
          assert.ok(flagged.has(members[i].file) || flagged.has(members[j].file), `${frame}: ${members[i].file} vs ${members[j].file} left unflagged`);
        }
      }
      assert.ok(contradictions > 0, `${frame}: the constructed group must contain contradictions`);
      assert.ok(found.length < members.length * 2, `${frame}: ${found.length} pairs, linear in the group`);
    }
  });
});

describe('conflicts: the age of an ongoing war', () => {
  it('agrees when the ages fit one start date, conflicts when they cannot', () => {
    const feb = article('a.txt', '2024-02-07', 'The war, which entered its fifth month on Wednesday, raged on.');
    const may = article('b.txt', '2024-05-06', 'Israel reiterated its aim since the start of the offensive nearly seven months ago.');
    const jul = article('c.txt', '2024-07-08', 'The army expanded an evacuation order nine months into its relentless attacks.');
    assert.deepEqual(conflicts(feb, may, jul), []);
    const wrong = article('d.txt', '2024-07-08', 'The war, which entered its fifth month on Monday, raged on.');
    const found = conflicts(feb, wrong);
    assert.equal(found.length, 1, 'the fifth month cannot begin in both February and July');
    assert.match(found[0].explanation, /imply different start dates/);
  });
});

describe('conflicts: explanations', () => {
  it('gives both values, both sources, the gap and why it exceeds the tolerance', () => {
    const a = article('a.txt', null, 'The October 7 attack by Hamas resulted in the deaths of 1,205 people, according to official Israeli figures.');
    const b = article(
      'b.txt',
      '2024-02-07',
      "Hamas's surprise attack on Israel on 7 October resulted in the deaths of about 1,160 people, according to an AFP tally based on official Israeli figures.",
    );
    const found = conflicts(a, b);
    assert.equal(found.length, 1);
    const c = found[0];
    assert.equal(c.group, 'f1');
    assert.deepEqual(
      c.figures.map((f) => [f.file, f.value, f.qualifier as Qualifier, f.date]),
      [
        ['a.txt', 1205, null, null],
        ['b.txt', 1160, 'about', '2024-02-07'],
      ],
    );
    assert.equal(
      c.explanation,
      "1,205 (official Israeli figures) vs about 1,160 (AFP tally based on official Israeli figures, 2024-02-07): they differ by 45 (3.9%), beyond the rounding of 'about 1,160'",
    );
  });
});
