// The editor bench's side inside the extension host (its extensionTestsPath): activates Crosscheck
// on the generated workspace, with the Articles view and the cross-reference panel showing and an
// article being typed in, and measures how long the host's event loop is held up while the
// workspace is indexed. Blocks are measured in this process, which is the extension host itself.
// bench/editor.mjs starts it and reads what it writes to CROSSCHECK_BENCH_OUT.
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, performance, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import * as vscode from 'vscode';

const EXTENSION_ID = 'crosscheck.crosscheck';
/** The gap watcher's timer period; a late tick by more than this is time the loop was held. */
const TICK_MS = 2;
/** Longest block allowed by the requirement. */
const BLOCK_LIMIT_MS = 50;
/** Blocks above this are listed one by one (time, length, what ran). */
const LISTED_BLOCK_MS = 20;
/** One keystroke this often while indexing: a fast typist. */
const KEYSTROKE_MS = 100;
/** After indexing, the bench watches this long for the final refresh, and until the host is quiet. */
const TAIL_MIN_MS = 4000;
const TAIL_QUIET_MS = 2000;
const TAIL_MAX_MS = 120_000;

interface SnapshotBuild {
  at: number;
  ms: number;
  articles: number;
}

interface IndexState {
  articles: number;
  indexing: { done: number; total: number } | null;
  lastIndex: { indexed: number; skipped: number; unchanged: number; cancelled: boolean } | null;
  snapshotBuilds: SnapshotBuild[];
}

interface Gap {
  /** performance.now() when the block began. */
  at: number;
  ms: number;
}

/**
 * Ticks a timer every TICK_MS and records each tick: how late it came (the loop was held that
 * long) and the CPU time the host's thread used meanwhile. A block with little CPU behind it is the
 * machine's other load keeping the host off the processor, not work done in the host.
 */
class TickWatcher {
  readonly ticks: Tick[] = [];
  private last = performance.now();
  private lastCpu = cpuMs();
  private readonly timer = setInterval(() => {
    const now = performance.now();
    const cpu = cpuMs();
    this.ticks.push({ at: this.last, ms: Math.max(0, now - this.last - TICK_MS), cpuMs: cpu - this.lastCpu });
    this.last = now;
    this.lastCpu = cpu;
  }, TICK_MS);

  stop(): void {
    clearInterval(this.timer);
  }
}

interface Tick extends Gap {
  cpuMs: number;
}

/** CPU time of the extension host's own thread where Node can tell (22.19+, 23.9+), else of the process (workers included). */
const threadCpuUsage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.bind(process);

function cpuMs(): number {
  const { user, system } = threadCpuUsage ? threadCpuUsage() : process.cpuUsage();
  return (user + system) / 1000;
}

