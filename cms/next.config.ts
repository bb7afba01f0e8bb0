import { withPayload } from '@payloadcms/next/withPayload';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@bfp/eligibility', '@bfp/brand', '@bfp/links'],
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
