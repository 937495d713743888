// The two kinds of failure a caller acts on differently, and which the command line tells apart by its
// exit code: a request that cannot be carried out as asked (2), and inputs or outputs that cannot be read
// or written (3). Both carry a sentence that names the path or the option.

/** A wrong option, or a folder that may not be used as asked (the output inside the drop, say). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** An input or output that cannot be read or written: a missing folder, a full disk, damaged outputs. */
export class StorageError extends Error {
  override name = 'StorageError'
}
