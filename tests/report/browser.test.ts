// The report as a reader sees it, in headless Chromium (Debian's chromium, driven by playwright-core):
// the seed article's page highlights its eight officials and two Party documents, shows a mention's
// details on hover and on keyboard focus, and fetches nothing but its own file. A screenshot is left in
// test-artifacts/report-seed.png.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDrop, writeReport } from '../../pipeline/index.js'
import { installed, RULES_ONLY } from '../helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = installed(CHROMIUM, 'apt-get install chromium')

const sample = new URL('../../input/sample', import.meta.url).pathname
const artifacts = new URL('../../test-artifacts/', import.meta.url).pathname

describe.skipIf(!hasChromium)('the seed article’s page in Chromium', () => {
  let browser: Browser
  let page: Page
  let reportDir: string
  const requests: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    const drop = await runDrop(sample, { out: mkdtempSync(join(tmpdir(), 'trich-browser-')), workers: 0, stages: RULES_ONLY })
    reportDir = (await writeReport(drop.outDir)).dir
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(pathToFileURL(join(reportDir, 'articles', '1.html')).href)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  // A mark's text as shown: its tooltip is hidden and its type label is drawn by CSS, so neither is in it.
  const marked = (type: string): Promise<string[]> => page.locator(`.text mark[data-type="${type}"][tabindex]`).allInnerTexts()
  const tipOf = async (mark: Locator): Promise<Locator> => page.locator(`#${await mark.getAttribute('aria-describedby')}`)

  it('highlights the eight officials as people', async () => {
    const people = await marked('PERSON')
    expect([...new Set(people)]).toEqual(['Võ Văn Thưởng', 'Đỗ Văn Chiến', 'Lê Minh Khái', 'Bùi Thị Minh Hoài', 'Phạm Tất Thắng', 'Nguyễn Lam', 'Trần Đình Văn', 'Phạm Thị Phúc'])
    expect(people).toHaveLength(11)
  })

  it('highlights the two Party documents as legal documents', async () => {
    expect(await marked('LEGAL_DOCUMENT')).toEqual(['Quyết định số 23-QĐ/TW', 'Nghị quyết số 25-NQ/TW'])
  })

  it('shows a mention’s canonical name, value and rule on hover', async () => {
    const mark = page.locator('.text mark[data-type="LEGAL_DOCUMENT"][tabindex]').first()
    const tip = await tipOf(mark)
    await expect(tip.isVisible()).resolves.toBe(false)
    await mark.hover()
    await expect(tip.isVisible()).resolves.toBe(true)
    expect((await tip.innerText()).split('\n')).toEqual([
      'Quyết định 23-QĐ/TW document',
      'number 23-QĐ/TW',
      'kind Quyết định',
      'date 2021-07-30',
      'issuer Bộ Chính trị',
      'title về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
      'rule document.numbered-party',
      'lexicon document-kinds:Quyết định',
    ])
  })

  it('shows the details of a mention reached with the keyboard, and hides them on Esc', async () => {
    await page.mouse.move(0, 0)
    const focused = page.locator('mark:focus')
    // Past the links of the page's header, Tab reaches the first mention of the text.
    for (let tabs = 0; tabs < 10 && (await focused.count()) === 0; tabs++) await page.keyboard.press('Tab')
    const tip = await tipOf(focused)
    await expect(tip.isVisible()).resolves.toBe(true)
    // The mention's text, then its tooltip's lines.
    expect((await focused.innerText()).split('\n')).toEqual(['Sáng 13/1', '2022-01-13 date', 'value 2022-01-13 (day, year from the publication date)', 'rule date.day-month'])
    await page.keyboard.press('Escape')
    await expect(tip.isVisible()).resolves.toBe(false)
    await expect(focused.innerText()).resolves.toBe('Sáng 13/1')
  })

  it('shows a person’s offices and the lexicon entry that found them; saves a screenshot', async () => {
    const mark = page.locator('.text mark[data-type="PERSON"][tabindex]').first()
    await mark.hover()
    const tip = await tipOf(mark)
    expect((await tip.innerText()).split('\n')).toEqual([
      'Võ Văn Thưởng person',
      'office Ủy viên Bộ Chính trị → Bộ Chính trị',
      'office Thường trực Ban Bí thư Trung ương Đảng → Ban Bí thư Trung ương Đảng',
      'rule person.after-honorific',
      'lexicon titles:đồng chí',
    ])
    // The mention that still has the focus gives way to the one under the pointer.
    await expect(page.locator('.tip:visible').count()).resolves.toBe(1)
    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: join(artifacts, 'report-seed.png') })
    expect(existsSync(join(artifacts, 'report-seed.png'))).toBe(true)
  })

  it('opens the drop’s page and follows its link to the article, all from the file system', async () => {
    await page.goto(pathToFileURL(join(reportDir, 'index.html')).href)
    await expect(page.locator('#counts').isVisible()).resolves.toBe(true)
    await page.click('a[href="articles/1.html"]')
    expect(page.url()).toBe(pathToFileURL(join(reportDir, 'articles', '1.html')).href)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    expect(errors).toEqual([])
  })
})
