import {test} from 'vitest'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {extractHtml} from '../../pipeline/stages/html/extract-html.js'
import {limitNesting} from '../../pipeline/stages/html/limit-nesting.js'

const cases: Record<string, string> = {
  divsOpen: '<div>'.repeat(100000) + '<p>Đáy</p>',
  reconstruct: Array.from({length: 10000}, (_, k) => `<p><b id=${k}>t${k}</p>`).join(''),
  plain: Array.from({length: 10000}, (_, k) => `<p>t${k}</p>`).join(''),
}
const p = unified().use(rehypeParse)
for (const [name, html] of Object.entries(cases)) {
  test(name, () => {
    let t = Date.now()
    const limited = limitNesting(html)
    const t1 = Date.now() - t; t = Date.now()
    p.parse(limited)
    const t2 = Date.now() - t; t = Date.now()
    extractHtml(html)
    console.log(name, t1, t2, Date.now() - t)
  }, 60000)
}
