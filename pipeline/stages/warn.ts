// Problems are data: a stage reports one with `warn`, which records it on the vfile with its place in
// the decoded source (mapped back from the cleaned text) and keeps the offsets into the record's text.
import { location } from 'vfile-location'
import type { VFile } from 'vfile'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Offsets of what the message is about in the cleaned text. */
    span?: { start: number; end: number }
  }
}

export interface WarnOptions {
  stage: string
  rule: string
  start?: number
  end?: number
}

// One index of the source's lines per article: made for each warning, it cost a pass over the source
// each time (a line of 400,000 stray marks took 29 s). The source does not change after decode.
const locations = new WeakMap<VFile, ReturnType<typeof location>>()

export function warn(file: VFile, reason: string, { stage, rule, start, end }: WarnOptions): void {
  const offsets = file.data.offsets
  let place
  if (start !== undefined && offsets) {
    let where = locations.get(file)
    if (!where) locations.set(file, (where = location(file)))
    place = {
      start: where.toPoint(offsets.toSource(start)),
      end: where.toPoint(offsets.toSource(end ?? start)),
    }
  }
  const message = file.message(reason, { place: place?.start && place.end ? { start: place.start, end: place.end } : undefined, ruleId: rule, source: stage })
  if (start !== undefined) message.span = { start, end: end ?? start }
}
