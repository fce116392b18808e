/**
 * Generates the static demo / e2e fixture pages in tests/fixtures/pages/ from the
 * captured source texts in tests/fixtures/sources/.
 *
 *   npx tsx scripts/make-demo-pages.ts
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
const SOURCES_DIR = join(ROOT, 'tests/fixtures/sources');
const OUT_DIR = join(ROOT, 'tests/fixtures/pages');
const SOURCES_REL = 'tests/fixtures/sources';

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'ul'; title?: string; items: string[] }
  | { kind: 'figure'; caption: string }
  /** A transcript speaker label such as "Sen. Ted Budd (R-NC):". */
  | { kind: 'speaker'; text: string };

interface Comment {
  author: string;
  text: string;
}

/** Site chrome captured with the article text ("Next In Aseanplus News", "Related Article" ...). */
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
  /** Lines shown after the body (tags, "Source link", "Visited 1 times" ...). */
  footnotes: string[];
  chrome: ChromeList[];
  comments: Comment[];
}

interface Outlet {
  name: string;
  tagline: string;
  sections: string[];
  /** Article-page CSS custom properties. */
  accent: string;
  ink: string;
  paper: string;
  headerBg: string;
  headerInk: string;
  navBg: string;
  navInk: string;
  /** Font stacks: system fonts only (no web fonts, no requests). */
  headFont: string;
  bodyFont: string;
  /** Neutral "Related" links of the outlet (not claims). */
  related: string[];
  footer: string;
}

