import * as migration_20261129_115141_initial from './20261129_115141_initial';
import * as migration_20261129_121655_partner_themes_and_privacy from './20261129_121655_partner_themes_and_privacy';

export const migrations = [
  {
    up: migration_20261129_115141_initial.up,
    down: migration_20261129_115141_initial.down,
    name: '20261129_115141_initial',
  },
  {
    up: migration_20261129_121655_partner_themes_and_privacy.up,
    down: migration_20261129_121655_partner_themes_and_privacy.down,
    name: '20261129_121655_partner_themes_and_privacy'
  },
];
