/**
 * The Home page global's tables as they were named while its slug was "campaign-copy", before the home_page_rename
 * migration. Frozen: a block added later adds tables under the new name only.
 */
export const CAMPAIGN_COPY_TABLES = [
  'campaign_copy',
  'campaign_copy_rels',
  ...[
    'rich_text',
    'key_figure',
    'steps_steps',
    'steps',
    'call_to_action',
    'quote',
    'image',
    'faqs',
    'story_list',
    'events',
    'allowances_table',
    'partner_contact',
    'local_offer',
  ].map((block) => `campaign_copy_blocks_${block}`),
].flatMap((table) => [table, `_${table.replace('campaign_copy', 'campaign_copy_v')}`]);

/**
 * Runs `write` (Payload writing the home page, which it now knows as "home-page") on a database from before the rename:
 * the tables take their new names for as long as the write takes, then their old ones back, so the migrations between
 * keep finding what they expect. `run` runs one statement in the migration's own transaction.
 */
export async function underHomePageNames(
  run: (statement: string) => Promise<unknown>,
  write: () => Promise<unknown>,
): Promise<void> {
  const rename = async (from: string, to: string) => {
    for (const table of CAMPAIGN_COPY_TABLES)
      await run(
        `ALTER TABLE "${table.replace('campaign_copy', from)}" RENAME TO "${table.replace('campaign_copy', to)}"`,
      );
  };
  await rename('campaign_copy', 'home_page');
  await write();
  await rename('home_page', 'campaign_copy');
}
