// One article's page: what the record says of its source, its warnings, its text with every mention
// highlighted (highlight.ts) and a tooltip per mention, and a side list of its entities by type.
import type { Article, Entity, Mention } from '../schema-types.js'
import { ENTITY_TYPES, TYPE_ORDER } from './entity-types.js'
import { displayName, entityFacts, type Fact } from './entity-facts.js'
import { escapeHtml } from './escape-html.js'
import { highlight } from './highlight.js'
import { renderPage } from './layout.js'

export interface ArticleNav {
  drop: string
  /** The article's 1-based place in the drop's articles.jsonl, which names its page. */
  n: number
  /** The page of the drop's list that links to the article, relative to the report's folder. */
  listPage: string
  hasNext: boolean
}

interface Found {
  entity: Entity
  mention: Mention
}

// Esc hides the tooltips (WCAG 1.4.13: dismissible without moving) until the focus or the pointer moves
// to another mention.
const SCRIPT = `const quiet=(on)=>document.body.classList.toggle('quiet',on);addEventListener('keydown',(e)=>{if(e.key==='Escape')quiet(true)});addEventListener('focusin',()=>quiet(false));addEventListener('pointerover',(e)=>{if(e.target.closest('mark'))quiet(false)})`

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const sourceOf = (record: Article): string => `${record.source.path}${record.source.line ? `:${record.source.line}` : ''}`

// The start of a text on one line, cut after a word.
const shorten = (text: string, max = 90): string => {
  const flat = text.slice(0, 2 * max).replace(/\s+/g, ' ').trim()
  if (flat.length <= max && text.length <= 2 * max) return flat
  const cut = flat.lastIndexOf(' ', max)
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`
}

/** What the report calls an article: its title, or else the start of its lead or of its text, or else
 * its source. */
export const articleTitle = (record: Article): string => record.title ?? (shorten(record.lead ?? record.text) || sourceOf(record))

const renderFacts = (facts: Fact[]): string => facts.map(([label, value]) => `<span><span class="k">${label}</span> ${escapeHtml(value)}</span>`).join('')

/** The tooltip of one mention: the entity's canonical name and facts, and the rule and lexicon entries
 * that found this mention. */
function tipOf({ entity, mention }: Found): string {
  const because = (entity.explain ?? []).filter((x) => mention.rule === undefined || x.rule === mention.rule)
  const rules = mention.rule ? [mention.rule] : [...new Set(because.map((x) => x.rule))]
  const facts: Fact[] = [...entityFacts(entity), ...rules.map((r): Fact => ['rule', r]), ...because.flatMap((x): Fact[] => (x.lexicon ? [['lexicon', x.lexicon]] : []))]
  return `<span><b>${escapeHtml(displayName(entity))}</b> <span class="k">${ENTITY_TYPES[entity.type].name}</span></span>${renderFacts(facts)}`
}

function renderMeta(record: Article): string {
  const { source } = record
  const rows: Fact[] = [
    ['source', `${sourceOf(record)} (${source.format}, ${source.encoding}${source.encoding_confidence < 1 ? `, confidence ${source.encoding_confidence}` : ''})`],
    ['record', record.id],
  ]
  if (source.url) rows.push(['address', source.url])
  if (source.original_id) rows.push(['source id', source.original_id])
  if (record.publication) rows.push(['publication', record.publication.name])
  if (record.published) rows.push(['published', record.published])
  if (record.authors.length > 0) rows.push(['authors', record.authors.map((a) => a.name).join(', ')])
  if (record.duplicate_of) rows.push(['duplicate of', record.duplicate_of])
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`
}

function renderWarnings(record: Article): string {
  const items = record.warnings.map((w) => {
    const where = w.start !== undefined && w.end !== undefined ? ` <span class="muted">at ${w.start}–${w.end} “${escapeHtml(record.text.slice(w.start, w.end))}”</span>` : ''
    return `<li><span class="warn">${escapeHtml(w.stage)}${w.rule ? `/${escapeHtml(w.rule)}` : ''}</span> ${escapeHtml(w.message)}${where}</li>`
  })
  const body = items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p class="muted">None.</p>'
  return `<section aria-labelledby="warnings"><h2 id="warnings">Warnings (${items.length})</h2>${body}</section>`
}

/** The entities by type, each linked to its first mention, with its facts and what produced it. */
function renderEntityList(found: Found[]): string {
  const first = new Map<Entity, number>()
  found.forEach(({ entity }, i) => {
    if (!first.has(entity)) first.set(entity, i)
  })
  const groups = TYPE_ORDER.map((type) => {
    const entities = [...first.keys()].filter((e) => e.type === type)
    if (entities.length === 0) return ''
    const items = entities.map((e) => {
      const because = (e.explain ?? []).map((x): Fact => ['rule', x.lexicon ? `${x.rule} ← ${x.lexicon}` : x.rule])
      const count = e.mentions.length > 1 ? ` <span class="muted">×${e.mentions.length}</span>` : ''
      return `<li><a class="e t-${type}" href="#m${first.get(e)}">${escapeHtml(displayName(e))}</a>${count}<span class="facts">${renderFacts([...entityFacts(e), ...because])}</span></li>`
    })
    const { plural } = ENTITY_TYPES[type]
    return `<h3>${plural[0]!.toUpperCase()}${plural.slice(1)} (${entities.length})</h3><ul lang="vi">${items.join('')}</ul>`
  })
  return `<aside aria-labelledby="entities"><h2 id="entities">Entities (${first.size})</h2>${groups.join('')}</aside>`
}

export function renderArticlePage(record: Article, nav: ArticleNav): string {
  const found = record.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort(
      (a, b) =>
        a.mention.start - b.mention.start ||
        b.mention.end - a.mention.end ||
        TYPE_ORDER.indexOf(a.entity.type) - TYPE_ORDER.indexOf(b.entity.type) ||
        compare(a.entity.id, b.entity.id),
    )
  const text = highlight(
    record.text,
    record.sections,
    found.map((f) => ({ start: f.mention.start, end: f.mention.end, type: f.entity.type, tip: tipOf(f) })),
  )
  const { n } = nav
  const links = [
    `<a href="../index.html">Drop ${escapeHtml(nav.drop)}</a>`,
    `<a href="../${nav.listPage}#a${n}">Article list</a>`,
    '<a href="../people.html">People</a>',
    n > 1 ? `<a rel="prev" href="${n - 1}.html">← Article ${n - 1}</a>` : '',
    nav.hasNext ? `<a rel="next" href="${n + 1}.html">Article ${n + 1} →</a>` : '',
  ]
  const legend = TYPE_ORDER.map((type) => `<li><span class="e t-${type}">${ENTITY_TYPES[type].name}</span></li>`).join('')
  const title = articleTitle(record)
  const body = [
    `<header><nav class="crumbs" aria-label="Report">${links.filter(Boolean).join('')}</nav>`,
    `<h1><span class="muted">${n}.</span> <span lang="vi">${escapeHtml(title)}</span></h1>${renderMeta(record)}${renderWarnings(record)}</header>`,
    '<div class="layout"><main aria-labelledby="text">',
    '<h2 id="text">Text</h2>',
    `<ul class="legend" aria-label="Entity types">${legend}</ul>`,
    '<p class="muted hint">Hover over or focus (Tab) a mention for its details; Esc hides them.</p>',
    `<div class="text" lang="vi">${text}</div>`,
    `</main>${renderEntityList(found)}</div>`,
  ].join('\n')
  return renderPage({ title: `${n}. ${title} — ${nav.drop}`, body, script: SCRIPT })
}
