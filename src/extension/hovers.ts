import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { ActorMention, Article, Figure, Quote, SpanRef } from '../core/format';
import { displayPath, keyOf } from './articleKeys';
import type { CorpusService } from './corpusService';
import { escapeMarkdown as esc, formatQualified } from './markdown';
import { OPEN_REFERENCE_COMMAND, openReferenceLink } from './navigation';
import type { Feature } from './services';
import { ARTICLE_LANGUAGE } from './settings';
import { spansAt } from './spansAt';

const INDEXING_NOTE = 'Crosscheck is indexing the workspace: what other articles say about this is shown when indexing finishes.';

/** The only commands a hover link may run. */
const HOVER_COMMANDS = [OPEN_REFERENCE_COMMAND, 'crosscheck.showCrossReferences'];

export const registerHovers: Feature = (context, { corpus }) => {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, { provideHover: (document, position) => provideHover(corpus, document, position) }),
  );
};

function provideHover(corpus: CorpusService, document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  // Offsets from an older analysis would describe other words.
  if (!corpus.isCurrent(document)) return undefined;
  const key = keyOf(document.uri);
  // While indexing, the links would be rebuilt from the whole corpus for one hover: the hover
  // describes the article's own spans and says the rest comes when indexing ends.
  const snapshot = corpus.indexing ? undefined : corpus.snapshot();
  const article = snapshot ? snapshot.article(key) : corpus.article(key);
  if (!article) return undefined;
  const offset = document.offsetAt(position);
  const { figure, actor, quote } = spansAt(article, offset);
  if (!figure && !actor && !quote) return undefined;

  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  const sections: string[] = [];
  if (figure) sections.push(describeFigure(corpus, snapshot, article, figure));
  // Completes the walkthrough's "Hover a figure" step (onContext:crosscheck.hoveredFigure).
  if (figure) void vscode.commands.executeCommand('setContext', 'crosscheck.hoveredFigure', true);
  if (actor) sections.push(describeActor(snapshot, actor));
  if (quote) sections.push(describeQuote(snapshot, article, quote));
  if (!snapshot) sections.push(`_${esc(INDEXING_NOTE)}_`);
  md.appendMarkdown(sections.join('\n\n---\n\n'));
  const innermost = figure ?? actor ?? quote!;
  return new vscode.Hover(md, new vscode.Range(document.positionAt(innermost.start), document.positionAt(innermost.end)));
}

function describeFigure(corpus: CorpusService, snapshot: CorpusSnapshot | undefined, article: Article, figure: Figure): string {
  const source = corpus.article(article.file)?.figures.find((f) => f.start === figure.start)?.source ?? null;
  const lines = [
    `$(symbol-number) **Figure** ${esc(formatQualified(figure.value, figure.qualifier, figure.kind))}`,
    '',
    `- value: ${esc(formatQualified(figure.value, null, figure.kind))} (${esc(figure.kind)})`,
    `- qualifier: ${figure.qualifier ? esc(figure.qualifier) : 'none'}`,
    `- subject: ${figure.subject ? esc(figure.subject) : 'not identified'}`,
    `- source: ${source ? esc(source) : 'not stated'}`,
  ];
  if (!snapshot) return lines.join('\n');
  const ref: SpanRef = { file: article.file, start: figure.start, end: figure.end };
  for (const conflict of snapshot.conflictsAt(ref)) {
    lines.push('', `$(warning) **Conflict** in ${esc(conflict.label)}: ${esc(conflict.explanation)}`);
  }
  const group = figure.group ? snapshot.figureGroup(figure.group) : undefined;
  const others = (group?.members ?? []).filter((m) => m.file !== article.file);
  if (group && others.length) {
    lines.push('', `**The same quantity elsewhere** (${esc(group.label)}):`, '');
    for (const member of others) {
      const other = snapshot.article(member.file);
      const value = other?.figures.find((f) => f.start === member.start);
      const shown = value ? formatQualified(value.value, value.qualifier, value.kind) : '?';
      lines.push(`- ${esc(shown)} in ${articleLink(snapshot, member)}`);
    }
  } else {
    lines.push('', '_No other article reports this quantity._');
  }
  return lines.join('\n');
}

function describeQuote(snapshot: CorpusSnapshot | undefined, article: Article, quote: Quote): string {
  const lines = [`$(quote) **Quote** by ${quote.speaker ? esc(quote.speaker) : 'an unattributed speaker'}`];
  if (!snapshot) return lines.join('\n');
  const group = quote.group ? snapshot.quoteGroup(quote.group) : undefined;
  const others = (group?.members ?? []).filter((m) => !(m.file === article.file && m.start === quote.start));
  if (others.length) {
    lines.push('', '**Also quoted in:**', '');
    for (const member of others) {
      const wording = snapshot.article(member.file)?.quotes.find((q) => q.start === member.start)?.text ?? '';
      lines.push(`- "${esc(truncate(wording, 200))}": ${articleLink(snapshot, member)}`);
    }
  } else {
    lines.push('', '_No other article quotes this statement._');
  }
  return lines.join('\n');
}

function describeActor(snapshot: CorpusSnapshot | undefined, mention: ActorMention): string {
  const icon = mention.type === 'person' ? '$(person)' : mention.type === 'place' ? '$(location)' : '$(organization)';
  const lines = [`${icon} **${esc(mention.name)}** (${esc(mention.type)})`];
  if (!snapshot) return lines.join('\n');
  const actor = snapshot.actor(mention.name);
  const otherNames = (actor?.aliases ?? []).filter((a) => a !== mention.name);
  if (otherNames.length) lines.push('', `Also called: ${otherNames.map(esc).join(', ')}`);
  const perArticle = new Map<string, number>();
  for (const a of snapshot.document.articles) {
    const count = a.actors.filter((m) => m.name === mention.name).length;
    if (count) perArticle.set(a.file, count);
  }
  const total = [...perArticle.values()].reduce((s, n) => s + n, 0);
  lines.push('', `Mentioned ${total} time${total === 1 ? '' : 's'} in ${perArticle.size} article${perArticle.size === 1 ? '' : 's'}:`, '');
  for (const [file, count] of perArticle) lines.push(`- ${esc(displayPath(file))}: ${count}`);
  return lines.join('\n');
}

function articleLink(snapshot: CorpusSnapshot, member: SpanRef): string {
  const other = snapshot.article(member.file);
  const date = other?.date ? ` (${esc(other.date)})` : ' (undated)';
  return `[${esc(displayPath(member.file))}](${openReferenceLink(member)} "Open at this place")${date}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
