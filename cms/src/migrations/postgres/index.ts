import * as migration_20261202_063920_initial from './20261202_063920_initial';

export const migrations = [
  {
    up: migration_20261202_063920_initial.up,
    down: migration_20261202_063920_initial.down,
    name: '20261202_063920_initial'
  },
];
