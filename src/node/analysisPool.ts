import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeArticle, type AnalyzedArticle } from '../core/analyze';

export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
}

export type AnalysisReply =
  | { id: number; article: AnalyzedArticle; heapUsed: number }
  | { id: number; error: string; stack?: string; heapUsed: number };

/** What a worker made of one article: its analysis, or the engine's error. */
export type Analysis = { article: AnalyzedArticle } | { error: Error };

interface PoolWorker {
  worker: Worker;
  /** Requests sent and not yet answered. */
  busy: number;
  /** The largest heap the worker reported after an article: its share of the memory the analysis took. */
  peakHeapUsed: number;
}

/**
 * Analysis off the calling thread, in `size` worker threads started on first use. The extension
 * host uses one, so thousands of articles neither hold up typing nor leave their garbage to the
 * host's collector; the command line and the bench use one per core. Each request goes to the
 * least busy worker. When no worker can run, `analyze` resolves to undefined and the caller
 * analyses the article on its own thread.
 */
export class AnalysisPool {
  private workers: PoolWorker[] = [];
  private started = false;
  private failed = false;
  private nextId = 0;
  private readonly pending = new Map<number, (analysis: Analysis | undefined) => void>();

  constructor(
    private readonly script = path.join(__dirname, 'analysisWorker.js'),
    private readonly size = 1,
  ) {}

  analyze(file: string, text: string): Promise<Analysis | undefined> {
    const target = this.leastBusy();
    if (!target) return Promise.resolve(undefined);
    const id = this.nextId++;
    // A worker with work keeps the process alive until it answers; an idle one does not.
    if (target.busy++ === 0) target.worker.ref();
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      target.worker.postMessage({ id, file, text } satisfies AnalysisRequest);
    });
  }

  /**
   * Analyses `articles` in the workers, a bounded number in flight, and yields the results in the
   * order given, so that whoever files them builds the same corpus as a sequential run would. An
   * article no worker could take is analysed on the calling thread; an engine error is thrown.
   */
  async *analyzeInOrder(articles: readonly { file: string; text: string }[]): AsyncGenerator<{ file: string; article: AnalyzedArticle }> {
    const window = Math.max(4, 8 * this.size);
    const inFlight: Promise<Analysis | undefined>[] = [];
    let sent = 0;
    for (let i = 0; i < articles.length; i++) {
      while (sent < articles.length && sent < i + window) {
        inFlight.push(this.analyze(articles[sent].file, articles[sent].text));
        sent++;
      }
      const analysis = await inFlight.shift();
      const { file, text } = articles[i];
      if (analysis === undefined) yield { file, article: analyzeArticle(text, file) };
      else if ('error' in analysis) throw analysis.error;
      else yield { file, article: analysis.article };
    }
  }

  /** Sum over the workers of the largest heap each reported (bytes). */
  get workersPeakHeapUsed(): number {
    let sum = 0;
    for (const w of this.workers) sum += w.peakHeapUsed;
    return sum;
  }

  dispose(): void {
    this.failed = true;
    for (const w of this.workers) void w.worker.terminate();
    this.workers = [];
    this.settleAll();
  }

  private leastBusy(): PoolWorker | undefined {
    if (!this.started) this.start();
    let best: PoolWorker | undefined;
    for (const w of this.workers) if (!best || w.busy < best.busy) best = w;
    return best;
  }

  private start(): void {
    this.started = true;
    for (let i = 0; i < this.size && !this.failed; i++) {
      try {
        const entry: PoolWorker = { worker: new Worker(this.script), busy: 0, peakHeapUsed: 0 };
        entry.worker.on('message', (reply: AnalysisReply) => {
          if (--entry.busy === 0) entry.worker.unref();
          entry.peakHeapUsed = Math.max(entry.peakHeapUsed, reply.heapUsed);
          const resolve = this.pending.get(reply.id);
          this.pending.delete(reply.id);
          resolve?.('article' in reply ? { article: reply.article } : { error: Object.assign(new Error(reply.error), { stack: reply.stack }) });
        });
        // A worker that cannot start or dies takes the pool down: its requests, and every later
        // one, go back to the caller's own thread.
        const give = () => this.dispose();
        entry.worker.on('error', give);
        entry.worker.on('exit', give);
        entry.worker.unref();
        this.workers.push(entry);
      } catch {
        this.dispose();
      }
    }
  }

  private settleAll(): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
