// The sha256 of a file, read as a stream: inputs and outputs of any size.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
