/** Limits that tests enforce and `npm run bench` reports against, kept in one place. */

/** The most JavaScript (KB, gzip) a question-flow page may load at start. */
export const FLOW_JS_BUDGET_KB = 25;

/** The most reading words the median outcome page may have. */
export const OUTCOME_WORDS_LIMIT = 1300;
