// The schemas are the contract: they compile in ajv's strict mode, and the TypeScript types and the
// validators are generated from them (a change to a schema without `npm run types` and
// `npm run validators` fails here).
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { schemaIds, validator } from '../pipeline/schemas.js'

describe('schemas', () => {
  it('have versioned ids and compile strictly', () => {
    expect(schemaIds()).toEqual({
      article: 'https://trich.dev/schemas/article/1.1.0.json',
      manifest: 'https://trich.dev/schemas/manifest/1.1.0.json',
    })
    for (const id of Object.values(schemaIds())) for (const allErrors of [true, false]) expect(typeof validator(id, { allErrors })).toBe('function')
  })

  it.each(['schema-types', 'schema-validators'])('are what pipeline/%s was generated from', (script) => {
    const check = spawnSync(process.execPath, [new URL(`../scripts/${script}.mjs`, import.meta.url).pathname, '--check'], { encoding: 'utf8' })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })
})
