// The TextMate grammar's patterns, compiled as JavaScript regexes (the constructs used are common to
// Oniguruma and JavaScript), on the cases that colour an article before the engine runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

interface Rule {
  match?: string;
  patterns?: Rule[];
}
const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../syntaxes/news-article.tmLanguage.json'), 'utf8')) as { repository: Record<string, Rule> };

function matchesOf(rule: string, text: string): string[] {
  const r = grammar.repository[rule];
  const sources = r.match ? [r.match] : (r.patterns ?? []).map((p) => p.match!).filter(Boolean);
  return sources.flatMap((source) => {
    const flags = source.startsWith('(?i)') ? 'gi' : 'g';
    return [...text.matchAll(new RegExp(source.replace(/^\(\?i\)/, ''), flags))].map((m) => m[0]);
  });
}

describe('news-article grammar', () => {
  it('colours calendar dates as dates, ahead of the figure rule', () => {
    assert.deepEqual(matchesOf('calendar-date', 'since the October 7 attack, on 7 October and Oct. 7, 2023'), ['October 7', '7 October', 'Oct. 7, 2023']);
  });

  it('colours counts with separators and scale words as figures', () => {
    assert.deepEqual(matchesOf('figure', 'at least 40,861 people and 1.5 million more'), ['40,861', '1.5 million']);
  });

  it('leaves a bare year alone', () => {
    assert.deepEqual(matchesOf('figure', 'in 2023 the toll').filter((m) => /\d/.test(m)), []);
  });
});
