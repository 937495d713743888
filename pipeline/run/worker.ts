// The worker thread's task: one file through the pipeline. Each worker loads the lexicons and compiles
// the schemas once, on its first file, and keeps them for the rest of the run.
import type { DropFile } from './files.js'
import { processFile, type FileResult } from './process-file.js'

export default function processInWorker(file: DropFile): Promise<FileResult> {
  return processFile(file)
}
