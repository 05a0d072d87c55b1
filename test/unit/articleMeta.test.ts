// An article's publication date and headline, as found in its text.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';

const dateOf = (text: string): string | null => analyzeArticle(text, 'test.txt').date;
const titleOf = (text: string): string | null => analyzeArticle(text, 'test.txt').title;

/** Filler body text without any date, numbers of days or month names, of at least `chars` characters. */
function filler(chars: number): string {
  const sentence = 'The committee met again to discuss the water supply and the state of the roads. ';
  return sentence.repeat(Math.ceil(chars / sentence.length));
}

describe('articleMeta: date', () => {
  it('reads an ISO date near the top', () => {
    const text = 'Velm Daily\n2024-03-15\nFloods close roads across the north\nHeavy rain closed roads on Friday.';
    assert.equal(dateOf(text), '2024-03-15');
  });

  it('reads "July 7, 2024"', () => {
    const text = 'Floods close roads across the north\nPublished July 7, 2024\nHeavy rain closed roads on Friday.';
    assert.equal(dateOf(text), '2024-07-07');
  });

  it('reads "07 February, 2024"', () => {
    const text = 'Floods close roads across the north\nBy Lena Fischer | 07 February, 2024\nHeavy rain closed roads on Friday.';
    assert.equal(dateOf(text), '2024-02-07');
  });

  it('takes the first full date when the body mentions an earlier event', () => {
    const text = 'Talks resume in Geneva\nMay 2, 2024\nThe talks, first held on October 7, 2023, resumed on Thursday.';
    assert.equal(dateOf(text), '2024-05-02');
  });

  it('gives null when the text has no full date', () => {
    const text = 'Talks resume in Geneva\nThe talks resumed on Thursday, a year after they began in 2023 and stalled in March.';
    assert.equal(dateOf(text), null);
  });

  it('ignores a date deep in the body, beyond the first 1500 characters', () => {
    const head = `Talks resume in Geneva\n${filler(1600)}`;
    assert.ok(head.length > 1500);
    const text = `${head}\nThe next round is planned for March 3, 2025.`;
    assert.equal(dateOf(text), null);
  });

  it('still finds a date just inside the first 1500 characters', () => {
    const head = `Talks resume in Geneva\n${filler(1300)}`.slice(0, 1400);
    const text = `${head}\nMarch 3, 2025\n${filler(400)}`;
    assert.ok(text.indexOf('March 3, 2025') + 'March 3, 2025'.length <= 1500);
    assert.equal(dateOf(text), '2025-03-03');
  });
});

describe('articleMeta: title', () => {
  it('takes the headline line', () => {
    const headline = 'Ruritania and Moldova agree to reopen border crossing';
    const text = `${headline}\nThe two governments announced on Monday that the crossing would reopen to trucks and buses next week after months of talks.`;
    assert.equal(titleOf(text), headline);
  });

  it('skips an outlet name and boilerplate before the headline', () => {
    const headline = 'Floods close roads across the north of Velmar';
    const text = `Velm Daily\nSkip to main content\n${headline}\nHeavy rain closed dozens of roads on Friday, leaving villages cut off for a second day running.`;
    assert.equal(titleOf(text), headline);
  });

  it('drops a date stamp written before the headline on the same line', () => {
    const headline = 'Floods close roads across the north of Velmar';
    const text = `2024-03-15 ${headline}\nHeavy rain closed dozens of roads on Friday, leaving villages cut off for a second day running.`;
    assert.equal(titleOf(text), headline);
  });

  it('takes a three-word headline, but not a capitalised section label', () => {
    const text = 'Middle East\nVelmar floods spread\nHeavy rain closed dozens of roads on Friday, leaving villages cut off for a second day running.';
    assert.equal(titleOf(text), 'Velmar floods spread');
  });

  it('skips a "Published" or "Updated" line before the headline', () => {
    const headline = 'Floods close roads across the north of Velmar';
    const text = `Published On 8 Oct 2023\n${headline}\nHeavy rain closed dozens of roads on Friday, leaving villages cut off for a second day running.`;
    assert.equal(titleOf(text), headline);
  });

  it('gives null when the article opens straight into its lede', () => {
    const text =
      'Heavy rain closed dozens of roads across the north of Velmar on Friday, leaving several villages cut off for a second day running.\n' +
      'Rescue teams reached the worst-hit areas by boat.';
    assert.equal(titleOf(text), null);
  });
});
