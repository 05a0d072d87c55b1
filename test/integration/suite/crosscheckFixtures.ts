// Shared steps of the Crosscheck integration tests. The expected analysis comes from the engine
// itself (src/core, bundled into the test), never from the extension under test.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Corpus } from '../../../src/core/corpus';
import type { AppliedDecorations } from '../../../src/extension/decorations';

// The shapes the extension's test command reports (type-only: nothing of the extension is bundled).
export type { AppliedDecorations, OffsetRange } from '../../../src/extension/decorations';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const EXTENSION_ID = 'crosscheck.crosscheck';
export const SEED_SCHEME = 'crosscheck-seed';
export const SEED_NAMES = fs
  .readdirSync(path.join(REPO_ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SEED_SCHEME, path: `/seeds/${name}` });
}

export function seedText(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'seeds', name), 'utf8');
}

export async function activateCrosscheck(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in the test instance`);
  await extension.activate();
}

/** Runs "Open Seed Articles" and returns the seed documents it opened. */
export async function openSeeds(): Promise<vscode.TextDocument[]> {
  await activateCrosscheck();
  const opened = await vscode.commands.executeCommand<string[]>('crosscheck.openSeedArticles');
  const documents: vscode.TextDocument[] = [];
  for (const uri of opened) {
    const document = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && d.languageId === 'news-article'),
      `seed ${uri} open as news-article`,
    );
    documents.push(document);
  }
  return documents;
}

/** The engine's own view of the seed articles, keyed like the extension keys them. */
export function seedCorpus(): Corpus {
  const corpus = new Corpus();
  corpus.batch(() => {
    for (const name of SEED_NAMES) corpus.upsert(seedUri(name).toString(), seedText(name));
  });
  return corpus;
}

/** Polls until `probe` returns something truthy; fails naming what never happened. */
export async function waitFor<T>(probe: () => T | undefined | null | false | Thenable<T | undefined | null | false>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the extension's corpus holds the analysis of the document's current version. */
export function waitForAnalysis(document: vscode.TextDocument): Promise<true> {
  return waitFor(
    () => vscode.commands.executeCommand<boolean>('crosscheck._test.isCurrent', document.uri.toString()),
    `analysis of ${document.uri.toString()} at version ${document.version}`,
  );
}

/** Markdown as the reader sees it: backslash escapes removed. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Waits for the decorations painted for the document's current version. */
export function appliedDecorationsOf(document: vscode.TextDocument): Promise<AppliedDecorations> {
  return waitFor(async () => {
    const applied = await vscode.commands.executeCommand<AppliedDecorations | null>('crosscheck._test.decorations', document.uri.toString());
    return applied && applied.version === document.version ? applied : undefined;
  }, `decorations of ${path.basename(document.uri.path)} at version ${document.version}`);
}
