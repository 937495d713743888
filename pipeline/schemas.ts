// The JSON Schemas in schemas/, compiled once per process (or worker) by ajv in strict 2020-12 mode.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { schemaDir } from './paths.js'

export interface SchemaProblem {
  /** JSON Pointer into the validated instance. */
  path: string
  message: string
}

// Two instances: the pipeline stops at a record's first problem (faster, and one is enough to
// quarantine it); `trich validate` reports every problem.
const instances = new Map<boolean, Ajv2020>()
const compiled = new Map<string, ValidateFunction>()

function instance(allErrors: boolean): Ajv2020 {
  let ajv = instances.get(allErrors)
  if (ajv) return ajv
  ajv = new Ajv2020({ strict: true, allErrors })
  addFormats.default(ajv)
  for (const f of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, f), 'utf8')))
  }
  instances.set(allErrors, ajv)
  return ajv
}

/** The `$id`s of every schema, by name (`article`, `manifest`, …). */
export function schemaIds(): Record<string, string> {
  const ids: Record<string, string> = {}
  for (const f of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ids[f.replace('.schema.json', '')] = JSON.parse(readFileSync(join(schemaDir, f), 'utf8')).$id
  }
  return ids
}

export function validator(id: string, { allErrors = true } = {}): ValidateFunction {
  const key = `${allErrors}\0${id}`
  let v = compiled.get(key)
  if (!v) {
    v = instance(allErrors).getSchema(id)
    if (!v) throw new Error(`trich: no schema with $id ${id}`)
    compiled.set(key, v)
  }
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
