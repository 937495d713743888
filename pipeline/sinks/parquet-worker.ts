// The Parquet thread's script: loads DuckDB as soon as the thread starts (while the run is still
// extracting), then converts the tables it is sent.
import { parentPort } from 'node:worker_threads'
import { loadDuckDB } from './duckdb.js'
import { writeParquet, type ParquetJob } from './parquet.js'

loadDuckDB()
parentPort!.on('message', (jobs: ParquetJob[]) => {
  writeParquet(jobs).then(
    (rows) => parentPort!.postMessage({ rows }),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  )
})
