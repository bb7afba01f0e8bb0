import type { Payload } from 'payload';
import sharp from 'sharp';
import type { Media } from '../payload-types.ts';

export interface SeedImage {
  filename: string;
  alt: string;
  credit?: string;
  /** Returns the file's bytes; images are generated, so the repository holds no binaries. */
  render: () => Promise<{ data: Buffer; mimetype: string }>;
}

/** Finds a seeded image by file name or uploads it. Returns its id. */
export async function ensureMedia(payload: Payload, image: SeedImage): Promise<Media['id']> {
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { equals: image.filename } },
    limit: 1,
    depth: 0,
  });
  if (existing.docs[0]) return existing.docs[0].id;
  const { data, mimetype } = await image.render();
  const created = await payload.create({
    collection: 'media',
    data: { alt: image.alt, credit: image.credit },
    file: { data, mimetype, name: image.filename, size: data.length },
  });
  return created.id;
}

/** A council wordmark: the council's short name on its brand colour. Sample artwork, not the council's real logo. */
export function wordmarkSvg({ name, colour }: { name: string; colour: string }) {
  return async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64" role="img"><title>${name}</title><rect width="240" height="64" rx="8" fill="${colour}"/><circle cx="32" cy="32" r="16" fill="#ffffff"/><path d="M24 34c4 6 12 6 16 0" stroke="${colour}" stroke-width="3" fill="none"/><text x="58" y="40" font-family="Arial, sans-serif" font-size="20" font-weight="700" fill="#ffffff">${name}</text></svg>`;
    return { data: Buffer.from(svg), mimetype: 'image/svg+xml' };
  };
}

/** An abstract illustration for a story card: soft shapes in two colours, never a photo of a real child. */
export function illustrationPng({ from, to }: { from: string; to: string }) {
  return async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="1200" height="800" fill="url(#g)"/><circle cx="420" cy="420" r="170" fill="#ffffff" fill-opacity="0.35"/><circle cx="760" cy="470" r="120" fill="#ffffff" fill-opacity="0.45"/><rect x="300" y="600" width="600" height="40" rx="20" fill="#ffffff" fill-opacity="0.3"/></svg>`;
    const data = await sharp(Buffer.from(svg)).png().toBuffer();
    return { data, mimetype: 'image/png' };
  };
}
