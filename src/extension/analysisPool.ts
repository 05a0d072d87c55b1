import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AnalyzedArticle } from '../core/analyze';

export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
}

export type AnalysisReply = { id: number; article: AnalyzedArticle } | { id: number; error: string; stack?: string };

/** What the worker made of one article: its analysis, or the engine's error. */
export type Analysis = { article: AnalyzedArticle } | { error: Error };

/**
 * Background indexing's analysis, off the extension host's thread: one worker thread (the analysis
 * of thousands of articles would otherwise hold up typing, and leave its garbage to the host's
 * collector). Started on first use. When no worker can run, `analyze` resolves to undefined and
 * the caller analyses on its own thread.
 */
export class AnalysisPool {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly pending = new Map<number, (analysis: Analysis | undefined) => void>();

  constructor(private readonly script = path.join(__dirname, 'analysisWorker.js')) {}

  analyze(file: string, text: string): Promise<Analysis | undefined> {
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, file, text } satisfies AnalysisRequest);
    });
  }

  dispose(): void {
    this.failed = true;
    void this.worker?.terminate();
    this.settleAll();
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.on('message', (reply: AnalysisReply) => {
        const resolve = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        resolve?.('article' in reply ? { article: reply.article } : { error: Object.assign(new Error(reply.error), { stack: reply.stack }) });
      });
      // A worker that cannot start or dies leaves its requests to the caller's own thread.
      const give = () => {
        this.failed = true;
        this.worker = undefined;
        this.settleAll();
      };
      worker.on('error', give);
      worker.on('exit', give);
      // Idle between indexes; it must not keep the extension host alive on shutdown.
      worker.unref();
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private settleAll(): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
