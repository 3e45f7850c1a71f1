/**
 * Types for `vader-sentiment` (CommonJS, ships none). Its module.exports is
 * `{ SentimentIntensityAnalyzer }`; Vite/Rollup, Vitest and Node all expose
 * module.exports as the default import, so `import vader from` works everywhere.
 */
declare module 'vader-sentiment' {
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** Normalised sum of valences, -1 … 1. */
    compound: number;
  }
  const vader: {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores };
  };
  export default vader;
}
