// An article's page: its text with every mention highlighted and explained, its entities and warnings.
import { describe, expect, it } from 'vitest'
import { articleTitle, renderArticlePage } from '../../pipeline/report/article-page.js'
import { makeRecord } from './records.js'

const record = makeRecord(
  'Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Lâm Đồng, ký Quyết định số 12/QĐ-UBND ngày 3/2. <script>alert("x")</script>',
  [
    ['PERSON', 'Nguyễn Văn An', { positions: [{ title: 'Chủ tịch UBND tỉnh Lâm Đồng', organization: 'Ủy ban nhân dân tỉnh Lâm Đồng', start: 19, end: 46 }], explain: [{ rule: 'person.rule', lexicon: 'surnames:Nguyễn' }] }],
    ['ORGANIZATION', 'UBND tỉnh Lâm Đồng', { name: 'Ủy ban nhân dân tỉnh Lâm Đồng', abbreviation: 'UBND' }],
    ['LOCATION', 'tỉnh Lâm Đồng', { name: 'Lâm Đồng', admin: { code: '68', level: 'province', name: 'Lâm Đồng', period: 'pre-2025', successors: [{ code: '68', name: 'Lâm Đồng' }] }, explain: [{ rule: 'location.rule', lexicon: 'admin-units:pre-2025/68' }] }],
    ['LEGAL_DOCUMENT', 'Quyết định số 12/QĐ-UBND', { name: '12/QĐ-UBND', number: '12/QĐ-UBND', kind: 'Quyết định', date: '2024-02-03' }],
    ['DATE', 'ngày 3/2', { name: '2024-02-03', value: '2024-02-03', precision: 'day', inferred: true }],
  ],
  { title: '<script>alert("x")</script> & co', warnings: [{ message: 'odd <dash>', stage: 'clean', rule: 'dash', start: 17, end: 18 }] },
)
const html = renderArticlePage(record, { drop: 'd<1>', n: 3, listPage: 'index-2.html', hasNext: true })
const between = (from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)) + to.length)

