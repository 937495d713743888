#!/usr/bin/env node
// Generates pipeline/schema-types.ts from schemas/*.schema.json: the schemas are the contract and the
// TypeScript types follow from them. `--check` exits 1 when the committed file is out of date (tests run it).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { compile } from 'json-schema-to-typescript'

const root = new URL('../', import.meta.url)
const target = new URL('pipeline/schema-types.ts', root)
const files = readdirSync(new URL('schemas/', root)).filter((f) => f.endsWith('.schema.json')).sort()

let out = '// Generated from schemas/*.schema.json by `npm run types`. Do not edit.\n/* eslint-disable */\n'
for (const f of files) {
  const schema = JSON.parse(readFileSync(new URL(`schemas/${f}`, root), 'utf8'))
  const ts = await compile(schema, schema.title, {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    style: { semi: false, singleQuote: true },
  })
  out += `\n// ${f} (${schema.$id})\n${ts}`
}

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== out) {
    console.error('pipeline/schema-types.ts is out of date: run `npm run types`')
    process.exit(1)
  }
} else writeFileSync(target, out)
