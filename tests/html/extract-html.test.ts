import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractHtml, type HtmlArticle } from '../../pipeline/stages/html/extract-html.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8')

/** An article with nothing but the given blocks. */
const bare = (blocks: HtmlArticle['blocks'], title: string | null = null): HtmlArticle => ({
  title,
  published: null,
  authors: [],
  publisher: null,
  url: null,
  blocks,
})

describe('extractHtml on fixtures', () => {
  it('reads a provincial newspaper article and leaves menus, related news, ads and scripts out', () => {
    expect(extractHtml(fixture('provincial-article.html'))).toEqual({
      title: 'Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2021',
      published: '2022-01-13',
      authors: ['Thu Hà'],
      publisher: 'Báo Đồi Thông',
      url: 'https://baodoithong.vn/chinh-tri/tinh-uy-tong-ket-cong-tac-xay-dung-dang-nam-2021-a10234.html',
      blocks: [
        { kind: 'title', text: 'Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2021' },
        {
          kind: 'lead',
          text: '(BĐT) - Sáng 13/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021, triển khai nhiệm vụ năm 2022.',
        },
        {
          kind: 'paragraph',
          text: 'Đồng chí Trần Đình Văn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. Dự hội nghị có các đồng chí trong Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn phòng Tỉnh ủy và Đảng ủy Khối các cơ quan tỉnh.',
        },
        {
          kind: 'caption',
          text: 'Đồng chí Trần Đình Văn - Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo hội nghị.',
        },
        {
          kind: 'paragraph',
          text: 'Năm 2021, công tác xây dựng Đảng được triển khai đồng bộ, toàn diện. Toàn tỉnh kết nạp 2.150 đảng viên mới, đạt 107,5% kế hoạch; 96,2% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
        },
        { kind: 'heading', text: 'Tiếp tục đổi mới phương thức lãnh đạo' },
        {
          kind: 'paragraph',
          text: 'Phát biểu kết luận, đồng chí Trần Đình Văn đề nghị các cấp ủy tập trung thực hiện Nghị quyết số 15-NQ/TU ngày 30/7/2021 của Ban Chấp hành Đảng bộ tỉnh về "Nâng cao chất lượng sinh hoạt chi bộ" & công tác kiểm tra, giám sát.',
        },
        { kind: 'caption', text: 'Quang cảnh hội nghị tổng kết.' },
        { kind: 'paragraph', text: 'Trong năm 2022, Tỉnh ủy đề ra 5 nhiệm vụ trọng tâm:' },
        { kind: 'paragraph', text: 'Kiện toàn tổ chức bộ máy theo hướng tinh gọn, hiệu lực, hiệu quả;' },
        { kind: 'paragraph', text: 'Nâng cao chất lượng đội ngũ cán bộ, nhất là người đứng đầu.' },
        { kind: 'byline', text: 'Thu Hà' },
      ],
    })
  })

  it('reads metadata from meta tags and JSON-LD, and a fck_detail body beside its sapo', () => {
    expect(extractHtml(fixture('meta-fck-detail.html'))).toEqual({
      title: 'Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống dịch tại huyện Lạc Dương',
      published: '2021-07-31',
      authors: ['Minh Châu', 'Hoàng Anh'],
      publisher: 'Tin Nhanh Phố Núi',
      url: 'https://tinnhanhphonui.vn/thoi-su/chu-tich-ubnd-tinh-kiem-tra-phong-chong-dich-tai-lac-duong-4321.html',
      blocks: [
        {
          kind: 'lead',
          text: 'Chủ tịch UBND tỉnh yêu cầu huyện Lạc Dương kiểm soát chặt người về từ vùng dịch, không để dịch lây lan vào cộng đồng.',
        },
        {
          kind: 'paragraph',
          text: 'Chiều 30/7, đoàn công tác của UBND tỉnh do ông Trần Văn Hiệp - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra chốt kiểm soát dịch Covid-19 tại xã Lát, huyện Lạc Dương.',
        },
        {
          kind: 'caption',
          text: 'Ông Trần Văn Hiệp (giữa) kiểm tra chốt kiểm soát dịch tại xã Lát. Ảnh: Hoàng Anh',
        },
        {
          kind: 'paragraph',
          text: 'Tại buổi kiểm tra, ông Hiệp yêu cầu huyện tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; kiểm soát chặt người và phương tiện ra vào địa bàn.',
        },
        {
          kind: 'paragraph',
          text: '"Không được lơ là, chủ quan trong bất cứ tình huống nào", ông Hiệp nhấn mạnh.',
        },
        { kind: 'byline', text: 'Minh Châu' },
      ],
    })
  })

  it('reads a page of only a <title> and unclosed <p>s', () => {
    expect(extractHtml(fixture('minimal.html'))).toEqual(
      bare(
        [
          { kind: 'paragraph', text: 'Ngày 10/1, Huyện ủy Đơn Dương tổ chức hội nghị triển khai nhiệm vụ năm 2022.' },
          {
            kind: 'paragraph',
            text: 'Đồng chí Nguyễn Văn Lộc - Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.',
          },
          {
            kind: 'paragraph',
            text: 'Năm 2022, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 8,5%; thu nhập bình quân đầu người đạt 75 triệu đồng.',
          },
        ],
        'Huyện Đơn Dương triển khai nhiệm vụ năm 2022',
      ),
    )
  })
})

