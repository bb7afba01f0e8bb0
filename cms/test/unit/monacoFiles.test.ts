import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { monacoFileResponse } from '../../src/admin/LocalMonaco/files.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-monaco-'));
fs.mkdirSync(path.join(root, 'editor'));
fs.writeFileSync(path.join(root, 'loader.js'), 'define()');
fs.writeFileSync(path.join(root, 'editor', 'editor.main.css'), '.x{}');
fs.writeFileSync(path.join(root, 'secret.txt'), 'no');
fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-outside.js`), 'no');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the admin's copy of Monaco", () => {
  it('serves its scripts and styles with their content types, revalidated by ETag', async () => {
    const script = monacoFileResponse(['loader.js'], null, root);
    expect([script.status, script.headers.get('Content-Type'), await script.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'define()']);
    expect(monacoFileResponse(['editor', 'editor.main.css'], null, root).headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    const again = monacoFileResponse(['loader.js'], script.headers.get('ETag'), root);
    expect(again.status).toBe(304);
  });

  it('serves nothing else: other file types, paths outside the folder, missing files', () => {
    for (const segments of [['secret.txt'], ['..', `${path.basename(root)}-outside.js`], ['editor', '..', '..', 'x.js'], ['missing.js'], ['editor'], []]) {
      expect(monacoFileResponse(segments, null, root).status, segments.join('/')).toBe(404);
    }
  });

  it('finds the installed package', () => {
    expect(monacoFileResponse(['loader.js'], null).status).toBe(200);
  });
});
