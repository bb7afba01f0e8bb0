import * as migration_20261129_115141_initial from './20261129_115141_initial.ts';
import * as migration_20261129_121655_partner_themes_and_privacy from './20261129_121655_partner_themes_and_privacy.ts';
import * as migration_20261129_122859_partner_kind from './20261129_122859_partner_kind.ts';
import * as migration_20261129_133934_enquiry_workflow from './20261129_133934_enquiry_workflow.ts';
import * as migration_20261202_063852_enquiry_outbox_and_rate_limits from './20261202_063852_enquiry_outbox_and_rate_limits.ts';
import * as migration_20261203_105916_users_no_account_lock from './20261203_105916_users_no_account_lock.ts';
import * as migration_20261203_112149_partner_office_hours from './20261203_112149_partner_office_hours.ts';
import * as migration_20261203_113009_enquiry_call_time from './20261203_113009_enquiry_call_time.ts';
import * as migration_20261203_142812_pages_blocks from './20261203_142812_pages_blocks.ts';
import * as migration_20261203_184136_partner_blocks_and_home_layout from './20261203_184136_partner_blocks_and_home_layout.ts';
import * as migration_20261203_185255_site_builds_missing_data from './20261203_185255_site_builds_missing_data.ts';
import * as migration_20261206_204508_enquiry_email_claim_token from './20261206_204508_enquiry_email_claim_token.ts';
import * as migration_20261206_204654_site_builds_live_notice_version from './20261206_204654_site_builds_live_notice_version.ts';
import * as migration_20261206_205230_partner_site_domain_unique from './20261206_205230_partner_site_domain_unique.ts';
import * as migration_20261207_004900_home_page_rename from './20261207_004900_home_page_rename.ts';
import * as migration_20261207_121834_enquiry_language from './20261207_121834_enquiry_language.ts';
import * as migration_20261207_142548_localization from './20261207_142548_localization.ts';
import * as migration_20261207_150820_translation_status from './20261207_150820_translation_status.ts';
import * as migration_20261207_184620_age_band_languages from './20261207_184620_age_band_languages.ts';
import * as migration_20261207_185920_email_updates_consent from './20261207_185920_email_updates_consent.ts';
import * as migration_20261207_192519_event_bookings from './20261207_192519_event_bookings.ts';

export const migrations = [
  {
    up: migration_20261129_115141_initial.up,
    down: migration_20261129_115141_initial.down,
    name: '20261129_115141_initial',
  },
  {
    up: migration_20261129_121655_partner_themes_and_privacy.up,
    down: migration_20261129_121655_partner_themes_and_privacy.down,
    name: '20261129_121655_partner_themes_and_privacy',
  },
  {
    up: migration_20261129_122859_partner_kind.up,
    down: migration_20261129_122859_partner_kind.down,
    name: '20261129_122859_partner_kind',
  },
  {
    up: migration_20261129_133934_enquiry_workflow.up,
    down: migration_20261129_133934_enquiry_workflow.down,
    name: '20261129_133934_enquiry_workflow',
  },
  {
    up: migration_20261202_063852_enquiry_outbox_and_rate_limits.up,
    down: migration_20261202_063852_enquiry_outbox_and_rate_limits.down,
    name: '20261202_063852_enquiry_outbox_and_rate_limits',
  },
  {
    up: migration_20261203_105916_users_no_account_lock.up,
    down: migration_20261203_105916_users_no_account_lock.down,
    name: '20261203_105916_users_no_account_lock',
  },
  {
    up: migration_20261203_112149_partner_office_hours.up,
    down: migration_20261203_112149_partner_office_hours.down,
    name: '20261203_112149_partner_office_hours',
  },
  {
    up: migration_20261203_113009_enquiry_call_time.up,
    down: migration_20261203_113009_enquiry_call_time.down,
    name: '20261203_113009_enquiry_call_time',
  },
  {
    up: migration_20261203_142812_pages_blocks.up,
    down: migration_20261203_142812_pages_blocks.down,
    name: '20261203_142812_pages_blocks',
  },
  {
    up: migration_20261203_184136_partner_blocks_and_home_layout.up,
    down: migration_20261203_184136_partner_blocks_and_home_layout.down,
    name: '20261203_184136_partner_blocks_and_home_layout',
  },
  {
    up: migration_20261203_185255_site_builds_missing_data.up,
    down: migration_20261203_185255_site_builds_missing_data.down,
    name: '20261203_185255_site_builds_missing_data',
  },
  {
    up: migration_20261206_204508_enquiry_email_claim_token.up,
    down: migration_20261206_204508_enquiry_email_claim_token.down,
    name: '20261206_204508_enquiry_email_claim_token',
  },
  {
    up: migration_20261206_204654_site_builds_live_notice_version.up,
    down: migration_20261206_204654_site_builds_live_notice_version.down,
    name: '20261206_204654_site_builds_live_notice_version',
  },
  {
    up: migration_20261206_205230_partner_site_domain_unique.up,
    down: migration_20261206_205230_partner_site_domain_unique.down,
    name: '20261206_205230_partner_site_domain_unique',
  },
  {
    up: migration_20261207_004900_home_page_rename.up,
    down: migration_20261207_004900_home_page_rename.down,
    name: '20261207_004900_home_page_rename',
  },
  {
    up: migration_20261207_121834_enquiry_language.up,
    down: migration_20261207_121834_enquiry_language.down,
    name: '20261207_121834_enquiry_language',
  },
  {
    up: migration_20261207_142548_localization.up,
    down: migration_20261207_142548_localization.down,
    name: '20261207_142548_localization',
  },
  {
    up: migration_20261207_150820_translation_status.up,
    down: migration_20261207_150820_translation_status.down,
    name: '20261207_150820_translation_status',
  },
  {
    up: migration_20261207_184620_age_band_languages.up,
    down: migration_20261207_184620_age_band_languages.down,
    name: '20261207_184620_age_band_languages',
  },
  {
    up: migration_20261207_185920_email_updates_consent.up,
    down: migration_20261207_185920_email_updates_consent.down,
    name: '20261207_185920_email_updates_consent',
  },
  {
    up: migration_20261207_192519_event_bookings.up,
    down: migration_20261207_192519_event_bookings.down,
    name: '20261207_192519_event_bookings'
  },
];