describe('extractHtml heuristics', () => {
  it('takes a long first paragraph all in bold as the lead, and a bold last name as the byline', () => {
    const lead =
      'Sáng 5/3, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Lạc Dương trước kỳ họp thứ 3, Quốc hội khóa XV.'
    const html = `<div class="content"><p><strong>${lead}</strong></p><p>Cử tri kiến nghị nhiều nội dung.</p><p><b>NGUYỄN LÂM</b></p></div>`
    expect(extractHtml(html)).toEqual({
      ...bare([
        { kind: 'lead', text: lead },
        { kind: 'paragraph', text: 'Cử tri kiến nghị nhiều nội dung.' },
        { kind: 'byline', text: 'NGUYỄN LÂM' },
      ]),
      authors: ['NGUYỄN LÂM'],
    })
  })

  it('keeps a short bold first paragraph and a bold last sentence as paragraphs', () => {
    const html =
      '<article><p><b>Tin vắn</b></p><p>Hội nghị kết thúc lúc 11 giờ.</p><p><b>Hội nghị thành công tốt đẹp.</b></p></article>'
    expect(extractHtml(html).blocks).toEqual([
      { kind: 'paragraph', text: 'Tin vắn' },
      { kind: 'paragraph', text: 'Hội nghị kết thúc lúc 11 giờ.' },
      { kind: 'paragraph', text: 'Hội nghị thành công tốt đẹp.' },
    ])
  })

  it('ends a paragraph of bare text at a double <br>, and reads a single <br> as a space', () => {
    const html = '<div class="noidung">Dòng một<br>dòng hai<br> <br>Đoạn sau<p>Đoạn có thẻ</p>Phần cuối</div>'
    expect(extractHtml(html).blocks).toEqual([
      { kind: 'paragraph', text: 'Dòng một dòng hai' },
      { kind: 'paragraph', text: 'Đoạn sau' },
      { kind: 'paragraph', text: 'Đoạn có thẻ' },
      { kind: 'paragraph', text: 'Phần cuối' },
    ])
  })

  it('drops hidden elements, date lines and paragraphs that are mostly links', () => {
    const html =
      '<article><p class="date">Thứ hai, 10/01/2022 09:15</p><p><span class="time">10/01/2022</span></p>' +
      '<p>Nội dung chính.</p><p aria-hidden="true">Ẩn</p><div class="sr-only">Chia sẻ</div>' +
      '<p><a href="/a">Đọc thêm bài về hội nghị cán bộ chủ chốt</a></p></article>'
    expect(extractHtml(html).blocks).toEqual([{ kind: 'paragraph', text: 'Nội dung chính.' }])
  })

  it('does not take a site logo <h1> with the site name for the title', () => {
    const html =
      '<meta property="og:site_name" content="Báo Đồi Thông"><meta property="og:title" content="Khai mạc Hội chợ Xuân">' +
      '<div class="wrap"><h1 class="logo">Báo Đồi Thông</h1><div class="detail"><p>Sáng nay, hội chợ khai mạc.</p></div></div>'
    expect(extractHtml(html)).toEqual({
      ...bare([{ kind: 'paragraph', text: 'Sáng nay, hội chợ khai mạc.' }], 'Khai mạc Hội chợ Xuân'),
      publisher: 'Báo Đồi Thông',
    })
  })

  it('reads microdata (an author span is a byline), JSON-LD in @graph, a relative canonical, not invalid JSON-LD', () => {
    const html =
      '<link rel="canonical" href="/xa-hoi/bai-1.html"><meta property="og:url" content="https://baodoithong.vn/bai-1">' +
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' +
      '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"], ' +
      '"headline": "Tiêu đề JSON-LD", "author": "https://baodoithong.vn/tac-gia/1", ' +
      '"publisher": {"name": "Báo Đồi Thông"}, "datePublished": "2022-01"}]}</script>' +
      '<article><span itemprop="author">Lê Văn Tám</span><meta itemprop="datePublished" content="2021-12-31T23:30:00-05:00">' +
      '<p>Nội dung.</p></article>'
    expect(extractHtml(html)).toEqual({
      title: 'Tiêu đề JSON-LD',
      published: '2021-12-31',
      authors: ['Lê Văn Tám'],
      publisher: 'Báo Đồi Thông',
      url: 'https://baodoithong.vn/xa-hoi/bai-1.html',
      blocks: [
        { kind: 'byline', text: 'Lê Văn Tám' },
        { kind: 'paragraph', text: 'Nội dung.' },
      ],
    })
  })
})

