import { withPayload } from '@payloadcms/next/withPayload';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: [
    '@bfp/blocks',
    '@bfp/eligibility',
    '@bfp/eligibility-form',
    '@bfp/brand',
    '@bfp/links',
    '@bfp/static-host',
    '@bfp/child-process',
    '@bfp/page-shell',
  ],
  // No "X-Powered-By: Next.js, Payload": naming the software only helps whoever looks for its known holes.
  poweredByHeader: false,
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
