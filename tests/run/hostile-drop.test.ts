// A drop of hostile files, made by the test itself: legacy encodings, binary data, broken JSON Lines,
// prototype keys, odd names, links that go nowhere or in circles, a very long line, very deep HTML. The
// run ends, every file is accounted for with a reason, the records validate and nothing leaves the
// output folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDrop, validateFile, type Article, type Manifest } from '../../pipeline/index.js'
import { expectOffsetsInText } from '../helpers.js'
import { tcvn3, utf8, vni, windows1258 } from '../legacy-encodings.js'

const TITLE = 'Lâm Đồng tổng kết công tác dân vận năm 2022'
const BODY = [
  'Sáng 13/1, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận năm 2022.',
  'Đồng chí Nguyễn Văn An, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị và phát biểu chỉ đạo.',
]
const ARTICLE = [TITLE, '', ...BODY].join('\n')
const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le')
  return order === 'le' ? le : le.swap16()
}

function makeDrop(): string {
  const drop = join(mkdtempSync(join(tmpdir(), 'trich-hostile-')), 'hostile')
  mkdirSync(join(drop, 'sub'), { recursive: true })
  const files: Record<string, string | Uint8Array> = {
    'empty.txt': '',
    'scan.pdf': Uint8Array.from([...Buffer.from('%PDF-1.7\n'), 0, 1, 2]),
    'photo.jpg': Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10),
    'bundle.zip': Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0),
    'nul-bytes.txt': Uint8Array.from([...Buffer.from('Hà Nội'), 0, 0, 0]),
    // Cut after the first of the three bytes of "ạ" in the last word, "đạo.".
    'truncated.txt': utf8(ARTICLE).subarray(0, utf8(ARTICLE).length - 4),
    'tcvn3.txt': tcvn3(ARTICLE),
    'vni.txt': vni(ARTICLE),
    'cp1258.txt': windows1258(ARTICLE),
    'utf16le.txt': utf16(ARTICLE, 'le'),
    'utf16be.txt': utf16(ARTICLE, 'be'),
    'bom.txt': `\ufeff${ARTICLE}`,
    'nfd.txt': ARTICLE.normalize('NFD'),
    'invisible.txt': ARTICLE.replace('Ban Dân', 'Ban\u00a0Dân\u200b').replace('tổng kết', 'tổ\u00adng kết'),
    'entities.txt': ARTICLE.replace('Ban Dân vận', 'Ban Dân vận &amp; Mặt trận').replace('2022.', '2022&nbsp;&#272;ạt.'),
    'crlf.txt': ARTICLE.replace(/\n/g, '\r\n'),
    'cr.txt': ARTICLE.replace(/\n/g, '\r'),
    'tên có dấu cách.txt': ARTICLE,
    'one-line.txt': `${TITLE} ${BODY.join(' ').repeat(200)}`,
    // 50 MB on one line: more than one article can be.
    'huge-line.txt': `${TITLE} ${BODY.join(' ').repeat(215_000)}`,
    // Under the size limit in bytes, over it in characters.
    'too-long.txt': `${TITLE} ${'Hà Nội '.repeat(160_000)}`,
    'deep.html': `<html><body>${'<div>'.repeat(10_000)}<p>${BODY[0]}</p>${'</div>'.repeat(10_000)}</body></html>`,
    'sub/feed.jsonl': Buffer.concat([Buffer.from([
      JSON.stringify({ id: 'ok-1', title: TITLE, text: BODY.join('\n') }),
      '{"title": "cut short", "text": "Hà N',
      '[1, 2, 3]',
      '42',
      JSON.stringify({ id: 'no-text', title: TITLE }),
      '{"__proto__": {"polluted": "yes"}, "id": "proto", "title": "Tin 1", "text": "Đồng chí Trần Văn Bình dự hội nghị."}',
      '{"constructor": {"prototype": {"polluted": "yes"}}, "id": "ctor", "title": "Tin 2", "text": "Đồng chí Lê Văn Cường dự hội nghị."}',
      JSON.stringify({ id: '../../../escape', title: 'Tin 3', text: 'Đồng chí Phạm Văn Dũng dự hội nghị.' }),
      // Then a byte that is not UTF-8 (Latin-1 "à") inside an otherwise good line.
      '{"id": "latin1", "title": "Tin 4", "text": "Đồng chí Võ Văn Em dự hội nghị t',
    ].join('\n')), Buffer.of(0xe0), Buffer.from('i Hà Nội."}\n')]),
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(join(drop, name), content)
  symlinkSync(join(drop, 'nowhere.txt'), join(drop, 'dangling.txt'))
  symlinkSync(drop, join(drop, 'sub', 'loop'))
  return drop
}

