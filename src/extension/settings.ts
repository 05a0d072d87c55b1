import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_BYTES } from '../core/decode';

export const ARTICLE_LANGUAGE = 'news-article';

const DEFAULT_ARTICLE_GLOBS = ['seeds/**/*.txt', 'articles/**/*.{txt,md}'];

export function articleGlobs(scope?: vscode.ConfigurationScope): string[] {
  const globs = vscode.workspace.getConfiguration('crosscheck', scope).get<string[]>('articleGlobs', DEFAULT_ARTICLE_GLOBS);
  return Array.isArray(globs) ? globs.filter((g) => typeof g === 'string' && g.trim() !== '') : DEFAULT_ARTICLE_GLOBS;
}

export function maxFileSize(): number {
  const size = vscode.workspace.getConfiguration('crosscheck').get<number>('maxFileSize', DEFAULT_MAX_FILE_BYTES);
  return typeof size === 'number' && size > 0 ? size : DEFAULT_MAX_FILE_BYTES;
}

export interface DecorationToggles {
  quotes: boolean;
  actors: boolean;
  figures: boolean;
}

export function decorationToggles(): DecorationToggles {
  const config = vscode.workspace.getConfiguration('crosscheck.decorations');
  return {
    quotes: config.get<boolean>('quotes', true),
    actors: config.get<boolean>('actors', true),
    figures: config.get<boolean>('figures', true),
  };
}

/** The article globs of every workspace folder, as patterns VS Code can search and watch. */
export function articlePatterns(): vscode.RelativePattern[] {
  const patterns: vscode.RelativePattern[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of articleGlobs(folder)) patterns.push(new vscode.RelativePattern(folder, glob));
  }
  return patterns;
}

export function isArticleDocument(document: vscode.TextDocument): boolean {
  return document.languageId === ARTICLE_LANGUAGE;
}
