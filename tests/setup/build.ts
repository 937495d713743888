// The CLI tests run the built bundle (bin/trich.js): it is built from the current source before any
// test runs, so that `npm test` never tests a stale build.
import { spawnSync } from 'node:child_process'

export default function setup(): void {
  const root = new URL('../../', import.meta.url).pathname
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`npm run build failed before the tests:\n${build.stdout}${build.stderr}`)
}
