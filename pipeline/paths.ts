// The package's own files (schemas, lexicon data) are read from the package root, which is the same
// whether the code runs from pipeline/ (tests) or from dist/pipeline/ (the built CLI).
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('trich: cannot find the package root')
    dir = up
  }
  return dir
}

export const packageRoot = findRoot()
export const schemaDir = join(packageRoot, 'schemas')
export const lexiconDir = join(packageRoot, 'pipeline', 'lexicon', 'data')
