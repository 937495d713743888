// The people index: every person the drop names, in alphabetical order, with each office the drop's
// articles report them holding (and the organization it belongs to), the dates it was reported at and
// the articles that report it, and the articles that mention them; a long list of articles shows its
// first few and how many more. `people.html`, then `people-<k>.html`.
import type { DropTally, OfficeTally, PersonTally } from './drop-tally.js'
import { escapeHtml } from './escape-html.js'
import { pageCount, pageFile, plural, renderPage, renderPager } from './layout.js'

const collator = new Intl.Collator('vi')

const articleLink = (n: number, text = `#${n}`): string => `<a href="articles/${n}.html">${text}</a>`

const more = (count: number, shown: number): string => (count > shown ? ` and ${count - shown} more` : '')

function renderOffice(office: OfficeTally): string {
  const body = office.organization ? ` → ${escapeHtml(office.organization)}` : ''
  const dates = office.from === null ? '' : escapeHtml(office.from === office.to ? ` ${office.from}` : ` ${office.from} to ${office.to}`)
  const reports = office.reports.map(({ n, published }) => articleLink(n, published ? `#${n} (${escapeHtml(published)})` : `#${n}`))
  return `<li>${escapeHtml(office.title)}${body} <span class="muted">— reported${dates} in ${plural(office.count, 'article', 'articles')}:</span> ${reports.join(', ')}${more(office.count, reports.length)}</li>`
}

function renderPerson(person: PersonTally): string {
  const offices = [...person.offices.values()]
  const list = offices.length > 0 ? `<ul>${offices.map(renderOffice).join('')}</ul>` : ''
  const articles = person.articles.map((n) => articleLink(n)).join(' ')
  return `<li id="${escapeHtml(person.id)}"><b>${escapeHtml(person.name)}</b> <span class="muted">in ${plural(person.count, 'article', 'articles')}:</span> ${articles}${more(person.count, person.articles.length)}${list}</li>`
}

/** Each page of the people index, as its file name (in the report's folder) and its HTML. */
export function* peoplePages(drop: string, tally: DropTally, pageSize: number): Generator<[file: string, html: string]> {
  const people = [...tally.people.values()].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  const pages = pageCount(people.length, pageSize)
  for (let k = 1; k <= pages; k++) {
    const rows = people.slice((k - 1) * pageSize, k * pageSize)
    const header = `<header><nav class="crumbs" aria-label="Report"><a href="index.html">Drop ${escapeHtml(drop)}</a></nav><h1>People of drop ${escapeHtml(drop)}</h1></header>`
    const list = rows.length > 0 ? `<ul class="people" lang="vi">${rows.map(renderPerson).join('')}</ul>` : '<p class="muted">The drop names no one.</p>'
    const intro = `<p>${plural(people.length, 'person', 'people')}; offices as the articles state them, with the organization each belongs to and the article’s publication date.</p>`
    const body = `${header}<main>${intro}${renderPager('people', k, pages, 'People index pages')}${list}</main>`
    yield [pageFile('people', k), renderPage({ title: `People — drop ${drop}${k > 1 ? ` — page ${k}` : ''}`, body })]
  }
}
