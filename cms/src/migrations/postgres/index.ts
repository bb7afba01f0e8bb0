import * as migration_20261202_063920_initial from './20261202_063920_initial.ts';
import * as migration_20261203_105921_users_no_account_lock from './20261203_105921_users_no_account_lock.ts';
import * as migration_20261203_112153_partner_office_hours from './20261203_112153_partner_office_hours.ts';
import * as migration_20261203_113017_enquiry_call_time from './20261203_113017_enquiry_call_time.ts';
import * as migration_20261203_120600_enquiry_keep_in_touch from './20261203_120600_enquiry_keep_in_touch.ts';
import * as migration_20261203_142844_pages_blocks from './20261203_142844_pages_blocks.ts';
import * as migration_20261203_184256_partner_blocks_and_home_layout from './20261203_184256_partner_blocks_and_home_layout.ts';
import * as migration_20261203_185303_site_builds_missing_data from './20261203_185303_site_builds_missing_data.ts';
import * as migration_20261206_204538_enquiry_email_claim_token from './20261206_204538_enquiry_email_claim_token.ts';
import * as migration_20261206_204724_site_builds_live_notice_version from './20261206_204724_site_builds_live_notice_version.ts';
import * as migration_20261206_204853_preview_task from './20261206_204853_preview_task.ts';
import * as migration_20261206_205250_partner_site_domain_unique from './20261206_205250_partner_site_domain_unique.ts';
import * as migration_20261207_004910_home_page_rename from './20261207_004910_home_page_rename.ts';
import * as migration_20261207_121901_enquiry_language from './20261207_121901_enquiry_language.ts';
import * as migration_20261207_142735_localization from './20261207_142735_localization.ts';
import * as migration_20261207_150842_translation_status from './20261207_150842_translation_status.ts';
import * as migration_20261207_184704_age_band_languages from './20261207_184704_age_band_languages.ts';
import * as migration_20261207_185939_email_updates_consent from './20261207_185939_email_updates_consent.ts';
import * as migration_20261207_192540_event_bookings from './20261207_192540_event_bookings.ts';

export const migrations = [
  {
    up: migration_20261202_063920_initial.up,
    down: migration_20261202_063920_initial.down,
    name: '20261202_063920_initial',
  },
  {
    up: migration_20261203_105921_users_no_account_lock.up,
    down: migration_20261203_105921_users_no_account_lock.down,
    name: '20261203_105921_users_no_account_lock',
  },
  {
    up: migration_20261203_112153_partner_office_hours.up,
    down: migration_20261203_112153_partner_office_hours.down,
    name: '20261203_112153_partner_office_hours',
  },
  {
    up: migration_20261203_113017_enquiry_call_time.up,
    down: migration_20261203_113017_enquiry_call_time.down,
    name: '20261203_113017_enquiry_call_time',
  },
  {
    up: migration_20261203_120600_enquiry_keep_in_touch.up,
    down: migration_20261203_120600_enquiry_keep_in_touch.down,
    name: '20261203_120600_enquiry_keep_in_touch',
  },
  {
    up: migration_20261203_142844_pages_blocks.up,
    down: migration_20261203_142844_pages_blocks.down,
    name: '20261203_142844_pages_blocks',
  },
  {
    up: migration_20261203_184256_partner_blocks_and_home_layout.up,
    down: migration_20261203_184256_partner_blocks_and_home_layout.down,
    name: '20261203_184256_partner_blocks_and_home_layout',
  },
  {
    up: migration_20261203_185303_site_builds_missing_data.up,
    down: migration_20261203_185303_site_builds_missing_data.down,
    name: '20261203_185303_site_builds_missing_data',
  },
  {
    up: migration_20261206_204538_enquiry_email_claim_token.up,
    down: migration_20261206_204538_enquiry_email_claim_token.down,
    name: '20261206_204538_enquiry_email_claim_token',
  },
  {
    up: migration_20261206_204724_site_builds_live_notice_version.up,
    down: migration_20261206_204724_site_builds_live_notice_version.down,
    name: '20261206_204724_site_builds_live_notice_version',
  },
  {
    up: migration_20261206_204853_preview_task.up,
    down: migration_20261206_204853_preview_task.down,
    name: '20261206_204853_preview_task',
  },
  {
    up: migration_20261206_205250_partner_site_domain_unique.up,
    down: migration_20261206_205250_partner_site_domain_unique.down,
    name: '20261206_205250_partner_site_domain_unique',
  },
  {
    up: migration_20261207_004910_home_page_rename.up,
    down: migration_20261207_004910_home_page_rename.down,
    name: '20261207_004910_home_page_rename',
  },
  {
    up: migration_20261207_121901_enquiry_language.up,
    down: migration_20261207_121901_enquiry_language.down,
    name: '20261207_121901_enquiry_language',
  },
  {
    up: migration_20261207_142735_localization.up,
    down: migration_20261207_142735_localization.down,
    name: '20261207_142735_localization',
  },
  {
    up: migration_20261207_150842_translation_status.up,
    down: migration_20261207_150842_translation_status.down,
    name: '20261207_150842_translation_status',
  },
  {
    up: migration_20261207_184704_age_band_languages.up,
    down: migration_20261207_184704_age_band_languages.down,
    name: '20261207_184704_age_band_languages',
  },
  {
    up: migration_20261207_185939_email_updates_consent.up,
    down: migration_20261207_185939_email_updates_consent.down,
    name: '20261207_185939_email_updates_consent',
  },
  {
    up: migration_20261207_192540_event_bookings.up,
    down: migration_20261207_192540_event_bookings.down,
    name: '20261207_192540_event_bookings'
  },
];