describe('an article’s page', () => {
  it('shows a script in the article’s title or text as text; the page’s only script is its own', () => {
    expect(html).toContain('<span lang="vi">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</span>')
    expect(html).toContain('. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>')
    expect(html.match(/<script/g)).toHaveLength(1)
  })

  it('allows no network source: no request can leave the page', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*'">/)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('links to the drop, its list page, the people index and the articles before and after it', () => {
    expect(between('<nav', '</nav>')).toBe(
      '<nav class="crumbs" aria-label="Report"><a href="../index.html">Drop d&lt;1&gt;</a><a href="../index-2.html#a3">Article list</a><a href="../people.html">People</a>' +
        '<a rel="prev" href="2.html">← Article 2</a><a rel="next" href="4.html">Article 4 →</a></nav>',
    )
  })

  it('marks a person with a tooltip of its canonical name, offices, rule and lexicon entry', () => {
    expect(between('<mark id="m0"', '</mark>')).toBe(
      '<mark id="m0" class="e t-PERSON" data-type="PERSON" tabindex="0" aria-describedby="t0">Nguyễn Văn An<span class="tip" role="tooltip" id="t0">' +
        '<span><b>Nguyễn Văn An</b> <span class="k">person</span></span>' +
        '<span><span class="k">office</span> Chủ tịch UBND tỉnh Lâm Đồng → Ủy ban nhân dân tỉnh Lâm Đồng</span>' +
        '<span><span class="k">rule</span> person.rule</span><span><span class="k">lexicon</span> surnames:Nguyễn</span></span></mark>',
    )
  })

  it('nests a place inside the organization that names it, each with its normalized value', () => {
    expect(between('<mark id="m1"', '</span></mark>, ký')).toBe(
      '<mark id="m1" class="e t-ORGANIZATION" data-type="ORGANIZATION" tabindex="0" aria-describedby="t1">UBND ' +
        '<mark id="m2" class="e t-LOCATION" data-type="LOCATION" tabindex="0" aria-describedby="t2">tỉnh Lâm Đồng<span class="tip" role="tooltip" id="t2">' +
        '<span><b>Lâm Đồng</b> <span class="k">place</span></span><span><span class="k">unit</span> province 68 Lâm Đồng (pre-2025)</span>' +
        '<span><span class="k">became</span> 68 Lâm Đồng</span><span><span class="k">rule</span> location.rule</span><span><span class="k">lexicon</span> admin-units:pre-2025/68</span></span></mark>' +
        '<span class="tip" role="tooltip" id="t1"><span><b>Ủy ban nhân dân tỉnh Lâm Đồng</b> <span class="k">organization</span></span>' +
        '<span><span class="k">abbreviation</span> UBND</span><span><span class="k">rule</span> organization.rule</span></span></mark>, ký',
    )
  })

  it('gives a date its ISO value and a document its kind and number', () => {
    expect(between('<span class="tip" role="tooltip" id="t4">', '</span></mark>')).toBe(
      '<span class="tip" role="tooltip" id="t4"><span><b>2024-02-03</b> <span class="k">date</span></span>' +
        '<span><span class="k">value</span> 2024-02-03 (day, year from the publication date)</span><span><span class="k">rule</span> date.rule</span></span></mark>',
    )
    expect(between('<span class="tip" role="tooltip" id="t3">', '</span></span></mark>')).toBe(
      '<span class="tip" role="tooltip" id="t3"><span><b>Quyết định 12/QĐ-UBND</b> <span class="k">document</span></span>' +
        '<span><span class="k">number</span> 12/QĐ-UBND</span><span><span class="k">kind</span> Quyết định</span><span><span class="k">date</span> 2024-02-03</span>' +
        '<span><span class="k">rule</span> legal_document.rule</span></span></mark>',
    )
  })

  it('lists the entities by type, each linked to its first mention', () => {
    expect(html.match(/<h3>[^<]+<\/h3>/g)).toEqual(['<h3>People (1)</h3>', '<h3>Organizations (1)</h3>', '<h3>Places (1)</h3>', '<h3>Dates (1)</h3>', '<h3>Documents (1)</h3>'])
    expect(between('<h3>People (1)</h3>', '</ul>')).toBe(
      '<h3>People (1)</h3><ul lang="vi"><li><a class="e t-PERSON" href="#m0">Nguyễn Văn An</a><span class="facts">' +
        '<span><span class="k">office</span> Chủ tịch UBND tỉnh Lâm Đồng → Ủy ban nhân dân tỉnh Lâm Đồng</span>' +
        '<span><span class="k">rule</span> person.rule ← surnames:Nguyễn</span></span></li></ul>',
    )
  })

  it('shows the warnings with the text they point at', () => {
    expect(between('<section aria-labelledby="warnings">', '</section>')).toBe(
      '<section aria-labelledby="warnings"><h2 id="warnings">Warnings (1)</h2><ul><li><span class="warn">clean/dash</span> odd &lt;dash&gt; <span class="muted">at 17–18 “,”</span></li></ul></section>',
    )
  })

  it('names an untitled article by the start of its lead, or else of its text, or else by its source', () => {
    const title = (text: string, lead: string | null): string => articleTitle(makeRecord(text, [], { title: null, lead }))
    const lead = 'Sáng 13/1, Ban Dân vận Trung ương đã tổ chức hội nghị trực tuyến toàn quốc để tổng kết công tác dân vận và đánh giá kết quả năm'
    expect(title('Văn bản', lead)).toBe('Sáng 13/1, Ban Dân vận Trung ương đã tổ chức hội nghị trực tuyến toàn quốc để tổng kết…')
    expect(title('Hà Nội\n\ngiảm   biên chế', null)).toBe('Hà Nội giảm biên chế')
    expect(title(' \n', null)).toBe('a.txt')
  })

  it('has no link before the first article nor after the last', () => {
    const only = renderArticlePage(record, { drop: 'd', n: 1, listPage: 'index.html', hasNext: false })
    expect(only).not.toContain('rel="prev"')
    expect(only).not.toContain('rel="next"')
  })
})
