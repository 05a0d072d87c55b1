// The analysis worker threads (background indexing, large command-line runs) give the same analysis
// as the calling thread, in the order asked, and a worker that cannot run leaves the analysis to the caller.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { AnalysisPool } from '../../src/node/analysisPool';
import { loadSeeds, repoRoot, syntheticCorpus } from '../../bench/lib/seeds';

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

  it('analyses many articles in several workers and yields them in the order given', async () => {
    const articles = syntheticCorpus(loadSeeds(), 40, 7);
    const pool = new AnalysisPool(script, 2);
    try {
      const files: string[] = [];
      for await (const { file, article } of pool.analyzeInOrder(articles)) {
        files.push(file);
        const text = articles[files.length - 1].text;
        assert.deepStrictEqual(article, analyzeArticle(text, file), `${file} as the calling thread analyses it`);
      }
      assert.deepStrictEqual(files, articles.map((a) => a.file));
      assert.ok(pool.workersPeakHeapUsed > 0, 'the workers report the heap their analysis took');
    } finally {
      pool.dispose();
    }
  });

  it('analyses in the calling thread, in order, when no worker can start', async () => {
    const articles = syntheticCorpus(loadSeeds(), 5, 8);
    const pool = new AnalysisPool(path.join(repoRoot(), 'dist', 'no-such-worker.js'), 2);
    try {
      const got: string[] = [];
      for await (const { file, article } of pool.analyzeInOrder(articles)) {
        got.push(file);
        assert.deepStrictEqual(article, analyzeArticle(articles[got.length - 1].text, file));
      }
      assert.deepStrictEqual(got, articles.map((a) => a.file));
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
