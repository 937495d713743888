#!/usr/bin/env node
// Checks that a change leaves every output byte as it was: builds the revision given (default HEAD) in a
// worktree of its own, runs it and the working tree on the same drops (the sample, and the evaluation's
// dev and general sets when ../shared/eval is there), and compares the sha256 of every output file.
//   node scripts/same-outputs.mjs [--rev REV] [--drop DIR]...
// Exit 0 when every file is the same, 1 with the files that differ.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(new URL('..', import.meta.url).pathname)
const { values } = parseArgs({ options: { rev: { type: 'string', default: 'HEAD' }, drop: { type: 'string', multiple: true } } })
const evalDir = join(root, '..', 'shared', 'eval', 'corpus')
const drops = values.drop ?? [join(root, 'input', 'sample'), ...['dev', 'general'].map((set) => join(evalDir, set)).filter((dir) => existsSync(dir))]

const run = (command, args, cwd) => {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${done.stdout}${done.stderr}`)
}

/** The sha256 of every file under `dir`, by its path below it. */
function hashes(dir) {
  const out = {}
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(dir)
  return out
}

/** Runs the CLI of the checkout at `checkout` on every drop; the hashes of the outputs. */
function outputsOf(checkout) {
  const out = mkdtempSync(join(tmpdir(), 'trich-same-'))
  run(process.execPath, [join(checkout, 'bin', 'trich.js'), 'run', ...drops, '--out', out], checkout)
  const found = hashes(out)
  rmSync(out, { recursive: true, force: true })
  return found
}

const worktree = mkdtempSync(join(tmpdir(), 'trich-rev-'))
try {
  run('git', ['worktree', 'add', '--detach', worktree, values.rev], root)
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'))
  run('npm', ['run', '--silent', 'build'], worktree)
  run('npm', ['run', '--silent', 'build'], root)
  const before = outputsOf(worktree)
  const after = outputsOf(root)
  // The manifests name the drop's folder and the outputs the same way in both runs.
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  const differ = names.filter((name) => before[name] !== after[name])
  console.log(`${names.length} output files of ${drops.length} drops, ${values.rev} against the working tree: ${differ.length} differ`)
  for (const name of differ) console.log(`  ${name}: ${before[name] ? 'changed' : 'new'}${after[name] ? '' : ' (gone)'}`)
  process.exitCode = differ.length > 0 ? 1 : 0
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root })
  rmSync(worktree, { recursive: true, force: true })
}
