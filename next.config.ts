import type { NextConfig } from 'next';

// Webpack build (`next build --webpack`): Turbopack fails offline on optional `@x402/*` imports of a wallet SDK.
const optionalWalletSdkImports = ['@x402/fetch', '@x402/evm', '@x402/core', '@x402/svm'];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` opened at http://127.0.0.1:3000 (as printed by some tools) must hydrate too.
  allowedDevOrigins: ['127.0.0.1'],
  webpack: (config) => {
    config.resolve = config.resolve ?? {};
    config.resolve.fallback = {
      ...(config.resolve.fallback ?? {}),
      ...Object.fromEntries(optionalWalletSdkImports.map((m) => [m, false])),
      // optional peer deps of wallet SDKs that are never used in the browser
      'pino-pretty': false,
      '@react-native-async-storage/async-storage': false,
    };
    return config;
  },
};

export default nextConfig;
