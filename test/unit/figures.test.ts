import assert from 'node:assert/strict';
import { extractFigures, type AnalyzedFigure } from '../../src/core/figures';
import { layout } from '../../src/core/text';

function figures(text: string): AnalyzedFigure[] {
  return extractFigures({ layout: layout(text), quotes: [], actors: [], date: null });
}

/** The one figure whose text is `span` (fails when absent or ambiguous). */
function only(text: string, span: string): AnalyzedFigure {
  const found = figures(text).filter((f) => f.text === span);
  assert.equal(found.length, 1, `expected one figure "${span}" in ${JSON.stringify(text)}, got ${JSON.stringify(figures(text).map((f) => f.text))}`);
  const f = found[0];
  assert.equal(text.slice(f.start, f.end), span, 'span offsets must slice the text');
  return f;
}

function texts(text: string): string[] {
  return figures(text).map((f) => f.text);
}

describe('figures: numbers', () => {
  it('reads digits with separators and decimals, with exact spans', () => {
    const text = 'The offensive has so far killed at least 40,861 people, the ministry said.';
    const f = only(text, '40,861');
    assert.equal(f.start, text.indexOf('40,861'));
    assert.equal(f.end, f.start + 6);
    assert.equal(f.value, 40861);
    assert.equal(f.qualifier, 'at least');
    assert.equal(f.kind, 'count');
  });

  it('reads "one in six" as a share of a whole, and "the age of two" as an age', () => {
    const text = 'One in six children under the age of two is malnourished, and one in 10 adults.';
    const six = only(text.toLowerCase(), 'one in six');
    assert.deepEqual([six.value, six.kind], [16.67, 'percent']);
    const ten = only(text, 'one in 10');
    assert.deepEqual([ten.value, ten.kind], [10, 'percent']);
    assert.equal(only(text, 'two').kind, 'age');
  });

  it('folds scale words into the value and the span', () => {
    assert.equal(only('It is estimated that about 1.5 million Palestinians have taken refuge there.', '1.5 million').value, 1500000);
    const a = only('Rafah, where more than a million displaced residents have taken refuge.', 'a million');
    assert.equal(a.value, 1_000_000);
    assert.equal(a.qualifier, 'more than');
    const b = only('in Rafah, where over 1 million Palestinians have sought refuge.', '1 million');
    assert.equal(b.value, 1_000_000);
    assert.equal(b.qualifier, 'more than');
    assert.equal(only('more than one million Palestinians have sought refuge.', 'one million').value, 1_000_000);
    assert.equal(only('Two dozen buildings were damaged.', 'Two dozen').value, 24);
    assert.equal(only('About two hundred and fifty people gathered.', 'two hundred and fifty').value, 250);
  });

  it('reads number words, durations with their unit and hyphenated durations', () => {
    const six = only('Israeli authorities announced the deaths of six hostages on Sunday.', 'six');
    assert.equal(six.value, 6);
    const nine = only('The army expanded an evacuation order nine months into its relentless attacks.', 'nine months');
    assert.deepEqual([nine.value, nine.kind], [9, 'duration']);
    const week = only('the proposed truce calls for a six-week pause to fighting', 'six-week');
    assert.deepEqual([week.value, week.kind], [6, 'duration']);
    const oneWeek = only('Scores were released during a one-week truce in November.', 'one-week');
    assert.deepEqual([oneWeek.value, oneWeek.kind], [1, 'duration']);
    const min = only('4 min read', '4 min');
    assert.deepEqual([min.value, min.kind], [4, 'duration']);
    const hours = only('29 of them were killed in the past 24 hours.', '24 hours');
    assert.deepEqual([hours.value, hours.kind], [24, 'duration']);
    const nearly = only('the start of the offensive nearly seven months ago', 'seven months');
    assert.equal(nearly.qualifier, 'nearly');
  });

  it('keeps an ordinal\'s noun only when it is part of the quantity', () => {
    const month = only('the war which entered its fifth month on Wednesday', 'fifth month');
    assert.deepEqual([month.value, month.kind], [5, 'ordinal']);
    const tour = only('Blinken, on his fifth Middle East tour since the war broke out', 'fifth');
    assert.deepEqual([tour.value, tour.kind], [5, 'ordinal']);
    assert.equal(only('In their second day of truce talks in Cairo', 'second').value, 2);
  });

  it('reads fractions as percent, percent signs and money', () => {
    const half = only('Rafah, which is crammed with more than half of its population.', 'half');
    assert.deepEqual([half.value, half.kind, half.qualifier], [50, 'percent', 'more than']);
    const third = only('A third of the victims were children.', 'A third');
    assert.deepEqual([third.value, third.kind], [33.33, 'percent']);
    assert.deepEqual(texts('One third of the homes and one quarter of schools, two thirds of them, a fifth of roads.'), ['One third', 'one quarter', 'two thirds', 'a fifth']);
    const pct = only('Prices rose 18% last year.', '18%');
    assert.deepEqual([pct.value, pct.kind], [18, 'percent']);
    const money = only('The government pledged $11.7 billion for reconstruction.', '$11.7 billion');
    assert.deepEqual([money.value, money.kind], [11_700_000_000, 'money']);
  });

  it('reads an age after a name', () => {
    const age = only('Dana Ahmed, 40, who was displaced from Gaza City with her three children, said so.', '40');
    assert.equal(age.kind, 'age');
    assert.equal(only('A 10-year-old boy was hurt.', '10-year-old').kind, 'age');
  });

  it('folds qualifier synonyms as the format says', () => {
    const cases: [string, string, string | null][] = [
      ['Militants also seized around 250 hostages.', '250', 'about'],
      ['Some 300 people were evacuated.', '300', 'about'],
      ['An estimated 2,000 people fled.', '2,000', 'about'],
      ['Roughly 40 trucks entered.', '40', 'about'],
      ['Almost 300 homes were destroyed.', '300', 'nearly'],
      ['Close to 90 schools closed.', '90', 'nearly'],
      ['Over 500 people were arrested.', '500', 'more than'],
      ['In excess of 70 rockets were fired.', '70', 'more than'],
      ['No fewer than 5 boats sank.', '5', 'at least'],
      ['Fewer than 10 trucks crossed.', '10', 'less than'],
      ['Under 20 people attended.', '20', 'less than'],
      ['As many as 7 ships were hit.', '7', 'up to'],
      ['Blackouts last up to 12 hours a day.', '12 hours', 'up to'],
      ['29 more Palestinians killed in airstrikes', '29', null],
    ];
    for (const [text, span, q] of cases) assert.equal(only(text, span).qualifier, q, text);
  });
});

