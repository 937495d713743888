// The names recognizer and the linking of names within an article: short forms, names written again,
// lists, a foreign name before a verb (sentences written for these tests).
import { describe, expect, it } from 'vitest'
import { expectOffsetsInText, extractWithRules } from '../helpers.js'

/** The article's people, bodies and places: [type, name, mentions as written, rule of the first]. */
function names(text: string): Array<[string, string, string[], string | undefined]> {
  const record = extractWithRules(text)
  expectOffsetsInText(record)
  return record.entities
    .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'LOCATION')
    .map((e) => [e.type, e.name, e.mentions.map((m) => m.text), e.mentions[0]!.rule])
}

describe('names: the same name written short or again', () => {
  it('links a person’s last names and a body’s first word to the full name', () => {
    expect(names('HLV Jose Mourinho cho biết Man United sẽ giữ David de Gea. De Gea và Mourinho đều ở lại.')).toEqual([
      ['PERSON', 'Jose Mourinho', ['Jose Mourinho', 'Mourinho'], 'person.after-cue'],
      ['PERSON', 'David de Gea', ['David de Gea', 'De Gea'], 'person.foreign-name'],
      ['ORGANIZATION', 'Man United', ['Man United'], 'organization.name-shape'],
    ])
    expect(names('Đội bóng Real Madrid muốn mua thủ môn này. Real đã chi 100 triệu euro.')).toEqual([
      ['ORGANIZATION', 'Real Madrid', ['Real Madrid', 'Real'], 'organization.after-noun'],
    ])
  })

  it('merges a name found short by one rule with the full name found by another', () => {
    const record = extractWithRules('Tiền đạo Gonzalo Higuain ghi bàn. HLV Allegri khen Higuain. Massimiliano Allegri hài lòng.')
    const people = record.entities.filter((e) => e.type === 'PERSON')
    expect(people.map((p) => [p.name, p.mentions.map((m) => m.text), p.positions?.map((x) => x.title)])).toEqual([
      ['Gonzalo Higuain', ['Gonzalo Higuain', 'Higuain'], []],
      ['Massimiliano Allegri', ['Allegri', 'Massimiliano Allegri'], ['HLV']],
    ])
  })

  it('leaves a short name that two full names share', () => {
    const people = extractWithRules('Ông Nguyễn Văn Hòa và bà Lê Thị Hòa cùng dự. Ông Hòa cho biết.').entities.filter((e) => e.type === 'PERSON')
    expect(people.map((p) => p.name)).toEqual(['Nguyễn Văn Hòa', 'Lê Thị Hòa'])
  })
})

describe('names: lists and verbs', () => {
  it('goes on past a place that ends inside its word: "Q.6." at the end of a sentence (it used to loop)', () => {
    const record = extractWithRules('Tổ tuần tra đoạn qua P.10, Q.6.\n')
    expect(record.entities.map((e) => [e.type, e.name, e.mentions.map((m) => `${m.text}@${m.start}`).join()])).toEqual([
      ['LOCATION', 'Phường 10', 'P.10@21'],
      ['LOCATION', 'Quận 6', 'Q.6@27'],
    ])
  })

  it('gives the other items of a list the kind of the items found', () => {
    expect(names('Các đội Juventus, Napoli và AS Roma đều thắng.')).toEqual([
      ['ORGANIZATION', 'Juventus', ['Juventus'], 'organization.after-noun'],
      ['ORGANIZATION', 'Napoli', ['Napoli'], 'organization.list'],
      ['ORGANIZATION', 'AS Roma', ['AS Roma'], 'organization.name-shape'],
    ])
    expect(names('Tiền vệ Marquinhos, Griezmann và Paul Pogba cùng ra sân.')).toEqual([
      ['PERSON', 'Marquinhos', ['Marquinhos'], 'person.after-cue'],
      ['PERSON', 'Griezmann', ['Griezmann'], 'person.list'],
      ['PERSON', 'Paul Pogba', ['Paul Pogba'], 'person.foreign-name'],
    ])
  })

  it('makes no list of two clauses, nor of things', () => {
    expect(names('Thua sớm ở Stuttgart, Federer vẫn tự tin.')).toEqual([['LOCATION', 'Stuttgart', ['Stuttgart'], 'location.world-city-name']])
    // The second item, with no noun of its own, is misread as a person; the list does not spread it.
    expect(names('Mẫu xe Ford Ranger và Honda Cross Cub được bán tại Việt Nam.').map(([, name]) => name)).not.toContain('Ford Ranger')
  })

  it('reads a foreign name alone before a verb of people as a person', () => {
    expect(names('Ronaldo ghi bàn, còn Neymar ghi bàn thứ hai.')).toEqual([
      ['PERSON', 'Ronaldo', ['Ronaldo'], 'person.before-verb'],
      ['PERSON', 'Neymar', ['Neymar'], 'person.before-verb'],
    ])
  })
})