describe('extractHtml on hostile input', () => {
  const deepest = bare([{ kind: 'paragraph', text: 'Đáy' }])

  it('returns for 10,000 nested <div>s, closed or not', () => {
    expect(extractHtml('<div>'.repeat(10_000) + '<p>Đáy</p>' + '</div>'.repeat(10_000))).toEqual(deepest)
    expect(extractHtml('<div class="content">'.repeat(10_000) + '<p>Đáy</p>')).toEqual(deepest)
  })

  it('returns for 10,000 nested inline and formatting elements', () => {
    expect(extractHtml('<p>' + '<span>'.repeat(10_000) + 'Đáy' + '</span>'.repeat(10_000))).toEqual(deepest)
    expect(extractHtml('<p>' + '<b>'.repeat(10_000) + 'Đáy')).toEqual(deepest)
    expect(extractHtml('<table><tr><td>'.repeat(10_000) + 'Đáy')).toEqual(deepest)
  })

  it('returns for 10,000 paragraphs that each re-open all unclosed formatting elements', () => {
    const html = Array.from({ length: 10_000 }, (_, k) => `<p><b id="b${k}">Đoạn ${k}</p>`).join('')
    const { blocks } = extractHtml(html)
    expect(blocks.length).toBe(10_000)
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Đoạn 9999' })
  }, 30_000)

  it('returns for a 20 MB page of 100,000 paragraphs', () => {
    const sentence =
      'Đồng chí Trần Đình Văn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu tại hội nghị tổng kết công tác năm 2021. ' +
      'Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm cho năm 2022.'
    const paragraph = (k: number): string => `<p class="Normal">${k}. ${sentence}</p>\n`
    const body = Array.from({ length: 100_000 }, (_, k) => paragraph(k)).join('')
    const html = `<html><body><nav><a href="/">Trang chủ</a></nav><div class="fck_detail">${body}</div></body></html>`
    expect(html.length).toBeGreaterThan(20_000_000)
    const { blocks } = extractHtml(html)
    expect(blocks.length).toBe(100_000)
    expect(blocks[99_999]).toEqual({ kind: 'paragraph', text: `99999. ${sentence}` })
  }, 120_000)
})
