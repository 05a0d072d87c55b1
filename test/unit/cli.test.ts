// The command line: `run(argv, out, err)` prints the analysis format, reports bad input one line
// per file with exit code 2, and still analyses every good file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../../src/cli/main';
import { renderReport } from '../../src/cli/report';
import { Corpus } from '../../src/core/corpus';
import { loadSeeds, repoRoot, syntheticCorpus } from '../../bench/lib/seeds';
import type { AnalysisDocument } from '../../src/core/format';

interface RunResult {
  code: number;
  out: string[];
  err: string[];
}

async function runCli(argv: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out, err };
}

function parseJson(r: RunResult): AnalysisDocument {
  assert.equal(r.out.length, 1, 'one JSON document on stdout');
  return JSON.parse(r.out[0]) as AnalysisDocument;
}

/** The path as the CLI reports it: forward slashes. */
const shown = (p: string): string => p.split(path.sep).join('/');

const ARTICLE_A = 'Floods close roads in Velmar\n\u201cWe need boats, not promises,\u201d Maria Keller said on Friday.';
const ARTICLE_B = 'Talks resume in Geneva\nTomas Varga arrived in Geneva on Monday.';
const ARTICLE_C = 'Harvest fails across the valley\nFarmers in Tarvik lost most of their grain this year.';

describe('cli', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function write(rel: string, content: string | Buffer): string {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  }

  it('analyze --json prints the format with the articles of a folder in path order', async () => {
    const b = write('b.txt', ARTICLE_B);
    const a = write('a.txt', ARTICLE_A);
    const c = write('sub/c.md', ARTICLE_C);
    write('notes.json', '{"not": "an article"}');
    const r = await runCli(['analyze', root, '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual(r.err, []);
    const doc = parseJson(r);
    assert.equal(doc.version, 1);
    const expectedFiles = [a, b, c].map(shown).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    assert.deepEqual(doc.articles.map((x) => x.file), expectedFiles);
    for (const key of ['actors', 'figureGroups', 'quoteGroups', 'conflicts'] as const) assert.ok(Array.isArray(doc[key]), `${key} is a list`);
    const articleA = doc.articles.find((x) => x.file === shown(a))!;
    const quoteText = 'We need boats, not promises,';
    const start = ARTICLE_A.indexOf(quoteText);
    assert.deepEqual(
      articleA.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text })),
      [{ start, end: start + quoteText.length, text: quoteText }],
    );
  });

  it('counts offsets after a BOM is removed', async () => {
    const a = write('a.txt', `\ufeff${ARTICLE_A}`);
    const doc = parseJson(await runCli(['analyze', a, '--json']));
    const quoteText = 'We need boats, not promises,';
    const start = ARTICLE_A.indexOf(quoteText);
    assert.deepEqual(doc.articles[0].quotes.map((q) => [q.start, q.end]), [[start, start + quoteText.length]]);
  });

  it('reports a missing path in one line, exits 2, and still analyses the other files', async () => {
    const a = write('a.txt', ARTICLE_A);
    const missing = path.join(root, 'nowhere', 'gone.txt');
    const r = await runCli(['analyze', missing, a, '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1, `one error line, got ${JSON.stringify(r.err)}`);
    assert.ok(!r.err[0].trimEnd().includes('\n'), 'the error is a single line');
    assert.ok(r.err[0].includes(missing), `the error names the path: ${r.err[0]}`);
    assert.deepEqual(parseJson(r).articles.map((x) => x.file), [shown(a)]);
  });

  it('reports a folder with no articles, exits 2, and still analyses the other files', async () => {
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    write('empty/readme.json', '{}');
    const b = write('b.txt', ARTICLE_B);
    const r = await runCli(['analyze', empty, b, '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1, `one error line, got ${JSON.stringify(r.err)}`);
    assert.ok(!r.err[0].trimEnd().includes('\n'), 'the error is a single line');
    assert.ok(r.err[0].includes(empty), `the error names the folder: ${r.err[0]}`);
    assert.deepEqual(parseJson(r).articles.map((x) => x.file), [shown(b)]);
  });

  it('reports a binary file, exits 2, and still analyses the other files in the folder', async () => {
    const a = write('a.txt', ARTICLE_A);
    const bin = write('b.txt', Buffer.from([0x54, 0x61, 0x6c, 0x6b, 0x00, 0x01, 0x02, 0xff, 0x00, 0x41]));
    const c = write('c.txt', ARTICLE_C);
    const r = await runCli(['analyze', root, '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1, `one error line, got ${JSON.stringify(r.err)}`);
    assert.ok(!r.err[0].trimEnd().includes('\n'), 'the error is a single line');
    assert.ok(r.err[0].includes(shown(bin)) || r.err[0].includes(bin), `the error names the file: ${r.err[0]}`);
    assert.deepEqual(parseJson(r).articles.map((x) => x.file), [shown(a), shown(c)]);
  });

  it('reports a file that is not UTF-8, exits 2, and still analyses the other files in the folder', async () => {
    const a = write('a.txt', ARTICLE_A);
    // Latin-1 bytes: "Caf\xe9 owners in Velmar said the season was lost." (0xe9 alone is invalid UTF-8)
    const latin1 = write('b.txt', Buffer.from('Caf\u00e9 owners in Velmar said the season was lost.', 'latin1'));
    const c = write('c.txt', ARTICLE_C);
    const r = await runCli(['analyze', root, '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1, `one error line, got ${JSON.stringify(r.err)}`);
    assert.ok(!r.err[0].trimEnd().includes('\n'), 'the error is a single line');
    assert.ok(r.err[0].includes(shown(latin1)) || r.err[0].includes(latin1), `the error names the file: ${r.err[0]}`);
    assert.deepEqual(parseJson(r).articles.map((x) => x.file), [shown(a), shown(c)]);
  });

  it('gives one error line per bad input when there are several', async () => {
    write('a.txt', ARTICLE_A);
    write('b.txt', Buffer.from([0x00, 0x00, 0x00]));
    write('c.txt', Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28]));
    const missing = path.join(root, 'missing.txt');
    const r = await runCli(['analyze', root, missing, '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 3, `three error lines, got ${JSON.stringify(r.err)}`);
    for (const name of ['b.txt', 'c.txt', 'missing.txt']) assert.ok(r.err.some((e) => e.includes(name)), `an error names ${name}`);
    assert.equal(parseJson(r).articles.length, 1);
  });

  it('analyses a large folder in worker threads with the same output as one thread', () => {
    const articles = syntheticCorpus(loadSeeds(), 40, 11);
    for (const a of articles) write(a.file, a.text);
    const cli = path.join(repoRoot(), 'dist', 'cli.js');
    const env = { ...process.env, CROSSCHECK_WORKERS: '2' };
    const r = spawnSync(process.execPath, [cli, 'analyze', root, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env });
    assert.equal(r.status, 0, r.stderr);
    const sequential = new Corpus();
    sequential.batch(() => {
      for (const a of articles) sequential.upsert(shown(path.join(root, a.file)), a.text);
    });
    assert.equal(r.stdout, `${renderReport(sequential, 'analyze', 'json')}\n`);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    assert.deepEqual(r.err, []);
    assert.match(r.out.join('\n'), /analyze/);
  });

  it('exits 0 and prints nothing on stderr for a single good file', async () => {
    const a = write('a.txt', ARTICLE_A);
    const r = await runCli(['analyze', a, '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual(r.err, []);
    assert.deepEqual(parseJson(r).articles.map((x) => x.file), [shown(a)]);
  });
});
