// writeReport on a drop's outputs: the drop's pages (counts, quarantine, charts, the paginated article
// list), the people index, one page per article, the same bytes every time, small pages for a large drop.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeReport, type Article, type Manifest } from '../../pipeline/index.js'
import { relist } from '../helpers.js'
import { makeRecord } from './records.js'

const OFFICE_X = { title: 'Bí thư Tỉnh ủy', organization: 'Tỉnh ủy Lâm Đồng' }

/** A drop's outputs as `trich run` writes them, with a manifest that lists them, in a new folder. */
function writeDrop(records: Article[], quarantine: object[], drop = 'd'): string {
  const dir = mkdtempSync(join(tmpdir(), 'trich-report-'))
  const listed = (name: string, lines: object[]) => {
    const text = lines.map((line) => `${JSON.stringify(line)}\n`).join('')
    writeFileSync(join(dir, name), text)
    return { rows: lines.length, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') }
  }
  const manifest: Manifest = {
    schema_version: '1.4.0',
    status: 'complete',
    drop,
    source: `/data/${drop}`,
    pipeline: { name: 'trich', version: '0.1.0', stages: [] },
    schemas: {},
    counts: { files: records.length + quarantine.length, files_ok: records.length, files_quarantined: quarantine.length, files_skipped: 0, records: records.length, quarantined: quarantine.length },
    files: [],
    outputs: { 'articles.jsonl': listed('articles.jsonl', records), 'quarantine.jsonl': listed('quarantine.jsonl', quarantine) },
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
  return dir
}

const records = [
  makeRecord('Ông Hà Văn A phát biểu.', [['PERSON', 'Hà Văn A', { positions: [OFFICE_X] }]], { id: 'art_1', published: '2024-01', title: 'Một' }),
  makeRecord('Ông Hà Văn A và bà Lê Thị B.', [['PERSON', 'Hà Văn A', { positions: [OFFICE_X] }], ['PERSON', 'Lê Thị B']], {
    id: 'art_2',
    published: '2024-03',
    title: 'Hai <b>',
    warnings: [{ message: 'm', stage: 'clean' }],
  }),
  makeRecord('Chính phủ họp.', [['ORGANIZATION', 'Chính phủ']], { id: 'art_3', title: 'Ba', duplicate_of: 'art_1' }),
  makeRecord('Không có gì.', [], { id: 'art_4', title: null, lead: 'Không có gì.' }),
  makeRecord('Hà Văn A, Phó Thủ tướng.', [['PERSON', 'Hà Văn A', { positions: [{ title: 'Phó Thủ tướng' }] }]], { id: 'art_5', published: null, title: 'Năm' }),
]
const quarantine = [
  { stage: 'decode', rule: 'undecodable', reason: 'empty file', path: 'e.txt' },
  { stage: 'assemble', rule: 'invalid-json', reason: 'invalid JSON: Unexpected end', path: 'f.jsonl', line: 2 },
  { stage: 'decode', rule: 'undecodable', reason: 'binary file: PNG image', path: 'g.txt' },
]

describe('the report of a drop', async () => {
  const outDir = writeDrop(records, quarantine)
  const summary = await writeReport(outDir, { pageSize: 2 })
  const read = (file: string): string => readFileSync(join(summary.dir, file), 'utf8')
  const between = (html: string, from: string, to: string): string => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)) + to.length)
  const index = read('index.html')

  it('writes the drop’s pages, the people index and one page per article', () => {
    expect(summary).toEqual({ drop: 'd', dir: join(outDir, 'report'), index: join(outDir, 'report', 'index.html'), articles: 5, listPages: 3 })
    expect(readdirSync(summary.dir).sort()).toEqual(['.trich-report', 'articles', 'index-2.html', 'index-3.html', 'index.html', 'people.html'])
    expect(readdirSync(join(summary.dir, 'articles')).sort()).toEqual(['1.html', '2.html', '3.html', '4.html', '5.html'])
  })

  it('counts files, articles, quarantined entries, warnings and entities by type', () => {
    expect(between(index, '<dl class="meta">', '</dl>')).toBe(
      '<dl class="meta"><dt>files</dt><dd>8: 5 processed, 3 quarantined</dd><dt>articles</dt><dd>5 (1 duplicate)</dd>' +
        '<dt>quarantined</dt><dd>3 (files and JSON Lines lines)</dd><dt>warnings</dt><dd>1 in 1 article</dd>' +
        '<dt>entities</dt><dd>3: 2 people, 1 organization, 0 places, 0 dates, 0 documents, 0 events</dd></dl>',
    )
  })

  it('groups the quarantine by reason, the largest group first, with its entries', () => {
    expect(between(index, '<section aria-labelledby="quarantine">', '</section>')).toBe(
      '<section aria-labelledby="quarantine"><h2 id="quarantine">Quarantined (3)</h2><table><thead><tr><th>reason</th><th class="n">count</th><th>first entries</th></tr></thead><tbody>' +
        '<tr><td>decode/undecodable</td><td class="n">2</td><td><ul><li>e.txt: empty file</li><li>g.txt: binary file: PNG image</li></ul></td></tr>' +
        '<tr><td>assemble/invalid-json</td><td class="n">1</td><td><ul><li>f.jsonl:2: invalid JSON: Unexpected end</li></ul></td></tr></tbody></table></section>',
    )
  })

  it('charts the most frequent people by the articles that mention them', () => {
    expect(between(index, '<figure class="chart"><figcaption>Most frequent people', '</figure>')).toBe(
      '<figure class="chart"><figcaption>Most frequent people (articles)</figcaption><table><tbody>' +
        '<tr><th scope="row">Hà Văn A</th><td class="bar"><span class="t-PERSON" style="width:100%"></span></td><td class="n">3</td></tr>' +
        '<tr><th scope="row">Lê Thị B</th><td class="bar"><span class="t-PERSON" style="width:33.3%"></span></td><td class="n">1</td></tr></tbody></table></figure>',
    )
  })

  it('lists the articles a page at a time, each page linking to the others', () => {
    const page2 = read('index-2.html')
    expect(between(page2, '<section aria-labelledby="articles">', '</section>')).toBe(
      '<section aria-labelledby="articles"><h2 id="articles">Articles 3–4 of 5</h2>' +
        '<nav class="pager" aria-label="Article list pages"><a href="index.html">1</a> <span aria-current="page">2</span> <a href="index-3.html">3</a></nav>' +
        '<table><thead><tr><th class="n">#</th><th>article</th><th>published</th><th>source</th><th class="n">entities</th><th class="n">warnings</th></tr></thead><tbody>' +
        '<tr id="a3"><td class="n">3</td><td lang="vi"><a href="articles/3.html">Ba</a> <span class="muted">(duplicate)</span></td><td>2024-02</td><td>a.txt</td><td class="n">1</td><td class="n">0</td></tr>' +
        '<tr id="a4"><td class="n">4</td><td lang="vi"><a href="articles/4.html">Không có gì.</a></td><td>2024-02</td><td>a.txt</td><td class="n">0</td><td class="n">0</td></tr>' +
        '</tbody></table></section>',
    )
    expect(page2).not.toContain('aria-labelledby="counts"')
    expect(index).toContain('<tr id="a2"><td class="n">2</td><td lang="vi"><a href="articles/2.html">Hai &lt;b&gt;</a></td><td>2024-03</td><td>a.txt</td><td class="n">2</td><td class="n warn">1</td></tr>')
    expect(read('articles/3.html')).toContain('<a href="../index-2.html#a3">Article list</a>')
  })

  it('indexes people with every office the drop reports, its dates and articles', () => {
    expect(between(read('people.html'), '<ul class="people" lang="vi">', '</ul></li>')).toBe(
      '<ul class="people" lang="vi"><li id="per_0"><b>Hà Văn A</b> <span class="muted">in 3 articles:</span> <a href="articles/1.html">#1</a> <a href="articles/2.html">#2</a> <a href="articles/5.html">#5</a><ul>' +
        '<li>Bí thư Tỉnh ủy → Tỉnh ủy Lâm Đồng <span class="muted">— reported 2024-01 to 2024-03 in 2 articles:</span> <a href="articles/1.html">#1 (2024-01)</a>, <a href="articles/2.html">#2 (2024-03)</a></li>' +
        '<li>Phó Thủ tướng <span class="muted">— reported in 1 article:</span> <a href="articles/5.html">#5</a></li></ul></li>',
    )
  })

  it('writes the same bytes from the same outputs', async () => {
    const again = await writeReport(writeDrop(records, quarantine), { pageSize: 2 })
    for (const file of ['index.html', 'index-2.html', 'index-3.html', 'people.html', 'articles/1.html', 'articles/5.html']) {
      expect(readFileSync(join(again.dir, file), 'utf8')).toBe(read(file))
    }
  })

  it('refuses a folder that is not a drop’s output', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'trich-report-'))
    await expect(writeReport(empty)).rejects.toThrow(`${empty}: cannot read manifest.json (ENOENT): not a drop's output`)
  })
})

