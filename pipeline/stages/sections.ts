// sections: reads the layout of plain text into title, dateline, lead, paragraphs, headings, captions
// and byline. Two layouts are common in Vietnamese news dumps:
// - paragraphs separated by blank lines, opening with an outlet tag "(LĐ online) - ", photo captions as
//   short unpunctuated paragraphs, an ALL-CAPS byline last;
// - a title line, a blank line, one paragraph per line (captions and byline among them), then three
//   blank lines and the lead last (the layout of baomoi.com dumps).
// Parts that the source format already delimits (HTML, JSON fields) are kept; only multi-line parts
// are read further.
import { defineStage, type Stage } from './data.js'
import type { VFile } from 'vfile'
import type { Section } from '../schema-types.js'
import { bylineTail, looksLikeByline } from './credits.js'

interface Line {
  start: number
  end: number
  /** Blank lines just before this one. */
  gap: number
}

// "(LĐ online) - ", "HÀ NỘI (TTXVN) – ", "(Chinhphu.vn) - ": an outlet tag opening the first paragraph.
export const DATELINE = /^(?:[\p{Lu} ]{2,30} ?)?\([^()\n]{2,40}\) ?[-–—] ?/u
const TERMINAL = /[.!?…:;"”'’)\]]$/u
const PHOTO_CUE = /(^|\()\s*(Ảnh|Video|Clip)\b|^(Toàn cảnh|Quang cảnh|Các đại biểu|Đại biểu|Lãnh đạo)\b/u
const MAX_CAPTION = 250
const MAX_TITLE = 250

export const sections: Stage = function () {
  return (_tree, file: VFile) => {
    const text = file.data.text!
    const given = file.data.blockSpans
    if (!given) {
      file.data.sections = readLayout(text, 0, text.length, { first: true })
      return
    }
    // Only paragraphs that span several lines (a JSON body) have a layout of their own to read.
    file.data.sections = given.flatMap((s) =>
      s.kind === 'paragraph' && text.slice(s.start, s.end).includes('\n')
        ? readLayout(text, s.start, s.end, { first: !given.some((g) => g.kind === 'title' || g.kind === 'lead') })
        : [s],
    )
  }
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = []
  let gap = 0
  let start = from
  while (start <= to) {
    let end = text.indexOf('\n', start)
    if (end === -1 || end > to) end = to
    if (end > start) {
      lines.push({ start, end, gap })
      gap = 0
    } else if (lines.length > 0) gap++
    start = end + 1
  }
  return lines
}

/** Sections of the text between `from` and `to`; `first` when it opens the article (may hold a title). */
export function readLayout(text: string, from: number, to: number, { first }: { first: boolean }): Section[] {
  const lines = splitLines(text, from, to)
  if (lines.length === 0) return []
  const out: Section[] = []
  const str = (l: Line): string => text.slice(l.start, l.end)
  const blankSeparated = lines.slice(1).every((l) => l.gap > 0)

  // A lead set apart at the end by three or more blank lines.
  let last = lines.length - 1
  let trailingLead: Line[] = []
  const leadAt = lines.findIndex((l, i) => i > 0 && l.gap >= 3)
  if (leadAt > 0 && lines.length - leadAt <= 2) {
    trailingLead = lines.slice(leadAt)
    last = leadAt - 1
  }

  let i = 0
  // A title alone on the first line: set apart by a blank line, or, in the one-line-per-part layout of
  // news dumps (title, lead, body; or title, then lead and body on one line), shorter than the line after it.
  const titled = lines.length > 1 && (lines[1]!.gap > 0 || str(lines[0]!).length < str(lines[1]!).length)
  if (first && titled && looksLikeTitle(str(lines[0]!))) {
    out.push({ kind: 'title', start: lines[0]!.start, end: lines[0]!.end })
    i = 1
  }

  let byline: Line | null = null
  if (last > i && looksLikeByline(str(lines[last]!))) {
    byline = lines[last]!
    last--
  } else if (last >= i) {
    // A credit run into the last paragraph: "… đánh nhau. Thái Uyên".
    const line = lines[last]!
    const tail = bylineTail(str(line))
    if (tail > 0) {
      byline = { start: line.start + tail, end: line.start + str(line).trimEnd().replace(/[\s-]+$/u, '').length, gap: 0 }
      lines[last] = { ...line, end: line.start + str(line).slice(0, tail).trimEnd().length }
    }
  }

  let leadDone = trailingLead.length > 0
  const bodyStart = i
  for (; i <= last; i++) {
    const line = lines[i]!
    let start = line.start
    const s = str(line)
    if (first && i === bodyStart) {
      const tag = DATELINE.exec(s)
      if (tag) {
        out.push({ kind: 'dateline', start, end: start + tag[0].trimEnd().length })
        start += tag[0].length
      }
    }
    const kind = classifyLine(s, blankSeparated)
    if (kind === 'paragraph' && !leadDone && first && last > i) {
      out.push({ kind: 'lead', start, end: line.end })
      leadDone = true
    } else out.push({ kind, start, end: line.end })
  }
  if (byline) out.push({ kind: 'byline', start: byline.start, end: byline.end })
  if (trailingLead.length > 0) {
    out.push({ kind: 'lead', start: trailingLead[0]!.start, end: trailingLead[trailingLead.length - 1]!.end })
  }
  return out
}

function classifyLine(s: string, blankSeparated: boolean): Section['kind'] {
  if (s.length > MAX_CAPTION) return 'paragraph'
  if (PHOTO_CUE.test(s)) return 'caption'
  if (TERMINAL.test(s)) return 'paragraph'
  // Short unpunctuated lines: captions between blank-separated paragraphs, sub-headings between lines.
  return blankSeparated ? 'caption' : 'heading'
}

function looksLikeTitle(s: string): boolean {
  return s.length <= MAX_TITLE && !/[.;:]$/.test(s) && !DATELINE.test(s)
}

export const sectionsStage = defineStage({ name: 'sections', reads: ['text', 'blockSpans'], writes: ['sections'], plugin: sections })
