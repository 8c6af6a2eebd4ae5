/** The percentages corpus (src/kinds/percentages/corpus.ts) through the public extract(): positives and negatives. */
import { CORPUS_RELEASE_DATE, negative, positive } from '../../src/kinds/percentages/corpus.js';
import { testFigureCorpus } from '../support/figure-corpus.js';

testFigureCorpus('percentages', CORPUS_RELEASE_DATE, positive, negative);
