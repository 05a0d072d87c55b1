// Direct quotations: which stretches of text are quotes, and their exact spans (marks excluded).
// Every article here is written for the test; every expected offset is computed from the input.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';

interface SpanExpectation {
  start: number;
  end: number;
  text: string;
}

/** The span of `needle` in `text` (the first one at or after `from`); fails if the input lacks it. */
function spanOf(text: string, needle: string, from = 0): SpanExpectation {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `test input lacks ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length, text: needle };
}

function quoteSpans(text: string): SpanExpectation[] {
  return analyzeArticle(text, 'test.txt').quotes.map((q) => ({ start: q.start, end: q.end, text: q.text }));
}

describe('quotes: marks', () => {
  it('takes the words inside straight double quotes, marks excluded', () => {
    const text = 'Maria Keller said "We will rebuild the bridge before winter." The council met later.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'We will rebuild the bridge before winter.')]);
  });

  it('takes the words inside curly double quotes', () => {
    const text = 'Residents gathered outside.\n\u201cThe talks are over for this year,\u201d said Tomas Varga.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'The talks are over for this year,')]);
  });

  it('takes curly single quotes used as quote marks', () => {
    const text = 'Maria Keller called the plan \u2018a betrayal of every voter\u2019 during a radio interview.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'a betrayal of every voter')]);
  });

  it('takes straight single quotes used as quote marks', () => {
    const text = "Tomas Varga described the result as 'a clear mandate for reform' on Sunday evening.";
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'a clear mandate for reform')]);
  });

  it('finds no quote in apostrophes: possessives, plural possessives and contractions', () => {
    const text =
      'The alliance\u2019s negotiators left early. The leaders\' meeting in Vienna ended without a deal, ' +
      "and officials don't expect another before spring. Keller's aides said nothing.";
    assert.deepEqual(quoteSpans(text), []);
  });

  it('keeps an apostrophe inside a single-quoted stretch inside the quote', () => {
    const text = 'Keller called the vote \u2018the alliance\u2019s worst day in a decade\u2019 in a statement.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'the alliance\u2019s worst day in a decade')]);
  });

  it('keeps apostrophes and nested single marks inside a double-quoted stretch as one quote', () => {
    const text = '\u201cThey call it \u2018a final offer\u2019, but we don\u2019t see it that way,\u201d Tomas Varga said.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'They call it \u2018a final offer\u2019, but we don\u2019t see it that way,')]);
  });
});

describe('quotes: stretches', () => {
  it('splits a quote interrupted by "she said" into two quotes', () => {
    const text = '\u201cWe are ready to sign,\u201d Maria Keller said, \u201cbut the other side is not.\u201d';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'We are ready to sign,'), spanOf(text, 'but the other side is not.')]);
  });

  it('gives one quote per paragraph to a quotation spanning paragraphs (earlier ones left unclosed)', () => {
    const text = [
      'Maria Keller listed the obstacles.',
      '\u201cThe first problem is money.',
      '\u201cThe second problem is time.',
      '\u201cThe third problem is trust,\u201d she said.',
    ].join('\n');
    assert.deepEqual(quoteSpans(text), [
      spanOf(text, 'The first problem is money.'),
      spanOf(text, 'The second problem is time.'),
      spanOf(text, 'The third problem is trust,'),
    ]);
  });

  it('does the same with straight marks across paragraphs', () => {
    const text = ['Tomas Varga spoke first.', '"Our harvest failed this year.', '"We need help before winter," he said.'].join('\n');
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'Our harvest failed this year.'), spanOf(text, 'We need help before winter,')]);
  });

  it('counts CRLF line endings as two code units in quote offsets', () => {
    const text = ['Maria Keller listed the obstacles.', '\u201cThe first problem is money.', '\u201cThe second problem is time,\u201d she said.'].join('\r\n');
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'The first problem is money.'), spanOf(text, 'The second problem is time,')]);
  });

  it('takes the stretch since the previous closing mark when a closing mark dangles', () => {
    // Machine-translated text: the second quote lost its opening mark.
    const text = 'Maria Keller spoke.\n\u201cWe will vote,\u201d she said, the reform is overdue and we cannot wait.\u201d';
    const first = spanOf(text, 'We will vote,');
    const danglingAt = text.lastIndexOf('\u201d');
    const secondStart = text.indexOf('she said');
    assert.deepEqual(quoteSpans(text), [first, { start: secondStart, end: danglingAt, text: text.slice(secondStart, danglingAt) }]);
  });

  it('runs an unclosed opening to the end of its paragraph and never into the next', () => {
    const text = 'Tomas Varga said: \u201cThe deadline is Friday and nobody will extend it  \nThe council has not responded to the letter.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'The deadline is Friday and nobody will extend it')]);
  });

  it('does not let an unclosed straight quote swallow the next paragraph', () => {
    const text = 'Maria Keller wrote: "The roads are closed\nPolice said the roads would reopen on Monday.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'The roads are closed')]);
  });

  it('keeps punctuation inside the marks inside the span', () => {
    const text = '\u201cIs this the end?\u201d asked Maria Keller. \u201cNo!\u201d shouted the crowd. She added: "Wait; listen..."';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'Is this the end?'), spanOf(text, 'No!'), spanOf(text, 'Wait; listen...')]);
  });
});

describe('quotes: scare quotes and partial quotes', () => {
  it('does not take a quoted operation code name', () => {
    const text = 'The army launched \u201cOperation Iron Shield\u201d at dawn on Tuesday.';
    assert.deepEqual(quoteSpans(text), []);
  });

  it('does not take a quoted film title', () => {
    const text = 'Critics praised the documentary "The Long Road to Velmar" at the festival in Berlin.';
    assert.deepEqual(quoteSpans(text), []);
  });

  it('does not take a phrase after "so-called" or "dubbed"', () => {
    const text = 'The so-called \u201cpeace dividend\u201d has vanished, and a plan dubbed \u201cthe northern shield\u201d was shelved.';
    assert.deepEqual(quoteSpans(text), []);
  });

  it('takes a one-word partial quote', () => {
    const text = 'Maria Keller vowed to \u201cthwart\u201d the plan by any lawful means.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'thwart')]);
  });

  it('takes a short lowercase partial quote in straight marks', () => {
    const text = 'Tomas Varga promised "total victory" over the insurgents and "swift justice" for the victims.';
    assert.deepEqual(quoteSpans(text), [spanOf(text, 'total victory'), spanOf(text, 'swift justice')]);
  });
});
