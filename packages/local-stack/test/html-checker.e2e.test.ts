import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => path.join(dir, file));
}

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

/**
 * The W3C's own checker (Nu Html Checker, vnu.jar, on the machine's Java) on every page every partner site was built
 * with: public-sector sites must be valid HTML as well as pass axe.
 */
describe('the W3C HTML checker', () => {
  it('finds no errors on any page of any partner site', async () => {
    const files = Object.values(inject('siteOutDirs')).flatMap(htmlFiles);
    expect(files.length).toBeGreaterThan(20);
    // vnu exits non-zero when it reports errors; its JSON report is on stderr either way.
    const { stderr } = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
    const { messages } = JSON.parse(stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^file:.*?\/(live|sites)\//, '')}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`);
    expect(errors).toEqual([]);
  }, 180_000);
});
