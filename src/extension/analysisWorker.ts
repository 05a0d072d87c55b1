// Runs in a worker thread (dist/analysisWorker.js): analyses the articles background indexing
// reads, so the extension host's own thread only files the results. Analysis is pure; its result
// is plain data, which crosses to the extension host by structured clone.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { AnalysisReply, AnalysisRequest } from './analysisPool';

parentPort?.on('message', ({ id, file, text }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, article: analyzeArticle(text, file) };
  } catch (err) {
    reply = err instanceof Error ? { id, error: err.message, stack: err.stack } : { id, error: String(err) };
  }
  parentPort?.postMessage(reply);
});
