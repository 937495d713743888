// Drops made by the tests themselves: short news articles, each of its own, and every output file of
// a run, read for exact comparison.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TABLES } from '../pipeline/sinks/tables.js'

const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thu Hà', 'Võ Thị Lan']
const PLACES = ['Lâm Đồng', 'Quảng Ninh', 'Đắk Lắk', 'Cần Thơ', 'Nghệ An', 'Bình Định', 'Hà Giang']

/** A short news article of its own for each n: an official, a province, a date and a decision. */
export function article(n: number): string {
  const person = PEOPLE[n % PEOPLE.length]!
  const place = PLACES[(n >> 1) % PLACES.length]!
  return [
    `${place} tổng kết công tác năm ${2000 + (n % 24)} (bài ${n})`,
    '',
    `Sáng ${1 + (n % 28)}/${1 + (n % 12)}, UBND tỉnh ${place} tổ chức hội nghị tổng kết công tác năm.`,
    `Đồng chí ${person}, Phó Chủ tịch UBND tỉnh ${place} chủ trì hội nghị. Theo Quyết định số ${100 + n}/QĐ-UBND, tỉnh giao chỉ tiêu cho các sở, ngành.`,
    `Phát biểu tại hội nghị, đồng chí ${person} đề nghị các địa phương tiếp tục cải cách hành chính.`,
    '',
    'Phóng viên',
  ].join('\n')
}

/** Every output file of a drop's run, by its path in the drop's output folder. */
export const OUTPUTS = ['articles.jsonl', 'quarantine.jsonl', 'manifest.json', ...TABLES.map((t) => `tables/${t}.jsonl`), ...TABLES.map((t) => `parquet/${t}.parquet`)]

/** The outputs in `dir`, as text (Parquet as base64). */
export const readOutputs = (dir: string): string[] => OUTPUTS.map((name) => readFileSync(join(dir, name), name.endsWith('.parquet') ? 'base64' : 'utf8'))