describe('reading a drop’s records', () => {
  it('reads a record longer than a chunk of the file, and the record after it', async () => {
    const long = makeRecord(`${'Một câu dài. '.repeat(20_000)}Hết.`, [['DATE', 'Hết']], { id: 'art_long', title: 'Dài' })
    const summary = await writeReport(writeDrop([long, records[0]!], []))
    expect(summary.articles).toBe(2)
    const html = readFileSync(join(summary.dir, 'articles', '1.html'), 'utf8')
    expect(html.split('Một câu dài.')).toHaveLength(20_001)
    expect(html).toContain('Một câu dài. <mark id="m0" class="e t-DATE" data-type="DATE" tabindex="0" aria-describedby="t0">Hết<span')
  })

  it('names the file and line of a record it cannot read', async () => {
    const outDir = writeDrop([records[0]!], [])
    writeFileSync(join(outDir, 'articles.jsonl'), `${JSON.stringify(records[0])}\n{"id":\n`)
    relist(outDir, 'articles.jsonl')
    await expect(writeReport(outDir)).rejects.toThrow(`${join(outDir, 'articles.jsonl')}:2: `)
  })
})

describe('what the report will not touch', () => {
  it('refuses outputs that disagree with their manifest: a file edited, or missing', async () => {
    const outDir = writeDrop([records[0]!], [])
    const edited = `${JSON.stringify(records[1])}\n`
    writeFileSync(join(outDir, 'articles.jsonl'), edited)
    const listed = Buffer.byteLength(`${JSON.stringify(records[0])}\n`)
    await expect(writeReport(outDir)).rejects.toThrow(`${outDir}: the outputs disagree with their manifest (articles.jsonl has ${Buffer.byteLength(edited)} bytes, the manifest says ${listed}): run the drop again`)
    rmSync(join(outDir, 'quarantine.jsonl'))
    await expect(writeReport(outDir)).rejects.toThrow(/quarantine\.jsonl is missing/u)
    expect(readdirSync(outDir)).not.toContain('report')
  })

  it('deletes nothing in a folder whose manifest.json is not trich’s, nor a report folder it did not write', async () => {
    const project = mkdtempSync(join(tmpdir(), 'trich-project-'))
    writeFileSync(join(project, 'manifest.json'), JSON.stringify({ name: 'my-app', version: '1.0.0' }))
    writeFileSync(join(project, 'report'), '') // a file, so that a removal would show
    await expect(writeReport(project)).rejects.toThrow(new RegExp(`^${project}: manifest\\.json is not a trich manifest \\(.*\\): not a drop's output$`, 'u'))
    expect(readdirSync(project).sort()).toEqual(['manifest.json', 'report'])

    const outDir = writeDrop([records[0]!], [])
    writeFileSync(join(outDir, 'report'), 'my notes')
    await expect(writeReport(outDir)).rejects.toThrow(`${join(outDir, 'report')} exists and was not written by trich report: move it away, or report to another folder`)
    expect(readFileSync(join(outDir, 'report'), 'utf8')).toBe('my notes')
  })
})

describe('the report of a drop of 10,000 articles', () => {
  it('keeps every list page small: 500 articles a page, a person’s first ten articles', async () => {
    const one = makeRecord('Ông Hà Văn A, Bí thư Tỉnh ủy, ngày 3/2.', [['PERSON', 'Hà Văn A', { positions: [OFFICE_X] }], ['DATE', 'ngày 3/2']])
    const outDir = writeDrop(Array.from({ length: 10_000 }, (_, i) => ({ ...one, id: `art_${i}`, title: `Bài ${i + 1}` })), [])
    const summary = await writeReport(outDir)
    expect(summary.listPages).toBe(20)
    expect(readdirSync(join(summary.dir, 'articles'))).toHaveLength(10_000)
    expect(readFileSync(join(summary.dir, 'index.html')).length).toBeLessThan(100_000)
    const people = readFileSync(join(summary.dir, 'people.html'), 'utf8')
    expect(people.length).toBeLessThan(10_000)
    expect(people).toContain('<a href="articles/10.html">#10</a> and 9990 more<ul>')
    rmSync(outDir, { recursive: true })
  })
})