const SERIF = 'Georgia, "Times New Roman", Times, serif';
const SANS = '"Helvetica Neue", Arial, "Liberation Sans", sans-serif';

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function readSource(file: string): string[] {
  return readFileSync(join(SOURCES_DIR, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
}

/** Non-empty trimmed lines. */
function nonEmpty(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l.length > 0);
}

/** Crude sentence splitter, only used to pick sentences to copy into hidden/skip elements. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘]?[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Inline markup so that sentences cross element boundaries: wraps the first occurrence of
 * a few names in <a>/<em>/<strong>. Applied to escaped HTML; the terms contain no characters
 * that escaping changes, so textContent is unchanged.
 */
const INLINE_TERMS: { term: string; open: string; close: string }[] = [
  { term: 'Michael Kratsios', open: '<a href="#" class="person">', close: '</a>' },
  { term: 'Office of Science and Technology Policy', open: '<a href="#">', close: '</a>' },
  { term: 'Commerce Department', open: '<a href="#">', close: '</a>' },
  { term: 'David Sacks', open: '<a href="#" class="person">', close: '</a>' },
  { term: 'Huawei', open: '<strong>', close: '</strong>' },
  { term: 'Xinhua News Agency', open: '<em>', close: '</em>' },
  { term: 'Global Times', open: '<em>', close: '</em>' },
  { term: 'AI Action Plan', open: '<em>', close: '</em>' },
  { term: 'Ted Cruz', open: '<a href="#" class="person">', close: '</a>' },
  { term: 'Zhang Xiaorong', open: '<a href="#" class="person">', close: '</a>' },
  { term: 'tech stack', open: '<em>', close: '</em>' },
  { term: 'GPT-oss', open: '<code>', close: '</code>' },
];

function inline(text: string, enrich: boolean): string {
  let html = escapeHtml(text);
  if (!enrich) return html;
  for (const { term, open, close } of INLINE_TERMS) {
    // Whole words only ("tech stack" but not inside "tech stacks"); first occurrence.
    const re = new RegExp(`(?<![\\w-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
    const m = re.exec(html);
    if (m) html = html.slice(0, m.index) + open + term + close + html.slice(m.index + term.length);
  }
  return html;
}

// ---------------------------------------------------------------------------
// Source parsers: one per captured text, since every capture has its own shape.
// ---------------------------------------------------------------------------

function parseStar(): Article {
  const file = '000_8ad6b85f6c2a0bdf.txt';
  const lines = nonEmpty(readSource(file));
  const headline = lines[0]!;
  const blocks: Block[] = [];
  const footnotes: string[] = [];
  const chrome: ChromeList[] = [];
  let i = 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('Follow us on')) break;
    // The capture contains the photo caption as a paragraph; render it as a figure.
    if (l.startsWith('US President Donald Trump speaks as')) blocks.push({ kind: 'figure', caption: l });
    else blocks.push({ kind: 'p', text: l });
  }
  footnotes.push(lines[i]!, lines[i + 1]!); // WhatsApp line, tag line
  i += 2;
  let current: ChromeList | undefined;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === 'Next In Aseanplus News' || l === 'Others Also Read') {
      current = { title: l, lines: [] };
      chrome.push(current);
    } else current?.lines.push(l);
  }
  return {
    key: 'star',
    sourceFile: file,
    kicker: 'Aseanplus News',
    headline,
    byline: 'By South China Morning Post',
    dateline: 'Monday, 15 Sep 2025 9:00 AM MYT',
    blocks,
    footnotes,
    chrome: chrome.filter((c) => c.lines.length > 0),
    comments: [],
  };
}

function parseAutoblog(): Article {
  const file = '001_d6a34cdd0b77bd7a.txt';
  const lines = nonEmpty(readSource(file));
  const headline = lines[0]!;
  const blocks: Block[] = [];
  const footnotes: string[] = [];
  const chrome: ChromeList[] = [];
  let i = 1;
  const bullets: string[] = [];
  // "TLDRs;" followed by "• ..." bullet lines.
  if (lines[i] === 'TLDRs;') {
    i++;
    while (lines[i]?.startsWith('•')) bullets.push(lines[i++]!.replace(/^•\s*/, ''));
    blocks.push({ kind: 'ul', title: 'TLDRs;', items: bullets });
  }
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === 'Source link') break;
    // Short lines without terminal punctuation are the post's subheadings.
    if (l.length < 60 && !/[.!?”"]$/.test(l)) blocks.push({ kind: 'h2', text: l });
    else blocks.push({ kind: 'p', text: l });
  }
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === 'Related Article') {
      chrome.push({ title: l, lines: lines.slice(i + 1) });
      break;
    }
    footnotes.push(l);
  }
  return {
    key: 'autoblog',
    sourceFile: file,
    kicker: 'Technology',
    headline,
    byline: 'By admin',
    dateline: 'September 12, 2025',
    blocks,
    footnotes,
    chrome,
    comments: [],
  };
}

function parseGlobalTimes(): Article {
  const file = '002_4e7f34e0a358acd3.txt';
  const lines = nonEmpty(readSource(file));
  const kicker = lines[0]!.replace(/\u00a0/g, ' ');
  const headline = lines[1]!;
  const dateline = lines[2]!;
  const blocks: Block[] = [];
  let i = 3;
  // Two "AI Photo: VCG" caption lines (photo + its caption) collapse into one figure.
  while (lines[i] === 'AI Photo: VCG') i++;
  blocks.push({ kind: 'figure', caption: 'AI Photo: VCG' });
  for (; i < lines.length; i++) blocks.push({ kind: 'p', text: lines[i]! });
  return {
    key: 'globaltimes',
    sourceFile: file,
    kicker,
    headline,
    byline: 'By Global Times',
    dateline,
    blocks,
    footnotes: [],
    chrome: [],
    comments: [],
  };
}

function parseAsiaReview(): Article {
  const file = '003_8ae9b48f3314d038.txt';
  const lines = nonEmpty(readSource(file));
  return {
    key: 'asiareview',
    sourceFile: file,
    kicker: 'Technology',
    // The capture has no headline line; this one comes from the article URL slug.
    headline: 'US-China AI Debate Highlights Global Innovation Challenges',
    byline: 'By Asia Review Desk',
    dateline: 'September 12, 2025',
    blocks: lines.map((text) => ({ kind: 'p', text })),
    footnotes: [],
    chrome: [],
    comments: [],
  };
}

function parseSupremacy(): Article {
  const file = '004_5bf2e83c85908633.txt';
  const lines = nonEmpty(readSource(file));
  const at = lines.findIndex((l) => /^\d+ Comments$/.test(l));
  const body = lines.slice(0, at);
  const comments: Comment[] = [];
  for (let i = at + 1; i + 1 < lines.length; i += 2) {
    comments.push({ author: lines[i]!, text: lines[i + 1]! });
  }
  return {
    key: 'supremacy',
    sourceFile: file,
    kicker: 'News',
    // No headline in the capture; written to match the article's first paragraph.
    headline: 'White House tech official says China is getting better at chips, vows to keep up pressure',
    byline: 'By Supremacy Staff',
    dateline: 'June 13, 2025',
    blocks: body.map((text) => ({ kind: 'p', text })),
    footnotes: [],
    chrome: [],
    comments,
  };
}

function parseBudd(): Article {
  const file = 'us-01-budd-press-release.txt';
  const lines = nonEmpty(readSource(file));
  const dateline = lines[0]!;
  const headline = lines[1]!;
  const blocks: Block[] = lines.slice(2).map((l): Block =>
    // Subheads are the lines that are not speech and not the lead paragraph.
    /^Sen\. Budd (Receives|Highlights)/.test(l) ? { kind: 'h2', text: l } : { kind: 'p', text: l },
  );
  return {
    key: 'budd',
    sourceFile: file,
    kicker: 'Press Releases',
    headline,
    byline: 'Office of U.S. Senator Ted Budd',
    dateline,
    blocks,
    footnotes: [],
    chrome: [],
    comments: [],
  };
}

function parseTechPolicy(): Article {
  const file = 'us-02-techpolicy-press-transcript.txt';
  const lines = nonEmpty(readSource(file));
  const [kicker, headline, byline, caption, ...rest] = lines as [string, string, string, string, ...string[]];
  const [author, date] = byline.split(' / ');
  const blocks: Block[] = [{ kind: 'figure', caption }];
  for (const l of rest) {
    if (/^(Sen\.|Mr\.|Director|Ranking Member|Chairman)[^:]{0,60}:$/.test(l)) blocks.push({ kind: 'speaker', text: l });
    else blocks.push({ kind: 'p', text: l });
  }
  return {
    key: 'techpolicy',
    sourceFile: file,
    kicker,
    headline,
    byline: `By ${author ?? 'Justin Hendrix'}`,
    dateline: date ?? 'Sep 11, 2025',
    blocks,
    footnotes: [],
    chrome: [],
    comments: [],
  };
}

// ---------------------------------------------------------------------------
// Outlets (visual identity is invented, only evoking each outlet; system fonts only)
// ---------------------------------------------------------------------------

const OUTLETS: Record<string, Outlet> = {
  star: {
    name: 'The Star',
    tagline: 'Malaysia · Asean',
    sections: ['News', 'Business', 'Sport', 'Metro', 'Lifestyle', 'Tech', 'Opinion', 'Aseanplus'],
    accent: '#d0021b', ink: '#1b1b1b', paper: '#ffffff',
    headerBg: '#ffffff', headerInk: '#d0021b', navBg: '#0a2a5e', navInk: '#ffffff',
    headFont: SANS, bodyFont: SERIF,
    related: ['Penang ferry service to resume weekend trips', 'KL traffic diversions for Merdeka rehearsal', 'Ringgit opens firmer against US dollar'],
    footer: '© 2025 Star Media Group Berhad (demo replica for testing)',
  },
  autoblog: {
    name: 'DailyTech Wire',
    tagline: 'Your daily feed of tech & markets',
    sections: ['Home', 'Crypto', 'AI', 'Markets', 'Tech', 'Contact'],
    accent: '#1e73be', ink: '#333333', paper: '#f4f4f4',
    headerBg: '#222222', headerInk: '#ffffff', navBg: '#1e73be', navInk: '#ffffff',
    headFont: SANS, bodyFont: SANS,
    related: ['Bitcoin steadies as traders await rate decision', 'Top 5 productivity apps this week', 'How to set up a home server'],
    footer: 'Proudly powered by WordPress | Theme: NewsFeed Lite (demo replica for testing)',
  },
  globaltimes: {
    name: 'GLOBALTIMES',
    tagline: 'Discover China, Discover the World',
    sections: ['China', 'Source', 'Opinion', 'In-Depth', 'World', 'Life', 'Sport', 'Photo'],
    accent: '#b5121b', ink: '#222222', paper: '#ffffff',
    headerBg: '#ffffff', headerInk: '#0b2e5c', navBg: '#0b2e5c', navInk: '#ffffff',
    headFont: SANS, bodyFont: SANS,
    related: ['Autumn tourism bookings rise in Yunnan', 'Shanghai metro opens new line extension', 'Harvest festival celebrated across rural areas'],
    footer: 'Copyright © 2025 Global Times (demo replica for testing)',
  },
  asiareview: {
    name: 'The Asia Review',
    tagline: 'News and analysis across Asia',
    sections: ['Asia', 'Business', 'Technology', 'Politics', 'Culture', 'Travel'],
    accent: '#0f766e', ink: '#1f2933', paper: '#fbfaf7',
    headerBg: '#fbfaf7', headerInk: '#0f3d3a', navBg: '#0f766e', navInk: '#ffffff',
    headFont: SERIF, bodyFont: SERIF,
    related: ['Monsoon season ends early in southern India', 'Vietnam coffee exports hit record volumes', 'Seoul hosts regional film festival'],
    footer: '© 2025 The Asia Review (demo replica for testing)',
  },
  supremacy: {
    name: 'SUPREMACY',
    tagline: 'Technology · Power · Markets',
    sections: ['News', 'AI', 'Chips', 'Geopolitics', 'Opinion'],
    accent: '#f59e0b', ink: '#e5e7eb', paper: '#111827',
    headerBg: '#030712', headerInk: '#f59e0b', navBg: '#1f2937', navInk: '#e5e7eb',
    headFont: SANS, bodyFont: SANS,
    related: ['Smartphone shipments edge up in second quarter', 'Data centre cooling: what changes next', 'Gaming handheld reviews roundup'],
    footer: '© 2025 supremacy.info (demo replica for testing)',
  },
  budd: {
    name: 'U.S. Senator Ted Budd',
    tagline: 'North Carolina',
    sections: ['Home', 'About', 'Newsroom', 'Services', 'Issues', 'Contact'],
    accent: '#9b1c1c', ink: '#1f2937', paper: '#ffffff',
    headerBg: '#0c2340', headerInk: '#ffffff', navBg: '#13315c', navInk: '#ffffff',
    headFont: SERIF, bodyFont: SERIF,
    related: ['Senator Budd announces mobile office hours', 'Service academy nomination deadline approaches', 'Statement on hurricane recovery funding'],
    footer: 'Washington, D.C. Office · (demo replica for testing)',
  },
  techpolicy: {
    name: 'Tech Policy Press',
    tagline: 'Tech and democracy',
    sections: ['Analysis', 'Perspectives', 'Transcripts', 'Podcast', 'Newsletter', 'About'],
    accent: '#111111', ink: '#111111', paper: '#ffffff',
    headerBg: '#ffffff', headerInk: '#111111', navBg: '#ffffff', navInk: '#111111',
    headFont: SANS, bodyFont: SERIF,
    related: ['Podcast: the future of content moderation', 'Reading list: platform governance', 'Event recap: privacy law roundtable'],
    footer: '© 2025 Tech Policy Press (demo replica for testing)',
  },
  plain: {
    name: 'Riverside Gazette',
    tagline: 'Your town, every morning',
    sections: ['Local', 'Weather', 'Food', 'Sport', 'Events', 'Classifieds'],
    accent: '#2f6f3e', ink: '#222222', paper: '#fffdf8',
    headerBg: '#fffdf8', headerInk: '#2f6f3e', navBg: '#2f6f3e', navInk: '#ffffff',
    headFont: SERIF, bodyFont: SERIF,
    related: ['Farmers market moves to Saturday mornings', 'Library extends opening hours', 'Under-12 football league results'],
    footer: '© 2025 Riverside Gazette (demo page for testing)',
  },
};

// ---------------------------------------------------------------------------
// HTML rendering
// ---------------------------------------------------------------------------

function pageCss(o: Outlet): string {
  return `
:root{--accent:${o.accent};--ink:${o.ink};--paper:${o.paper};--head-bg:${o.headerBg};--head-ink:${o.headerInk};--nav-bg:${o.navBg};--nav-ink:${o.navInk};}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font-family:${o.bodyFont};line-height:1.6}
a{color:var(--accent)}
.topbar{font:12px ${SANS};background:#00000010;padding:4px max(24px,calc((100% - 1092px) / 2));display:flex;justify-content:space-between;color:var(--ink);opacity:.85}
header.masthead{background:var(--head-bg);color:var(--head-ink);padding:18px max(24px,calc((100% - 1092px) / 2));border-bottom:3px solid var(--accent)}
header.masthead .brand{font:800 38px/1 ${o.headFont};letter-spacing:-.5px;text-decoration:none;color:var(--head-ink)}
header.masthead .tagline{font:13px ${SANS};opacity:.8;margin-top:4px}
nav.sections{background:var(--nav-bg);border-bottom:1px solid #0002}
nav.sections ul{list-style:none;margin:0 auto;padding:0 16px;display:flex;flex-wrap:wrap;max-width:1140px}
nav.sections a{display:block;padding:10px 14px;color:var(--nav-ink);text-decoration:none;font:600 14px ${SANS};text-transform:uppercase;letter-spacing:.5px}
nav.sections a:hover{background:#ffffff22}
.wrap{max-width:1140px;margin:0 auto;padding:24px;display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:40px}
main article{max-width:720px}
.kicker{font:700 13px ${SANS};text-transform:uppercase;color:var(--accent);letter-spacing:1px}
h1{font:800 36px/1.15 ${o.headFont};margin:8px 0 12px}
h2{font:700 22px/1.3 ${o.headFont};margin:28px 0 8px}
.meta{font:14px ${SANS};opacity:.75;border-bottom:1px solid #8884;padding-bottom:12px;margin-bottom:18px}
.meta .byline{font-weight:700;margin-right:12px}
article p{font-size:18px;margin:0 0 1em}
article p.speaker{font:700 15px ${SANS};text-transform:uppercase;margin:1.4em 0 .3em;color:var(--accent)}
figure{margin:0 0 20px}
figure svg{display:block;width:100%;height:auto;border-radius:2px}
figcaption{font:13px/1.4 ${SANS};opacity:.75;margin-top:6px}
.tldr{background:#00000008;border-left:4px solid var(--accent);padding:10px 16px;margin:0 0 20px}
.tldr strong{font-family:${SANS}}
.footnotes{font:14px ${SANS};opacity:.8;border-top:1px solid #8884;padding-top:10px}
aside.sidebar{font-family:${SANS}}
aside.sidebar h3{font:800 15px ${SANS};text-transform:uppercase;border-bottom:3px solid var(--accent);padding-bottom:6px;margin:0 0 10px}
aside.sidebar ul{list-style:none;margin:0 0 28px;padding:0}
aside.sidebar li{padding:8px 0;border-bottom:1px solid #8883;font-size:15px;line-height:1.35}
aside.sidebar li a{color:var(--ink);text-decoration:none}
aside.sidebar li p{font-size:13px;opacity:.75;margin:4px 0 0}
.ad{height:250px;background:repeating-linear-gradient(45deg,#8881,#8881 10px,#8882 10px,#8882 20px);display:flex;align-items:center;justify-content:center;font:12px ${SANS};opacity:.7;margin-bottom:28px}
section.comments{margin-top:36px;border-top:3px solid var(--accent);padding-top:10px;font-family:${SANS}}
.comment{display:grid;grid-template-columns:40px 1fr;gap:12px;padding:12px 0;border-bottom:1px solid #8883}
.avatar{width:40px;height:40px;border-radius:50%;background:var(--accent);color:var(--paper);display:flex;align-items:center;justify-content:center;font-weight:700}
.comment .who{font-weight:700;font-size:14px}
.comment p{margin:2px 0 0;font-size:15px}
form.letters{margin-top:32px;padding:16px;background:#00000008;font-family:${SANS}}
form.letters textarea{width:100%;min-height:90px;font:14px ${SANS};margin:6px 0}
form.letters button{background:var(--accent);color:#fff;border:0;padding:8px 16px;font-weight:700}
footer.site{background:#111;color:#bbb;font:13px ${SANS};padding:28px max(24px,calc((100% - 1092px) / 2));margin-top:40px}
footer.site a{color:#ddd;margin-right:14px}
.newsletter{background:var(--accent);color:#fff;padding:16px;font:14px ${SANS};margin-bottom:28px}
@media (max-width:900px){.wrap{grid-template-columns:1fr}}
`;
}

/** Inline SVG "photo" placeholder (no image requests). */
function photoSvg(label: string, accent: string): string {
  return `<svg viewBox="0 0 720 360" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#cfd8e3"/><stop offset="1" stop-color="#8a9bb0"/></linearGradient></defs>
<rect width="720" height="360" fill="url(#g)"/>
<rect x="40" y="250" width="640" height="70" fill="#ffffff" opacity=".25"/>
<circle cx="250" cy="150" r="48" fill="#ffffff" opacity=".55"/><rect x="195" y="205" width="110" height="90" rx="30" fill="#ffffff" opacity=".55"/>
<circle cx="470" cy="140" r="44" fill="#ffffff" opacity=".45"/><rect x="420" y="190" width="100" height="100" rx="28" fill="#ffffff" opacity=".45"/>
<rect x="0" y="340" width="720" height="20" fill="${accent}" opacity=".8"/>
</svg>`;
}

function renderBlocks(blocks: Block[], accent: string, enrichFrom = 0): string {
  let pIndex = 0;
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'p': {
          // Enrich every other paragraph so both plain and mixed-markup paragraphs exist.
          const enrich = pIndex++ % 2 === enrichFrom;
          return `<p>${inline(b.text, enrich)}</p>`;
        }
        case 'h2':
          return `<h2>${escapeHtml(b.text)}</h2>`;
        case 'speaker':
          return `<p class="speaker">${escapeHtml(b.text)}</p>`;
        case 'ul':
          return `<div class="tldr">${b.title ? `<strong>${escapeHtml(b.title)}</strong>` : ''}<ul>${b.items
            .map((it) => `<li>${inline(it, false)}</li>`)
            .join('')}</ul></div>`;
        case 'figure':
          return `<figure>${photoSvg(b.caption, accent)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
      }
    })
    .join('\n');
}

function chromeListHtml(list: ChromeList): string {
  const items = list.lines.map((l) =>
    l.length > 130 ? `<li><p>${escapeHtml(l)}</p></li>` : `<li><a href="#">${escapeHtml(l)}</a></li>`,
  );
  return `<h3>${escapeHtml(list.title)}</h3><ul>${items.join('')}</ul>`;
}

function commentsHtml(comments: Comment[]): string {
  if (comments.length === 0) return '';
  const items = comments
    .map(
      (c) => `<div class="comment"><div class="avatar" aria-hidden="true">${escapeHtml(c.author[0] ?? '?')}</div>
<div><div class="who">${escapeHtml(c.author)}</div><p>${escapeHtml(c.text)}</p></div></div>`,
    )
    .join('\n');
  return `<section class="comments" id="comments"><h2>${comments.length} Comments</h2>\n${items}</section>`;
}

interface SkipOptions {
  /** Under a strict CSP inline style attributes are blocked, so use a class + `hidden`. */
  csp?: boolean;
}

/**
 * Elements the content script must skip, each containing a sentence of the article:
 * a JSON-LD <script>, an inline <script>, <noscript>, a display:none element, and a
 * letters-to-the-editor <form> whose <textarea> default value quotes the article.
 */
function skipZoneHead(a: Article): string {
  const first = a.blocks.find((b) => b.kind === 'p');
  const body = first && first.kind === 'p' ? first.text : a.headline;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    articleBody: body,
  };
  // `</` is escaped so the JSON cannot close the script element.
  return `<script type="application/ld+json">${JSON.stringify(ld).replace(/<\//g, '<\\/')}</script>`;
}

function skipZoneBody(a: Article, opts: SkipOptions = {}): { hidden: string; form: string; scripts: string } {
  const paras = a.blocks.filter((b): b is { kind: 'p'; text: string } => b.kind === 'p').map((b) => b.text);
  const pool = paras.flatMap(sentences);
  const hiddenSentence = pool[1] ?? pool[0] ?? a.headline;
  const formSentence = pool[3] ?? pool[0] ?? a.headline;
  const scriptSentence = pool[2] ?? pool[0] ?? a.headline;
  const hiddenAttr = opts.csp ? 'class="visually-gone" hidden' : 'style="display:none"';
  const hidden = `<div class="paywall-teaser" ${hiddenAttr} aria-hidden="true"><p>${escapeHtml(hiddenSentence)}</p></div>`;
  const form = `<form class="letters" action="#" onsubmit="return false">
<label for="letter"><strong>Write to the editor</strong> — quote the passage you are responding to.</label>
<textarea id="letter" name="letter">Regarding your report: "${escapeHtml(formSentence)}" I would like to add</textarea>
<button type="submit">Send letter</button>
</form>`;
  const scripts = `<script>
  // Analytics stub (inline page script; its text must never be matched).
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'article_view', excerpt: ${JSON.stringify(scriptSentence).replace(/<\//g, '<\\/')} });
</script>
<noscript><p>${escapeHtml(scriptSentence)} Enable JavaScript to read comments.</p></noscript>`;
  return { hidden, form, scripts };
}

interface ShellOptions {
  title: string;
  outlet: Outlet;
  main: string;
  aside: string;
  head?: string;
  bodyEnd?: string;
  /** Use a same-origin stylesheet instead of inline <style> (CSP page). */
  stylesheetHref?: string;
}

function shell(o: ShellOptions): string {
  const { outlet } = o;
  const style = o.stylesheetHref
    ? `<link rel="stylesheet" href="${o.stylesheetHref}">`
    : `<style>${pageCss(outlet)}</style>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
<link rel="icon" href="data:,">
${style}
${o.head ?? ''}
</head>
<body>
<div class="topbar"><span>Demo replica for Parallax testing — not the real site</span><span><a href="/index.html">All demo pages</a></span></div>
<header class="masthead"><a class="brand" href="#">${escapeHtml(outlet.name)}</a><div class="tagline">${escapeHtml(outlet.tagline)}</div></header>
<nav class="sections" aria-label="Sections"><ul>${outlet.sections.map((s) => `<li><a href="#">${escapeHtml(s)}</a></li>`).join('')}</ul></nav>
<div class="wrap">
<main>
${o.main}
</main>
<aside class="sidebar">
${o.aside}
</aside>
</div>
<footer class="site"><p><a href="#">About us</a><a href="#">Contact</a><a href="#">Privacy</a><a href="#">Terms</a></p><p>${escapeHtml(outlet.footer)}</p></footer>
${o.bodyEnd ?? ''}
</body>
</html>
`;
}

function defaultAside(outlet: Outlet, a?: Article): string {
  const chrome = a?.chrome.map(chromeListHtml).join('\n') ?? '';
  return `<div class="newsletter"><strong>Newsletter</strong><br>Get the morning briefing in your inbox.</div>
<h3>Related</h3><ul>${outlet.related.map((r) => `<li><a href="#">${escapeHtml(r)}</a></li>`).join('')}</ul>
<div class="ad">Advertisement</div>
${chrome}`;
}

function articleHtml(a: Article, outlet: Outlet, bodyHtml?: string): string {
  const footnotes = a.footnotes.length
    ? `<div class="footnotes">${a.footnotes.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}</div>`
    : '';
  return `<article>
<div class="kicker">${escapeHtml(a.kicker)}</div>
<h1>${escapeHtml(a.headline)}</h1>
<div class="meta"><span class="byline">${escapeHtml(a.byline)}</span><time>${escapeHtml(a.dateline)}</time></div>
${bodyHtml ?? renderBlocks(a.blocks, outlet.accent)}
${footnotes}
</article>`;
}

function articlePage(a: Article, opts: SkipOptions & { stylesheetHref?: string } = {}): string {
  const outlet = OUTLETS[a.key]!;
  const skip = skipZoneBody(a, opts);
  const main = `${articleHtml(a, outlet)}
${skip.hidden}
${commentsHtml(a.comments)}
${skip.form}`;
  return shell({
    title: `${a.headline} | ${outlet.name}`,
    outlet,
    main,
    aside: defaultAside(outlet, a),
    head: skipZoneHead(a),
    bodyEnd: skip.scripts,
    stylesheetHref: opts.stylesheetHref,
  });
}

// ---------------------------------------------------------------------------
// Special pages
// ---------------------------------------------------------------------------

/** Inline-script JSON: escape `<` so article text can never end the <script>. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function lateLoadPage(a: Article): string {
  const outlet = OUTLETS[a.key]!;
  const paras = a.blocks.filter((b): b is { kind: 'p'; text: string } => b.kind === 'p').map((b) => b.text);
  const firstBatch = paras.slice(0, 9);
  const secondBatch = paras.slice(9);
  const main = `<article id="story" aria-busy="true">
<div class="kicker">${escapeHtml(a.kicker)}</div>
<h1>${escapeHtml(a.headline)}</h1>
<div class="meta"><span class="byline">${escapeHtml(a.byline)}</span><time>${escapeHtml(a.dateline)}</time></div>
<div id="story-body"><p class="loading">Loading…</p></div>
</article>`;
  // body[data-loaded] goes "none" -> "partial" -> "done" so tests can wait on it.
  const script = `<script>
(function () {
  var first = ${scriptJson(firstBatch)};
  var more = ${scriptJson(secondBatch)};
  var body = document.getElementById('story-body');
  document.body.dataset.loaded = 'none';
  function append(list) {
    list.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      body.appendChild(p);
    });
  }
  setTimeout(function () {
    body.innerHTML = '';
    append(first);
    document.body.dataset.loaded = 'partial';
    setTimeout(function () {
      // Simulated infinite scroll: more paragraphs arrive later.
      append(more);
      document.getElementById('story').setAttribute('aria-busy', 'false');
      document.body.dataset.loaded = 'done';
    }, 1000);
  }, 1500);
})();
</script>`;
  return shell({
    title: `${a.headline} | ${outlet.name}`,
    outlet,
    main,
    aside: defaultAside(outlet),
    bodyEnd: script,
  });
}

function spaPage(star: Article, asia: Article): string {
  const outlet: Outlet = {
    ...OUTLETS.asiareview!,
    name: 'Asia Brief',
    tagline: 'A single-page news reader (demo)',
    sections: ['Star', 'Asia Review'],
    footer: '© 2025 Asia Brief (demo single-page app for testing)',
  };
  const routes = {
    '/spa/star': { title: `${star.headline} | Asia Brief`, html: articleHtml(star, OUTLETS.star!) },
    '/spa/asiareview': { title: `${asia.headline} | Asia Brief`, html: articleHtml(asia, OUTLETS.asiareview!) },
  };
  const main = `<div class="spa-nav" role="tablist">
<button type="button" data-route="/spa/star">The Star: AI lead</button>
<button type="button" data-route="/spa/asiareview">Asia Review: AI debate</button>
</div>
<div id="app"><article><p>Loading…</p></article></div>`;
  const head = `<style>.spa-nav{display:flex;gap:8px;margin-bottom:20px}.spa-nav button{font:600 14px ${SANS};padding:8px 14px;border:1px solid var(--accent);background:transparent;color:var(--accent);cursor:pointer}.spa-nav button[aria-selected="true"]{background:var(--accent);color:#fff}</style>`;
  // History API routing: /spa/star and /spa/asiareview (the server serves spa.html for /spa/*).
  // document.body.dataset.route tells tests which view is rendered.
  const script = `<script>
(function () {
  var routes = ${scriptJson(routes)};
  var app = document.getElementById('app');
  function render(path) {
    var route = routes[path] ? path : '/spa/star';
    app.innerHTML = routes[route].html;
    document.title = routes[route].title;
    document.body.dataset.route = route;
    document.querySelectorAll('.spa-nav button').forEach(function (b) {
      b.setAttribute('aria-selected', String(b.dataset.route === route));
    });
    return route;
  }
  document.querySelectorAll('.spa-nav button').forEach(function (b) {
    b.addEventListener('click', function () {
      if (location.pathname === b.dataset.route) return;
      history.pushState({}, '', b.dataset.route);
      render(b.dataset.route);
    });
  });
  window.addEventListener('popstate', function () { render(location.pathname); });
  var initial = render(location.pathname);
  if (initial !== location.pathname) history.replaceState({}, '', initial);
})();
</script>`;
  return shell({ title: 'Asia Brief', outlet, main, aside: defaultAside(outlet), head, bodyEnd: script });
}

function editablePage(a: Article): string {
  const outlet = OUTLETS[a.key]!;
  const paras = a.blocks.filter((b): b is { kind: 'p'; text: string } => b.kind === 'p').map((b) => b.text);
  // Paragraph 3 goes into a contenteditable region, a sentence of paragraph 13 into a textarea.
  const editableIndex = 2;
  const textareaSentence = sentences(paras[12] ?? paras[0]!)[0] ?? paras[0]!;
  const bodyHtml = paras
    .map((t, i) =>
      i === editableIndex
        ? `<div class="editable" contenteditable="true" aria-label="Editable paragraph"><p>${escapeHtml(t)}</p></div>`
        : `<p>${inline(t, i % 3 === 0)}</p>`,
    )
    .join('\n');
  const head = `<style>.editable{outline:2px dashed var(--accent);padding:4px 8px;margin-bottom:1em}.editable::before{content:"Editing";font:11px ${SANS};color:var(--accent)}.notes textarea{width:100%;min-height:80px;font:15px ${SANS}}</style>`;
  const main = `${articleHtml(a, outlet, bodyHtml)}
<section class="notes"><h2>Your notes on this article</h2>
<textarea aria-label="Notes">${escapeHtml(textareaSentence)}</textarea></section>`;
  return shell({ title: `${a.headline} | ${outlet.name}`, outlet, main, aside: defaultAside(outlet), head });
}

function plainPage(): string {
  const outlet = OUTLETS.plain!;
  const main = `<article>
<div class="kicker">Weather &amp; Food</div>
<h1>A mild, bright week ahead — and a lentil soup for the cooler evenings</h1>
<div class="meta"><span class="byline">By Margaret Ellison</span><time>Tuesday, October 14</time></div>
<figure>${photoSvg('River path in autumn', outlet.accent)}<figcaption>The river path near Mill Bridge on Monday morning.</figcaption></figure>
<p>After a damp start to the month, the coming week looks settled across the valley. High pressure drifts in from the west on Wednesday, bringing light winds and long sunny spells to most of the district.</p>
<p>Daytime temperatures should reach 17 to 19 degrees, a little above the seasonal average. Nights will be cooler, dipping to around 6 degrees on Thursday and Friday, with a chance of mist along the <a href="#">river meadows</a> at dawn.</p>
<h2>Weekend outlook</h2>
<p>Cloud thickens on Saturday afternoon, and a band of light rain is expected to cross overnight. Sunday should brighten from the north, although a fresh breeze will make it feel chillier than the thermometer suggests.</p>
<p>Gardeners may want to lift tender plants before the weekend. The allotment society reminds members that the <em>autumn seed swap</em> takes place in the church hall on Sunday from ten o'clock.</p>
<h2>Recipe: red lentil and carrot soup</h2>
<p>This soup takes about forty minutes and serves four. It keeps well in the fridge for three days and freezes nicely in portions.</p>
<ul>
<li>1 tablespoon olive oil</li><li>1 onion, chopped</li><li>3 carrots, diced</li><li>2 cloves of garlic, crushed</li>
<li>1 teaspoon ground cumin</li><li>200 grams red lentils, rinsed</li><li>1.2 litres vegetable stock</li><li>Juice of half a lemon</li>
</ul>
<p>Warm the oil in a large pan and soften the onion and carrots for ten minutes. Stir in the garlic and cumin and cook for one more minute, until fragrant.</p>
<p>Add the lentils and the stock, bring to the boil, then simmer gently for twenty-five minutes until the lentils have collapsed. Blend until smooth, season with salt and pepper, and finish with the lemon juice.</p>
<p>Serve with crusty bread and a spoonful of yoghurt. Readers who like a little heat can add a pinch of chilli flakes with the cumin.</p>
</article>
<div style="display:none"><p>Tomorrow's sunrise is at 7:42 and sunset at 18:21.</p></div>
<form class="letters" action="#" onsubmit="return false"><label for="letter"><strong>Send us your recipe</strong></label>
<textarea id="letter">My grandmother always added a bay leaf to the stock.</textarea><button type="submit">Send</button></form>`;
  return shell({
    title: 'A mild, bright week ahead | Riverside Gazette',
    outlet,
    main,
    aside: defaultAside(outlet),
    bodyEnd: `<script>window.dataLayer = [{ event: 'page_view' }];</script><noscript><p>Enable JavaScript for the live weather map.</p></noscript>`,
  });
}

// ---------------------------------------------------------------------------
// Long pages: deterministic prose (fixed-seed PRNG) interleaving real source paragraphs
// ---------------------------------------------------------------------------

/** mulberry32: small fixed-seed PRNG so the long pages are byte-identical on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = {
  places: ['the harbour district', 'the northern suburbs', 'the old market quarter', 'the river valley', 'the coastal towns', 'the university campus', 'the industrial estate', 'the city centre'],
  subjects: ['The regional council', 'Local business owners', 'The transport authority', 'Residents', 'The hospital trust', 'The port operator', 'A group of volunteers', 'The school board', 'The chamber of commerce', 'The water utility'],
  verbs: ['announced plans to', 'voted on Tuesday to', 'said it would', 'is preparing to', 'agreed in principle to', 'has begun consultations to', 'asked the government to', 'confirmed it intends to'],
  objects: ['expand weekend bus services', 'repair the ageing footbridge', 'open a new community library', 'upgrade drainage along the main road', 'extend opening hours at the clinic', 'plant two thousand street trees', 'renovate the covered market', 'build a cycle lane to the station', 'review parking charges', 'add a night ferry route'],
  reasons: ['after a wet summer exposed weaknesses in the network', 'following a petition signed by several thousand people', 'as visitor numbers returned to pre-pandemic levels', 'citing rising maintenance costs', 'after a public meeting ran late into the evening', 'in response to complaints about congestion', 'to meet targets set earlier in the year'],
  quotes: ['“We have listened carefully, and this is what people asked for,” a spokesperson said.', '“It will take time, but the first changes should be visible by spring,” one official said.', '“Nobody wants another winter like the last one,” said a shop owner on the high street.', '“The numbers finally add up,” a council member told reporters.', '“We would like to see the details before we celebrate,” said a residents’ association chair.'],
  closers: ['Work is expected to begin early next year, subject to final approval.', 'A further update is due at the next monthly meeting.', 'Details of the timetable will be published online and in libraries.', 'Contractors are expected to be appointed within weeks.', 'The budget for the project has not yet been confirmed.', 'Opposition members said they would scrutinise the costs closely.'],
  heads: ['Around the region', 'Local politics', 'Transport', 'Community', 'Business briefing', 'In other news', 'Weather and environment', 'Culture'],
};

function fillerParagraph(rand: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return [
    `${pick(FILLER.subjects)} in ${pick(FILLER.places)} ${pick(FILLER.verbs)} ${pick(FILLER.objects)}, ${pick(FILLER.reasons)}.`,
    rand() < 0.5 ? pick(FILLER.quotes) : `${pick(FILLER.subjects)} said the decision would affect ${pick(FILLER.places)} as well.`,
    pick(FILLER.closers),
  ].join(' ');
}

function longPage(targetWords: number, articles: Article[]): string {
  const outlet: Outlet = {
    ...OUTLETS.star!,
    name: 'The Daily Ledger',
    tagline: 'Long read · all the day’s stories on one page',
    footer: '© 2025 The Daily Ledger (demo long page for testing)',
  };
  const rand = mulberry32(targetWords);
  // All real body paragraphs of all sources, cycled in order.
  const real = articles.flatMap((a) =>
    a.blocks.filter((b): b is { kind: 'p'; text: string } => b.kind === 'p').map((b) => b.text),
  );
  const parts: string[] = [];
  let words = 0;
  let r = 0;
  let n = 0;
  while (words < targetWords) {
    if (n % 12 === 0) {
      const h = FILLER.heads[(n / 12) % FILLER.heads.length]!;
      parts.push(`<h2>${escapeHtml(h)}</h2>`);
    }
    // Two filler paragraphs, then one real source paragraph.
    const text = n % 3 === 2 ? real[r++ % real.length]! : fillerParagraph(rand);
    parts.push(`<p>${inline(text, n % 4 === 2)}</p>`);
    words += wordCount(text);
    n++;
  }
  const title = `Today’s news in full (${targetWords.toLocaleString('en-US')} words)`;
  const main = `<article>
<div class="kicker">Long read</div>
<h1>${escapeHtml(title)}</h1>
<div class="meta"><span class="byline">By the news desk</span><time>Friday, 12 September 2025</time></div>
${parts.join('\n')}
</article>`;
  return shell({ title: `${title} | The Daily Ledger`, outlet, main, aside: defaultAside(outlet) });
}

// ---------------------------------------------------------------------------
// Index, manifest, main
// ---------------------------------------------------------------------------

interface PageEntry {
  file: string;
  path: string;
  title: string;
  sourceFile: string | null;
  /** Extra: every source a page draws on (spa and long pages use several). */
  sourceFiles: string[];
  description: string;
}

function indexPage(entries: PageEntry[]): string {
  const rows = entries
    .map(
      (e) =>
        `<li><a href="${escapeHtml(e.path)}">${escapeHtml(e.file)}</a> — <span>${escapeHtml(e.description)}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parallax demo pages</title>
<link rel="icon" href="data:,">
<style>
body{font:16px/1.5 ${SANS};margin:0;background:#f6f7f9;color:#1f2937}
header{background:#1f2937;color:#fff;padding:24px 32px}
header h1{margin:0;font-size:28px}
header p{margin:4px 0 0;opacity:.8}
nav{background:#374151;padding:8px 32px}
nav a{color:#e5e7eb;margin-right:16px;text-decoration:none;font-size:14px}
main{max-width:900px;margin:0 auto;padding:24px 32px}
li{margin:8px 0}
li a{font-weight:700}
footer{padding:24px 32px;color:#6b7280;font-size:13px}
</style>
</head>
<body>
<header><h1>Parallax demo pages</h1><p>Local replicas of the source articles, plus pages that exercise edge cases.</p></header>
<nav><a href="#articles">Articles</a><a href="#edge">Edge cases</a></nav>
<main>
<p>Every page is served from 127.0.0.1 and makes no external requests. With the extension loaded, sentences that state an indexed fact are highlighted.</p>
<ul>
${rows}
</ul>
</main>
<footer>Generated by scripts/make-demo-pages.ts from tests/fixtures/sources/.</footer>
</body>
</html>
`;
}

function main(): void {
  const star = parseStar();
  const autoblog = parseAutoblog();
  const gt = parseGlobalTimes();
  const asia = parseAsiaReview();
  const sup = parseSupremacy();
  const budd = parseBudd();
  const tpp = parseTechPolicy();
  const all = [star, autoblog, gt, asia, sup, budd, tpp];
  const src = (a: Article) => `${SOURCES_REL}/${a.sourceFile}`;

  const pages: { entry: PageEntry; html: string }[] = [];
  const add = (file: string, html: string, description: string, sources: Article[], path = `/${file}`) => {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? file;
    const sourceFiles = sources.map(src);
    pages.push({
      entry: {
        file,
        path,
        title: title.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        sourceFile: sourceFiles.length === 1 ? sourceFiles[0]! : null,
        sourceFiles,
        description,
      },
      html,
    });
  };

  add('star-ai-lead.html', articlePage(star), 'The Star (Malaysia) republishing SCMP: White House adviser on defending the AI lead.', [star]);
  add('autoblog-ai-exports.html', articlePage(autoblog), 'WordPress auto-blog copy (CoinCentral "TLDRs;" format) with scraped related articles.', [autoblog]);
  add('globaltimes-ai-export.html', articlePage(gt), 'Global Times (Chinese state media): experts slam the AI export strategy.', [gt]);
  add('asiareview-ai-debate.html', articlePage(asia), 'The Asia Review: unattributed condensed rewrite of the Global Times article.', [asia]);
  add('supremacy-sacks.html', articlePage(sup), 'supremacy.info: rewrite of Global Times on David Sacks, with persona comments.', [sup]);
  add('budd-press-release.html', articlePage(budd), 'Sen. Ted Budd press release on the Kratsios hearing (US government).', [budd]);
  add('techpolicy-transcript.html', articlePage(tpp), 'Tech Policy Press: transcript of the Kratsios Senate hearing (US outlet).', [tpp]);
  add('late-load.html', lateLoadPage(gt), 'Global Times text inserted after 1.5 s, more paragraphs after another 1 s (infinite scroll).', [gt]);
  add('spa.html', spaPage(star, asia), 'Single-page app: pushState between /spa/star and /spa/asiareview.', [star, asia], '/spa/star');
  add('csp.html', articlePage(star, { csp: true, stylesheetHref: '/csp.css' }), 'The Star article under a strict Content-Security-Policy header.', [star]);
  add('editable.html', editablePage(gt), 'Global Times article with a contenteditable paragraph and a sentence in a textarea.', [gt]);
  add('long-5k.html', longPage(5000, all), 'About 5,000 words: source paragraphs cycled with filler news.', all);
  add('long-50k.html', longPage(50000, all), 'About 50,000 words: source paragraphs cycled with filler news.', all);
  add('plain.html', plainPage(), 'Weather report and recipe: states none of the claims, must show no highlights.', []);

  const index = indexPage(pages.map((p) => p.entry));
  add('index.html', index, 'This list of demo pages.', []);

  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const p of pages) writeFileSync(join(OUT_DIR, p.entry.file), p.html);
  writeFileSync(join(OUT_DIR, 'csp.css'), pageCss(OUTLETS.star!) + '\n.visually-gone{display:none}\n');
  const manifest = pages.map(({ entry }) => ({
    file: entry.file,
    path: entry.path,
    title: entry.title,
    sourceFile: entry.sourceFile,
    sourceFiles: entry.sourceFiles,
    description: entry.description,
  }));
  writeFileSync(join(OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  for (const p of pages) {
    const text = p.html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
    console.log(`${p.entry.file.padEnd(28)} ${String(wordCount(text)).padStart(6)} words  ${p.entry.path}`);
  }
  console.log(`wrote ${pages.length} pages + csp.css + manifest.json to ${OUT_DIR}`);
}

main();
