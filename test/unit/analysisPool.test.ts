// Background indexing's worker thread gives the same analysis as the extension host's own thread,
// and a worker that cannot run leaves the analysis to the caller.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { AnalysisPool } from '../../src/extension/analysisPool';
import { loadSeeds, repoRoot } from '../../bench/lib/seeds';

describe('analysis worker', () => {
  const script = path.join(repoRoot(), 'dist', 'analysisWorker.js');

  it('analyses each article exactly as the engine does in the calling thread', async () => {
    assert.ok(fs.existsSync(script), `${script} is built (node esbuild.mjs)`);
    const pool = new AnalysisPool(script);
    try {
      for (const seed of loadSeeds()) {
        const analysis = await pool.analyze(seed.file, seed.text);
        assert.ok(analysis && 'article' in analysis, `the worker analysed ${seed.file}`);
        assert.deepStrictEqual(analysis.article, analyzeArticle(seed.text, seed.file));
      }
    } finally {
      pool.dispose();
    }
  });

  it('resolves to nothing when no worker can start, so the caller analyses the article itself', async () => {
    const pool = new AnalysisPool(path.join(repoRoot(), 'dist', 'no-such-worker.js'));
    try {
      assert.strictEqual(await pool.analyze('a.txt', 'The minister said "no".'), undefined);
      assert.strictEqual(await pool.analyze('b.txt', 'Another article.'), undefined, 'and keeps doing so');
    } finally {
      pool.dispose();
    }
  });
});
