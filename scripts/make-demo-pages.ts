/**
 * Generates the static demo / e2e fixture pages in tests/fixtures/pages/ from the
 * captured source texts in tests/fixtures/sources/ (`npm run demo:pages`).
 *
 * The pages are data: scripts/demo-pages/ holds the page list (pages.json), how to read
 * each source text (sources.json), each site's look (outlets.json), the inline markup and
 * filler vocabulary, and the HTML/CSS templates (templates/, fragments.json) with
 * `{{name}}` slots. This script only reads sources into articles and fills templates.
 *
 * The output is deterministic (no clock, no Math.random) and is checked in, so tests and
 * `npm start` never need this script or anything outside tests/fixtures/pages at run time.
 * Pages make no external requests: system fonts only, inline SVG photo placeholders,
 * `data:` favicon.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, 'scripts/demo-pages');
const SOURCES_DIR = join(ROOT, 'tests/fixtures/sources');
const OUT_DIR = join(ROOT, 'tests/fixtures/pages');
const SOURCES_REL = 'tests/fixtures/sources';

const data = <T>(name: string): T => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;

// ---------------------------------------------------------------------------
// Data shapes
// ---------------------------------------------------------------------------

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'ul'; title?: string; items: string[] }
  | { kind: 'figure'; caption: string }
  /** A transcript speaker label such as "Sen. Ted Budd (R-NC):". */
  | { kind: 'speaker'; text: string };

interface ChromeList {
  title: string;
  /** Short lines become links, long lines become teaser paragraphs. */
  lines: string[];
}

interface Article {
  key: string;
  sourceFile: string;
  kicker: string;
  headline: string;
  byline: string;
  dateline: string;
  blocks: Block[];
  footnotes: string[];
  chrome: ChromeList[];
  comments: { author: string; text: string }[];
}

type Field = string | { line: number; replace?: [string, string]; split?: string; part?: number; default?: string; format?: string };

interface SourceRecipe {
  key: string;
  file: string;
  kicker: Field;
  headline: Field;
  byline: Field;
  dateline: Field;
  body: {
    from: number;
    until?: string;
    bullets?: { title: string; marker: string };
    skipLeading?: string;
    leadFigure?: Field;
    figure?: string;
    h2?: string;
    h2Short?: boolean;
    speaker?: string;
  };
  footnotes?: number | 'untilChrome';
  chrome?: string[];
  comments?: boolean;
}

interface Outlet {
  name: string;
  tagline: string;
  sections: string[];
  accent: string;
  ink: string;
  paper: string;
  headerBg: string;
  headerInk: string;
  navBg: string;
  navInk: string;
  headFont: string;
  bodyFont: string;
  related: string[];
  footer: string;
}

interface PageSpec {
  file: string;
  path?: string;
  kind: 'article' | 'late-load' | 'spa' | 'editable' | 'long' | 'plain' | 'index';
  articles: string[];
  description: string;
  outlet?: string;
  csp?: boolean;
  stylesheet?: string;
  firstBatch?: number;
  routes?: string[];
  editableParagraph?: number;
  textareaParagraph?: number;
  words?: number;
  title?: string;
  photo?: string;
}

const { fonts, outlets: outletData } = data<{ fonts: Record<string, string>; outlets: Record<string, Partial<Outlet> & { base?: string }> }>('outlets.json');
const { terms: INLINE_TERMS } = data<{ terms: { term: string; open: string; close: string }[] }>('inline-terms.json');
const FILLER = data<Record<'places' | 'subjects' | 'verbs' | 'objects' | 'reasons' | 'quotes' | 'closers' | 'heads', string[]>>('filler.json');
const { articles: RECIPES } = data<{ articles: SourceRecipe[] }>('sources.json');
const { pages: PAGES, stylesheets: STYLESHEETS } = data<{ pages: PageSpec[]; stylesheets: { file: string; outlet: string; extra: string }[] }>('pages.json');
const FRAGMENTS = data<Record<string, string>>('fragments.json');
const SANS = fonts.sans!;

