// Runs past one machine: a drop enqueued in Redis (BullMQ), its tasks run by workers on any number of
// machines, its outputs collected with the bytes of a local run.
export { enqueueDrop, type Enqueued, type EnqueueOptions } from './enqueue.js'
export { startWorker, type DistributedWorker, type WorkerOptions } from './worker.js'
export { collectDrop, type CollectOptions } from './collect.js'
export { dropStatus, type DropStatus } from './status.js'
export { defaultRedis } from './redis-url.js'
