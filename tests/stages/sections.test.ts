import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'

const parts = (text: string): Array<[string, string]> => {
  const r = extractArticle(text)
  return r.sections.map((s) => [s.kind, r.text.slice(s.start, s.end)])
}

describe('sections', () => {
  it('reads the title-first layout with the lead after three blank lines', () => {
    const text = [
      'Tỉnh Bình Dương khánh thành cầu mới',
      '',
      'Sáng 5/2, UBND tỉnh Bình Dương tổ chức lễ khánh thành cầu Phú Cường.',
      'Toàn cảnh buổi lễ khánh thành',
      'Cây cầu dài 1,2 km, vốn đầu tư 500 tỷ đồng.',
      'Minh Anh',
      '',
      '',
      '',
      'Cầu Phú Cường mới giúp giảm ùn tắc cho người dân.',
    ].join('\n')
    expect(parts(text)).toEqual([
      ['title', 'Tỉnh Bình Dương khánh thành cầu mới'],
      ['paragraph', 'Sáng 5/2, UBND tỉnh Bình Dương tổ chức lễ khánh thành cầu Phú Cường.'],
      ['caption', 'Toàn cảnh buổi lễ khánh thành'],
      ['paragraph', 'Cây cầu dài 1,2 km, vốn đầu tư 500 tỷ đồng.'],
      ['byline', 'Minh Anh'],
      ['lead', 'Cầu Phú Cường mới giúp giảm ùn tắc cho người dân.'],
    ])
  })

  it('reads the blank-line layout: outlet tag, lead, captions, ALL-CAPS byline', () => {
    const text = [
      '(LĐ online) - Chiều 6/2, Sở Y tế tổ chức hội nghị tổng kết.',
      '',
      'Quang cảnh hội nghị',
      '',
      'Năm 2021, ngành y tế đã hoàn thành các chỉ tiêu.',
      '',
      'NGỌC HÀ',
    ].join('\n')
    expect(parts(text)).toEqual([
      ['dateline', '(LĐ online) -'],
      ['lead', 'Chiều 6/2, Sở Y tế tổ chức hội nghị tổng kết.'],
      ['caption', 'Quang cảnh hội nghị'],
      ['paragraph', 'Năm 2021, ngành y tế đã hoàn thành các chỉ tiêu.'],
      ['byline', 'NGỌC HÀ'],
    ])
    const r = extractArticle(text)
    expect(r.authors.map((a) => a.name)).toEqual(['Ngọc Hà'])
    expect(r.publication?.name).toBe('Lâm Đồng online')
  })
})

describe('sections of general news dumps', () => {
  it('reads the title line, then the lead and the body on one line, with the credit run into its end', () => {
    const text = [
      'Cựu Tổng thống Brazil bác cáo buộc nhận hối lộ',
      'Ngày 10/5, cựu Tổng thống Brazil Lula da Silva đã bác bỏ những cáo buộc. Các công tố viên vẫn tiếp tục điều tra. Gia Nhi (theo BBC)',
    ].join('\n')
    expect(parts(text)).toEqual([
      ['title', 'Cựu Tổng thống Brazil bác cáo buộc nhận hối lộ'],
      ['paragraph', 'Ngày 10/5, cựu Tổng thống Brazil Lula da Silva đã bác bỏ những cáo buộc. Các công tố viên vẫn tiếp tục điều tra.'],
      ['byline', 'Gia Nhi (theo BBC)'],
    ])
  })

  it('reads title, lead and body, one line each', () => {
    const text = [
      'Honda Cross Cub 110 về Việt Nam',
      'Mẫu xe mới vừa về Việt Nam với giá trên 100 triệu đồng.',
      'Cross Cub 110 là phiên bản mới của dòng Honda Cub huyền thoại, được bán tại Nhật Bản từ năm 2013 và nay đã có mặt ở nhiều nước.',
    ].join('\n')
    expect(parts(text).map(([kind]) => kind)).toEqual(['title', 'lead', 'paragraph'])
  })
})
