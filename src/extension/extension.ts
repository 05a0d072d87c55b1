import * as vscode from 'vscode';
import { registerArticleDocuments } from './articleDocuments';
import { registerArticlesView } from './articlesView';
import { registerConflicts } from './conflicts';
import { CorpusService } from './corpusService';
import { registerDecorations } from './decorations';
import { registerHovers } from './hovers';
import { registerNavigation } from './navigation';
import { registerCrossRefView } from './panel/crossRefView';
import { registerSeeds, SeedLibrary } from './seeds';
import type { Feature, Services } from './services';
import { registerStatusBar } from './statusBar';
import { registerTestCommands } from './testCommands';

const FEATURES: Feature[] = [
  registerSeeds,
  registerArticleDocuments,
  registerNavigation,
  registerDecorations,
  registerHovers,
  registerCrossRefView,
  registerConflicts,
  registerArticlesView,
  registerStatusBar,
  registerTestCommands,
];

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Crosscheck');
  const corpus = new CorpusService(output);
  const services: Services = { corpus, seeds: new SeedLibrary(context.extensionUri), output };
  context.subscriptions.push(output, corpus);
  for (const feature of FEATURES) feature(context, services);
  corpus.start();
}

export function deactivate(): void {}