/** Garbage collections, which hold up the loop too: a block they overlap is listed with them. */
class GcWatcher {
  readonly pauses: Gap[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.pauses.push({ at: e.startTime, ms: e.duration });
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  stop(): void {
    this.observer.disconnect();
  }
}

interface PhaseStats {
  ms: number;
  /** How late the loop came round (the 2 ms ticks), in ms: the longest block, p99 and p99.9. */
  maxMs: number;
  p99Ms: number;
  p999Ms: number;
  blocksOver50: number;
  blocksOver20: number;
  /** Blocks over 50 ms during which the process had the CPU for at least half the time: work, not the machine's load. */
  busyBlocksOver50: number;
  /** Garbage collection in the phase: total and longest pause. */
  gcMs: number;
  gcMaxMs: number;
  /** The blocks above LISTED_BLOCK_MS, with the CPU time behind them and the rebuild of the links and GC they overlap. */
  blocks: { at: number; ms: number; cpuMs: number; snapshotMs: number | null; gcMs: number }[];
}

/** A tick belongs to the phase in which it came: a block that began just before the index ended counts after it. */
function phaseStats(ticks: Tick[], from: number, to: number, builds: SnapshotBuild[], gcs: Gap[]): PhaseStats {
  const mine = ticks.filter((t) => t.at + t.ms > from && t.at + t.ms <= to);
  const overlaps = (a: Gap, b: Gap) => b.at < a.at + a.ms && b.at + b.ms > a.at;
  const overlapping = (g: Gap) => builds.find((b) => overlaps(g, b));
  const gcIn = (g: Gap) => round(gcs.filter((c) => overlaps(g, c)).reduce((sum, c) => sum + c.ms, 0));
  const phaseGcs = gcs.filter((c) => c.at >= from && c.at < to);
  const lateness = mine.map((t) => t.ms);
  const over = (ms: number) => mine.filter((t) => t.ms > ms);
  return {
    ms: round(to - from),
    maxMs: round(Math.max(0, ...lateness)),
    p99Ms: round(percentile(lateness, 99)),
    p999Ms: round(percentile(lateness, 99.9)),
    blocksOver50: over(BLOCK_LIMIT_MS).length,
    blocksOver20: over(20).length,
    busyBlocksOver50: over(BLOCK_LIMIT_MS).filter((t) => t.cpuMs >= t.ms / 2).length,
    gcMs: round(phaseGcs.reduce((sum, c) => sum + c.ms, 0)),
    gcMaxMs: round(Math.max(0, ...phaseGcs.map((c) => c.ms))),
    blocks: over(LISTED_BLOCK_MS).map((t) => ({
      at: round(t.at - from),
      ms: round(t.ms),
      cpuMs: round(t.cpuMs),
      snapshotMs: overlapping(t) ? round(overlapping(t)!.ms) : null,
      gcMs: gcIn(t),
    })),
  };
}

/** monitorEventLoopDelay's figures for the whole run (it cannot be split at an instant of the host's choosing). */
function histogramStats(h: IntervalHistogram) {
  const ms = (ns: number) => round(ns / 1e6);
  return { maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), p999Ms: ms(h.percentile(99.9)), meanMs: ms(h.mean) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const state = () => vscode.commands.executeCommand<IndexState>('crosscheck._test.indexState');

/** Types a character at the cursor every KEYSTROKE_MS until stopped; each edit's round trip is timed. */
function startTyping(editor: vscode.TextEditor): { stop: () => Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      await editor.edit((b) => b.insert(editor.selection.active, 'x'), { undoStopBefore: false, undoStopAfter: false });
      latencies.push(performance.now() - start);
      await sleep(Math.max(0, KEYSTROKE_MS - (performance.now() - start)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

export async function run(): Promise<void> {
  const out = process.env.CROSSCHECK_BENCH_OUT;
  const expected = Number(process.env.CROSSCHECK_BENCH_ARTICLES);
  const typingFile = process.env.CROSSCHECK_BENCH_TYPING_FILE;
  if (!out || !expected || !typingFile) throw new Error('run by bench/editor.mjs (CROSSCHECK_BENCH_OUT, _ARTICLES, _TYPING_FILE)');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const alreadyActive = extension.isActive;

  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const ticks = new TickWatcher();
  const gc = new GcWatcher();
  histogram.enable();
  const profiler = process.env.CROSSCHECK_BENCH_PROFILE ? await startProfiler() : undefined;

  const t0 = performance.now();
  // The CPU profile's clock (the monotonic clock, in µs) at t0, to find a block in the profile.
  const t0Monotonic = Number(process.hrtime.bigint() / 1000n);
  await extension.activate();
  const activated = performance.now();
  // What a user looking at a large workspace has on screen: the article list, the panel, an article.
  await vscode.commands.executeCommand('crosscheck.articles.focus');
  await vscode.commands.executeCommand('crosscheck.crossRef.focus');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, typingFile));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const end = document.lineAt(Math.min(2, document.lineCount - 1)).range.end;
  editor.selection = new vscode.Selection(end, end);
  const typing = startTyping(editor);

  // The moment the index finished, as the extension host saw it (the same clock: the same process).
  const indexed = await vscode.commands.executeCommand<IndexState & { indexedAt: number }>('crosscheck._test.whenIndexed');
  const indexedAt = indexed.indexedAt;
  const keystrokes = await typing.stop();

  // The views refresh once indexing ends; watch until that is over and the host is quiet.
  for (;;) {
    await sleep(250);
    const now = performance.now();
    const lastBlock = ticks.ticks.filter((t) => t.ms > BLOCK_LIMIT_MS).at(-1);
    const quietSince = lastBlock ? lastBlock.at + lastBlock.ms : indexedAt;
    if (now - indexedAt > TAIL_MAX_MS || (now - indexedAt > TAIL_MIN_MS && now - quietSince > TAIL_QUIET_MS)) break;
  }
  const tailEnd = performance.now();
  histogram.disable();
  ticks.stop();
  gc.stop();
  if (profiler) fs.writeFileSync(process.env.CROSSCHECK_BENCH_PROFILE!, JSON.stringify(await profiler.stop()));
  const final = await state();
  const builds = final.snapshotBuilds;

  const result = {
    articles: { expected, indexed: indexed.articles, lastIndex: indexed.lastIndex },
    alreadyActive,
    t0Monotonic,
    activationMs: round(activated - t0),
    /** From activation to the workspace index finished with every article in the corpus. */
    indexMs: round(indexedAt - t0),
    during: phaseStats(ticks.ticks, t0, indexedAt, builds, gc.pauses),
    after: phaseStats(ticks.ticks, indexedAt, tailEnd, builds, gc.pauses),
    eventLoopDelay: histogramStats(histogram),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
    cpuOf: threadCpuUsage ? 'thread' : 'process',
    keystrokes: {
      count: keystrokes.length,
      maxMs: round(Math.max(0, ...keystrokes)),
      p99Ms: round(percentile(keystrokes, 99)),
      medianMs: round(percentile(keystrokes, 50)),
    },
    snapshotBuilds: builds.map((b) => ({ at: round(b.at - t0), ms: round(b.ms), articles: b.articles })),
  };
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** A CPU profile of the extension host (CROSSCHECK_BENCH_PROFILE=<file.cpuprofile>), to see what blocked. */
async function startProfiler(): Promise<{ stop: () => Promise<unknown> }> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      session.disconnect();
      return profile;
    },
  };
}
