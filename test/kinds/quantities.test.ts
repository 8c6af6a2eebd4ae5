/** The quantities corpus (src/kinds/quantities/corpus.ts) through the public extract(): positives and negatives. */
import { CORPUS_RELEASE_DATE, negative, positive } from '../../src/kinds/quantities/corpus.js';
import { testFigureCorpus } from '../support/figure-corpus.js';

testFigureCorpus('quantities', CORPUS_RELEASE_DATE, positive, negative);
