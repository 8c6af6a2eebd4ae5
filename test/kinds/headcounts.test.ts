/** The headcounts corpus (src/kinds/headcounts/corpus.ts) through the public extract(): positives and negatives. */
import { CORPUS_RELEASE_DATE, negative, positive } from '../../src/kinds/headcounts/corpus.js';
import { testFigureCorpus } from '../support/figure-corpus.js';

testFigureCorpus('headcounts', CORPUS_RELEASE_DATE, positive, negative);
