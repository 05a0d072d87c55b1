// Runs in a worker thread (dist/analysisWorker.js): analyses the articles it is sent, so the thread
// that asked (the extension host, the command line) only files the results. Analysis is pure; its
// result is plain data, which crosses back by structured clone.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalysisReply, AnalysisRequest } from './analysisPool';

parentPort?.on('message', ({ id, file, text }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const article = analyzeArticle(text, file);
    reply = { id, article, heapUsed: getHeapStatistics().used_heap_size };
  } catch (err) {
    const heapUsed = getHeapStatistics().used_heap_size;
    reply = err instanceof Error ? { id, error: err.message, stack: err.stack, heapUsed } : { id, error: String(err), heapUsed };
  }
  parentPort?.postMessage(reply);
});
