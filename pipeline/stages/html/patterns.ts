// What the HTML front end looks for, kept as data. Class and id values are matched by `matchClass`:
// `names` against whole lower-cased class names, `words` against their parts (split at `-`, `_`, case
// changes), `fragments` against the lower-cased class and id text with `-` and `_` removed.

export interface ClassPattern {
  names?: readonly string[]
  words?: readonly string[]
  fragments?: readonly string[]
}

/** Never article text, wherever they are. */
export const DROP_TAGS = new Set([
  'aside', 'button', 'canvas', 'dialog', 'embed', 'iframe', 'input', 'map', 'math', 'menu', 'nav', 'noscript',
  'object', 'script', 'select', 'style', 'svg', 'template', 'textarea',
])

/** Page chrome when not inside sectioning content (the rule for the banner and contentinfo landmarks). */
export const CHROME_TAGS = new Set(['header', 'footer'])
export const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section'])
export const CHROME_CLASS: ClassPattern = { words: ['footer'] }

export const DROP_ROLES = new Set([
  'alertdialog', 'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation', 'search',
  'toolbar',
])

export const HIDDEN_CLASS: ClassPattern = {
  names: ['d-none', 'hidden', 'hide', 'invisible', 'screen-reader-text', 'sr-only', 'visually-hidden'],
}
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

/** Share buttons, related news, comments, tags, breadcrumbs, advertisements, menus. */
export const BOILERPLATE_CLASS: ClassPattern = {
  words: [
    'ad', 'ads', 'adv', 'banner', 'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'keyword', 'keywords',
    'menu', 'nav', 'navbar', 'pagination', 'popup', 'qc', 'related', 'share', 'social', 'sponsor', 'tag', 'tags',
  ],
  fragments: [
    'advertis', 'binhluan', 'breadcrumb', 'cungchuyenmuc', 'lienquan', 'newsletter', 'othernews', 'quangcao',
    'sharing', 'tinkhac', 'xemthem',
  ],
}

/** Containers of the article body. */
export const CONTENT_TAGS = new Set(['article', 'main'])
export const CONTENT_CLASS: ClassPattern = {
  words: ['article', 'story'],
  fragments: [
    'articlebody', 'baiviet', 'chitiet', 'cmsbody', 'content', 'detail', 'entrycontent', 'fckdetail', 'newsbody',
    'noidung', 'postcontent',
  ],
}

export const LEAD_CLASS: ClassPattern = {
  words: ['abstract', 'chapeau', 'description', 'excerpt', 'intro', 'lead', 'summary', 'teaser'],
  fragments: ['sapo', 'tomtat'],
}
export const CAPTION_CLASS: ClassPattern = {
  fragments: ['caption', 'chuthich', 'descimage', 'imagedesc', 'imgdesc', 'photodesc'],
}
/** On a text block: a caption (`p.Image`); on a box holding an image and little text: a captioned image. */
export const IMAGE_CLASS: ClassPattern = { words: ['image', 'img', 'photo', 'picture', 'pic'] }
export const BYLINE_CLASS: ClassPattern = { fragments: ['author', 'byline', 'tacgia'] }
/** Date and share lines around the article: only a byline, lead or caption inside them is kept. */
export const DATELINE_CLASS: ClassPattern = {
  words: ['date', 'datetime', 'meta', 'posted', 'publish', 'published', 'time', 'timestamp'],
  fragments: ['ngaydang', 'thoigian'],
}

/** The innermost container holding at least this share of an outer one's text is preferred: wrappers add
 * date lines, side columns, a sapo (picked up again from the article scope). */
export const INNER_CONTAINER_SHARE = 0.66
/** A container holding less than this share of the page's text is ignored for the whole body. */
export const MIN_CONTAINER_SHARE = 0.4
/** A box holding an image and at most this many characters is a captioned image. */
export const MAX_MEDIA_TEXT = 300
/** Paragraphs that are mostly link text (lists of other articles, "Xem thêm: …") are dropped. */
export const MAX_LINK_SHARE = 0.8
/** A first paragraph all in bold and at least this long is the lead. */
export const MIN_BOLD_LEAD = 100
/** A last paragraph, right-aligned or bold, at most this long and made of names is the byline. */
export const MAX_BYLINE = 60

/** Words that start a site name at the end of a `<title>`: "… - Báo Lam Hồng". */
export const SITE_NAME_START = /^(?:báo|tạp chí|cổng thông tin|trang thông tin|trang tin|đài|truyền hình|tin tức|www\.)/iu
/** A domain at the end of a `<title>`: "… | baolamhong.vn". */
export const SITE_DOMAIN = /\.[a-z]{2,}$/i
export const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ']

/** Meta names and properties that give the publication date, by priority. */
export const PUBLISHED_META = [
  'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date.issued', 'dcterms.issued',
]
export const AUTHOR_META = ['author', 'article:author', 'dc.creator']
