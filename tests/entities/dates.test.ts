import { describe, expect, it } from 'vitest'
import { WORD_START, isWordChar, startsWord } from '../../pipeline/stages/entities/boundaries.js'
import { DATE_PATTERNS } from '../../pipeline/stages/entities/dates/date-patterns.js'
import { matchesOf, recognizeDates } from '../../pipeline/stages/entities/dates/dates.js'
import { growth, MAX_RATIO, repeat } from '../growth.js'
import { extractWithRules } from '../helpers.js'

/** Each date found, as [mention, rule, value, precision, inferred]. */
function dates(text: string, published: string | null = null): [string, string, string, string, boolean][] {
  return recognizeDates({ text, published }).map((c) => [text.slice(c.start, c.end), c.rule, c.date!.value, c.date!.precision, c.date!.inferred])
}

describe('recognizeDates', () => {
  it('reads the seed article\'s dates', () => {
    const text =
      ' date 2022-01 (LĐ online) - Sáng 13/1, Ban Dân vận Trung ương đã tổ chức hội nghị trực tuyến toàn quốc để tổng kết ' +
      'công tác dân vận năm 2021; triển khai nhiệm vụ năm 2022. Đại biểu HĐND các cấp, nhiệm kỳ 2021 – 2026 đạt kết quả cao.'
    expect(dates(text, '2022-01')).toEqual([
      ['2022-01', 'date.iso', '2022-01', 'month', false],
      ['Sáng 13/1', 'date.day-month', '2022-01-13', 'day', true],
      ['năm 2021', 'date.year', '2021', 'year', false],
      ['năm 2022', 'date.year', '2022', 'year', false],
      ['2021', 'date.range-end', '2021', 'year', false],
      ['2026', 'date.range-end', '2026', 'year', false],
    ])
  })

  it('gives a candidate the ISO value as its name, with exact offsets', () => {
    const [c] = recognizeDates({ text: 'Chiều 5/2, đoàn đến thăm.', published: null })
    expect(c).toEqual({ type: 'DATE', start: 0, end: 9, name: '--02-05', rule: 'date.day-month', date: { value: '--02-05', precision: 'day', inferred: false } })
  })

  it('keeps the time of day, weekday or "ngày" before a day in the mention', () => {
    const text = 'sáng nay 13/1, chiều 5/2, tối 6/2, Ngày 5/2, thứ Hai (13/1), Sáng qua (6/2), Sáng hôm qua 6/2, hôm nay (6/2), hôm 6/2, Sáng ngày 6/2/2017'
    expect(dates(text).map(([mention, , value]) => [mention, value])).toEqual([
      ['sáng nay 13/1', '--01-13'],
      ['chiều 5/2', '--02-05'],
      ['tối 6/2', '--02-06'],
      ['Ngày 5/2', '--02-05'],
      ['thứ Hai (13/1)', '--01-13'],
      ['Sáng qua (6/2)', '--02-06'],
      ['Sáng hôm qua 6/2', '--02-06'],
      ['hôm nay (6/2)', '--02-06'],
      ['hôm 6/2', '--02-06'],
      ['Sáng ngày 6/2/2017', '2017-02-06'],
    ])
  })

  it('takes a missing year from the publication, nearest to it', () => {
    expect(dates('Sáng 13/1', '2022-01')).toEqual([['Sáng 13/1', 'date.day-month', '2022-01-13', 'day', true]])
    expect(dates('Sáng 13/1', null)).toEqual([['Sáng 13/1', 'date.day-month', '--01-13', 'day', false]])
    expect(dates('Sáng 13/1', '2022')).toEqual([['Sáng 13/1', 'date.day-month', '2022-01-13', 'day', true]])
    // "28/12" in an article of early January is last December.
    expect(dates('ngày 28/12', '2022-01-05')).toEqual([['ngày 28/12', 'date.day-month', '2021-12-28', 'day', true]])
  })

  it('reads day, month and year written with slashes, dashes, dots or words', () => {
    const text = 'ngày 30/7/2021; 30-7-2021; 30.7.2021; 03/6/2013; sinh ngày 10 /11 /1945; ngày 13 tháng 1 năm 2022; ngày 13 tháng 1'
    expect(dates(text)).toEqual([
      ['ngày 30/7/2021', 'date.day-month-year', '2021-07-30', 'day', false],
      ['30-7-2021', 'date.day-month-year', '2021-07-30', 'day', false],
      ['30.7.2021', 'date.day-month-year', '2021-07-30', 'day', false],
      ['03/6/2013', 'date.day-month-year', '2013-06-03', 'day', false],
      ['ngày 10 /11 /1945', 'date.day-month-year', '1945-11-10', 'day', false],
      ['ngày 13 tháng 1 năm 2022', 'date.day-month-words', '2022-01-13', 'day', false],
      ['ngày 13 tháng 1', 'date.day-month-words', '--01-13', 'day', false],
    ])
  })

  it('reads "6.2" and "6-2" as a day only after a cue word', () => {
    expect(dates('Giá tăng 6.2 lần, tỷ số 6-2; ngày 6.2 và Sáng 6-2')).toEqual([
      ['ngày 6.2', 'date.day-month', '--02-06', 'day', false],
      ['Sáng 6-2', 'date.day-month', '--02-06', 'day', false],
    ])
  })

  it('reads a bare day/month, but not a fraction, an address or a class', () => {
    const text = 'Điểm tin 6/2: dịp 2/9 tới, (1/5); giảm 1/2 số hộ, chiếm 1/3, nhà số 12/5, lớp 12/5, đường 3/2'
    expect(dates(text).map(([mention, , value]) => [mention, value])).toEqual([
      ['6/2', '--02-06'],
      ['2/9', '--09-02'],
      ['1/5', '--05-01'],
    ])
  })

  it('reads months', () => {
    const text = 'tháng 7/2021, tháng 7 năm 2021, tháng 7-2021, tháng 5.2016, cuối tháng 12-2016, tháng 9, tháng 7 năm ngoái'
    expect(dates(text, '2017-02')).toEqual([
      ['tháng 7/2021', 'date.month-year', '2021-07', 'month', false],
      ['tháng 7 năm 2021', 'date.month-year', '2021-07', 'month', false],
      ['tháng 7-2021', 'date.month-year', '2021-07', 'month', false],
      ['tháng 5.2016', 'date.month-year', '2016-05', 'month', false],
      ['cuối tháng 12-2016', 'date.month-year', '2016-12', 'month', false],
      ['tháng 9', 'date.month', '2017-09', 'month', true],
      ['tháng 7 năm ngoái', 'date.month', '2016-07', 'month', true],
    ])
    // ISO has no month without a year but --MM; a month counted ("mỗi tháng 1 lần") is no date.
    expect(dates('đến tháng 9, mỗi tháng 1 lần, 6 tháng 1 lần')).toEqual([['tháng 9', 'date.month', '--09', 'month', false]])
  })

  it('reads a year only after a cue word', () => {
    const text =
      'năm 2021, từ 2011 đến nay, trước 2020, đầu năm 2022, cuối năm 2021, xuân Đinh Dậu 2017, mùa xuân 1960, ' +
      'năm 1997 và 1999, năm 1992, 1996 và 2001; sau 2000 người, khoảng 2020 hộ, mã 2021'
    expect(dates(text)).toEqual([
      ['năm 2021', 'date.year', '2021', 'year', false],
      ['từ 2011 đến nay', 'date.since', '2011', 'year', false],
      ['trước 2020', 'date.year', '2020', 'year', false],
      ['đầu năm 2022', 'date.year', '2022', 'year', false],
      ['cuối năm 2021', 'date.year', '2021', 'year', false],
      ['xuân Đinh Dậu 2017', 'date.year', '2017', 'year', false],
      ['mùa xuân 1960', 'date.year', '1960', 'year', false],
      ['năm 1997', 'date.year', '1997', 'year', false],
      ['1999', 'date.year-list', '1999', 'year', false],
      ['năm 1992', 'date.year', '1992', 'year', false],
      ['1996', 'date.year-list', '1996', 'year', false],
      ['2001', 'date.year-list', '2001', 'year', false],
    ])
  })

  it('reads quarters', () => {
    expect(dates('quý I/2022, quý 1 năm 2022, quý IV-2021, quý II', '2022-05')).toEqual([
      ['quý I/2022', 'date.quarter', '2022-Q1', 'quarter', false],
      ['quý 1 năm 2022', 'date.quarter', '2022-Q1', 'quarter', false],
      ['quý IV-2021', 'date.quarter', '2021-Q4', 'quarter', false],
      ['quý II', 'date.quarter', '2022-Q2', 'quarter', true],
    ])
    // No ISO form for a quarter of an unknown year.
    expect(dates('quý II')).toEqual([])
  })

  it('reads a range as its two ends, each a date of its own', () => {
    const text =
      'nhiệm kỳ 2021 – 2026, 2021-2026, giai đoạn 2016-2020, năm 1987 -1992, Từ năm 2001 đến năm 2006, ' +
      'từ ngày 1/1 đến ngày 15/1/2022, từ tháng 7/2015 đến tháng 4/2016, dịp 30/4 - 1/5'
    expect(dates(text)).toEqual([
      ['2021', 'date.range-end', '2021', 'year', false],
      ['2026', 'date.range-end', '2026', 'year', false],
      ['2021', 'date.range-end', '2021', 'year', false],
      ['2026', 'date.range-end', '2026', 'year', false],
      ['2016', 'date.range-end', '2016', 'year', false],
      ['2020', 'date.range-end', '2020', 'year', false],
      ['1987', 'date.range-end', '1987', 'year', false],
      ['1992', 'date.range-end', '1992', 'year', false],
      // Joined ranges keep their ends as the rules that read them, the first end completed with the year.
      ['năm 2001', 'date.year', '2001', 'year', false],
      ['năm 2006', 'date.year', '2006', 'year', false],
      ['ngày 1/1', 'date.day-month', '2022-01-01', 'day', false],
      ['ngày 15/1/2022', 'date.day-month-year', '2022-01-15', 'day', false],
      ['tháng 7/2015', 'date.month-year', '2015-07', 'month', false],
      ['tháng 4/2016', 'date.month-year', '2016-04', 'month', false],
      ['30/4', 'date.day-month', '--04-30', 'day', false],
      ['1/5', 'date.day-month', '--05-01', 'day', false],
    ])
    expect(dates('từ ngày 1/1 đến ngày 15/1', '2022-01')).toEqual([
      ['ngày 1/1', 'date.day-month', '2022-01-01', 'day', true],
      ['ngày 15/1', 'date.day-month', '2022-01-15', 'day', true],
    ])
  })

  it('groups a range’s ends with the other mentions of their years', () => {
    const text = 'Năm 2015, quận tổ chức Đại hội nhiệm kỳ 2015-2020. Kế hoạch giai đoạn 2016 – 2020 đã hoàn thành.\n'
    const record = extractWithRules(text, { path: 'range.txt' })
    const found = record.entities.filter((e) => e.type === 'DATE').map((e) => [e.value, e.mentions.map((m) => [m.text, record.text.slice(m.start, m.end)])])
    expect(found).toEqual([
      ['2015', [['Năm 2015', 'Năm 2015'], ['2015', '2015']]],
      ['2020', [['2020', '2020'], ['2020', '2020']]],
      ['2016', [['2016', '2016']]],
    ])
  })

  it('resolves relative dates only when the publication date is precise enough', () => {
    const text = 'hôm nay, hôm qua, hôm kia, Chiều qua, ngày mai, năm ngoái, năm nay, năm tới, sang năm, tháng trước, tháng này'
    expect(dates(text, '2022-01-13')).toEqual([
      ['hôm nay', 'date.relative-day', '2022-01-13', 'day', true],
      ['hôm qua', 'date.relative-day', '2022-01-12', 'day', true],
      ['hôm kia', 'date.relative-day', '2022-01-11', 'day', true],
      ['Chiều qua', 'date.relative-day', '2022-01-12', 'day', true],
      ['ngày mai', 'date.relative-day', '2022-01-14', 'day', true],
      ['năm ngoái', 'date.relative-year', '2021', 'year', true],
      ['năm nay', 'date.relative-year', '2022', 'year', true],
      ['năm tới', 'date.relative-year', '2023', 'year', true],
      ['sang năm', 'date.relative-year', '2023', 'year', true],
      ['tháng trước', 'date.relative-month', '2021-12', 'month', true],
      ['tháng này', 'date.relative-month', '2022-01', 'month', true],
    ])
    expect(dates(text, '2022').map(([mention]) => mention)).toEqual(['năm ngoái', 'năm nay', 'năm tới', 'sang năm'])
    expect(dates(text, null)).toEqual([])
  })

  it('does not read counted or story-relative periods as dates', () => {
    expect(dates('2 năm trước, những năm tới, năm sau cao hơn năm trước, năm trước đó, tuần trước, ánh sáng qua khe', '2022-01-13')).toEqual([])
  })

  it('reads ISO dates', () => {
    expect(dates('cập nhật 2022-01-13, bản 2022-01')).toEqual([
      ['2022-01-13', 'date.iso', '2022-01-13', 'day', false],
      ['2022-01', 'date.iso', '2022-01', 'month', false],
    ])
  })

  it('finds no date in words and numbers that are not dates', () => {
    const text =
      'sáng tạo, sáng kiến, Chiều cao 1/2 mét, năm người, 3,9 triệu, 100 triệu đồng/căn, 13 triệu dân, tỷ lệ 1/2, ' +
      '0912.345.678, 50 m2, 12%, lần thứ 6, 32/1, 13/13, 31/2/2020, 1.234.567, Covid-19, 6.2 điểm'
    expect(dates(text, '2022-01-13')).toEqual([])
  })

  it('reads no date out of document numbers', () => {
    const text =
      'gắn với thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị; Nghị quyết số 25-NQ/TW, ngày 03/6/2013; ' +
      'Nghị định 41/2016/NĐ-CP, Quyết định số 28/2017/QĐ-UBND, Thông tư 15/2015, văn bản số 3227/NHNN-TD, 05/2015/TTLT-BTP-BCA-BYT'
    expect(dates(text).map(([mention]) => mention)).toEqual(['ngày 30/7/2021', 'ngày 03/6/2013'])
  })

  it('never returns overlapping mentions', () => {
    const text = 'Sáng hôm qua 6/2, từ năm 2016 đến năm 2020 - 2021, tháng 1 năm 2017, ngày 13 tháng 1 năm 2022, quý I năm nay'
    const found = recognizeDates({ text, published: '2017-02-07' })
    found.forEach((c, i) => expect(i === 0 || c.start >= found[i - 1]!.end).toBe(true))
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual([
      'Sáng hôm qua 6/2',
      'năm 2016',
      '2020',
      '2021',
      'tháng 1 năm 2017',
      'ngày 13 tháng 1 năm 2022',
      'quý I năm nay',
    ])
  })

  it('reads no day or month of the lunar calendar as a solar date', () => {
    const text = 'đêm ngày 13/1 âm lịch, rằm tháng 8 âm lịch, ngày 15/8 (ÂL), tháng Giêng, mùng 7 Tết, sáng 13/1'
    expect(dates(text)).toEqual([['sáng 13/1', 'date.day-month', '--01-13', 'day', false]])
  })

  it('reads a year of the sexagenary cycle as the one of that name nearest the publication', () => {
    const text =
      'xuân Đinh Dậu, đầu xuân Đinh Dậu, đón Tết Nguyên đán Đinh Dậu – 2017, Tết Nguyên đán Đinh Dậu 2017, năm Bính Thân, ' +
      'Tết Mậu Tuất, năm Giáp Sửu, ông Đinh Dậu'
    expect(dates(text, '2016-12-20')).toEqual([
      ['xuân Đinh Dậu', 'date.lunar-year', '2017', 'year', true],
      ['đầu xuân Đinh Dậu', 'date.lunar-year', '2017', 'year', true],
      ['Tết Nguyên đán Đinh Dậu – 2017', 'date.year', '2017', 'year', false],
      ['Tết Nguyên đán Đinh Dậu 2017', 'date.year', '2017', 'year', false],
      ['năm Bính Thân', 'date.lunar-year', '2016', 'year', true],
      ['Tết Mậu Tuất', 'date.lunar-year', '2018', 'year', true],
    ])
    // Without the publication's year the name alone says no year; with the number it does.
    expect(dates('xuân Đinh Dậu, Tết Kỷ Hợi, xuân Đinh Dậu 2017')).toEqual([['xuân Đinh Dậu 2017', 'date.year', '2017', 'year', false]])
  })

  it('reads a month of another year only when the publication gives the year', () => {
    expect(dates('tháng 7 năm ngoái, tháng 7 năm nay, quý II năm tới')).toEqual([['tháng 7 năm nay', 'date.month', '--07', 'month', false]])
    expect(dates('tháng 7 năm ngoái', '2017-02')).toEqual([['tháng 7 năm ngoái', 'date.month', '2016-07', 'month', true]])
  })

  it('reads days written after a relative day, with a dash, and the part of a month', () => {
    expect(dates('Sáng qua (6/2), sáng 7-2, Ngày 3-2, đầu tháng 2, cuối tháng 12')).toEqual([
      ['Sáng qua (6/2)', 'date.day-month', '--02-06', 'day', false],
      ['sáng 7-2', 'date.day-month', '--02-07', 'day', false],
      ['Ngày 3-2', 'date.day-month', '--02-03', 'day', false],
      ['đầu tháng 2', 'date.month', '--02', 'month', false],
      ['cuối tháng 12', 'date.month', '--12', 'month', false],
    ])
  })

  describe('tries a pattern only near its anchors, and finds all that a scan of the whole text finds', () => {
    // Texts of date words in every case, numbers, separators and characters that fold or pair, drawn at random.
    const pieces = [
      'ngày', 'Ngày', 'NGÀY', 'tháng', 'Tháng', 'THÁNG', 'năm', 'Năm', 'NĂM', 'quý', 'Quý', 'hôm', 'Hôm', 'nay', 'Nay', 'qua', 'kia',
      'mai', 'sáng', 'Sáng', 'ſáng', 'chiều', 'tối', 'đêm', 'khuya', '\u212aia', 'rạng sáng hôm nay', 'nửa đêm hôm qua', 'sáng sớm mai',
      'từ', 'Từ', 'đến', 'tới', 'trước', 'sau', 'trong', 'vào', 'hết', 'cuối', 'đầu', 'giữa', 'xuân', 'Xuân', 'tết', 'Tết', 'TẾT',
      'mùa', 'mùa xuân', 'mùa hè', 'Tết Nguyên đán Bính Thân –', 'Đinh Dậu', 'kỉ mẹo', 'nhiệm kỳ', 'giai đoạn', 'niên khóa', 'năm học',
      'thời kỳ', 'sang', 'ngoái', 'này', 'đó', 'những', 'mỗi', 'hàng', 'lần', 'ánh', 'âm lịch', '(ÂL)', 'hiện nay', 'bây giờ', 'và',
      'hoặc', 'số', 'lớp', 'dịp', 'IV', 'II', 'I', '2021', '2026', '1999', '2100', '2101', '1899', '13', '1', '01', '31', '32', '0', '12',
      '2022-01-13', '2022-01', '30/7/2021', '10 /11 /1945', '6.2', '6-2', '1/2', '3,9', '41/2016/NĐ-CP', 'Covid-19', '12%',
      '/', '-', '–', '—', '.', ',', ', ', '(', ')', ':', '\n', ' ', ' ', ' ', ' ', '', '𝐀', '😀', '\u0345', '²', '١', 'İ',
    ]
    let seed = 7
    const random = (n: number): number => ((seed = (seed * 48271) % 2147483647) % n)
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 2 + random(14) }, () => pieces[random(pieces.length)]).join(random(3) ? ' ' : ''))
    texts.push(
      'rạng sáng hôm nay, Tết Nguyên đán Bính Thân – 2016, mùa xuân Đinh Dậu, niên khóa 2016-2020, từ năm 2011 đến nay, sang năm',
      'sáng nay 13/1, thứ Hai (13/1), Sáng hôm qua 6/2, ngày 13 tháng 1 năm 2022, quý IV-2021, tháng 7 năm ngoái, 2022-01-13',
    )

    it.each(DATE_PATTERNS.map((p) => [p.rule, p] as const))('%s', (_, pattern) => {
      const whole = new RegExp(WORD_START + pattern.regex.source, pattern.regex.flags.replace('y', 'g'))
      for (const text of texts) {
        const found = matchesOf(text, pattern).map((m) => [m.index, m[0]])
        expect(found, text).toEqual([...text.matchAll(whole)].map((m) => [m.index, m[0]]))
      }
    })

    it('checks WORD_START in code as the regex does', () => {
      const letterOrDigit = /[\p{L}\p{N}]/iu
      for (let c = 0; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue
        expect(isWordChar(String.fromCharCode(c), 0), c.toString(16)).toBe(letterOrDigit.test(String.fromCharCode(c)))
      }
      const start = new RegExp(WORD_START, 'iuy') // as the date patterns are: case-insensitive
      for (const text of ['𝐀1', '😀1', 'a1', ' 1', '\u03451', '²1', '\ud8351', '1\udc00']) {
        start.lastIndex = text.length - 1
        expect(startsWord(text, text.length - 1), text).toBe(start.test(text))
      }
    })
  })

  describe('runs in linear time', { retry: 2 }, () => {
    const read = (text: string) => recognizeDates({ text, published: '2022-01-13' })
    const linear = async (make: (n: number) => string, n: number): Promise<void> => {
      expect(await growth(read, make, n)).toBeLessThan(MAX_RATIO)
    }
    it('on text without punctuation', () => linear(repeat('ngày tháng năm sáng chiều hôm qua từ đến quý '), 250_000))
    it('on capitalized words', () => linear(repeat('Sáng Ngày Tháng Năm Quý '), 125_000))
    it('on repetitions of "số 1/"', () => linear(repeat('số 1/'), 200_000))
    it('on long runs of digits and separators', () => linear((n) => '1/'.repeat(n / 4) + '2021-'.repeat(n / 10), 200_000))
  })
})
