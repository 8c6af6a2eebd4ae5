/** The money corpus (src/kinds/money/corpus.ts) through the public extract(): positives and negatives. */
import { CORPUS_RELEASE_DATE, negative, positive } from '../../src/kinds/money/corpus.js';
import { testFigureCorpus } from '../support/figure-corpus.js';

testFigureCorpus('money', CORPUS_RELEASE_DATE, positive, negative);
