// EXTENSION POINT: resolver contracts (panel, Reality.eth, UMA).
//
// The registry's own events already record every resolver decision (FulfilmentClaimed, ClaimReleased,
// Fulfilled, PromiseBroken, Evidence), and ThreatCreated handlers store each resolver's IResolver.kind()
// (`resolver_info`, `threat.resolverKind`), so track records and ledger filters work for resolver contracts today.
// When the resolver contracts land (being written in contracts/src/resolvers/), index their own events here:
//   1. add their artifacts to OPTIONAL in indexer/scripts/abis.mjs (e.g. PanelResolver.sol/PanelResolver.json);
//   2. record their addresses in the deployment (DEPLOYED lines of Deploy.s.sol → scripts/lib/deploy.mjs);
//   3. add them under `contracts` in indexer/ponder.config.ts;
//   4. add tables (e.g. panel votes, Reality.eth questions/answers/bonds, UMA assertions and disputes) to
//      ponder.schema.ts and handlers below, e.g. `ponder.on('UmaResolver:AssertionDisputed', ...)`, and count a
//      lost dispute in `account.resolverClaimsFailed` (today: holds released or expired without fulfilment).
export {};
