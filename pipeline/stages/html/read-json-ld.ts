// The article fields of the first JSON-LD object typed as an article (NewsArticle, Article, BlogPosting,
// ReportageNews, …), looked for at the top level, in arrays and in `@graph`. Scripts that are not valid
// JSON are skipped; raw line breaks inside strings, common in CMS output, are tolerated.

export interface JsonLdArticle {
  headline: string | null
  datePublished: string | null
  authors: string[]
  publisher: string | null
}

type Json = Record<string, unknown>

const ARTICLE_TYPE = /Article|BlogPosting|ReportageNews/

export function readJsonLd(texts: readonly string[]): JsonLdArticle {
  for (const text of texts) {
    const article = parseObjects(text).find((object) => readTypes(object).some((type) => ARTICLE_TYPE.test(type)))
    if (article) {
      return {
        headline: readString(article.headline),
        datePublished: readString(article.datePublished),
        authors: readNameList(article.author),
        publisher: readNameList(article.publisher)[0] ?? null,
      }
    }
  }
  return { headline: null, datePublished: null, authors: [], publisher: null }
}

function parseObjects(text: string): Json[] {
  let value: unknown
  try {
    // Control characters are only allowed escaped in JSON strings, and as white space between tokens.
    value = JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '))
  } catch {
    return []
  }
  const objects = (Array.isArray(value) ? value : [value]).filter(isObject)
  return objects.flatMap((object) => [
    object,
    ...(Array.isArray(object['@graph']) ? object['@graph'].filter(isObject) : []),
  ])
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readTypes(object: Json): string[] {
  const type = object['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

function readString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** Names from a string, a `{name}` object, or an array of either. */
function readNameList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value])
    .map((item) => readString(isObject(item) ? item.name : item))
    .filter((name): name is string => name !== null)
}
