import { expect, it } from 'vitest';
import { ensureSystemPackages, missingTools, type SystemTool } from '../src/systemPackages.ts';

it('finds chromium, nginx, its brotli module and the PostgreSQL server on this machine', () => {
  expect(missingTools().map((tool) => tool.name)).toEqual([]);
  expect(ensureSystemPackages()).toEqual({ ok: true, installed: [] });
});

it('without root, names the one command that installs what is missing, without trying', () => {
  const missing: SystemTool[] = [
    { name: 'tool one', debianPackage: 'pkg-one', find: () => undefined },
    { name: 'tool two', debianPackage: 'pkg-two', find: () => undefined },
    { name: 'present', debianPackage: 'pkg-present', find: () => '/usr/bin/true' },
  ];
  const result = ensureSystemPackages({ tools: missing, canInstall: false, log: () => {} });
  expect(result.ok).toBe(false);
  const message = (result as { message: string }).message;
  expect(message).toContain('apt-get install -y pkg-one pkg-two');
  expect(message).not.toContain('pkg-present');
  expect(message.split('\n')).toHaveLength(1);
});
