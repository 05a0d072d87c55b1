// Guards the quality thresholds of the engine and cross-article issues on the seed gold.
// The scorer and the gold are copies of ../shared (test/fixtures), so CI needs nothing outside the repo.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Corpus } from '../../src/core/corpus';

const ROOT = path.resolve(__dirname, '../../..');
const GOLD = path.join(ROOT, 'test/fixtures/seeds.gold.json');
const SCORER = path.join(ROOT, 'test/fixtures/score.mjs');

/** Minimums from the issues: "Analysis engine" and "Cross-article intelligence". */
const THRESHOLDS: Record<string, number> = {
  'quotes.f1': 0.97,
  'speakers.acc': 0.9,
  'actors.f1': 0.9,
  'actorsTyped.f1': 0.85,
  'places.f1': 0.85,
  'aliases.f1': 0.85,
  'figures.f1': 0.93,
  'values.acc': 0.97,
  'qualifiers.acc': 0.93,
  'kinds.acc': 0.9,
  'dates.acc': 0.8,
  'figureGroups.f1': 0.85,
  'quoteGroups.f1': 0.8,
  'conflicts.f1': 1.0,
};

interface ScoreReport {
  metrics: Record<string, Record<string, number>>;
  failures: string[];
  errors: string[];
}

describe('quality on the seed gold', function () {
  this.timeout(60_000);
  let report: ScoreReport;

  before(() => {
    const corpus = new Corpus();
    const seeds = path.join(ROOT, 'seeds');
    corpus.batch(() => {
      for (const name of fs.readdirSync(seeds).sort()) corpus.upsert(`seeds/${name}`, fs.readFileSync(path.join(seeds, name), 'utf8'));
    });
    const predicted = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-quality-')), 'pred.json');
    fs.writeFileSync(predicted, JSON.stringify(corpus.toDocument()));
    const args = [SCORER, '--gold', GOLD, '--pred', predicted, '--json', '--verbose'];
    for (const [metric, min] of Object.entries(THRESHOLDS)) args.push('--min', `${metric}=${min}`);
    let out: string;
    try {
      out = execFileSync(process.execPath, args, { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
      if (!out) throw e;
    }
    report = JSON.parse(out) as ScoreReport;
  });

  for (const [metric, min] of Object.entries(THRESHOLDS)) {
    it(`${metric} >= ${min}`, () => {
      const [group, field] = metric.split('.');
      const value = report.metrics[group][field];
      assert.ok(value >= min, `${metric} = ${value.toFixed(3)} < ${min}\n${report.errors.slice(0, 40).join('\n')}`);
    });
  }

  it('raises no false alarm on the known non-conflicts', () => {
    assert.equal(report.metrics.conflicts.falseAlarms, 0, report.errors.join('\n'));
  });
});
