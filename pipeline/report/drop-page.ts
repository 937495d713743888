// The drop's pages: `index.html` sums the drop up (counts, quarantine by reason, charts of entity types
// and of the most frequent entities) above the first page of the article list; `index-<k>.html` holds
// page k of the list. Every page has at most `pageSize` rows, so each stays small however large the drop.
import type { Manifest } from '../schema-types.js'
import { renderBarChart } from './bar-chart.js'
import type { DropTally, EntityTally } from './drop-tally.js'
import { ENTITY_TYPES, TYPE_ORDER, type EntityType } from './entity-types.js'
import { escapeHtml } from './escape-html.js'
import { pageCount, pageFile, plural, renderPage, renderPager } from './layout.js'

const TOP = 10
const TOP_TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'LEGAL_DOCUMENT']
const collator = new Intl.Collator('vi')

const byArticles = (a: EntityTally, b: EntityTally): number => b.articles - a.articles || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)

const countByType = (tally: DropTally): { type: EntityType; count: number }[] => {
  const entities = [...tally.entities.values()]
  return TYPE_ORDER.map((type) => ({ type, count: entities.filter((e) => e.type === type).length }))
}

function renderCounts(manifest: Manifest, tally: DropTally): string {
  const { files, files_ok, files_quarantined, files_skipped } = manifest.counts
  const duplicates = tally.articles.filter((a) => a.duplicate).length
  const rows: [string, string][] = [
    ['files', `${files}: ${files_ok} processed, ${files_quarantined} quarantined${files_skipped > 0 ? `, ${files_skipped} skipped` : ''}`],
    ['articles', `${tally.articles.length}${duplicates > 0 ? ` (${plural(duplicates, 'duplicate', 'duplicates')})` : ''}`],
    ['quarantined', `${tally.quarantined} (files and JSON Lines lines)`],
    ['warnings', `${tally.warnings} in ${plural(tally.articles.filter((a) => a.warnings > 0).length, 'article', 'articles')}`],
    ['entities', `${tally.entities.size}: ${countByType(tally).map(({ type, count }) => plural(count, ENTITY_TYPES[type].name, ENTITY_TYPES[type].plural)).join(', ')}`],
  ]
  return `<section aria-labelledby="counts"><h2 id="counts">Counts</h2><dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></section>`
}

function renderQuarantine(tally: DropTally): string {
  const groups = [...tally.quarantine.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
  const rows = groups.map((g) => {
    const more = g.count > g.examples.length ? `<li class="muted">and ${g.count - g.examples.length} more in quarantine.jsonl</li>` : ''
    return `<tr><td>${escapeHtml(g.reason)}</td><td class="n">${g.count}</td><td><ul>${g.examples.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}${more}</ul></td></tr>`
  })
  const body =
    rows.length > 0 ? `<table><thead><tr><th>reason</th><th class="n">count</th><th>first entries</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p class="muted">Nothing was quarantined.</p>'
  return `<section aria-labelledby="quarantine"><h2 id="quarantine">Quarantined (${tally.quarantined})</h2>${body}</section>`
}

function renderCharts(tally: DropTally): string {
  const entities = [...tally.entities.values()]
  const byType = renderBarChart(
    'Entities by type',
    countByType(tally).map(({ type, count }) => ({ label: ENTITY_TYPES[type].plural, value: count, type })),
  )
  const tops = TOP_TYPES.map((type) =>
    renderBarChart(
      `Most frequent ${ENTITY_TYPES[type].plural} (articles)`,
      entities
        .filter((e) => e.type === type)
        .sort(byArticles)
        .slice(0, TOP)
        .map((e) => ({ label: e.name, value: e.articles, type })),
    ),
  )
  const people = `<p><a href="people.html">People index</a>: ${plural(tally.people.size, 'person', 'people')} with the offices the drop reports.</p>`
  return `<section aria-labelledby="entity-charts"><h2 id="entity-charts">Entities</h2>${people}<div class="charts">${[byType, ...tops].join('')}</div></section>`
}

function renderArticleList(tally: DropTally, k: number, pages: number, pageSize: number): string {
  const rows = tally.articles.slice((k - 1) * pageSize, k * pageSize)
  const total = tally.articles.length
  const heading = total === 0 ? 'Articles (none)' : `Articles ${rows[0]!.n}–${rows.at(-1)!.n} of ${total}`
  const body = rows.map(
    (a) =>
      `<tr id="a${a.n}"><td class="n">${a.n}</td><td lang="vi"><a href="articles/${a.n}.html">${escapeHtml(a.title)}</a>${a.duplicate ? ' <span class="muted">(duplicate)</span>' : ''}</td>` +
      `<td>${escapeHtml(a.published ?? '')}</td><td>${escapeHtml(a.source)}</td><td class="n">${a.entities}</td><td class="n${a.warnings > 0 ? ' warn' : ''}">${a.warnings}</td></tr>`,
  )
  const table = `<table><thead><tr><th class="n">#</th><th>article</th><th>published</th><th>source</th><th class="n">entities</th><th class="n">warnings</th></tr></thead><tbody>${body.join('')}</tbody></table>`
  return `<section aria-labelledby="articles"><h2 id="articles">${heading}</h2>${renderPager('index', k, pages, 'Article list pages')}${total > 0 ? table : ''}</section>`
}

/** Each page of the drop's list, as its file name (in the report's folder) and its HTML. */
export function* dropPages(manifest: Manifest, tally: DropTally, pageSize: number): Generator<[file: string, html: string]> {
  const pages = pageCount(tally.articles.length, pageSize)
  const drop = escapeHtml(manifest.drop)
  const interrupted =
    manifest.status === 'interrupted' ? `<p class="warn">The run was interrupted with ${escapeHtml(String(manifest.pending ?? 0))} files left: run it again to finish the drop.</p>` : ''
  for (let k = 1; k <= pages; k++) {
    const nav = `<nav class="crumbs" aria-label="Report">${k > 1 ? `<a href="index.html">Drop ${drop}</a>` : ''}<a href="people.html">People</a></nav>`
    const header = `<header>${nav}<h1>Drop ${drop}</h1><p class="muted">trich ${escapeHtml(manifest.pipeline.version)} · run ${escapeHtml(manifest.status)}</p>${interrupted}</header>`
    const summary = k === 1 ? renderCounts(manifest, tally) + renderQuarantine(tally) + renderCharts(tally) : ''
    const body = `${header}<main>${summary}${renderArticleList(tally, k, pages, pageSize)}</main>`
    yield [pageFile('index', k), renderPage({ title: `Drop ${manifest.drop}${k > 1 ? ` — page ${k}` : ''}`, body })]
  }
}
