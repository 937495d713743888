import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../pipeline/stages/entities/candidate.js'
import { lexicons } from '../../pipeline/lexicon/load.js'
import { placePrefixes } from '../../pipeline/lexicon/place-prefixes.js'
import { readData } from '../../pipeline/lexicon/read-data.js'
import { placeKeys } from '../../pipeline/stages/entities/locations/location-names.js'
import { KNOWN, PREFIX, SHORT, STANDALONE } from '../../pipeline/lexicon/index.js'
import { placeStarts } from '../../pipeline/stages/entities/locations/location-starts.js'
import { articleInput } from '../../pipeline/stages/entities/index.js'
import { recognizeLocations } from '../../pipeline/stages/entities/locations/locations.js'
import { wordHits } from '../../pipeline/stages/entities/word-hits.js'
import type { Word } from '../../pipeline/stages/entities/words.js'
import { foldKey } from '../../pipeline/text/fold.js'
import { growth, MAX_RATIO, repeat } from '../growth.js'
import { knownPlaces } from '../../pipeline/lexicon/index.js'

const latin = unified().use(retextLatin).freeze()

function locate(text: string, published: string | null = null): Candidate[] {
  return recognizeLocations(articleInput(latin.parse(text), text, published))
}

/** Each place found, as [mention, start, end, name, rule, lexicon, admin code, country code]. */
function places(text: string, published: string | null = null): unknown[][] {
  return locate(text, published).map((c) => {
    expect(text.slice(c.start, c.end).length).toBe(c.end - c.start)
    return [text.slice(c.start, c.end), c.start, c.end, c.name, c.rule, c.lexicon, c.admin?.code ?? null, c.country ?? null]
  })
}