describe('figures: what is not a figure', () => {
  it('skips calendar dates, clock times and years', () => {
    assert.deepEqual(texts('Hamas, whose October 7 attack on Israel started the war.'), []);
    assert.deepEqual(texts("Hamas's surprise attack on Israel on 7 October."), []);
    assert.deepEqual(texts('Since Oct. 7, the war has raged.'), []);
    assert.deepEqual(texts('in the southern Gaza Strip July 7, 2024. (Reuters Photo)'), []);
    assert.deepEqual(texts('07 February, 2024'), []);
    assert.deepEqual(texts(' date 2024-05-06 Israel, Hamas blame each other'), []);
    assert.deepEqual(texts('The tremor struck at 11:11 p.m. and again at 3 pm.'), []);
    assert.deepEqual(texts('In 2004, an earthquake hit the town.'), []);
  });

  it('skips numbers inside names, but not in a title-case headline', () => {
    assert.deepEqual(texts('Traffic on Route 60 was halted for hours after the crash.'), []);
    assert.deepEqual(texts('Israeli Strikes Kill 29 In Gaza City Overnight'), ['29']);
  });

  it('skips vague quantity words, fixed phrases, label ordinals and pronoun uses of "one"', () => {
    assert.deepEqual(texts('Scores were released. Several people, dozens of hostages and thousands of fighters; hundreds of thousands of lives.'), []);
    assert.deepEqual(texts('gaps still remain between the two sides, Kirby said.'), []);
    assert.deepEqual(texts('throughout the first phase, first among them the demand'), []);
    assert.deepEqual(texts('Phase two of the deal and round 4 of talks. Three phases.'), ['Three']);
    assert.deepEqual(texts('One of the hostages released spoke. "You\'re the one."'), []);
    assert.deepEqual(texts('treachery during the final quarter-hour of this confrontation'), []);
    assert.deepEqual(texts('after a week-long truce in November'), []);
    assert.deepEqual(texts('He agreed months ago; talks are months away.'), []);
  });
});

