// The Redis the distributed commands use unless told: $TRICH_REDIS, or one on this machine. Apart from
// the rest so that the commands' options are set without loading BullMQ.
export const defaultRedis = (): string => process.env.TRICH_REDIS ?? 'redis://127.0.0.1:6379'
