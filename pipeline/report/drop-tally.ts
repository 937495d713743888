// What the drop's pages need, gathered one record at a time: a short row per article, each entity's
// article count, each person's offices and articles, and the quarantine by reason. The records
// themselves are not kept, so memory grows with the drop's entities, not with its text.
import type { Article, Entity } from '../schema-types.js'
import { articleTitle, sourceOf } from './article-page.js'
import { displayName } from './entity-facts.js'
import type { QuarantineEntry } from '../contracts.js'

export interface ArticleRow {
  n: number
  title: string
  published: string | null
  source: string
  entities: number
  warnings: number
  duplicate: boolean
}

export interface EntityTally {
  id: string
  type: Entity['type']
  name: string
  /** Articles that mention the entity. */
  articles: number
}

export interface OfficeTally {
  title: string
  organization?: string
  /** Articles that report the office held. */
  count: number
  /** The earliest and latest publication dates of those articles (ISO 8601 sorts as text). */
  from: string | null
  to: string | null
  /** The first few of them, with their publication dates. */
  reports: { n: number; published: string | null }[]
  /** The last article counted. */
  last: number
}

export interface PersonTally {
  id: string
  name: string
  /** Articles that mention the person. */
  count: number
  /** The first few of them, in the drop's order. */
  articles: number[]
  offices: Map<string, OfficeTally>
}

export interface QuarantineGroup {
  /** `stage/rule`. */
  reason: string
  count: number
  /** The first few entries, as `path[:line]: reason`. */
  examples: string[]
}

// A person of thousands of articles is shown with the first few, so that no page grows with the drop.
const FIRST_FEW = 10
const EXAMPLES = 5

export class DropTally {
  readonly articles: ArticleRow[] = []
  readonly entities = new Map<string, EntityTally>()
  readonly people = new Map<string, PersonTally>()
  readonly quarantine = new Map<string, QuarantineGroup>()
  quarantined = 0
  warnings = 0

  addArticle(record: Article, n: number): void {
    this.articles.push({
      n,
      title: articleTitle(record),
      published: record.published,
      source: sourceOf(record),
      entities: record.entities.length,
      warnings: record.warnings.length,
      duplicate: record.duplicate_of !== undefined,
    })
    this.warnings += record.warnings.length
    for (const e of record.entities) {
      const tally = this.entities.get(e.id) ?? { id: e.id, type: e.type, name: displayName(e), articles: 0 }
      tally.articles++
      this.entities.set(e.id, tally)
      if (e.type === 'PERSON') this.addPerson(e, n, record.published)
    }
  }

  private addPerson(e: Entity, n: number, published: string | null): void {
    const person: PersonTally = this.people.get(e.id) ?? { id: e.id, name: e.name, count: 0, articles: [], offices: new Map() }
    if (person.count++ < FIRST_FEW) person.articles.push(n)
    for (const p of e.positions ?? []) {
      const key = `${p.title}\u0000${p.organization ?? ''}`
      const office = person.offices.get(key) ?? { title: p.title, organization: p.organization, count: 0, from: null, to: null, reports: [], last: 0 }
      // An article that states an office twice reports it once.
      if (office.last === n) continue
      office.last = n
      if (office.count++ < FIRST_FEW) office.reports.push({ n, published })
      if (published && (office.from === null || published < office.from)) office.from = published
      if (published && (office.to === null || published > office.to)) office.to = published
      person.offices.set(key, office)
    }
    this.people.set(e.id, person)
  }

  addQuarantined(entry: QuarantineEntry): void {
    this.quarantined++
    const reason = `${entry.stage}/${entry.rule}`
    const group = this.quarantine.get(reason) ?? { reason, count: 0, examples: [] }
    group.count++
    if (group.examples.length < EXAMPLES) group.examples.push(`${entry.path}${entry.line ? `:${entry.line}` : ''}: ${entry.reason}`)
    this.quarantine.set(reason, group)
  }
}
