// Organizations: heads, names, parent bodies, places, short forms (examples written for these tests).
import { describe, expect, it } from 'vitest'
import { expectOffsetsInText, extractWithRules } from '../helpers.js'

const orgs = (text: string): Array<[string, string[]]> => {
  const record = extractWithRules(` date 2023-03 ${text}`)
  expectOffsetsInText(record)
  return record.entities.filter((e) => e.type === 'ORGANIZATION').map((o) => [o.name, o.mentions.map((m) => m.text)])
}

describe('organizations', () => {
  it('spells short forms out and writes the place with its type', () => {
    expect(orgs('UBND TP Hà Nội và Sở KH-ĐT họp.')).toEqual([
      ['Ủy ban nhân dân thành phố Hà Nội', ['UBND TP Hà Nội']],
      // The only province the article names is the department's.
      ['Sở Kế hoạch và Đầu tư thành phố Hà Nội', ['Sở KH-ĐT']],
    ])
  })

  it('reads ministries and departments whose names hold commas and dashes', () => {
    expect(orgs('Bộ Văn hóa, Thể thao và Du lịch và Bộ Lao động - Thương binh và Xã hội ký kết.').map(([n]) => n)).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Lao động - Thương binh và Xã hội',
    ])
  })

  it('finds a parent body inside a body’s name', () => {
    expect(orgs('Văn phòng Chính phủ và Ban Tuyên giáo Thành ủy Hải Phòng phối hợp.').map(([n]) => n)).toEqual([
      'Văn phòng Chính phủ',
      'Ban Tuyên giáo Thành ủy Hải Phòng',
      'Thành ủy Hải Phòng',
    ])
  })

  it('completes a body written without its place from the article’s province', () => {
    const found = orgs('Tỉnh Quảng Trị đón Tết. Chủ tịch UBND tỉnh Quảng Trị dự lễ. Tỉnh ủy và UBND tỉnh đã chỉ đạo.')
    expect(found).toContainEqual(['Ủy ban nhân dân tỉnh Quảng Trị', ['UBND tỉnh Quảng Trị', 'UBND tỉnh']])
    expect(found).toContainEqual(['Tỉnh ủy Quảng Trị', ['Tỉnh ủy']])
  })

  it('leaves "UBND tỉnh" alone when the article names no province', () => {
    expect(orgs('UBND tỉnh đã chỉ đạo các sở.')).toEqual([])
  })

  it('reads company names to their legal form', () => {
    expect(orgs('Công ty Cổ phần Đầu tư và phát triển đô thị TNHH MTV được thành lập.').map(([n]) => n)).toEqual([
      'Công ty Cổ phần Đầu tư và phát triển đô thị TNHH MTV',
    ])
  })

  it('takes outlets the text credits', () => {
    expect(orgs('Theo báo Dân trí, ngày 5/2 có mưa.').map(([n]) => n)).toEqual(['Dân trí'])
  })
})

