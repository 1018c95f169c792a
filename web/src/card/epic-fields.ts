import type { RequestBody } from '../api/types';

// The labels are typed against the documented field lists, so the two cannot drift apart.
type Fields = Required<RequestBody<'updateItem'>>;

/** The Epic Hypothesis Statement, in the order it reads aloud ("For … who … the … is a …"). */
export const HYPOTHESIS_LABELS: Record<keyof NonNullable<Fields['hypothesis']>, string> = {
  for: 'For (customers)',
  who: 'who (do something)',
  the: 'the (solution)',
  isA: 'is a (how)',
  that: 'that (provides this value)',
  unlike: 'unlike (competitor or current solution)',
  ourSolution: 'our solution (does better because)',
  businessOutcomes: 'Business outcome hypothesis',
  leadingIndicators: 'Leading indicators',
  nonFunctionalRequirements: 'Non-functional requirements',
};

export const BUSINESS_CASE_LABELS: Record<keyof NonNullable<Fields['businessCase']>, string> = {
  inScope: 'In scope',
  outOfScope: 'Out of scope',
  mvpFeatures: 'MVP features',
  sponsors: 'Sponsors',
  affectedUsersAndMarkets: 'Affected users and markets',
  analysisSummary: 'Analysis summary',
  implementationStrategy: 'Incremental implementation strategy',
  sequencingAndDependencies: 'Sequencing and dependencies',
};

