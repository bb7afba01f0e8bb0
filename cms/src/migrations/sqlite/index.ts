import * as migration_20261129_112446_initial from './20261129_112446_initial';

export const migrations = [
  {
    up: migration_20261129_112446_initial.up,
    down: migration_20261129_112446_initial.down,
    name: '20261129_112446_initial'
  },
];