function outlet(key: string): Outlet {
  if (!outletData[key]) throw new Error(`outlets.json: no outlet "${key}"`);
  const { base, ...own } = outletData[key];
  return { ...(base ? outlet(base) : {}), ...own } as Outlet;
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

/** Fills `{{name}}` slots; every slot must have a value (already escaped where needed). */
function fill(template: string, values: Record<string, string | number>, name: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`template ${name}: no value for {{${key}}}`);
    return String(values[key]);
  });
}

const templateCache = new Map<string, string>();
/** A template file in scripts/demo-pages/templates/. */
function t(file: string, values: Record<string, string | number> = {}): string {
  let text = templateCache.get(file);
  if (text === undefined) templateCache.set(file, (text = readFileSync(join(DATA_DIR, 'templates', file), 'utf8')));
  return fill(text, values, file);
}
/** A fragment of fragments.json. */
function f(name: string, values: Record<string, string | number> = {}): string {
  const text = FRAGMENTS[name];
  if (text === undefined) throw new Error(`fragments.json: no fragment "${name}"`);
  return fill(text, values, name);
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Crude sentence splitter, only used to pick sentences to copy into hidden/skip elements. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘]?[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Escaped text with the first whole-word occurrence of each inline term wrapped (when `enrich`). */
function inline(text: string, enrich: boolean): string {
  let html = escapeHtml(text);
  if (!enrich) return html;
  for (const { term, open, close } of INLINE_TERMS) {
    const re = new RegExp(`(?<![\\w-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
    const m = re.exec(html);
    if (m) html = html.slice(0, m.index) + open + term + close + html.slice(m.index + term.length);
  }
  return html;
}

/** Inline-script JSON: escape `<` so article text can never end the <script>. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const paragraphs = (a: Article): string[] => a.blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : []));

// ---------------------------------------------------------------------------
// Sources → articles (sources.json)
// ---------------------------------------------------------------------------

function readArticle(r: SourceRecipe): Article {
  const lines = readFileSync(join(SOURCES_DIR, r.file), 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const field = (fd: Field): string => {
    if (typeof fd === 'string') return fd;
    let v: string | undefined = lines[fd.line]!;
    if (fd.replace) v = v.replaceAll(fd.replace[0], fd.replace[1]);
    if (fd.split !== undefined) v = v.split(fd.split)[fd.part ?? 0];
    v ??= fd.default ?? '';
    return fd.format ? fd.format.replace('{}', v) : v;
  };
  const { body } = r;
  const blocks: Block[] = [];
  let i = body.from;
  if (body.bullets && lines[i] === body.bullets.title) {
    const items: string[] = [];
    for (i++; lines[i]?.startsWith(body.bullets.marker); i++) items.push(lines[i]!.slice(body.bullets.marker.length).replace(/^\s*/, ''));
    blocks.push({ kind: 'ul', title: body.bullets.title, items });
  }
  while (body.skipLeading !== undefined && lines[i] === body.skipLeading) i++;
  if (body.leadFigure !== undefined) blocks.push({ kind: 'figure', caption: field(body.leadFigure) });
  const test = (re: string | undefined, l: string) => re !== undefined && new RegExp(re).test(l);
  for (; i < lines.length && !test(body.until, lines[i]!); i++) {
    const l = lines[i]!;
    if (test(body.figure, l)) blocks.push({ kind: 'figure', caption: l });
    else if (test(body.speaker, l)) blocks.push({ kind: 'speaker', text: l });
    else if (test(body.h2, l) || (body.h2Short && l.length < 60 && !/[.!?”"]$/.test(l))) blocks.push({ kind: 'h2', text: l });
    else blocks.push({ kind: 'p', text: l });
  }
  const footnotes: string[] = [];
  if (typeof r.footnotes === 'number') footnotes.push(...lines.slice(i, (i += r.footnotes)));
  else if (r.footnotes === 'untilChrome') for (; i < lines.length && !r.chrome?.includes(lines[i]!); i++) footnotes.push(lines[i]!);
  const chrome: ChromeList[] = [];
  const comments: Article['comments'] = [];
  for (; r.chrome && i < lines.length; i++) {
    if (r.chrome.includes(lines[i]!)) chrome.push({ title: lines[i]!, lines: [] });
    else chrome.at(-1)?.lines.push(lines[i]!);
  }
  if (r.comments) for (i++; i + 1 < lines.length; i += 2) comments.push({ author: lines[i]!, text: lines[i + 1]! });
  return {
    key: r.key,
    sourceFile: r.file,
    kicker: field(r.kicker),
    headline: field(r.headline),
    byline: field(r.byline),
    dateline: field(r.dateline),
    blocks,
    footnotes,
    chrome: chrome.filter((c) => c.lines.length > 0),
    comments,
  };
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

const pageCss = (o: Outlet): string => t('page.css', { ...o, headFont: fonts[o.headFont]!, bodyFont: fonts[o.bodyFont]!, sans: SANS } as unknown as Record<string, string>);

const photoSvg = (label: string, accent: string): string => t('photo.svg', { label: escapeHtml(label), accent });

function renderBlocks(blocks: Block[], accent: string): string {
  let pIndex = 0;
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'p': // every other paragraph enriched, so both plain and mixed-markup paragraphs exist
          return f('p', { html: inline(b.text, pIndex++ % 2 === 0) });
        case 'h2':
        case 'speaker':
          return f(b.kind, { text: escapeHtml(b.text) });
        case 'ul':
          return f('tldr', {
            title: b.title ? f('tldrTitle', { text: escapeHtml(b.title) }) : '',
            items: b.items.map((it) => f('tldrItem', { html: inline(it, false) })).join(''),
          });
        case 'figure':
          return f('figure', { photo: photoSvg(b.caption, accent), caption: escapeHtml(b.caption) });
      }
    })
    .join('\n');
}

function shell(o: { title: string; outlet: Outlet; main: string; aside: string; head?: string; bodyEnd?: string; stylesheet?: string }): string {
  return t('shell.html', {
    title: escapeHtml(o.title),
    style: o.stylesheet ? f('stylesheet', { href: o.stylesheet }) : f('style', { css: pageCss(o.outlet) }),
    head: o.head ?? '',
    brand: escapeHtml(o.outlet.name),
    tagline: escapeHtml(o.outlet.tagline),
    sections: o.outlet.sections.map((s) => f('section', { text: escapeHtml(s) })).join(''),
    main: o.main,
    aside: o.aside,
    footer: escapeHtml(o.outlet.footer),
    bodyEnd: o.bodyEnd ?? '',
  });
}

function aside(o: Outlet, a?: Article): string {
  const chrome = (a?.chrome ?? []).map((list) =>
    f('chromeList', {
      title: escapeHtml(list.title),
      items: list.lines.map((l) => f(l.length > 130 ? 'chromeTeaser' : 'chromeLink', { text: escapeHtml(l) })).join(''),
    }),
  );
  return t('aside.html', { related: o.related.map((r) => f('relatedLink', { text: escapeHtml(r) })).join(''), chrome: chrome.join('\n') });
}

const heading = (a: Article) => ({ kicker: escapeHtml(a.kicker), headline: escapeHtml(a.headline), byline: escapeHtml(a.byline), dateline: escapeHtml(a.dateline) });

function articleHtml(a: Article, o: Outlet, body?: string): string {
  const footnotes = a.footnotes.length ? f('footnotes', { items: a.footnotes.map((x) => f('footnote', { text: escapeHtml(x) })).join('') }) : '';
  return t('article.html', { ...heading(a), body: body ?? renderBlocks(a.blocks, o.accent), footnotes });
}

/**
 * An article page with the zones the content script must skip, each holding a sentence of
 * the article: JSON-LD, an inline script, <noscript>, a hidden element, a form's <textarea>.
 */
function articlePage(a: Article, page: PageSpec): string {
  const o = outlet(page.outlet ?? a.key);
  const pool = paragraphs(a).flatMap(sentences);
  const pick = (n: number) => pool[n] ?? pool[0] ?? a.headline;
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.headline, articleBody: paragraphs(a)[0] ?? a.headline };
  const comments = a.comments.length
    ? f('comments', {
        count: a.comments.length,
        items: a.comments.map((c) => t('comment.html', { initial: escapeHtml(c.author[0] ?? '?'), author: escapeHtml(c.author), text: escapeHtml(c.text) })).join('\n'),
      })
    : '';
  const main = f('articleMain', {
    article: articleHtml(a, o),
    hidden: f('hidden', { attr: f(page.csp ? 'hiddenAttrCsp' : 'hiddenAttr'), sentence: escapeHtml(pick(1)) }),
    comments,
    form: t('skip-form.html', { sentence: escapeHtml(pick(3)) }),
  });
  return shell({
    title: `${a.headline} | ${o.name}`,
    outlet: o,
    main,
    aside: aside(o, a),
    // `</` is escaped so the JSON cannot close the script element.
    head: f('jsonLd', { json: JSON.stringify(ld).replace(/<\//g, '<\\/') }),
    bodyEnd: t('skip-scripts.html', { excerptJson: JSON.stringify(pick(2)).replace(/<\//g, '<\\/'), sentence: escapeHtml(pick(2)) }),
    stylesheet: page.stylesheet,
  });
}

/** mulberry32: small fixed-seed PRNG so the long pages are byte-identical on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function fillerParagraph(rand: () => number): string {
  const pick = (xs: string[]): string => xs[Math.floor(rand() * xs.length)]!;
  return [
    `${pick(FILLER.subjects)} in ${pick(FILLER.places)} ${pick(FILLER.verbs)} ${pick(FILLER.objects)}, ${pick(FILLER.reasons)}.`,
    rand() < 0.5 ? pick(FILLER.quotes) : `${pick(FILLER.subjects)} said the decision would affect ${pick(FILLER.places)} as well.`,
    pick(FILLER.closers),
  ].join(' ');
}

/** Page renderers by pages.json `kind`. */
const RENDER: Record<PageSpec['kind'], (page: PageSpec, articles: Article[], done: PageEntry[]) => string> = {
  article: (page, [a]) => articlePage(a!, page),

  'late-load': (page, [a]) => {
    const o = outlet(a!.key);
    const paras = paragraphs(a!);
    // body[data-loaded] goes "none" -> "partial" -> "done" so tests can wait on it.
    const script = t('late-load-script.html', { firstJson: scriptJson(paras.slice(0, page.firstBatch)), moreJson: scriptJson(paras.slice(page.firstBatch)) });
    return shell({ title: `${a!.headline} | ${o.name}`, outlet: o, main: t('late-load-main.html', heading(a!)), aside: aside(o), bodyEnd: script });
  },

  spa: (page, articles) => {
    const o = outlet(page.outlet!);
    // History API routing (the server serves spa.html for /spa/*); body[data-route] names the view.
    const routes = Object.fromEntries(
      page.routes!.map((route, i) => [route, { title: `${articles[i]!.headline} | ${o.name}`, html: articleHtml(articles[i]!, outlet(articles[i]!.key)) }]),
    );
    return shell({
      title: o.name,
      outlet: o,
      main: t('spa-main.html'),
      aside: aside(o),
      head: t('spa-head.html', { sans: SANS }),
      bodyEnd: t('spa-script.html', { routesJson: scriptJson(routes) }),
    });
  },

  editable: (page, [a]) => {
    const o = outlet(a!.key);
    const paras = paragraphs(a!);
    const sentence = sentences(paras[page.textareaParagraph!] ?? paras[0]!)[0] ?? paras[0]!;
    const body = paras
      .map((text, i) => (i === page.editableParagraph ? f('editableParagraph', { text: escapeHtml(text) }) : f('p', { html: inline(text, i % 3 === 0) })))
      .join('\n');
    const main = t('editable-main.html', { article: articleHtml(a!, o, body), sentence: escapeHtml(sentence) });
    return shell({ title: `${a!.headline} | ${o.name}`, outlet: o, main, aside: aside(o), head: t('editable-head.html', { sans: SANS }) });
  },

  long: (page, articles) => {
    const o = outlet(page.outlet!);
    const words = page.words!;
    const rand = mulberry32(words);
    const real = articles.flatMap(paragraphs); // all real body paragraphs, cycled in order
    const parts: string[] = [];
    for (let n = 0, count = 0, r = 0; count < words; n++) {
      if (n % 12 === 0) parts.push(f('longHeading', { text: escapeHtml(FILLER.heads[(n / 12) % FILLER.heads.length]!) }));
      // Two filler paragraphs, then one real source paragraph.
      const text = n % 3 === 2 ? real[r++ % real.length]! : fillerParagraph(rand);
      parts.push(f('p', { html: inline(text, n % 4 === 2) }));
      count += wordCount(text);
    }
    const title = `Today’s news in full (${words.toLocaleString('en-US')} words)`;
    return shell({ title: `${title} | ${o.name}`, outlet: o, main: t('long-main.html', { title: escapeHtml(title), parts: parts.join('\n') }), aside: aside(o) });
  },

  plain: (page) => {
    const o = outlet(page.outlet!);
    return shell({
      title: page.title!,
      outlet: o,
      main: t('plain-main.html', { photo: photoSvg(page.photo!, o.accent) }),
      aside: aside(o),
      bodyEnd: t('plain-body-end.html'),
    });
  },

  index: (_page, _articles, done) =>
    t('index.html', {
      sans: SANS,
      rows: done.map((e) => f('indexRow', { path: escapeHtml(e.path), file: escapeHtml(e.file), description: escapeHtml(e.description) })).join('\n'),
    }),
};

// ---------------------------------------------------------------------------
// Main: render pages.json in order, write pages, stylesheets and manifest.json
// ---------------------------------------------------------------------------

interface PageEntry {
  file: string;
  path: string;
  title: string;
  sourceFile: string | null;
  /** Every source a page draws on (spa and long pages use several). */
  sourceFiles: string[];
  description: string;
}

const articles = new Map(RECIPES.map((r) => [r.key, readArticle(r)]));
const pages: { entry: PageEntry; html: string }[] = [];
for (const page of PAGES) {
  const used = page.articles.map((key) => {
    const a = articles.get(key);
    if (!a) throw new Error(`pages.json ${page.file}: no article "${key}" in sources.json`);
    return a;
  });
  const html = RENDER[page.kind](page, used, pages.map((p) => p.entry));
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? page.file;
  const sourceFiles = used.map((a) => `${SOURCES_REL}/${a.sourceFile}`);
  pages.push({
    entry: {
      file: page.file,
      path: page.path ?? `/${page.file}`,
      title: title.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      sourceFile: sourceFiles.length === 1 ? sourceFiles[0]! : null,
      sourceFiles,
      description: page.description,
    },
    html,
  });
}

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
for (const p of pages) writeFileSync(join(OUT_DIR, p.entry.file), p.html);
for (const s of STYLESHEETS) writeFileSync(join(OUT_DIR, s.file), pageCss(outlet(s.outlet)) + f(s.extra));
writeFileSync(join(OUT_DIR, 'manifest.json'), JSON.stringify(pages.map((p) => p.entry), null, 2) + '\n');

for (const p of pages) {
  const text = p.html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
  console.log(`${p.entry.file.padEnd(28)} ${String(wordCount(text)).padStart(6)} words  ${p.entry.path}`);
}
console.log(`wrote ${pages.length} pages + ${STYLESHEETS.map((s) => s.file).join(', ')} + manifest.json to ${OUT_DIR}`);
