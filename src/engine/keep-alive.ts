/**
 * One object of each class the pipeline makes per document, held for the life of the process.
 *
 * Why: V8 keeps an object layout (a "map", reached from its class only through a weak transition) alive only
 * while some object has it. When a full GC finds none — between two documents, or in the figures stage long
 * after the dates stage's objects are gone — the layout dies, and every optimised function that checks for
 * it is thrown away and compiled again. Measured: a gc() between documents after warm-up deoptimised ≈ 230
 * functions; the next rounds over the bench corpus took 3.2×, 1.3× and 1.1× their steady time, and the
 * recompiling on V8's helper thread cost 10–30 % more CPU for three rounds after that. With a live sample of
 * each class the same gc() deoptimises nothing.
 *
 * A sample must be made by the class's own constructor with values of the kinds real documents give
 * (numbers where numbers go, strings where strings go), so that it has the very layout the documents' objects have.
 */
const kept: object[] = [];

/** Holds `sample` for good (a handful of small objects, one per class). */
export function keepLayout(sample: object): void {
  kept.push(sample);
}

/** The samples held (for the test that each pipeline class keeps one). */
export function keptLayouts(): readonly object[] {
  return kept;
}
