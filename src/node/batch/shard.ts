/** `--shard i/n`: a stable share of the inputs by a hash of each input's id, the same on every machine. */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/3" → {index: 2, count: 3}; undefined when malformed. */
export function parseShard(value: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/u.exec(value.trim());
  if (m === null) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/** The shard (1-based) an id belongs to among `count`: the first 48 bits of its SHA-1, modulo count. */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha1').update(id, 'utf8').digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return shard === undefined || shard.count === 1 || shardOf(id, shard.count) === shard.index;
}
