// Why each entity is in a record: the rules and lexicon entries that produced it (`model` with its score
// for the name tagger's mentions), its mentions, and
// for people the offices with the body each belongs to (and whether that body was inferred).
import type { Article, Entity } from './schema-types.js'

const describe = (e: Entity): string => {
  if (e.type === 'DATE') return `${e.value} (${e.precision}${e.inferred ? ', year inferred' : ''})`
  if (e.type === 'LEGAL_DOCUMENT') return [e.kind, e.number, e.date && `of ${e.date}`, e.issuer && `by ${e.issuer}`].filter(Boolean).join(' ')
  if (e.type === 'LOCATION' && e.admin) return `${e.name} [${e.admin.level} ${e.admin.code}, ${e.admin.period}]`
  return e.name
}

/** A plain-text account of a record's entities, one block per entity. */
export function explainRecord(record: Article): string {
  const lines = [`${record.source.path}${record.source.line ? `:${record.source.line}` : ''}  ${record.id}`]
  for (const e of record.entities) {
    lines.push(`  ${e.type.padEnd(14)} ${describe(e)}  ${e.id}`)
    for (const m of e.mentions) lines.push(`      "${m.text}" @${m.start}-${m.end}  ${m.rule ?? ''}${m.score !== undefined ? ` ${m.score.toFixed(2)}` : ''}`)
    for (const x of e.explain ?? []) lines.push(`      because ${x.rule}${x.lexicon ? ` ← ${x.lexicon}` : ''}`)
    for (const p of e.positions ?? []) {
      const body = p.organization ? ` → ${p.organization}${p.organization_inferred ? ' (inferred from the article)' : ''}` : ''
      lines.push(`      office "${p.title}"${body}`)
    }
  }
  for (const w of record.warnings) lines.push(`  warning [${w.stage}/${w.rule ?? ''}] ${w.message}`)
  return lines.join('\n')
}