describe('recognizeLocations: administrative units at the article’s date', () => {
  const text = 'Trưởng ban Tuyên giáo tỉnh Lâm Đồng phát biểu.'

  it('takes "tỉnh Lâm Đồng" in January 2022 for the pre-2025 province, with its 2025 successor', () => {
    expect(locate(text, '2022-01')).toEqual([
      {
        type: 'LOCATION', start: 22, end: 35, name: 'Lâm Đồng', rule: 'location.admin-prefix', lexicon: 'admin-units:pre-2025/68',
        admin: { code: '68', level: 'province', name: 'Lâm Đồng', period: 'pre-2025', successors: [{ code: '68', name: 'Lâm Đồng' }] },
      },
    ])
  })

  it('takes "tỉnh Lâm Đồng" on 1 August 2025 for the 2025 province, with the three it was made of', () => {
    expect(locate(text, '2025-08-01')).toEqual([
      {
        type: 'LOCATION', start: 22, end: 35, name: 'Lâm Đồng', rule: 'location.admin-prefix', lexicon: 'admin-units:2025/68',
        admin: {
          code: '68', level: 'province', name: 'Lâm Đồng', period: '2025',
          predecessors: [{ code: '60', name: 'Bình Thuận' }, { code: '67', name: 'Đắk Nông' }, { code: '68', name: 'Lâm Đồng' }],
        },
      },
    ])
  })

  it('gives communes their unit and code, and districts their level without a code', () => {
    const text = 'Xã Bồ Lý, huyện Tam Đảo (Vĩnh Phúc) có núi Ngang.'
    const [commune, district, province] = locate(text, '2022-01')
    expect(commune).toEqual({
      type: 'LOCATION', start: 0, end: 8, name: 'Bồ Lý', rule: 'location.admin-prefix', lexicon: 'admin-units:pre-2025/08920',
      admin: { code: '08920', level: 'commune', name: 'Bồ Lý', period: 'pre-2025', province_code: '26', successors: [{ code: '08923', name: 'Đại Đình' }] },
    })
    expect(district).toEqual({ type: 'LOCATION', start: 10, end: 23, name: 'Tam Đảo', rule: 'location.admin-prefix', lexicon: 'location-prefix:district' })
    expect(province).toMatchObject({ start: 25, end: 34, name: 'Vĩnh Phúc', rule: 'location.province-name', admin: { code: '26', level: 'province', period: 'pre-2025', successors: [{ code: '25', name: 'Phú Thọ' }] } })
  })

  it('takes a 2025 unit of a type that did not exist before ("đặc khu") and a ward in force', () => {
    expect(places('lãnh đạo đặc khu Phú Quốc và phường Bến Thành', '2025-08-01')).toEqual([
      ['đặc khu Phú Quốc', 9, 25, 'Phú Quốc', 'location.admin-prefix', 'admin-units:2025/31078', '31078', null],
      ['phường Bến Thành', 29, 45, 'Bến Thành', 'location.admin-prefix', 'admin-units:2025/26743', '26743', null],
    ])
  })

  it('picks a commune of a shared name by the province after it, and gives none when still ambiguous', () => {
    expect(places('tại UBND phường Thành Công, Q.Ba Đình, Hà Nội')).toEqual([
      ['phường Thành Công', 9, 26, 'Thành Công', 'location.admin-prefix', 'admin-units:pre-2025/00034', '00034', null],
      ['Q.Ba Đình', 28, 37, 'Ba Đình', 'location.abbreviated-prefix', 'location-prefix:district', null, null],
      ['Hà Nội', 39, 45, 'Hà Nội', 'location.province-name', 'admin-units:pre-2025/01', '01', null],
    ])
    // Six wards named 7 in Hồ Chí Minh: no district in the data tells them apart.
    expect(places('trụ trì chùa Candaransi (164/235 Trần Quốc Thảo, phường 7, quận 3, TP.HCM).')).toEqual([
      ['chùa Candaransi', 8, 23, 'chùa Candaransi', 'location.site-prefix', 'location-prefix:chùa', null, null],
      ['phường 7', 49, 57, 'Phường 7', 'location.admin-prefix', 'location-prefix:commune', null, null],
      ['quận 3', 59, 65, 'Quận 3', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['TP.HCM', 67, 73, 'Hồ Chí Minh', 'location.abbreviated-prefix', 'admin-units:pre-2025/79', '79', null],
    ])
  })
})

describe('recognizeLocations: prefixes', () => {
  it('reads short prefixes glued to the name or followed by a full stop, but not initials', () => {
    const text = 'Chủ tịch UBND TP.Hà Nội; Cổng thông tin TP. Hà Nội; UBND TP. Hạ Long; làm việc với H. Nam Giang; Q.3, TP.HCM; ông Nguyễn H. Nam.'
    expect(places(text)).toEqual([
      ['TP.Hà Nội', 14, 23, 'Hà Nội', 'location.abbreviated-prefix', 'admin-units:pre-2025/01', '01', null],
      ['TP. Hà Nội', 40, 50, 'Hà Nội', 'location.abbreviated-prefix', 'admin-units:pre-2025/01', '01', null],
      ['TP. Hạ Long', 57, 68, 'Hạ Long', 'location.abbreviated-prefix', 'regions:Hạ Long', null, null],
      ['H. Nam Giang', 83, 95, 'Nam Giang', 'location.abbreviated-prefix', 'location-prefix:district', null, null],
      ['Q.3', 97, 100, 'Quận 3', 'location.abbreviated-prefix', 'location-prefix:district', null, null],
      ['TP.HCM', 102, 108, 'Hồ Chí Minh', 'location.abbreviated-prefix', 'admin-units:pre-2025/79', '79', null],
    ])
  })

  it('takes a short prefix for none at the end of a sentence or in an office\'s abbreviation', () => {
    expect(places('trình TP. Sáng nay, P.GĐ Sở cho biết; TP. Ông Nguyễn Văn A; loại X. Tiếp đó.')).toEqual([])
  })

  it('names numbered units with their type, without the full stop that ends a sentence', () => {
    expect(places('Nhà thờ Đức Bà ở quận 1. Tại quận 10, phường 5.')).toEqual([
      ['quận 1', 17, 23, 'Quận 1', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['quận 10', 29, 36, 'Quận 10', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['phường 5', 38, 46, 'Phường 5', 'location.admin-prefix', 'location-prefix:commune', null, null],
    ])
  })

  it('gives back an official’s name after the place, and takes no official for a place', () => {
    const text =
      'Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung, Chủ tịch UBND TP Nguyễn Đức Chung và Phó Chủ tịch UBND tỉnh Lê Trí Thanh ' +
      'làm việc với quận Nam Từ Liêm. Bí thư Đảng ủy phường Mỹ Đình 2 Lưu Chí Dưỡng; Giám đốc Sở Tư pháp Đồng Nai Viên Hồng Tiến.'
    expect(places(text)).toEqual([
      ['TP Hà Nội', 14, 23, 'Hà Nội', 'location.admin-prefix', 'admin-units:pre-2025/01', '01', null],
      ['quận Nam Từ Liêm', 128, 144, 'Nam Từ Liêm', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['phường Mỹ Đình 2', 161, 177, 'Mỹ Đình 2', 'location.admin-prefix', 'admin-units:pre-2025/00626', '00626', null],
      ['Đồng Nai', 213, 221, 'Đồng Nai', 'location.province-name', 'admin-units:pre-2025/75', '75', null],
    ])
  })

  it('takes "Thủ đô" alone for Hà Nội', () => {
    expect(places('trở thành trung tâm mới của Thủ đô. Hội nghị tại Thủ đô Hà Nội.')).toEqual([
      ['Thủ đô', 28, 34, 'Hà Nội', 'location.standalone', 'admin-units:pre-2025/01', '01', null],
      ['Thủ đô Hà Nội', 49, 62, 'Hà Nội', 'location.admin-prefix', 'admin-units:pre-2025/01', '01', null],
    ])
  })

  it('reads a region after "vùng", "khu vực" or "các tỉnh", and a country after "nước"', () => {
    expect(places('Cà phê vùng Tây Nguyên, các tỉnh Tây Nguyên và khu vực ĐBSCL; nước CHDCND Lào.')).toEqual([
      ['vùng Tây Nguyên', 7, 22, 'Tây Nguyên', 'location.site-prefix', 'regions:Tây Nguyên', null, null],
      ['tỉnh Tây Nguyên', 28, 43, 'Tây Nguyên', 'location.admin-prefix', 'regions:Tây Nguyên', null, null],
      ['khu vực ĐBSCL', 47, 60, 'Đồng bằng sông Cửu Long', 'location.site-prefix', 'regions:Đồng bằng sông Cửu Long', null, null],
      ['nước CHDCND Lào', 62, 77, 'Lào', 'location.site-prefix', 'countries:Lào', null, 'LA'],
    ])
  })

  it('takes no syllable of a common word for a prefix ("nông thôn", "Nông thôn")', () => {
    expect(places('Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam; phát triển nông thôn Việt Nam.')).toEqual([
      ['Việt Nam', 46, 54, 'Việt Nam', 'location.country-name', 'countries:Việt Nam', null, 'VN'],
      ['Việt Nam', 77, 85, 'Việt Nam', 'location.country-name', 'countries:Việt Nam', null, 'VN'],
    ])
  })
})

describe('recognizeLocations: named sites', () => {
  it('reads national sites by name, after a generic prefix, and across a dash; not "chùa Việt"', () => {
    const text =
      'Đoàn tham quan di tích Hoàng thành Thăng Long và Văn Miếu - Quốc Tử Giám, BQL Văn Miếu; BQL khu di tích Văn Miếu - ' +
      'Quốc Từ Giám; lễ hội chùa Hương, sân vận động Hàng Đẫy; trùng tu chùa Việt và chùa Phật giáo.'
    expect(places(text)).toEqual([
      ['Hoàng thành Thăng Long', 23, 45, 'Hoàng thành Thăng Long', 'location.site-prefix', 'regions:Hoàng thành Thăng Long', null, null],
      ['Văn Miếu - Quốc Tử Giám', 49, 72, 'Văn Miếu - Quốc Tử Giám', 'location.site-name', 'regions:Văn Miếu - Quốc Tử Giám', null, null],
      ['Văn Miếu', 78, 86, 'Văn Miếu - Quốc Tử Giám', 'location.site-name', 'regions:Văn Miếu - Quốc Tử Giám', null, null],
      ['khu di tích Văn Miếu - Quốc Từ Giám', 92, 127, 'Văn Miếu - Quốc Từ Giám', 'location.site-prefix', 'location-prefix:khu di tích', null, null],
      ['chùa Hương', 136, 146, 'chùa Hương', 'location.site-prefix', 'location-prefix:chùa', null, null],
      ['sân vận động Hàng Đẫy', 148, 169, 'sân vận động Hàng Đẫy', 'location.site-prefix', 'location-prefix:sân vận động', null, null],
    ])
  })

  it('names a site alike under a shorter prefix, and takes "các khu công nghiệp" for a common noun', () => {
    const text = 'Ban Quản lý các Khu công nghiệp Quảng Ngãi. Khu bảo tồn thiên nhiên Sông Thanh rộng 93.000 ha; khu bảo tồn Sông Thanh sẽ thành Vườn quốc gia Sông Thanh.'
    expect(places(text)).toEqual([
      ['Quảng Ngãi', 32, 42, 'Quảng Ngãi', 'location.province-name', 'admin-units:pre-2025/51', '51', null],
      ['Khu bảo tồn thiên nhiên Sông Thanh', 44, 78, 'khu bảo tồn thiên nhiên Sông Thanh', 'location.site-prefix', 'location-prefix:khu bảo tồn thiên nhiên', null, null],
      ['khu bảo tồn Sông Thanh', 95, 117, 'khu bảo tồn thiên nhiên Sông Thanh', 'location.site-prefix', 'location-prefix:khu bảo tồn', null, null],
      ['Vườn quốc gia Sông Thanh', 127, 151, 'vườn quốc gia Sông Thanh', 'location.site-prefix', 'location-prefix:vườn quốc gia', null, null],
    ])
  })

  it('takes a capitalized "Sông", "Hồ" mid-sentence for another name: a company, the President', () => {
    expect(places('Các DN gồm Tổng Công ty: DIC, Sông Hồng, Bạch Đằng; tư tưởng Hồ Chí Minh; thủy điện trên sông Đà.')).toEqual([
      ['sông Đà', 89, 96, 'Sông Đà', 'location.site-prefix', 'regions:Sông Đà', null, null],
    ])
  })
})

describe('recognizeLocations: names alone', () => {
  it('takes an ambiguous country name only with a cue, and lists of countries after one', () => {
    const text = 'đàm phán với Đại học Cambridge (Anh) để đưa chương trình. Ông Nguyễn Văn Anh và anh Đức cho biết đoàn sẽ đến Anh, Pháp và Đức.'
    expect(places(text)).toEqual([
      // A place in a body's name is a place too, as in "Đại học Vientiane" (GeoNames' cities).
      ['Cambridge', 21, 30, 'Cambridge', 'location.world-city-name', 'regions:Cambridge', null, null],
      ['Anh', 32, 35, 'Anh', 'location.country-name', 'countries:Anh', null, 'GB'],
      ['Anh', 109, 112, 'Anh', 'location.country-name', 'countries:Anh', null, 'GB'],
      ['Pháp', 114, 118, 'Pháp', 'location.country-name', 'countries:Pháp', null, 'FR'],
      ['Đức', 122, 125, 'Đức', 'location.country-name', 'countries:Đức', null, 'DE'],
    ])
  })

  it('reads regions after a lower-case "miền" or "đồng bằng"', () => {
    expect(places('Thời tiết miền Bắc và miền núi phía Bắc; lúa ở đồng bằng sông Cửu Long.')).toEqual([
      ['miền Bắc', 10, 18, 'Miền Bắc', 'location.site-prefix', 'regions:Miền Bắc', null, null],
      ['miền núi phía Bắc', 22, 39, 'Trung du và miền núi phía Bắc', 'location.site-prefix', 'regions:Trung du và miền núi phía Bắc', null, null],
      ['đồng bằng sông Cửu Long', 47, 70, 'Đồng bằng sông Cửu Long', 'location.site-prefix', 'regions:Đồng bằng sông Cửu Long', null, null],
    ])
  })

  it('takes a name after a personal honorific for a person, and a function word opening a sentence for none', () => {
    expect(places('Chị Hà Giang và Ông Hà Nam cho biết. Tại Mỹ, giá vàng tăng.')).toEqual([
      ['Mỹ', 41, 43, 'Hoa Kỳ', 'location.country-name', 'countries:Hoa Kỳ', null, 'US'],
    ])
  })

  it('takes a district by its name only with a locative cue or in a list', () => {
    const text = 'như ở Thường Tín, Phú Xuyên, Chủ tịch UBND TP đánh giá. Chị Thanh Xuân cho biết các sư trụ trì tại Sóc Sơn hay chùa Hương.'
    expect(places(text)).toEqual([
      ['Thường Tín', 6, 16, 'Thường Tín', 'location.district-name', 'location-prefix:district', null, null],
      ['Phú Xuyên', 18, 27, 'Phú Xuyên', 'location.district-name', 'location-prefix:district', null, null],
      ['Sóc Sơn', 99, 106, 'Sóc Sơn', 'location.district-name', 'location-prefix:district', null, null],
      ['chùa Hương', 111, 121, 'chùa Hương', 'location.site-prefix', 'location-prefix:chùa', null, null],
    ])
  })

  it('reads a province after an abbreviation, and a former state and foreign cities', () => {
    expect(places('Cục THADS Bắc Kạn; tiến sỹ tại Học viện Khoa học xã hội, Moskva, Liên Xô; giảng viên trường Đại học Vientiane.')).toEqual([
      ['Bắc Kạn', 10, 17, 'Bắc Kạn', 'location.province-name', 'admin-units:pre-2025/06', '06', null],
      ['Moskva', 57, 63, 'Moskva', 'location.world-city-name', 'regions:Moskva', null, null],
      ['Liên Xô', 65, 72, 'Liên Xô', 'location.former-state-name', 'regions:Liên Xô', null, null],
      ['Vientiane', 100, 109, 'Viêng Chăn', 'location.world-city-name', 'regions:Viêng Chăn', null, null],
    ])
  })
})

describe('recognizeLocations: lists of units', () => {
  it('continues a list after a prefixed unit, and ends it at an office', () => {
    const text =
      'ở quận Ba Đình, Hoàn Kiếm rồi nhân rộng; tại huyện Nam Giang, Phước Sơn; làm việc với H. Nam Giang, Phó Chủ tịch UBND tỉnh ' +
      'Lê Trí Thanh; xã Đức Yên và Đức Đồng thuộc huyện Đức Thọ, Hà Tĩnh.'
    expect(places(text)).toEqual([
      ['quận Ba Đình', 2, 14, 'Ba Đình', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['Hoàn Kiếm', 16, 25, 'Hoàn Kiếm', 'location.district-name', 'location-prefix:district', null, null],
      ['huyện Nam Giang', 45, 60, 'Nam Giang', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['Phước Sơn', 62, 71, 'Phước Sơn', 'location.list', 'location-prefix:district', null, null],
      ['H. Nam Giang', 86, 98, 'Nam Giang', 'location.abbreviated-prefix', 'location-prefix:district', null, null],
      // Đức Yên was merged away before the sources' pre-2025 map; Đức Đồng is in it.
      ['xã Đức Yên', 137, 147, 'Đức Yên', 'location.admin-prefix', 'location-prefix:commune', null, null],
      ['Đức Đồng', 151, 159, 'Đức Đồng', 'location.list', 'admin-units:pre-2025/18304', '18304', null],
      ['huyện Đức Thọ', 166, 179, 'Đức Thọ', 'location.admin-prefix', 'location-prefix:district', null, null],
      ['Hà Tĩnh', 181, 188, 'Hà Tĩnh', 'location.province-name', 'admin-units:pre-2025/42', '42', null],
    ])
  })

  it('takes no single word after a comma for a list item', () => {
    expect(places('Làm việc tại huyện Văn Yên, Đoàn công tác đã kiểm tra.')).toEqual([
      ['huyện Văn Yên', 13, 26, 'Văn Yên', 'location.admin-prefix', 'location-prefix:district', null, null],
    ])
  })

  it('stays linear on a long run of prefixes and list items', async () => {
    expect(locate('các huyện Ba Vì, '.repeat(20000))).toHaveLength(20000)
    expect(await growth(locate, repeat('các huyện Ba Vì, '), 80_000)).toBeLessThan(MAX_RATIO)
  })
})

/** A word as readWords makes it, followed by `gap`. */
function word(text: string, gap = ' '): Word {
  const cap = text.charAt(0) !== text.toLowerCase().charAt(0)
  return { text, start: 0, end: text.length, key: foldKey(text), cap, upper: false, foreign: false, hits: wordHits(foldKey(text)), gap }
}

describe('placeStarts: the words a place may start at', () => {
  it('passes over words that open no prefix, known name, short prefix or standalone name', () => {
    for (const text of ['của', 'và', 'người', 'Nguyễn', 'hà', 'việt', 'TPHCM.', 'T.', 'Q', 'Theo', 'Ông', 'UBND']) expect(placeStarts(word(text)), text).toBe(0)
  })

  it('lets a prefix open in either case, and a known name capitalized, or in lower case where a prefix opens with it', () => {
    expect(placeStarts(word('tỉnh'))).toBe(PREFIX)
    expect(placeStarts(word('Tỉnh'))).toBe(PREFIX)
    expect(placeStarts(word('huyện'))).toBe(PREFIX)
    expect(placeStarts(word('thành'))).toBe(PREFIX | KNOWN)
    expect(placeStarts(word('Hà'))).toBe(KNOWN)
    expect(placeStarts(word('Hòa')) & KNOWN).toBe(KNOWN)
    expect(placeStarts(word('Hoà')) & KNOWN).toBe(KNOWN)
    expect(placeStarts(word('sông'))).toBe(PREFIX | KNOWN)
    expect(placeStarts(word('Thủ')) & STANDALONE).toBe(STANDALONE)
    expect(placeStarts(word('thủ')) & STANDALONE).toBe(0)
  })

  it('finds a short prefix glued to its name or before ". ", as abbreviated() reads them', () => {
    expect(placeStarts(word('TP.Hà')) & SHORT).toBe(SHORT)
    expect(placeStarts(word('Q.3')) & SHORT).toBe(SHORT)
    expect(placeStarts(word('TT.Phong')) & SHORT).toBe(SHORT)
    expect(placeStarts(word('TP', '. ')) & SHORT).toBe(SHORT)
    expect(placeStarts(word('H', '. ')) & SHORT).toBe(SHORT)
    expect(placeStarts(word('TP', ' ')) & SHORT).toBe(0)
    expect(placeStarts(word('TPHCM.')) & SHORT).toBe(0)
    expect(placeStarts(word('tp.Hà')) & SHORT).toBe(0)
  })

  it('opens with the first word of every prefix and of every known name, however it is spaced', () => {
    for (const { prefix } of readData<{ prefixes: { prefix: string }[] }>('place-prefixes.json').prefixes) {
      const words = prefix.split(' ').map((t) => word(t))
      expect(placeStarts(words[0]!) & PREFIX, prefix).toBe(PREFIX)
      expect(placePrefixes().prefixes.longestSpaced(words, 0), prefix).toBeDefined()
    }
    const lex = lexicons()
    const names = [...lex.admin.provinceNames(), ...lex.regions.names(), ...lex.countries.names()]
    let checked = 0
    for (const name of names) {
      for (const written of [name.replace(/\s*[-–—]\s*/gu, ' '), name.replace(/\s*[-–—]\s*/gu, '-')]) {
        const words = written.split(' ').map((t) => word(t))
        if (!knownPlaces().longest(placeKeys(words, 0), 0)) continue
        const first = words[0]!.text
        expect(placeStarts(word(first.charAt(0).toUpperCase() + first.slice(1))) & KNOWN, written).toBe(KNOWN)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(2 * names.length - 50)
  })
})

describe('recognizeLocations: what the prefilters must not change', () => {
  it('takes a known name filling the words after a prefix, and an official after it', () => {
    expect(places('UBND tỉnh Quảng Ninh, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Đức Long', '2022-01')).toEqual([
      ['tỉnh Quảng Ninh', 5, 20, 'Quảng Ninh', 'location.admin-prefix', 'admin-units:pre-2025/22', '22', null],
      ['tỉnh Quảng Ninh', 36, 51, 'Quảng Ninh', 'location.admin-prefix', 'admin-units:pre-2025/22', '22', null],
    ])
  })

  it('reads a lower-case known name that opens with its prefix, and a standalone name only as spelled', () => {
    expect(places('thủy điện trên sông Hồng; hội nghị tại thủ đô.').map((p) => p[0])).toEqual(['sông Hồng'])
  })
})

describe('recognizeLocations: places of general news', () => {
  const short = (text: string): unknown[][] => places(text).map(([mention, , , name, rule]) => [mention, name, rule])

  it('reads a country written short, alone; at a sentence’s start only where the article never writes it in lower case', () => {
    expect(short('Nhật thắng Úc 2-1. Mỹ muốn Triều Tiên ngừng thử tên lửa.')).toEqual([
      ['Nhật', 'Nhật Bản', 'location.country-name'],
      ['Úc', 'Australia', 'location.country-name'],
      ['Mỹ', 'Hoa Kỳ', 'location.country-name'],
      ['Triều Tiên', 'Triều Tiên', 'location.country-name'],
    ].map(([m, n, r]) => [m, lexicons().countries.lookup(m!)?.name ?? n, r]))
    expect(short('Nhật ký của ông được in. Cuốn nhật ký bán chạy.')).toEqual([])
  })

  it('reads a place no lexicon knows after a kind of place or a locative', () => {
    // "thành phố" is an administrative prefix, read with any name after it.
    expect(short('Trận đấu trên sân Old Trafford. Ông sống ở Đồng Tàu, gần bang Sao Paulo, rồi chuyển tới thành phố Guaruja.')).toEqual([
      ['sân Old Trafford', 'Old Trafford', 'location.kind-cue'],
      ['Đồng Tàu', 'Đồng Tàu', 'location.locative-cue'],
      // GeoNames knows Sao Paulo: the known name, without the kind.
      ['Sao Paulo', 'Sao Paulo', 'location.world-city-name'],
      ['thành phố Guaruja', 'Guaruja', 'location.admin-prefix'],
    ])
  })

  it('takes a city’s name that opens a person’s name for no place', () => {
    expect(short('Tổng thống Nga Vladimir Putin đến Moskva.')).toEqual([
      ['Nga', lexicons().countries.lookup('Nga')!.name, 'location.country-name'],
      ['Moskva', 'Moskva', 'location.world-city-name'],
    ])
  })
})
