// The files of a drop: every regular file below its folder, in a stable order (by path, code unit by
// code unit), with paths relative to the drop and `/`-separated. Folders reached twice through links
// are walked once, so a symlink loop ends.
import { readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

export interface DropFile {
  /** Absolute path. */
  absolute: string
  /** Relative to the drop, `/`-separated. */
  path: string
}

export interface Unreadable {
  path: string
  reason: string
}

export async function listDrop(root: string): Promise<{ files: DropFile[]; unreadable: Unreadable[] }> {
  const files: DropFile[] = []
  const unreadable: Unreadable[] = []
  const seen = new Set<string>()
  const toPath = (absolute: string): string => relative(root, absolute).split(sep).join('/')
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir)
    if (seen.has(real)) {
      unreadable.push({ path: toPath(dir), reason: 'folder reached twice through links (symlink loop); walked once' })
      return
    }
    seen.add(real)
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      unreadable.push({ path: toPath(dir) || '.', reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolute = join(dir, entry.name)
      if (entry.name.startsWith('.')) continue
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(absolute)
          isDir = target.isDirectory()
          isFile = target.isFile()
        } catch (error) {
          unreadable.push({ path: toPath(absolute), reason: `broken link: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}` })
          continue
        }
      }
      if (isDir) await walk(absolute)
      else if (isFile) files.push({ absolute, path: toPath(absolute) })
      else unreadable.push({ path: toPath(absolute), reason: 'not a regular file' })
    }
  }
  await walk(root)
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, unreadable }
}
