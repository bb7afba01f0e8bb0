/**
 * Tests listen on fixed ports so they can run beside `npm start` and `npm run cluster`. BFP_TEST_PORT_OFFSET moves
 * all of them at once, so two checkouts (two git worktrees, say) can run their suites on one machine side by side.
 */
export function testPort(base: number, env: NodeJS.ProcessEnv = process.env): number {
  const offset = Number(env.BFP_TEST_PORT_OFFSET || 0);
  if (!Number.isInteger(offset) || offset < 0 || base + offset > 65535)
    throw new Error(`BFP_TEST_PORT_OFFSET must be a small whole number, got "${env.BFP_TEST_PORT_OFFSET}"`);
  return base + offset;
}
