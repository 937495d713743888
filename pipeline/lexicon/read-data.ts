// Lexicon data ships as JSON beside the code (pipeline/lexicon/data); read synchronously, once, at load.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lexiconDir } from '../paths.js'

export function readData<T>(file: string): T {
  return JSON.parse(readFileSync(join(lexiconDir, file), 'utf8')) as T
}
