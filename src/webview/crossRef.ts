// The cross-reference panel's script. It builds every node itself and inserts article text only
// through textContent, so nothing an article says can become markup or script.
import './crossRef.css';
import type { ArticleOccurrences, ChartPoint, CrossRefModel, FromWebview, OccurrenceView, PanelRef, ToWebview } from '../extension/panel/protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const SVG_NS = 'http://www.w3.org/2000/svg';

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message?.type === 'show') renderModel(message.model);
  else if (message?.type === 'empty') renderEmpty(message.message);
});
vscode.postMessage({ type: 'ready' });

function renderEmpty(text: string): void {
  root.replaceChildren(el('p', 'empty', text));
}

function renderModel(model: CrossRefModel): void {
  const parts: Node[] = [el('h2', 'heading', model.heading), el('p', 'subheading', model.subheading)];
  for (const explanation of model.conflicts) {
    const warning = el('p', 'conflict', '');
    warning.append(el('strong', '', 'Conflict: '), document.createTextNode(explanation));
    warning.setAttribute('role', 'alert');
    parts.push(warning);
  }
  if (model.chart.length >= 2) parts.push(renderChart(model.chart));
  for (const article of model.articles) parts.push(renderArticle(article, model.kind));
  root.replaceChildren(...parts);
}

function renderArticle(article: ArticleOccurrences, kind: CrossRefModel['kind']): HTMLElement {
  const section = el('section', 'article', '');
  const header = el('header', '', '');
  header.append(el('span', 'article-title', article.label), el('span', 'article-date', article.date ?? 'undated'));
  section.append(header);
  if (article.path !== article.label) section.append(el('div', 'article-path', article.path));
  const list = el('ul', 'occurrences', '');
  for (const occurrence of article.occurrences) list.append(renderOccurrence(occurrence, kind));
  section.append(list);
  return section;
}

function renderOccurrence(occurrence: OccurrenceView, kind: CrossRefModel['kind']): HTMLElement {
  const item = el('li', 'occurrence', '');
  if (occurrence.current) item.classList.add('current');
  if (occurrence.conflicting) item.classList.add('conflicting');
  const button = el('button', 'open', '');
  button.type = 'button';
  button.title = 'Open the article at this place';
  button.addEventListener('click', () => open(occurrence.ref));
  const wording = el(kind === 'quote' ? 'q' : 'span', 'wording', '');
  if (occurrence.diff) {
    for (const part of occurrence.diff) {
      const tag = part.kind === 'added' ? 'ins' : part.kind === 'removed' ? 'del' : 'span';
      wording.append(el(tag, part.kind === 'same' ? '' : `diff-${part.kind}`, part.text));
    }
  } else {
    wording.textContent = occurrence.text;
  }
  button.append(wording);
  const meta = el('span', 'meta', occurrence.detail + (occurrence.source ? ` \u00b7 ${occurrence.source}` : ''));
  if (occurrence.current) meta.append(el('span', 'badge', 'here'));
  if (occurrence.conflicting) meta.append(el('span', 'badge conflict-badge', 'conflict'));
  item.append(button, meta);
  return item;
}

/** Value over publication date, one dot per dated figure, joined in date order. */
function renderChart(points: ChartPoint[]): Element {
  const width = 280;
  const height = 120;
  const pad = { left: 44, right: 10, top: 10, bottom: 22 };
  const times = points.map((p) => Date.parse(p.date));
  const values = points.map((p) => p.value);
  const [t0, t1] = spread(Math.min(...times), Math.max(...times));
  const [v0, v1] = spread(Math.min(...values), Math.max(...values));
  const x = (t: number) => pad.left + ((t - t0) / (t1 - t0)) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - ((v - v0) / (v1 - v0)) * (height - pad.top - pad.bottom);

  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img' });
  const title = svgEl('title', {});
  title.textContent = 'Value by article date';
  svg.append(title);
  svg.append(svgEl('line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: 'axis' }));
  svg.append(svgEl('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: 'axis' }));
  for (const [value, label] of [
    [v0, formatAxis(v0)],
    [v1, formatAxis(v1)],
  ] as const) {
    const text = svgEl('text', { x: pad.left - 4, y: y(value) + 4, class: 'tick', 'text-anchor': 'end' });
    text.textContent = label;
    svg.append(text);
  }
  for (const [time, anchor] of [
    [t0, 'start'],
    [t1, 'end'],
  ] as const) {
    const text = svgEl('text', { x: x(time), y: height - 6, class: 'tick', 'text-anchor': anchor });
    text.textContent = new Date(time).toISOString().slice(0, 10);
    svg.append(text);
  }
  svg.append(svgEl('polyline', { points: points.map((p, i) => `${x(times[i])},${y(p.value)}`).join(' '), class: 'series' }));
  points.forEach((p, i) => {
    const dot = svgEl('circle', { cx: x(times[i]), cy: y(p.value), r: p.current ? 5 : 3.5, class: `point${p.current ? ' current' : ''}${p.conflicting ? ' conflicting' : ''}`, tabindex: 0 });
    const tip = svgEl('title', {});
    tip.textContent = `${p.date}: ${p.label}`;
    dot.append(tip);
    dot.addEventListener('click', () => open(p.ref));
    dot.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') open(p.ref);
    });
    svg.append(dot);
  });
  return svg;
}

/** A range that is never empty, so a single value or date still has somewhere to sit. */
function spread(low: number, high: number): [number, number] {
  if (high > low) return [low, high];
  const margin = Math.abs(low) * 0.1 || 1;
  return [low - margin, high + margin];
}

function formatAxis(value: number): string {
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Math.round(value * 100) / 100);
}

function open(ref: PanelRef): void {
  vscode.postMessage({ type: 'open', ref });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function svgEl(tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}
