// A horizontal bar chart as a table: the numbers are text (read aloud, printed, copied), the bars drawn
// by CSS at build time, each in its entity type's colours.
import type { EntityType } from './entity-types.js'
import { escapeHtml } from './escape-html.js'

export interface Bar {
  label: string
  value: number
  type: EntityType
}

export function renderBarChart(caption: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const rows = bars.map(
    (b) =>
      `<tr><th scope="row">${escapeHtml(b.label)}</th><td class="bar"><span class="t-${b.type}" style="width:${Math.round((b.value / max) * 1000) / 10}%"></span></td><td class="n">${b.value}</td></tr>`,
  )
  const body = rows.length > 0 ? `<table><tbody>${rows.join('')}</tbody></table>` : '<p class="muted">None.</p>'
  return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption>${body}</figure>`
}
