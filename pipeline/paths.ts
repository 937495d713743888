// The package's own files (schemas, lexicon data) are read from the package root, which is the same
// whether the code runs from pipeline/ (tests) or from dist/pipeline/ (the built CLI).
import { existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

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

/**
 * The URL of a thread's script `name`, beside the module at `moduleUrl`. Threads run compiled
 * JavaScript: from the build itself (dist/pipeline/…, or dist/bundle/ where the bundles sit side by
 * side), or, when the module runs from its TypeScript source (tests), from the build of that folder.
 */
export function threadScript(moduleUrl: string, name: string): string {
  const here = fileURLToPath(moduleUrl)
  const built = here.endsWith('.ts') ? join(packageRoot, 'dist', relative(packageRoot, dirname(here)), name) : join(dirname(here), name)
  if (!existsSync(built)) throw new Error(`trich: no built ${name} at ${built}; run \`npm run build\``)
  return pathToFileURL(built).href
}