describe('a drop of hostile files', async () => {
  const out = mkdtempSync(join(tmpdir(), 'trich-hostile-out-'))
  const summary = await runDrop(makeDrop(), { out, workers: 2 })
  const dir = join(out, 'hostile')
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  const entry = (path: string) => manifest.files!.find((f) => f.path === path)!
  const records = readFileSync(join(dir, 'articles.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Article)
  const record = (path: string) => records.find((r) => r.source.path === path)!
  const quarantine = readFileSync(join(dir, 'quarantine.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)

  it('accounts for every file, in order, and completes', () => {
    expect(summary.status).toBe('complete')
    expect(manifest.files!.map((f) => [f.path, f.outcome])).toEqual([
      ['bom.txt', 'ok'],
      ['bundle.zip', 'quarantined'],
      ['cp1258.txt', 'ok'],
      ['cr.txt', 'ok'],
      ['crlf.txt', 'ok'],
      ['dangling.txt', 'quarantined'],
      ['deep.html', 'ok'],
      ['empty.txt', 'quarantined'],
      ['entities.txt', 'ok'],
      ['huge-line.txt', 'quarantined'],
      ['invisible.txt', 'ok'],
      ['nfd.txt', 'ok'],
      ['nul-bytes.txt', 'quarantined'],
      ['one-line.txt', 'ok'],
      ['photo.jpg', 'quarantined'],
      ['scan.pdf', 'quarantined'],
      ['sub/feed.jsonl', 'ok'],
      ['sub/loop', 'quarantined'],
      ['tcvn3.txt', 'ok'],
      ['too-long.txt', 'quarantined'],
      ['truncated.txt', 'ok'],
      ['tên có dấu cách.txt', 'ok'],
      ['utf16be.txt', 'ok'],
      ['utf16le.txt', 'ok'],
      ['vni.txt', 'ok'],
    ])
  })

  it('gives each refused file its reason', () => {
    expect(Object.fromEntries(manifest.files!.filter((f) => f.outcome === 'quarantined').map((f) => [f.path, f.reason]))).toEqual({
      'bundle.zip': 'binary file: ZIP archive (or Office document)',
      'dangling.txt': 'broken link: ENOENT',
      'empty.txt': 'empty file',
      'huge-line.txt': 'file too large for one article: 50.2 MB (the limit is 8.0 MB)',
      'nul-bytes.txt': 'binary file: contains NUL bytes',
      'photo.jpg': 'binary file: JPEG image',
      'scan.pdf': 'binary file: PDF document',
      'sub/loop': 'folder reached twice through links (symlink loop); walked once',
      'too-long.txt': 'article too long: 1,120,044 characters (the limit is 1,000,000)',
    })
  })

  it('reads every encoding to the same text, and says which it was and how sure', () => {
    const readings = ['bom.txt', 'cp1258.txt', 'tcvn3.txt', 'vni.txt', 'utf16le.txt', 'utf16be.txt', 'nfd.txt', 'crlf.txt', 'cr.txt', 'tên có dấu cách.txt']
    for (const path of readings) expect([path, record(path).text]).toEqual([path, ARTICLE])
    expect(Object.fromEntries(readings.slice(0, 6).map((path) => [path, [record(path).source.encoding, record(path).source.encoding_confidence]]))).toEqual({
      'bom.txt': ['utf-8-bom', 1],
      'cp1258.txt': ['windows-1258', 1],
      'tcvn3.txt': ['tcvn3', 1],
      'vni.txt': ['vni-windows', 1],
      'utf16le.txt': ['utf-16le', 1],
      'utf16be.txt': ['utf-16be', 1],
    })
  })

  it('keeps a file cut inside a character, with a warning', () => {
    expect(record('truncated.txt').text.endsWith('phát biểu chỉ đạo'.slice(0, -2))).toBe(true)
    expect(record('truncated.txt').source.encoding_confidence).toBe(0.9)
    expect(record('truncated.txt').warnings.map((w) => w.rule)).toContain('encoding-guess')
  })

  it('cleans invisible characters, odd spaces and entities out of the text', () => {
    expect(record('invisible.txt').text).toBe(ARTICLE)
    expect(record('entities.txt').text).toContain('Ban Dân vận & Mặt trận')
    expect(record('entities.txt').text).toContain('2022 Đạt.')
  })

  it('reads a long single line and HTML nested ten thousand deep', () => {
    expect(record('one-line.txt').text.length).toBe(TITLE.length + 1 + (BODY.join(' ').length * 200))
    expect(record('deep.html').text).toContain(BODY[0])
  })

  it('keeps the good lines of a broken JSON Lines file and quarantines each bad one with its line', () => {
    expect(records.filter((r) => r.source.path === 'sub/feed.jsonl').map((r) => r.source.original_id)).toEqual(['ok-1', 'proto', 'ctor', '../../../escape', 'latin1'])
    const latin1 = records.find((r) => r.source.original_id === 'latin1')!
    expect([latin1.source.encoding_confidence, latin1.warnings.map((w) => w.rule)]).toEqual([0.5, ['encoding-guess']])
    expect(quarantine.filter((q) => q.path === 'sub/feed.jsonl').map((q) => [q.line, q.rule])).toEqual([
      [2, 'invalid-json'],
      [3, 'invalid-json'],
      [4, 'invalid-json'],
      [5, 'no-text'],
    ])
    expect(entry('sub/feed.jsonl').quarantined_lines).toEqual([2, 3, 4, 5])
  })

  it('pollutes no prototype and writes nothing outside the output folder', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(readdirSync(out)).toEqual(['hostile'])
    expect(readdirSync(dir).sort()).toEqual(['.trich-output.json', 'articles.jsonl', 'manifest.json', 'parquet', 'quarantine.jsonl', 'tables'])
  })

  it('writes records and a manifest that validate, with every offset in its text', async () => {
    for (const r of records) expectOffsetsInText(r)
    expect(await validateFile(join(dir, 'articles.jsonl'))).toEqual([])
    expect(await validateFile(join(dir, 'manifest.json'))).toEqual([])
  })
})
