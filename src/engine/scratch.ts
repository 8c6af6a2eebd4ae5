/**
 * Per-document typed arrays (the context's per-token arrays, the years' date mask, the names' unit masks) carved from a shared
 * block of zeroed memory, the way Node pools small Buffers. Why: each `new Int32Array(n)` of a few hundred
 * elements gets its own off-heap backing store (allocated, zeroed, tracked and later freed by the GC),
 * ≈ 1–2 µs apiece, seven per document; a view into the block costs a fraction. Regions are never handed out twice, so each starts zeroed; a block lives
 * as long as any view into it (at most SLAB_BYTES per retained context).
 */
const SLAB_BYTES = 64 * 1024;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** `bytes` of zeroed memory, 8-byte aligned: a fresh block when the current one is full (big requests get their own). */
export function takeZeroed(bytes: number): { buffer: ArrayBuffer; offset: number } {
  const size = (bytes + 7) & ~7;
  if (size > SLAB_BYTES / 4) return { buffer: new ArrayBuffer(size), offset: 0 };
  if (slabUsed + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += size;
  return { buffer: slab, offset };
}

/** A zeroed Int32Array of n elements from the shared block. */
export function zeroedInts(n: number): Int32Array {
  const { buffer, offset } = takeZeroed(4 * n);
  return new Int32Array(buffer, offset, n);
}

/** A zeroed byte array of n elements from the shared block. */
export function zeroedBytes(n: number): Uint8Array {
  const { buffer, offset } = takeZeroed(n);
  return new Uint8Array(buffer, offset, n);
}