describe('figures: subjects and facets', () => {
  it('tells a cumulative toll from a daily one in the same sentence', () => {
    const text = "At least 34,683 Palestinians have been killed, 29 of them in the past 24 hours, and more than 77,000 have been wounded, according to Gaza's health ministry.";
    const total = only(text, '34,683');
    const daily = only(text, '29');
    const wounded = only(text, '77,000');
    assert.deepEqual([total.facets?.noun, total.facets?.event, total.facets?.frame], ['person', 'killed', 'cumulative']);
    assert.deepEqual([daily.facets?.noun, daily.facets?.event, daily.facets?.frame], ['person', 'killed', 'daily']);
    assert.equal(daily.facets?.window, 'in the past 24 hours');
    assert.deepEqual([wounded.facets?.noun, wounded.facets?.event, wounded.facets?.frame], ['person', 'wounded', 'cumulative']);
    assert.equal(total.source, "Gaza's health ministry");
    assert.equal(total.facets?.place, 'Gaza', 'the place comes from the attributed ministry');
  });

  it('anchors a single past event to its date, however the date is written', () => {
    const a = only('The October 7 attack by Hamas resulted in the deaths of 1,205 people, according to official Israeli figures.', '1,205');
    const b = only("Israel's assault followed Hamas's attack on Israel on 7 October, which resulted in the deaths of about 1,160 people.", '1,160');
    assert.equal(a.facets?.anchor, '10-07');
    assert.equal(b.facets?.anchor, '10-07');
    assert.equal(a.facets?.frame, 'event');
    assert.equal(a.source, 'official Israeli figures');
    // "since" a date opens a window: a running toll, not the event's own toll.
    const c = only('Since October 7, more than 30,000 people have been killed in the strip.', '30,000');
    assert.equal(c.facets?.frame, 'cumulative');
    assert.equal(c.facets?.anchor, null);
  });

  it('resolves "the attack" and an elided noun to what came before', () => {
    const text =
      'The October 7 attack by Hamas resulted in the deaths of 1,205 people. Of 251 hostages seized by fighters during the attack, 97 remain in Gaza including 33 the military says are dead.';
    const seized = only(text, '251');
    assert.deepEqual([seized.facets?.noun, seized.facets?.event, seized.facets?.anchor], ['hostage', 'seized', '10-07']);
    const held = only(text, '97');
    assert.deepEqual([held.facets?.noun, held.facets?.event, held.facets?.frame, held.facets?.place], ['hostage', 'held', 'current', 'Gaza']);
    const dead = only(text, '33');
    assert.deepEqual([dead.facets?.noun, dead.facets?.event, dead.facets?.frame], ['hostage', 'killed', 'current']);
    assert.match(held.subject, /^hostages held in Gaza/);
  });

  it('reads a part of a whole, and the whole as a population', () => {
    const text = "According to the UN, 1.7 million of the country's 2.3 million people have been displaced.";
    const part = only(text, '1.7 million');
    const whole = only(text, '2.3 million');
    assert.deepEqual([part.facets?.noun, part.facets?.event, part.facets?.frame], ['person', 'displaced', 'current']);
    assert.deepEqual([whole.facets?.noun, whole.facets?.event], ['person', 'population']);
  });

  it('measures reporting windows of any length', () => {
    const day = only('In the past day, 40 people were killed, the ministry said.', '40');
    assert.deepEqual([day.facets?.frame, day.facets?.windowDays, day.facets?.window], ['daily', 1, 'in the past day']);
    const week = only('Over the past week, at least 300 people were killed across the territory.', '300');
    assert.deepEqual([week.facets?.frame, week.facets?.windowDays], ['daily', 7]);
    // "last week" dates the killing; it is not a rolling window.
    assert.notEqual(only('Last week 20 people were killed in a strike.', '20').facets?.frame, 'daily');
  });

  it('reads the toll of an ongoing war as a running total, a killing "when ..." as one event', () => {
    assert.equal(only('Israel launched a retaliatory offensive, killing at least 37,100 people, the ministry said.', '37,100').facets?.frame, 'cumulative');
    assert.equal(only('The ministry said that 37,000 people had been killed in the territory.', '37,000').facets?.frame, 'cumulative');
    assert.equal(only('Two Palestinians had been killed when troops surrounded a house.', 'Two').facets?.frame, 'event');
  });

  it('reads the age of a war from "N months into", "N months ago", "its Nth month" and "the Nth day of"', () => {
    assert.equal(only('The army expanded an evacuation order nine months into its relentless attacks.', 'nine months').facets?.topic, 'war');
    assert.equal(only('Israel repeated its aim since the start of the offensive nearly seven months ago.', 'seven months').facets?.topic, 'war');
    assert.equal(only('The war, which entered its fifth month on Wednesday, raged on.', 'fifth month').facets?.topic, 'war');
    const day = only('On the 100th day of the war, the ministry spoke.', '100th');
    assert.deepEqual([day.facets?.topic, day.facets?.unitDays], ['war', 1]);
    assert.equal(only('In their third round of talks since the war began, envoys met.', 'third').facets?.topic, null);
  });

  it('reads "the toll passed N" as more than N', () => {
    assert.equal(only('The death toll in the territory has passed 34,000, the ministry said.', '34,000').qualifier, 'more than');
  });

  it('keeps refugees apart from the displaced and a part apart from its whole', () => {
    const text = 'The war has displaced more than 10 million people. About 2 million people have fled to neighbouring countries, including 600,000 to Chad.';
    const displaced = only(text, '10 million');
    const fled = only(text, '2 million');
    const chad = only(text, '600,000');
    assert.equal(displaced.facets?.event, 'displaced');
    assert.equal(fled.facets?.event, 'fled');
    assert.equal(fled.facets?.scope, 'abroad');
    assert.equal(chad.facets?.subset, true);
  });

  it('dates an event by the date in its clause even without an event noun', () => {
    const f = only('About 1,200 people were killed in the south on Oct. 7, according to official tallies.', '1,200');
    assert.deepEqual([f.facets?.frame, f.facets?.anchor], ['event', '10-07']);
  });

  it('never links counts inside a family', () => {
    const f = only('She fled with her three children.', 'three');
    assert.equal(f.facets?.personal, true);
  });

  it('writes a readable subject', () => {
    const f = only('Israeli strikes have killed at least 27,708 people in Gaza, according to the health ministry.', '27,708');
    assert.equal(f.subject, 'people killed in Gaza (health ministry)');
  });
});

