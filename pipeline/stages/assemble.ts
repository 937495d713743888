// assemble: turns a decoded source into the article's parts. HTML and JSON Lines delimit title, lead and
// body themselves; plain text is left whole for the sections stage to read its layout.
import type { VFile } from 'vfile'
import { defineStage, type Block, type SourceFields, type Stage } from './data.js'
import { extractHtml } from './html/extract-html.js'

export const assemble: Stage = function () {
  return (_tree, file: VFile) => {
    const format = file.data.source!.format
    if (format === 'html') assembleHtml(file)
    else if (format === 'jsonl') assembleJson(file)
    else file.data.fields = {}
  }
}

function assembleHtml(file: VFile): void {
  const article = extractHtml(String(file.value))
  file.data.fields = {
    title: article.title,
    published: article.published,
    authors: article.authors,
    publisher: article.publisher,
    url: article.url,
  }
  const blocks: Block[] = []
  if (article.title && !article.blocks.some((b) => b.kind === 'title')) blocks.push({ kind: 'title', text: article.title })
  for (const b of article.blocks) blocks.push({ kind: b.kind, text: b.text })
  if (!blocks.some((b) => b.kind !== 'title')) file.fail('no article text found in the HTML', { ruleId: 'no-text', source: 'assemble' })
  file.data.blocks = blocks
}

// JSON Lines: one object per line with `text` or `body`, and optional title, lead, date, url, author, id.
function assembleJson(file: VFile): void {
  let value: unknown
  try {
    value = JSON.parse(String(file.value))
  } catch (error) {
    file.fail(`invalid JSON: ${(error as Error).message}`, { ruleId: 'invalid-json', source: 'assemble' })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    file.fail('a JSON Lines article must be an object', { ruleId: 'invalid-json', source: 'assemble' })
  }
  const object = value as Record<string, unknown>
  // Own properties only: `__proto__` or `constructor` keys in the input are data, never prototypes.
  const read = (key: string): string | null => {
    if (!Object.hasOwn(object, key)) return null
    const v = object[key]
    if (typeof v === 'string') return v
    if (typeof v === 'number') return String(v)
    if (v !== null) file.message(`field \`${key}\` is not a string; ignored`, { ruleId: 'field-type', source: 'assemble' })
    return null
  }
  const body = read('text') ?? read('body')
  if (!body?.trim()) file.fail('no `text` or `body` field', { ruleId: 'no-text', source: 'assemble' })
  const rawAuthors = Object.hasOwn(object, 'author') ? object.author : Object.hasOwn(object, 'authors') ? object.authors : null
  const authors = (Array.isArray(rawAuthors) ? rawAuthors : [rawAuthors]).filter((a): a is string => typeof a === 'string' && a.trim() !== '')
  const fields: SourceFields = { title: read('title'), lead: read('lead'), published: read('date'), url: read('url'), id: read('id'), authors }
  file.data.fields = fields
  const blocks: Block[] = []
  if (fields.title?.trim()) blocks.push({ kind: 'title', text: fields.title })
  if (fields.lead?.trim()) blocks.push({ kind: 'lead', text: fields.lead })
  blocks.push({ kind: 'body', text: body! })
  file.data.blocks = blocks
}

export const assembleStage = defineStage({ name: 'assemble', reads: ['source'], writes: ['blocks', 'fields', 'source'], plugin: assemble })
