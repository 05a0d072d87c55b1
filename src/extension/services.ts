import type * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import type { SeedLibrary } from './seeds';

/** What every feature receives besides the extension context. */
export interface Services {
  corpus: CorpusService;
  seeds: SeedLibrary;
  output: vscode.OutputChannel;
}

/** One feature of the extension: registers its providers, commands and listeners on the context. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;