describe('organizations of general news', () => {
  const orgs = (text: string): Array<[string, string[], string | undefined]> =>
    extractWithRules(text)
      .entities.filter((e) => e.type === 'ORGANIZATION')
      .map((e) => [e.name, e.mentions.map((m) => m.text), e.mentions[0]!.rule])

  it('reads teams, a state’s institutions, and names after a common noun, which stays outside them', () => {
    expect(orgs('Hãng tin AP dẫn lời Liên đoàn Bóng đá Việt Nam (VFF) cho biết U20 Việt Nam sẽ gặp tuyển Pháp. Theo quân đội Syria, nhóm Abu Sayyaf đã rút. Sau đó VFF họp.')).toEqual([
      ['AP', ['AP'], 'organization.after-noun'],
      ['Liên đoàn Bóng đá Việt Nam', ['Liên đoàn Bóng đá Việt Nam (VFF)', 'VFF'], 'organization.head-name'],
      ['U20 Việt Nam', ['U20 Việt Nam'], 'organization.team'],
      ['tuyển Pháp', ['tuyển Pháp'], 'organization.team'],
      ['Quân đội Syria', ['quân đội Syria'], 'organization.state'],
      ['Abu Sayyaf', ['Abu Sayyaf'], 'organization.after-noun'],
    ])
  })

  it('reads a company’s name after what it does, and clubs and companies by the shape of their names', () => {
    expect(orgs('Ngân hàng đầu tư Piper Jaffray và công ty dịch vụ tài chính Cowen & Co dự báo giá dầu tăng, còn Leicester City thua.')).toEqual([
      ['Piper Jaffray', ['Piper Jaffray'], 'organization.after-noun'],
      ['Cowen & Co', ['Cowen & Co'], 'organization.after-noun'],
      ['Leicester City', ['Leicester City'], 'organization.name-shape'],
    ])
  })

  it('reads clubs by a score and by a verb of football, replacing the city they are named after', () => {
    const record = extractWithRules('Chung kết: Crotone 0-2 Juventus. Sau đó AC Milan đánh bại Bologna.')
    expect(record.entities.filter((e) => e.type !== 'DATE').map((e) => [e.type, e.name, e.mentions[0]!.rule])).toEqual([
      ['ORGANIZATION', 'Crotone', 'organization.score'],
      ['ORGANIZATION', 'Juventus', 'organization.score'],
      ['ORGANIZATION', 'AC Milan', 'organization.name-shape'],
      ['ORGANIZATION', 'Bologna', 'organization.team-verb'],
    ])
  })

  it('takes an abbreviation alone for a body, but not one the article defines as a common noun, nor one that names a thing', () => {
    expect(orgs('Xây dựng nông thôn mới (NTM) là chủ trương lớn. Huyện đạt chuẩn NTM năm 2020. Tổ chức OPEC họp tại Vienna, giá tính bằng USD.')).toEqual([
      ['OPEC', ['OPEC'], 'organization.after-noun'],
    ])
  })

  it('keeps a company or a school named after a person a body, not a person', () => {
    const record = extractWithRules('Công ty Trần Anh và trường Nguyễn Du ký kết hợp tác với Tập đoàn Hòa Phát.')
    expect(record.entities.map((e) => [e.type, e.name])).toEqual([
      ['ORGANIZATION', 'Công ty Trần Anh'],
      ['ORGANIZATION', 'Nguyễn Du'],
      ['ORGANIZATION', 'Tập đoàn Hòa Phát'],
    ])
  })
})

describe('organizations of the Party, the police and the missions abroad', () => {
  it('reads "TƯ" and "TW" as "Trung ương"', () => {
    expect(orgs('Ủy ban Kiểm tra TƯ đã công bố. Ông là Phó trưởng Ban Kinh tế TW.')).toEqual([
      ['Ủy ban Kiểm tra Trung ương', ['Ủy ban Kiểm tra TƯ']],
      ['Ban Kinh tế Trung ương', ['Ban Kinh tế TW']],
    ])
  })

  it('reads an investigation agency with the police it belongs to', () => {
    expect(orgs('Cơ quan Cảnh sát điều tra Công an tỉnh Vĩnh Phúc đã khởi tố vụ án.')).toEqual([
      ['Cơ quan Cảnh sát điều tra Công an tỉnh Vĩnh Phúc', ['Cơ quan Cảnh sát điều tra Công an tỉnh Vĩnh Phúc']],
      ['Công an tỉnh Vĩnh Phúc', ['Công an tỉnh Vĩnh Phúc']],
    ])
  })

  it('reads a mission with its host country, and the seats of states by their names', () => {
    expect(orgs('Đại sứ quán Việt Nam tại Hàn Quốc cho biết. Nhà Trắng chưa bình luận.')).toEqual([
      ['Đại sứ quán Việt Nam tại Hàn Quốc', ['Đại sứ quán Việt Nam tại Hàn Quốc']],
      ['Nhà Trắng', ['Nhà Trắng']],
    ])
  })

  it('reads the medium a person speaks on', () => {
    expect(orgs('Allegri chia sẻ trên Mediaset Premium. Tiền vệ này nói trên Sky Italia.')).toEqual([
      ['Mediaset Premium', ['Mediaset Premium']],
      ['Sky Italia', ['Sky Italia']],
    ])
  })
})

describe('organizations named by their field', () => {
  it('takes only a field of government after "Bộ" and "Sở", not a set of rules', () => {
    expect(orgs('"Bộ Quy tắc ứng xử" của Sở Văn hóa và Thể thao Hà Nội được Bộ Tư pháp góp ý.')).toEqual([
      ['Sở Văn hóa và Thể thao thành phố Hà Nội', ['Sở Văn hóa và Thể thao Hà Nội']],
      ['Bộ Tư pháp', ['Bộ Tư pháp']],
    ])
  })
})