describe('figures: events and their dates', () => {
  it('takes the verb of its own clause, not of the clause before "and"', () => {
    const text = 'Officials said 1,240 people had been injured and 1,320 houses destroyed, while 135 were damaged.';
    assert.match(only(text, '1,320').subject, /^houses destroyed \(/);
    assert.match(only(text, '1,240').subject, /^people wounded \(/);
    assert.match(only(text, '135').subject, /^houses damaged \(/);
  });

  it('an elided "and 73,439 injured" counts over the same period as the toll before it', () => {
    const text = 'At least 31,490 people have been killed in Tarvik since the war began, and 73,439 injured.';
    assert.equal(only(text, '31,490').facets?.frame, 'cumulative');
    assert.equal(only(text, '73,439').facets?.frame, 'cumulative');
  });

  it('"Of those, 42" is a part of a count given in an earlier sentence', () => {
    const text = 'The group still holds 120 hostages. Of those, 42 have been declared dead.';
    assert.equal(only(text, '42').facets?.subset, true);
    assert.equal(only(text, '120').facets?.subset, false);
  });

  it('counts "the bodies of six captives" as dead', () => {
    assert.equal(only('The army said the bodies of six captives were recovered from a tunnel.', 'six').facets?.event, 'killed');
  });

  it('reads "rescued" as an event of its own', () => {
    assert.match(only('The army said four hostages were rescued on Saturday.', 'four').subject, /^hostages rescued\b/);
  });

  it('dates the event of a "since <date>, when ..." clause by that date', () => {
    const text = 'The ministry said 40,005 people had been killed since October 7, when militants attacked the border towns, killing about 1,200 people.';
    assert.equal(only(text, '1,200').facets?.anchor, '10-07');
    assert.equal(only(text, '40,005').facets?.frame, 'cumulative');
  });

  it('does not date a toll by the day a period began ("since the escalation began on September 16")', () => {
    const text = 'The ministry said 95 people were killed on Monday alone, bringing the toll since the escalation began on September 16 to 1,873.';
    assert.equal(only(text, '95').facets?.anchor, null);
  });

  it('does not date an event by the dateline the story was filed under', () => {
    const text = 'TARVIK, Moldova, Oct. 8, 2023 (Reuters) - A powerful earthquake killed at least 2,100 people in the north, officials said.';
    const f = only(text, '2,100');
    assert.equal(f.facets?.anchor, null, `anchored to ${f.facets?.anchorText}`);
  });
});

describe('figures: nouns counted without a plural -s', () => {
  it('counts "staff", "police" and "aircraft" as the nouns they are', () => {
    const text = 'About 2,300 staff joined the strike. Some 200 police were deployed and 40 aircraft were grounded.';
    assert.equal(only(text, '2,300').subject, 'staff');
    assert.equal(only(text, '200').subject, 'police');
    assert.equal(only(text, '40').subject, 'aircraft');
  });
});

describe('figures: linear time on hostile input', () => {
  it('handles a 1 MB line of digits and commas, and a 1 MB line of digits, in well under a second', () => {
    for (const text of ['1,'.repeat(500_000), '9'.repeat(1_000_000), '1,234,'.repeat(170_000)]) {
      const lay = layout(text);
      const t0 = performance.now();
      const out = extractFigures({ layout: lay, quotes: [], actors: [], date: null });
      const ms = performance.now() - t0;
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
      for (const f of out) assert.ok(Number.isFinite(f.value));
    }
  });

  it('scales linearly with the number of figures', () => {
    const time = (n: number) => {
      const lay = layout('5 people were killed in the attack, '.repeat(n));
      const t0 = performance.now();
      extractFigures({ layout: lay, quotes: [], actors: [], date: null });
      return performance.now() - t0;
    };
    time(1000); // warm up
    const small = Math.max(time(2000), 1);
    const large = time(8000);
    assert.ok(large < small * 12, `4x the input took ${(large / small).toFixed(1)}x the time`);
  });
});
