#!/usr/bin/env node
// Compiles schemas/*.schema.json with ajv (2020-12, strict) into standalone validation code,
// pipeline/schema-validators.cjs, so that no process pays for compiling them at start-up. Two sets:
// `first` stops at a record's first problem (the pipeline), `all` reports every problem (`trich
// validate`). `--check` exits 1 when the committed file is out of date (tests run it).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'

const root = new URL('../', import.meta.url)
const target = new URL('pipeline/schema-validators.cjs', root)
const schemas = readdirSync(new URL('schemas/', root)).filter((f) => f.endsWith('.schema.json')).sort()
  .map((f) => JSON.parse(readFileSync(new URL(`schemas/${f}`, root), 'utf8')))

let out = '// Generated from schemas/*.schema.json by `npm run validators`. Do not edit.\n/* eslint-disable */\n"use strict";\n'
for (const [name, allErrors] of [['first', false], ['all', true]]) {
  const ajv = new Ajv2020({ strict: true, allErrors, code: { source: true } })
  for (const s of schemas) ajv.addSchema(s)
  const code = standaloneCode.default(ajv, Object.fromEntries(schemas.map((s) => [s.$id, s.$id])))
  out += `exports[${JSON.stringify(name)}] = (function () { const module = { exports: {} }; const exports = module.exports;\n${code}\nreturn module.exports })();\n`
}

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== out) {
    console.error('pipeline/schema-validators.cjs is out of date: run `npm run validators`')
    process.exit(1)
  }
} else writeFileSync(target, out)
