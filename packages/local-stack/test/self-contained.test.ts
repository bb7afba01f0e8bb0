import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cmsReferences, filesUnder, imageUrls, textFilesUnder } from './builtFiles.ts';

const cmsUrl = inject('cmsUrl');
const outDirs = inject('siteOutDirs');
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

describe('a live partner site needs the CMS for nothing but the enquiry POST', () => {
  it('scans the sites for the CMS as the pages name it', () => {
    // Guards the scan itself: the CMS's origin appears in the built pages in exactly this spelling.
    expect(read(outDirs.dudley!, 'check/index.html')).toContain(`action="${cmsUrl}/api/enquiries/submit"`);
  });

  for (const [slug, dir] of Object.entries(outDirs)) {
    it(`${slug}: no built file refers to the CMS except the enquiry endpoint`, () => {
      const found = textFilesUnder(dir).flatMap((file) =>
        cmsReferences(read(dir, file), cmsUrl).map((context) => `${file}: …${context}…`),
      );
      expect(found).toEqual([]);
    });

    it(`${slug}: every image and icon of every page is a file of the site itself`, () => {
      const missing = filesUnder(dir)
        .filter((file) => file.endsWith('.html'))
        .flatMap((page) =>
          imageUrls(read(dir, page))
            .filter((url) => !url.startsWith('data:'))
            .filter(
              (url) => !url.startsWith('/') || !fs.existsSync(path.join(dir, decodeURIComponent(url.split('?')[0]!))),
            )
            .map((url) => `${page}: ${url}`),
        );
      expect(missing).toEqual([]);
    });
  }
});
