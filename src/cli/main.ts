import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Corpus, comparePaths } from '../core/corpus';
import { decodeArticle, isArticlePath } from '../core/decode';
import { AnalysisPool } from '../node/analysisPool';
import { renderReport, type ReportFormat } from './report';

const USAGE = `Usage:
  crosscheck analyze <file|folder>... [--json | --format json|text|markdown]
  crosscheck conflicts <file|folder>... [--format text|markdown|json]

Folders are searched recursively for .txt and .md articles. From 32 articles on, they are
analysed in worker threads: one per core but one, or CROSSCHECK_WORKERS of them.
Exit codes: 0 done (conflicts or not); 2 bad input (the other files are still analysed).`;

interface Options {
  command: string;
  paths: string[];
  format: ReportFormat;
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return USAGE;
  if (command !== 'analyze' && command !== 'conflicts') return `crosscheck: unknown command '${command}'\n${USAGE}`;
  const paths: string[] = [];
  let format: ReportFormat = 'text';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') format = 'json';
    else if (a === '--format') {
      const f = rest[++i];
      if (f !== 'json' && f !== 'text' && f !== 'markdown') return `crosscheck: --format takes json, text or markdown`;
      format = f;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `crosscheck: unknown option '${a}'\n${USAGE}`;
    else paths.push(a);
  }
  if (paths.length === 0) return `crosscheck: no paths given\n${USAGE}`;
  return { command, paths, format };
}

/** Expands folders into article files; reports what is missing or empty. */
function collectFiles(paths: string[], problems: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): number => {
    let found = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => comparePaths(a.name, b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) found += walk(p);
      else if (entry.isFile() && isArticlePath(entry.name)) {
        files.push(p);
        found++;
      }
    }
    return found;
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) {
      if (walk(p) === 0) problems.push(`${p}: no .txt or .md articles in this folder`);
    } else files.push(p);
  }
  return [...new Set(files)].sort(comparePaths);
}

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    (options === USAGE ? out : err)(options);
    return options === USAGE ? 0 : 2;
  }
  const problems: string[] = [];
  const files = collectFiles(options.paths, problems);
  const articles: { file: string; text: string }[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      problems.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      problems.push(`${file}: ${decoded.reason}; skipped`);
      continue;
    }
    articles.push({ file: file.split(path.sep).join('/'), text: decoded.text });
  }
  const corpus = await analyzeCorpus(articles);
  for (const p of problems) err(`crosscheck: ${p}`);
  out(renderReport(corpus, options.command === 'conflicts' ? 'conflicts' : 'analyze', options.format));
  return problems.length ? 2 : 0;
}

/** Below this many articles, starting worker threads (each compiles the engine anew) costs more than it saves. */
const PARALLEL_FROM_ARTICLES = 32;

/**
 * Analyses the articles and links them. With many articles and at least three cores, the analysis
 * runs in one worker thread per core but one, the last one being this thread's, which reads each
 * result back (structured clone, about 0.2 ms an article each way) and links it. On two cores that
 * costs about a third more CPU than one thread and gains nothing, so one thread does it all.
 */
async function analyzeCorpus(articles: { file: string; text: string }[]): Promise<Corpus> {
  const corpus = new Corpus();
  const workers = workerCount(process.env.CROSSCHECK_WORKERS);
  if (articles.length < PARALLEL_FROM_ARTICLES || workers < 2) {
    corpus.batch(() => {
      for (const a of articles) corpus.upsert(a.file, a.text);
    });
    return corpus;
  }
  const pool = new AnalysisPool(path.join(__dirname, 'analysisWorker.js'), workers);
  try {
    // Filed as they come, so linking here overlaps the analysis in the workers.
    for await (const { file, article } of pool.analyzeInOrder(articles)) corpus.put(file, article);
  } finally {
    pool.dispose();
  }
  return corpus;
}

/** CROSSCHECK_WORKERS, a whole number, sets the worker threads (0 or 1: none); otherwise one per core but one. */
function workerCount(setting: string | undefined): number {
  const wanted = setting !== undefined && /^\d+$/.test(setting.trim()) ? Number(setting) : os.availableParallelism() - 1;
  return Math.min(wanted, 16);
}

if (require.main === module) {
  void run(process.argv.slice(2), (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`), (s) => process.stderr.write(`${s}\n`)).then((code) => {
    process.exitCode = code;
  });
}
