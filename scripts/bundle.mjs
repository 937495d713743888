#!/usr/bin/env node
// Bundles the CLI and the threads' scripts into one file each (dist/bundle/), so that start-up reads two
// files instead of resolving and linking a hundred modules: about a fifth of a second on one article.
// The library (dist/pipeline/) stays unbundled, as tsc emits it, with its declarations.
import { build } from 'esbuild'

await build({
  entryPoints: { trich: 'dist/pipeline/cli/main.js', worker: 'dist/pipeline/run/worker.js', 'parquet-worker': 'dist/pipeline/sinks/parquet-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // piscina starts its threads from its own files, and DuckDB loads its native binary from its own
  // folder: both must stay packages of their own. BullMQ and its Redis client are large and only the
  // distributed commands load them: kept out, they cost the other commands nothing to parse.
  external: ['piscina', '@duckdb/node-api', 'bullmq', 'ioredis'],
  // Bundled CommonJS dependencies call require(); in an ES module it has to be made.
  banner: { js: "import { createRequire as trichCreateRequire } from 'node:module'; const require = trichCreateRequire(import.meta.url);" },
  logLevel: 'warning',
})
