// trich as a library: the same pipeline for one article (`extractArticle`) or a drop (`runDrop`), the
// drops' outputs loaded into a DuckDB warehouse (`loadDrops`), and their validation (`validateDrop`,
// `validateTarget`, `validateFile`). Distributed runs are `trich/distributed` (pipeline/distributed/),
// apart: BullMQ takes 0.4 s to load. The command line uses nothing else.
export { DEFAULT_BUDGET_MS, extractArticle, runPipeline, STAGES, type ExtractOptions, type StageSettings } from './extract.js'
export { StorageError, UsageError } from './errors.js'
export { runDrop, type DropSummary, type RunOptions } from './run/run-drop.js'
export { readArticleFile } from './run/files.js'
export { MAX_BUDGET_MS, maxWorkers } from './run/limits.js'
export { outputName } from './run/output-folder.js'
export { defaultWorkers } from './run/pool.js'
export { TABLES } from './sinks/tables.js'
export { version } from './version.js'
export { explainRecord } from './explain.js'
export { crossValidateTagger, trainModel } from './model/build-model.js'
export { MODEL_PATH } from './model/model-file.js'
export { TRAINING_DATA } from './model/train.js'
export { loadDrops, type DropLoad } from './sinks/warehouse.js'
export { validateDrop, validateFile, validateTarget, type Problem, type Validated } from './validate-files.js'
export { writeReport, type ReportOptions, type ReportSummary } from './report/write-report.js'
export type { Article, Entity, Manifest, Mention, Position, Section } from './schema-types.js'
