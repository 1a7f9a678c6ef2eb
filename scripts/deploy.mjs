#!/usr/bin/env node
// `npm run deploy`: deploys Levetrage to any EVM chain and records the addresses in lib/contracts/deployments.json.
//   RPC_URL=https://... PRIVATE_KEY=0x... npm run deploy
// Optional settings (fees, beacon delay, VRF beacon, fee controller) are environment variables read by
// contracts/script/Deploy.s.sol; see the README.
import { deployContracts, writeDeployment } from './lib/deploy.mjs';

const rpcUrl = process.env.RPC_URL;
const privateKey = process.env.PRIVATE_KEY;
if (!rpcUrl) {
  console.error('RPC_URL is not set. Usage: RPC_URL=https://... PRIVATE_KEY=0x... npm run deploy');
  process.exit(2);
}
const isLocal = /^https?:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(rpcUrl);
if (!privateKey && !isLocal) {
  console.error('PRIVATE_KEY is not set (only a local RPC may default to the anvil dev key).');
  process.exit(2);
}
if (privateKey && !/^0x[0-9a-fA-F]{64}$/.test(privateKey)) {
  console.error('PRIVATE_KEY must be 0x followed by 64 hex digits.');
  process.exit(2);
}

try {
  const deployment = await deployContracts({ rpcUrl, privateKey, echo: true });
  const changed = writeDeployment(deployment);
  console.log(`\nDeployed on chain ${deployment.chainId}:`);
  console.log(JSON.stringify(deployment, null, 2));
  console.log(
    changed
      ? 'Recorded in lib/contracts/deployments.json (commit it).'
      : 'lib/contracts/deployments.json already had these addresses.',
  );
} catch (e) {
  console.error(`Deployment failed: ${e.message}`);
  process.exit(1);
}
