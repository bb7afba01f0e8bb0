import { resultLine } from '@bfp/child-process/result-line';

/** What one fleet build reports to the publisher that ran it, as its result line. */
export interface FleetBuildReport {
  /** Fetching content from the CMS (Astro's content sync). */
  fetchMs: number;
  /** Bundling and rendering every partner's pages. */
  renderMs: number;
  peakRssMb: number;
}

/** `FLEET_RESULT {…}`: written by the fleet build (./build), read by the publisher's fleet step. */
export const fleetBuildResult = resultLine<FleetBuildReport>('FLEET');
