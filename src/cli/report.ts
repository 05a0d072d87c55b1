import type { Corpus } from '../core/corpus';
import type { AnalysisDocument, Conflict } from '../core/format';

export type ReportFormat = 'json' | 'text' | 'markdown';
export type ReportKind = 'analyze' | 'conflicts';

export function renderReport(corpus: Corpus, kind: ReportKind, format: ReportFormat): string {
  const doc = corpus.toDocument();
  if (format === 'json') return JSON.stringify(kind === 'analyze' ? doc : { version: 1, conflicts: doc.conflicts }, null, 2);
  const md = format === 'markdown';
  return kind === 'analyze' ? renderAnalysis(doc, md) : renderConflicts(doc.conflicts, md);
}

function renderAnalysis(doc: AnalysisDocument, md: boolean): string {
  const lines: string[] = [];
  for (const a of doc.articles) {
    lines.push(md ? `## ${a.title ?? a.file}` : `${a.file}`);
    if (md) lines.push('', `\`${a.file}\``, '');
    else if (a.title) lines.push(`  title: ${a.title}`);
    lines.push(`${md ? '- ' : '  '}date: ${a.date ?? 'unknown'} · ${a.quotes.length} quotes · ${a.actors.length} actor mentions · ${a.figures.length} figures`);
    for (const q of a.quotes) lines.push(`${md ? '- ' : '  '}quote  “${clip(q.text, 70)}” — ${q.speaker ?? 'unattributed'}`);
    for (const f of a.figures) {
      lines.push(`${md ? '- ' : '  '}figure ${f.qualifier ? `${f.qualifier} ` : ''}${f.text} = ${f.value} (${f.kind}) ${f.subject}`);
    }
    lines.push('');
  }
  lines.push(renderConflicts(doc.conflicts, md));
  return lines.join('\n');
}

function renderConflicts(conflicts: Conflict[], md: boolean): string {
  if (conflicts.length === 0) return md ? '_No conflicting figures._' : 'No conflicting figures.';
  const lines = [md ? `## ${conflicts.length} conflicting figure${conflicts.length === 1 ? '' : 's'}` : `${conflicts.length} conflict(s):`];
  for (const c of conflicts) {
    lines.push(md ? `- **${c.label}**: ${c.explanation}` : `- ${c.label}`);
    if (!md) lines.push(`    ${c.explanation}`);
    for (const f of c.figures) {
      lines.push(`${md ? '  - ' : '    · '}${f.qualifier ? `${f.qualifier} ` : ''}${f.value.toLocaleString('en-US')} in ${f.file}${f.date ? ` (${f.date})` : ''}`);
    }
  }
  return lines.join('\n');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
