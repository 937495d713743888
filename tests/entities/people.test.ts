// People and their offices, in the patterns of Vietnamese official writing (examples written for
// these tests).
import { describe, expect, it } from 'vitest'
import { type Entity } from '../../pipeline/index.js'
import { expectOffsetsInText, extractWithRules } from '../helpers.js'

const people = (text: string, published = '2023-03'): Record<string, string[]> => {
  const record = extractWithRules(` date ${published} ${text}`)
  expectOffsetsInText(record)
  return Object.fromEntries(record.entities.filter((e) => e.type === 'PERSON').map((p) => [p.name, (p.positions ?? []).map((x) => x.title)]))
}
const person = (text: string, name: string): Entity =>
  extractWithRules(text).entities.find((e) => e.type === 'PERSON' && e.name === name)!

/** Each person: name, mentions as written, the first mention's rule, offices. */
const found = (text: string): Array<[string, string[], string | undefined, string[]]> => {
  const record = extractWithRules(text)
  expectOffsetsInText(record)
  return record.entities.filter((e) => e.type === 'PERSON').map((p) => [p.name, p.mentions.map((m) => m.text), p.mentions[0]!.rule, (p.positions ?? []).map((x) => x.title)])
}

describe('people and offices', () => {
  it('reads "Title Name" with the body and its place', () => {
    expect(people('Phó Chủ tịch UBND tỉnh Quảng Nam Hồ Quang Bửu đã kiểm tra công trình.')).toEqual({
      'Hồ Quang Bửu': ['Phó Chủ tịch UBND tỉnh Quảng Nam'],
    })
  })

  it('reads "Name – Title, Title; Name – Title" lists', () => {
    expect(people('Dự hội nghị có các đồng chí: Nguyễn Văn Thể – Bí thư Ban cán sự đảng, Bộ trưởng Bộ Giao thông vận tải; Lê Đình Thọ - Thứ trưởng Bộ Giao thông vận tải.')).toEqual({
      'Nguyễn Văn Thể': ['Bí thư Ban cán sự đảng', 'Bộ trưởng Bộ Giao thông vận tải'],
      'Lê Đình Thọ': ['Thứ trưởng Bộ Giao thông vận tải'],
    })
  })

  it('reads several offices before a name, joined by commas or "kiêm"', () => {
    expect(people('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý phát biểu.')).toEqual({
      'Thái Thanh Quý': ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Nghệ An'],
    })
    expect(people('Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Con Cuông Trần Văn Nam cho biết.')).toEqual({
      'Trần Văn Nam': ['Bí thư Huyện ủy', 'Chủ tịch UBND huyện Con Cuông'],
    })
  })

  it('reads ranks as offices', () => {
    expect(people('Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, làm việc với tỉnh.')).toEqual({
      'Lê Quốc Hùng': ['Trung tướng', 'Thứ trưởng Bộ Công an'],
    })
  })

  it('keeps the official apart from the place before the name', () => {
    expect(people('Chủ tịch UBND quận Hoàn Kiếm Phạm Tuấn Long chủ trì.')).toEqual({
      'Phạm Tuấn Long': ['Chủ tịch UBND quận Hoàn Kiếm'],
    })
  })

  it('takes foreign names after an office or in a list of officials', () => {
    expect(people('Tổng thống Hàn Quốc Yoon Suk Yeol đã hội đàm. Tham dự có: Park Jin, Bộ trưởng Bộ Ngoại giao.')).toEqual({
      'Yoon Suk Yeol': ['Tổng thống Hàn Quốc'],
      'Park Jin': ['Bộ trưởng Bộ Ngoại giao'],
    })
  })

  it('links later short mentions to the full name', () => {
    const thang = person('Ông Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính, cho biết. Theo ông Thắng, thu ngân sách tăng.', 'Nguyễn Văn Thắng')
    expect(thang.mentions.map((m) => m.text)).toEqual(['Nguyễn Văn Thắng', 'Thắng'])
  })

  it('strips honorifics in any case and names historical figures by their canonical name', () => {
    expect(Object.keys(people('Ông Trần Văn Hai nói: học tập và làm theo tư tưởng, đạo đức của Bác Hồ.'))).toEqual(['Trần Văn Hai', 'Hồ Chí Minh'])
  })

  it('does not take lunar years, places or bodies for people', () => {
    expect(people('Tết Đinh Dậu, Văn Miếu và Tổng Công ty Bạch Đằng đón khách tại Hà Nội.')).toEqual({})
  })

  it('completes an office’s body with the article’s province, marked as inferred', () => {
    const text = 'Tại tỉnh Nghệ An, đồng chí Hoàng Nghĩa Hiếu - Phó Bí thư Thường trực Tỉnh ủy phát biểu. Tỉnh Nghệ An có nhiều dự án.'
    expect(person(text, 'Hoàng Nghĩa Hiếu').positions).toEqual([
      expect.objectContaining({ title: 'Phó Bí thư Thường trực Tỉnh ủy', role: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Nghệ An', organization_inferred: true }),
    ])
  })
})

describe('people of general news', () => {
  it('reads stage names after a profession, and a given name alone after an honorific', () => {
    expect(found('Ca sĩ Tim và diễn viên Việt Anh có mặt. Anh Tú cho biết sẽ về quê, còn chị Hằng ở lại.')).toEqual([
      ['Tim', ['Tim'], 'person.after-cue', []],
      ['Việt Anh', ['Việt Anh'], 'person.after-cue', []],
      ['Tú', ['Tú'], 'person.given-name', []],
      ['Hằng', ['Hằng'], 'person.given-name', []],
    ])
  })

  it('gives a profession or a degree no office, and reads "bác sĩ" as no alias of Hồ Chí Minh', () => {
    expect(found('Theo bác sĩ Thái, bệnh nhân đã tỉnh. Bác sĩ cho biết. Bác Hồ về thăm Thanh Hóa.')).toEqual([
      ['Thái', ['Thái'], 'person.given-name', []],
      ['Hồ Chí Minh', ['Bác Hồ'], 'person.alias', []],
    ])
  })

  it('reads foreign names after an office, with their particles, and gives each name its own office', () => {
    expect(found('Tổng thống Syria Bashar al-Assad nói. Tổng thống Pháp Emmanuel Macron, Thủ tướng Đức Angela Merkel và Donald Trump gặp nhau.')).toEqual([
      ['Bashar al-Assad', ['Bashar al-Assad'], 'person.after-office', ['Tổng thống Syria']],
      ['Emmanuel Macron', ['Emmanuel Macron'], 'person.after-office', ['Tổng thống Pháp']],
      ['Angela Merkel', ['Angela Merkel'], 'person.after-office', ['Thủ tướng Đức']],
      ['Donald Trump', ['Donald Trump'], 'person.foreign-name', []],
    ])
  })

  it('reads the offices of general news: coaches, leaders of groups, the incumbent', () => {
    expect(found('Người đứng đầu SOHR Rami Abdel Rahman cho biết. HLV trưởng Massimiliano Allegri và Tổng thống đương nhiệm Michel Temer.')).toEqual([
      ['Rami Abdel Rahman', ['Rami Abdel Rahman'], 'person.after-office', ['Người đứng đầu SOHR']],
      ['Massimiliano Allegri', ['Massimiliano Allegri'], 'person.after-cue', ['HLV trưởng']],
      ['Michel Temer', ['Michel Temer'], 'person.after-office', ['Tổng thống đương nhiệm']],
    ])
  })

  it('reads no office after "Theo X," where a new subject follows', () => {
    expect(found('Theo ông Dương Trung Quốc, Bí thư Tỉnh ủy phải làm rõ.')).toEqual([['Dương Trung Quốc', ['Dương Trung Quốc'], 'person.after-honorific', []]])
  })

  it('takes no thing and no place for a foreign person', () => {
    expect(found('Mẫu xe Ford Ranger mới về Điện Kremlin.')).toEqual([])
  })
})

describe('offices written in prose', () => {
  it('reads a career after a copula, clause by clause after semicolons', () => {
    expect(found('Từ năm 1985 đến năm 1986, đồng chí Bounnhang Vorachit là Vụ trưởng Vụ Nghiên cứu, Phủ Thủ tướng; năm 1987 -1992, là Thứ trưởng Bộ Ngoại giao; năm 1993-1996, thư ký Bộ trưởng Bộ Giáo dục, Vụ trưởng Vụ Hợp tác quốc tế. Năm 2016, ông Bounnhang Vorachit được bầu làm Chủ tịch nước.')).toEqual([
      ['Bounnhang Vorachit', ['Bounnhang Vorachit', 'Bounnhang Vorachit'], 'person.after-honorific', ['Vụ trưởng Vụ Nghiên cứu', 'Thứ trưởng Bộ Ngoại giao', 'thư ký Bộ trưởng Bộ Giáo dục', 'Vụ trưởng Vụ Hợp tác quốc tế', 'Chủ tịch nước']],
    ])
  })

  it('ends a career at a clause with a subject of its own', () => {
    expect(found('Ông Nguyễn Văn Bình là Giám đốc Sở Y tế; ông Trần Văn Hải là Phó Giám đốc Sở Y tế.')).toEqual([
      ['Nguyễn Văn Bình', ['Nguyễn Văn Bình'], 'person.after-honorific', ['Giám đốc Sở Y tế']],
      ['Trần Văn Hải', ['Trần Văn Hải'], 'person.after-honorific', ['Phó Giám đốc Sở Y tế']],
    ])
  })

  it('gives an office before "gồm" to each name of the list after it', () => {
    expect(found('Ba thẩm phán trên gồm bà Michelle Friedland, ông William Canby và Richard Clifton đã nhất trí.')).toEqual([
      ['Michelle Friedland', ['Michelle Friedland'], 'person.after-honorific', ['thẩm phán']],
      ['William Canby', ['William Canby'], 'person.after-honorific', ['thẩm phán']],
      ['Richard Clifton', ['Richard Clifton'], 'person.foreign-name', ['thẩm phán']],
    ])
  })

  it('reads an office whose body is described in lower case up to the name, and offices in lower case', () => {
    expect(found('Phát ngôn viên của lực lượng liên quân ở Marawi Jo-Ar Herera cho hay. Sau đó, người phát ngôn của quân đội Nga Igor Konashenkov bác bỏ.')).toEqual([
      ['Jo-Ar Herera', ['Jo-Ar Herera'], 'person.after-office', ['Phát ngôn viên của lực lượng liên quân ở Marawi']],
      ['Igor Konashenkov', ['Igor Konashenkov'], 'person.after-office', ['người phát ngôn của quân đội Nga']],
    ])
  })

  it('takes no body’s head for the company of an office when the body’s name cannot be read', () => {
    expect(found('Tiến sĩ Trịnh Hòa Bình, Giám đốc Trung tâm điều tra dư luận xã hội, cho rằng. Ông Trần Văn An, Tổng Giám đốc Becamex IDC, nói.').map(([name, , , offices]) => [name, offices])).toEqual([
      ['Trịnh Hòa Bình', ['Giám đốc']],
      ['Trần Văn An', ['Tổng Giám đốc Becamex IDC']],
    ])
  })

  it('leaves the offices after one name and a comma to that name, and a given name after a surname to the person', () => {
    expect(found('Hội đàm giữa Thượng tướng Phạm Trường Long và Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, Thủ tướng Nguyễn Xuân Phúc cho biết.').map(([name, , , offices]) => [name, offices])).toEqual([
      ['Phạm Trường Long', ['Thượng tướng']],
      ['Ngô Xuân Lịch', ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Quốc phòng']],
      ['Nguyễn Xuân Phúc', ['Thủ tướng']],
    ])
  })

  it('takes no office from the line before an honorific', () => {
    expect(found('Cùng đi có ông Malaythong Kommasith, Thứ trưởng, Thư ký Thủ tướng.\nĐồng chí Thongloun Sisoulith sinh năm 1945.').map(([name, , , offices]) => [name, offices])).toEqual([
      ['Malaythong Kommasith', ['Thứ trưởng', 'Thư ký Thủ tướng']],
      ['Thongloun Sisoulith', []],
    ])
  })
})

describe('what is no person', () => {
  it('takes a foreign name that a cue makes a place or a body elsewhere for that everywhere', () => {
    const record = extractWithRules('Công ty dịch vụ năng lượng Baker Hughes cho biết số giàn khoan tăng. Theo số liệu của Baker Hughes, giá dầu giảm.')
    expect(record.entities.filter((e) => e.type !== 'DATE').map((e) => [e.type, e.name, e.mentions.length])).toEqual([['ORGANIZATION', 'Baker Hughes', 2]])
  })

  it('takes no quoted nickname, no role in fiction and no honorific that ends a name for a person', () => {
    expect(found('Nhóm “Big Five” gồm nhiều tay vợt. Anh đóng vai diễn Phan Hải trong phim. Quang Huy - Phạm Quỳnh Anh Vợ chồng ca sĩ này là cặp vợ chồng đẹp.').map(([name]) => name)).toEqual(['Quang Huy', 'Phạm Quỳnh Anh'])
  })
})
