/**
 * The protocol layer: everything TypeScript knows about the contracts, in one place, typed from the generated
 * ABIs (`abis.generated.ts`, `npm run codegen`) and enums (`enums.generated.ts`, from DataTypes.sol).
 * - `actions/`: one module per write, viem style — `x(client, params)` sends it, `xCall(params)` is the typed call
 *   (for the wagmi runner in `lib/tx`).
 * - `write.ts`: the one simulate → sign → wait pipeline every action uses.
 * - `events.ts`: decoding logs and receipts.
 * - `deployments.ts`, `constants.ts`: where the contracts are, and their rules as numbers.
 */
export * from './abis.generated';
export * from './enums.generated';
export * from './constants';
export * from './write';
export * from './events';
export * from './actions/read-fee';
export * from './actions/buy-nash';
export * from './actions/accept-engagement';
export * from './actions/evidence';
export * from './actions/hold';
export * from './actions/funding';
export * from './actions/create-threat';
export * from './actions/fulfil';
export * from './actions/settle';
export * from './actions/withdraw';
export * from './actions/claim';
export { getDeployment, deployedChainIds, type Deployment } from './deployments';
