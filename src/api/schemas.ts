// Runtime shapes of the publication API (spec/publication-api.yaml). The TypeScript types in types.ts are inferred
// from these, so validation and types cannot drift apart; test/node/contract.test.ts checks both against the spec.
// Two modules so that a page with only meeting elements does not download the journal's and access requests' schemas.
export * from './common-schemas.js';
export * from './journal-schemas.js';
