import { describe, expect, it } from 'vitest'
import { documentLexicon } from '../../pipeline/lexicon/documents.js'
import { WORD_START } from '../../pipeline/stages/entities/boundaries.js'
import { matchNumbers, numberPatterns } from '../../pipeline/stages/entities/documents/document-number.js'
import { recognizeLegalDocuments } from '../../pipeline/stages/entities/documents/legal-documents.js'
import { growth, MAX_RATIO, repeat } from '../growth.js'
import { extractWithRules } from '../helpers.js'

/** Each document found, as [mention, rule, attributes]. */
function docs(text: string, published: string | null = null): [string, string, unknown][] {
  return recognizeLegalDocuments({ text, published }).map((c) => [text.slice(c.start, c.end), c.rule, c.document])
}

describe('recognizeLegalDocuments', () => {
  it('reads number, kind, date, issuer and title of Party documents', () => {
    const text =
      'gắn với thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận ' +
      'của hệ thống chính trị; Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng ' +
      'cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.'
    expect(recognizeLegalDocuments({ text, published: '2022-01' })).toEqual([
      {
        type: 'LEGAL_DOCUMENT',
        start: 18,
        end: 40,
        name: '23-QĐ/TW',
        rule: 'document.numbered-party',
        lexicon: 'document-kinds:Quyết định',
        document: {
          number: '23-QĐ/TW',
          kind: 'Quyết định',
          date: '2021-07-30',
          issuer: 'Bộ Chính trị',
          title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
        },
      },
      {
        type: 'LEGAL_DOCUMENT',
        start: 140,
        end: 162,
        name: '25-NQ/TW',
        rule: 'document.numbered-party',
        lexicon: 'document-kinds:Nghị quyết',
        document: {
          number: '25-NQ/TW',
          kind: 'Nghị quyết',
          date: '2013-06-03',
          issuer: 'Ban Chấp hành Trung ương Đảng (khóa XI)',
          title: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
        },
      },
    ])
    expect([text.slice(18, 40), text.slice(140, 162)]).toEqual(['Quyết định số 23-QĐ/TW', 'Nghị quyết số 25-NQ/TW'])
  })

  it('reads a decree cited as a legal basis', () => {
    expect(docs('- Căn cứ Nghị định số 140/2016/NĐ-CP ngày 10/10/2016 của Chính phủ quy định về lệ phí trước bạ;')).toEqual([
      [
        'Nghị định số 140/2016/NĐ-CP',
        'document.numbered',
        { number: '140/2016/NĐ-CP', kind: 'Nghị định', date: '2016-10-10', issuer: 'Chính phủ', title: 'quy định về lệ phí trước bạ' },
      ],
    ])
  })

  it('reads every shape of number, its kind from the code and its issuer from issuers.json', () => {
    const text =
      'Nghị quyết số 1654/NQ-UBTVQH15; Tờ trình số 60/TTr-CT; Thông tư 02/2017/TT-BTC; Công văn số 915/CTK-CSCL; ' +
      'Kết luận số 01-KL/TW; Chỉ thị 05-CT/TW; Quyết định 2345/QĐ-TTg; Kế hoạch số 12/KH-UBND; Luật số 80/2015/QH13; ' +
      'văn bản số 3227/NHNN-TD; Quy định 08-QĐi/TW; theo 05/2015/TTLT-BTP-BCA-BYT; theo 45/2016/QĐ-ƯBND; theo 1234/UBND-VX.'
    expect(docs(text)).toEqual([
      ['Nghị quyết số 1654/NQ-UBTVQH15', 'document.numbered', { number: '1654/NQ-UBTVQH15', kind: 'Nghị quyết', issuer: 'Ủy ban Thường vụ Quốc hội' }],
      // TTr is the kind, CT the issuer: a code read by position, not by searching for CT.
      ['Tờ trình số 60/TTr-CT', 'document.numbered', { number: '60/TTr-CT', kind: 'Tờ trình' }],
      ['Thông tư 02/2017/TT-BTC', 'document.numbered', { number: '02/2017/TT-BTC', kind: 'Thông tư', issuer: 'Bộ Tài chính' }],
      ['Công văn số 915/CTK-CSCL', 'document.numbered', { number: '915/CTK-CSCL', kind: 'Công văn' }],
      ['Kết luận số 01-KL/TW', 'document.numbered-party', { number: '01-KL/TW', kind: 'Kết luận', issuer: 'Trung ương Đảng' }],
      ['Chỉ thị 05-CT/TW', 'document.numbered-party', { number: '05-CT/TW', kind: 'Chỉ thị', issuer: 'Trung ương Đảng' }],
      ['Quyết định 2345/QĐ-TTg', 'document.numbered', { number: '2345/QĐ-TTg', kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ' }],
      ['Kế hoạch số 12/KH-UBND', 'document.numbered', { number: '12/KH-UBND', kind: 'Kế hoạch', issuer: 'Ủy ban nhân dân' }],
      ['Luật số 80/2015/QH13', 'document.numbered', { number: '80/2015/QH13', kind: 'Luật', issuer: 'Quốc hội' }],
      ['văn bản số 3227/NHNN-TD', 'document.numbered', { number: '3227/NHNN-TD', kind: 'Công văn', issuer: 'Ngân hàng Nhà nước Việt Nam' }],
      ['Quy định 08-QĐi/TW', 'document.numbered-party', { number: '08-QĐi/TW', kind: 'Quy định', issuer: 'Trung ương Đảng' }],
      [
        '05/2015/TTLT-BTP-BCA-BYT',
        'document.numbered',
        { number: '05/2015/TTLT-BTP-BCA-BYT', kind: 'Thông tư liên tịch', issuer: 'Bộ Tư pháp, Bộ Công an, Bộ Y tế' },
      ],
      // Written with Ư for U: kept as written, and the unknown code gives no issuer.
      ['45/2016/QĐ-ƯBND', 'document.numbered', { number: '45/2016/QĐ-ƯBND', kind: 'Quyết định' }],
      ['1234/UBND-VX', 'document.numbered', { number: '1234/UBND-VX', kind: 'Công văn', issuer: 'Ủy ban nhân dân' }],
    ])
  })

  it('writes a short number as written and names it with its kind; a bare number that no issuer claims names no document', () => {
    const text =
      'Thực hiện Chỉ thị 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. ' +
      'Theo chỉ thị số 01, Thông tư 15/2015 mà Bộ đã ban hành và Quyết định số 45 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ.'
    const found = recognizeLegalDocuments({ text, published: null })
    expect(found.map((c) => [text.slice(c.start, c.end), c.name, c.rule, c.document])).toEqual([
      [
        'Chỉ thị 05',
        'Chỉ thị 05',
        'document.short-number',
        { number: '05', kind: 'Chỉ thị', issuer: 'Bộ Chính trị', title: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
      ],
      ['Thông tư 15/2015', 'Thông tư 15/2015', 'document.short-number', { number: '15/2015', kind: 'Thông tư' }],
      [
        'Quyết định số 45',
        'Quyết định 45',
        'document.short-number',
        { number: '45', kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ', title: 'về việc tiếp nhận hồ sơ' },
      ],
    ])
  })

  it('reads a short number as the one full number of its kind that the article cites', () => {
    const text =
      'Tại chỉ thị số 01, Chủ tịch UBND nhấn mạnh việc tinh giản. Thông tư 15/2015 và Thông tư 15 quy định rõ. Quyết định số 7 nêu rõ. ' +
      'Chủ tịch UBND TP.Hà Nội đã ban hành Chỉ thị số 01/CT-UBND triển khai “Năm kỷ cương hành chính 2017”. ' +
      'Thông tư số 15/2015/TT-BVHTTDL, Nghị quyết số 01/NQ-CP, Quyết định số 7/QĐ-BYT và Quyết định số 7/QĐ-UBND.'
    const found = recognizeLegalDocuments({ text, published: null })
    expect(found.map((c) => [text.slice(c.start, c.end), c.name, c.document!.number, c.document!.issuer])).toEqual([
      // Its issuer is the full citation's, merged by link; not the code's.
      ['chỉ thị số 01', '01/CT-UBND', '01/CT-UBND', undefined],
      ['Thông tư 15/2015', '15/2015/TT-BVHTTDL', '15/2015/TT-BVHTTDL', undefined],
      ['Thông tư 15', '15/2015/TT-BVHTTDL', '15/2015/TT-BVHTTDL', undefined],
      // Two decisions numbered 7: which one "Quyết định số 7" means, the text does not say, and no
      // issuer claims it: a bare number is no document.
      ['Chỉ thị số 01/CT-UBND', '01/CT-UBND', '01/CT-UBND', 'Chủ tịch UBND TP.Hà Nội'],
      ['Thông tư số 15/2015/TT-BVHTTDL', '15/2015/TT-BVHTTDL', '15/2015/TT-BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'],
      ['Nghị quyết số 01/NQ-CP', '01/NQ-CP', '01/NQ-CP', 'Chính phủ'],
      ['Quyết định số 7/QĐ-BYT', '7/QĐ-BYT', '7/QĐ-BYT', 'Bộ Y tế'],
      ['Quyết định số 7/QĐ-UBND', '7/QĐ-UBND', '7/QĐ-UBND', 'Ủy ban nhân dân'],
    ])
    // A year that differs is another document.
    expect(recognizeLegalDocuments({ text: 'Thông tư 15/2016 và Thông tư 15/2015/TT-BTC.', published: null }).map((c) => c.name)).toEqual([
      'Thông tư 15/2016',
      '15/2015/TT-BTC',
    ])
  })

  it('takes the kind from the word before the number over the code', () => {
    // The Party writes Quy định with QĐ too.
    expect(docs('thực hiện nghiêm quy định số 55-QĐ/TW ngày 19.12.2016 của Bộ Chính trị về một số việc cần làm ngay.')).toEqual([
      ['quy định số 55-QĐ/TW', 'document.numbered-party', { number: '55-QĐ/TW', kind: 'Quy định', date: '2016-12-19', issuer: 'Bộ Chính trị', title: 'về một số việc cần làm ngay' }],
    ])
  })

  it('reads the issuer named before the kind word when it fits the code', () => {
    const text =
      'Ủy ban nhân dân tỉnh Nghệ An vừa có Quyết định số 28/2017/QĐ-UBND ngày 25/1/2017 về việc bãi bỏ các quyết định về bảng giá. ' +
      'Ngày 18/11/2016, Chính phủ ban hành Nghị quyết 100/NQ-CP về Chương trình hành động của Chính phủ nhiệm kỳ 2016 – 2021, trong đó xác định rõ. ' +
      'Đặc biệt, Chủ tịch UBND TP.Hà Nội đã ban hành Chỉ thị số 01/CT-UBND triển khai tổ chức thực hiện “Năm kỷ cương hành chính 2017”. ' +
      'NHNN đã phối hợp với Bộ Khoa học và Công nghệ ban hành Quyết định số 1050/QĐ-NHNN ngày 28/5/2014 về chương trình cho vay nhằm khuyến khích liên kết.'
    expect(docs(text).map(([mention, , d]) => [mention, d])).toEqual([
      [
        'Quyết định số 28/2017/QĐ-UBND',
        { number: '28/2017/QĐ-UBND', kind: 'Quyết định', date: '2017-01-25', issuer: 'Ủy ban nhân dân tỉnh Nghệ An', title: 'về việc bãi bỏ các quyết định về bảng giá' },
      ],
      [
        'Nghị quyết 100/NQ-CP',
        { number: '100/NQ-CP', kind: 'Nghị quyết', issuer: 'Chính phủ', title: 'về Chương trình hành động của Chính phủ nhiệm kỳ 2016 – 2021' },
      ],
      [
        'Chỉ thị số 01/CT-UBND',
        { number: '01/CT-UBND', kind: 'Chỉ thị', issuer: 'Chủ tịch UBND TP.Hà Nội', title: 'triển khai tổ chức thực hiện “Năm kỷ cương hành chính 2017”' },
      ],
      // A ministry does not issue under NHNN: the code's issuer is kept.
      [
        'Quyết định số 1050/QĐ-NHNN',
        { number: '1050/QĐ-NHNN', kind: 'Quyết định', date: '2014-05-28', issuer: 'Ngân hàng Nhà nước Việt Nam', title: 'về chương trình cho vay' },
      ],
    ])
  })

  it('reads joint issuers, places and dates in words, and ends the issuer and the title at the right word', () => {
    const text =
      'Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT ngày 15/5/2015 của Bộ Tư pháp, Bộ Công an và Bộ Y tế hướng dẫn đăng ký khai sinh, đăng ký thường trú; ' +
      'Quyết định hành chính 166/QĐ-UBND ngày 16.1.2015 của UBND tỉnh Bình Thuận bị khiếu nại. ' +
      'Quyết định số 53/2014/QĐ-UBND của UBND tỉnh và Thông tư số 02/2017/TT-BGDĐT ngày 30 tháng 7 năm 2021 của Bộ Giáo dục và Đào tạo ' +
      'về tuyển sinh, Quyết định số 7/QĐ-BYT về y tế'
    expect(docs(text).map(([mention, , d]) => [mention, d])).toEqual([
      [
        'Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT',
        {
          number: '05/2015/TTLT-BTP-BCA-BYT',
          kind: 'Thông tư liên tịch',
          date: '2015-05-15',
          issuer: 'Bộ Tư pháp, Bộ Công an và Bộ Y tế',
          title: 'hướng dẫn đăng ký khai sinh, đăng ký thường trú',
        },
      ],
      ['166/QĐ-UBND', { number: '166/QĐ-UBND', kind: 'Quyết định', date: '2015-01-16', issuer: 'UBND tỉnh Bình Thuận' }],
      ['Quyết định số 53/2014/QĐ-UBND', { number: '53/2014/QĐ-UBND', kind: 'Quyết định', issuer: 'UBND tỉnh' }],
      [
        'Thông tư số 02/2017/TT-BGDĐT',
        { number: '02/2017/TT-BGDĐT', kind: 'Thông tư', date: '2021-07-30', issuer: 'Bộ Giáo dục và Đào tạo', title: 'về tuyển sinh' },
      ],
      ['Quyết định số 7/QĐ-BYT', { number: '7/QĐ-BYT', kind: 'Quyết định', issuer: 'Bộ Y tế', title: 'về y tế' }],
    ])
  })

  it('finds no document in numbers, counts and unnumbered citations other than laws named', () => {
    const text =
      'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Luật Tổ chức chính quyền địa phương, Quyết định 2 vấn đề, ' +
      'quyết định 5 năm, Kế hoạch 5 năm 2016-2020, giảm 1/2 số hộ, 100 triệu đồng/căn, Covid-19, 60 km/h, ' +
      'Luật 80/2015/QH13 viết thiếu; 80/2015/QH13, 10/ABC-XYZ, ngày 30/7/2021'
    expect(docs(text)).toEqual([
      ['Luật 80/2015/QH13', 'document.numbered', { number: '80/2015/QH13', kind: 'Luật', issuer: 'Quốc hội' }],
      ['Luật Tổ chức chính quyền địa phương', 'document.named-law', { kind: 'Luật' }],
    ])
  })

  it('reads laws cited by name, with their year, and leaves out lawyers and amending laws', () => {
    const text =
      'Theo Luật Đất đai năm 2013, Bộ luật Hình sự và Luật Ban hành Văn bản quy phạm pháp luật hiện hành; luật sư và ' +
      'Luật sư Trần Văn An cho biết Luật Sửa đổi, bổ sung một số điều của Luật Quản lý thuế ngày 6/4/2016.'
    expect(docs(text)).toEqual([
      ['Luật Đất đai năm 2013', 'document.named-law', { kind: 'Luật', date: '2013' }],
      ['Bộ luật Hình sự', 'document.named-law', { kind: 'Bộ luật' }],
      ['Luật Ban hành Văn bản quy phạm pháp luật', 'document.named-law', { kind: 'Luật' }],
      ['Luật Quản lý thuế', 'document.named-law', { kind: 'Luật' }],
    ])
  })

  it('tries the number patterns only where a run of digits says a number may start, and finds all that a scan finds', () => {
    const kinds = documentLexicon().kindWords.flatMap((k) => [k, k.toLowerCase(), k.toUpperCase()])
    const pieces = [
      ...kinds, 'số', 'Số', 'ſố', 'số:', '05', '1', '2021', '15/2015', '123456', '23-QĐ/TW', '41/2016/NĐ-CP', '05/2015/TTLT-BTP-BCA-BYT',
      '3227/NHNN-TD', '80/2015/QH13', '1/2', '10/ABC-XYZ', 'Covid-19', 'của', 'về', 'Bộ', 'vấn đề', '/', '-', '.', ',', ':', '(', '\n',
      ' ', ' ', ' ', '', '𝐀', '\u0345', '²', 'x',
    ]
    let seed = 11
    const random = (n: number): number => ((seed = (seed * 48271) % 2147483647) % n)
    const { coded, short } = numberPatterns()
    const wholeCoded = new RegExp(coded.source, coded.flags.replace('y', 'g'))
    const wholeShort = new RegExp(WORD_START + short.source, short.flags.replace('y', 'g'))
    const spans = (ms: Iterable<RegExpMatchArray>): [number, string][] => [...ms].map((m) => [m.index!, m[0]])
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 2 + random(12) }, () => pieces[random(pieces.length)]).join(random(3) ? ' ' : '')
      const found = matchNumbers(text)
      expect(spans(found.coded), text).toEqual(spans(text.matchAll(wholeCoded)))
      expect(spans(found.short), text).toEqual(spans(text.matchAll(wholeShort)))
    }
  })

  describe('runs in linear time', { retry: 2 }, () => {
    const read = (text: string) => recognizeLegalDocuments({ text, published: null })
    const linear = async (make: (n: number) => string, n: number): Promise<void> => {
      expect(await growth(read, make, n)).toBeLessThan(MAX_RATIO)
    }
    it('on text without punctuation', () => linear(repeat('quyết định số nghị quyết của bộ chính trị về '), 250_000))
    it('on capitalized words', () => linear(repeat('Quyết Định Của Bộ Chính Trị Về '), 125_000))
    it('on repetitions of "số 1/"', () => linear(repeat('số 1/'), 200_000))
    it('on documents whose issuer and title never end', () => linear(repeat('Quyết định số 1/QĐ-UBND của Bộ Chính trị về ' + 'A, '.repeat(150)), 125_000))
  })
})

describe('legal documents: identity', () => {
  const id = (text: string): string => extractWithRules(text).entities.find((e) => e.type === 'LEGAL_DOCUMENT')!.id

  it('is the number and the issuer for a local body’s number, and the number alone for a national body’s', () => {
    const nghean = id('UBND tỉnh Nghệ An ban hành Quyết định số 28/2017/QĐ-UBND ngày 25/1/2017 về bảng giá đất.')
    const thanhhoa = id('UBND tỉnh Thanh Hóa ban hành Quyết định số 28/2017/QĐ-UBND ngày 3/3/2017 về phí.')
    expect(nghean).not.toBe(thanhhoa)
    expect(id('Quyết định số 28/2017/QĐ-UBND của Ủy ban nhân dân tỉnh Nghệ An.')).toBe(nghean)
    expect(id('Nghị quyết số 15-NQ/TW của Bộ Chính trị.')).toBe(id('Theo Nghị quyết số 15-NQ/TW, tỉnh đã …'))
  })
})
