// `trich train`: rebuilds the name tagger's model from data/ner/ with the fixed seed (the shipped file,
// byte for byte), checks the shipped file against it (`--check`, for CI), or measures the tagger by
// cross-validation (`--folds`).
import type { Command } from 'commander'
import { crossValidateTagger, MODEL_PATH, trainModel, TRAINING_DATA } from '../index.js'
import { readFile, writeFile } from 'node:fs/promises'
import { wholeNumber } from './options.js'

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('rebuild the name tagger’s model from the annotated articles (data/ner/ner.jsonl), byte for byte')
    .option('--data <file>', 'the annotated articles', TRAINING_DATA)
    .option('--out <file>', 'where the model is written', MODEL_PATH)
    .option('--check', 'write nothing: exit 1 unless the model at --out is the one the data makes')
    .option('--folds <k>', 'write nothing: cross-validate on the data in k folds and print entity F1 by type', wholeNumber(2, 20))
    .action(async (flags: { data: string; out: string; check?: boolean; folds?: number }) => {
      if (flags.folds !== undefined) {
        for (const line of crossValidateTagger(flags.folds, flags.data)) console.log(line)
        return
      }
      const model = trainModel(flags.data)
      if (flags.check) {
        const shipped = await readFile(flags.out).catch((error: NodeJS.ErrnoException) => {
          throw new Error(`cannot read the model ${flags.out}: ${error.code ?? error.message}`)
        })
        if (!shipped.equals(model)) {
          console.error(`${flags.out} is not the model ${flags.data} makes: run trich train`)
          process.exitCode = 1
        } else console.error(`${flags.out} is the model ${flags.data} makes`)
        return
      }
      await writeFile(flags.out, model)
      console.error(`wrote ${flags.out} (${(model.length / 1e6).toFixed(1)} MB)`)
    })
}
