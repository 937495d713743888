// The JSON Schemas in schemas/, compiled by ajv (2020-12, strict) ahead of time into
// pipeline/schema-validators.cjs (`npm run validators`), so that no process compiles them at start-up.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ErrorObject } from 'ajv'
import { packageRoot, schemaDir } from './paths.js'
import { once } from './text/memo.js'

export interface SchemaProblem {
  /** JSON Pointer into the validated instance. */
  path: string
  message: string
}

interface CompiledValidator {
  (value: unknown): boolean
  errors?: ErrorObject[] | null
}

type Validators = Record<'first' | 'all', Record<string, CompiledValidator>>

const validators = once(() => createRequire(import.meta.url)(join(packageRoot, 'pipeline', 'schema-validators.cjs')) as Validators)

/** The `$id`s of every schema, by name (`article`, `manifest`, …). */
export const schemaIds = once((): Record<string, string> => {
  const ids: Record<string, string> = {}
  for (const f of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ids[f.replace('.schema.json', '')] = (JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as { $id: string }).$id
  }
  return ids
})

/** The validator of schema `id`; `allErrors: false` stops at the first problem (faster). */
export function validator(id: string, { allErrors = true } = {}): CompiledValidator {
  const v = validators()[allErrors ? 'all' : 'first'][id]
  if (!v) throw new Error(`trich: no schema with $id ${id}`)
  return v
}

export function problems(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.message + (e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : e.params && 'allowedValues' in e.params ? `: ${JSON.stringify(e.params.allowedValues)}` : ''),
  }))
}

/** Validates `value` against the schema `id`; returns its problems (none when it is valid). */
export function validate(id: string, value: unknown, options?: { allErrors?: boolean }): SchemaProblem[] {
  const v = validator(id, options)
  return v(value) ? [] : problems(v.errors)
}
