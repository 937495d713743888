// What a record says of an entity beyond its name, as label–value pairs: normalized values (ISO dates,
// administrative units, document numbers) and a person's offices. Shown in tooltips and the side list.
import type { Entity } from '../schema-types.js'

export type Fact = [label: string, value: string]

/** The name a reader knows the entity by: a document by its kind and number, anything else by its name. */
export const displayName = (e: Entity): string => (e.type === 'LEGAL_DOCUMENT' && e.kind && e.number ? `${e.kind} ${e.number}` : e.name)

const units = (list: { code: string; name: string }[]): string => list.map((u) => `${u.code} ${u.name}`).join(', ')

export function entityFacts(e: Entity): Fact[] {
  const facts: Fact[] = []
  const add = (label: string, value: string | undefined): void => {
    if (value) facts.push([label, value])
  }
  add('value', e.value && `${e.value} (${e.precision}${e.inferred ? ', year from the publication date' : ''})`)
  add('number', e.number)
  add('kind', e.kind)
  add('date', e.date)
  add('issuer', e.issuer)
  add('title', e.title)
  add('place', e.place)
  add('abbreviation', e.abbreviation)
  add('country', e.country)
  if (e.admin) {
    add('unit', `${e.admin.level} ${e.admin.code} ${e.admin.name} (${e.admin.period})`)
    add('became', e.admin.successors && units(e.admin.successors))
    add('formed from', e.admin.predecessors && units(e.admin.predecessors))
  }
  for (const p of e.positions ?? []) {
    add('office', p.organization ? `${p.title} → ${p.organization}${p.organization_inferred ? ' (inferred from the article)' : ''}` : p.title)
  }
  return facts
}
