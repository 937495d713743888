// The schemas are the contract: they compile in ajv's strict mode, and the TypeScript types and the
// validators are generated from them (a change to a schema without `npm run types` and
// `npm run validators` fails here).
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { schemaIds, validator } from '../pipeline/schemas.js'

describe('schemas', () => {
  it('have versioned ids and compile strictly', () => {
    expect(schemaIds()).toEqual({
      article: 'https://trich.dev/schemas/article/1.2.0.json',
      manifest: 'https://trich.dev/schemas/manifest/1.4.0.json',
      quarantine: 'https://trich.dev/schemas/quarantine/1.0.0.json',
      'table-articles': 'https://trich.dev/schemas/tables/articles/1.0.0.json',
      'table-document_citations': 'https://trich.dev/schemas/tables/document_citations/1.0.0.json',
      'table-entities': 'https://trich.dev/schemas/tables/entities/1.0.0.json',
      'table-legal_documents': 'https://trich.dev/schemas/tables/legal_documents/1.1.0.json',
      'table-mentions': 'https://trich.dev/schemas/tables/mentions/1.0.0.json',
      'table-person_positions': 'https://trich.dev/schemas/tables/person_positions/1.0.0.json',
      'table-sections': 'https://trich.dev/schemas/tables/sections/1.0.0.json',
    })
    for (const id of Object.values(schemaIds())) for (const allErrors of [true, false]) expect(typeof validator(id, { allErrors })).toBe('function')
  })

  it.each(['schema-types', 'schema-validators'])('are what pipeline/%s was generated from', (script) => {
    const check = spawnSync(process.execPath, [new URL(`../scripts/${script}.mjs`, import.meta.url).pathname, '--check'], { encoding: 'utf8' })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })
})
