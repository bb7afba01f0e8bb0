import { monacoFileResponse } from '../../../../../../admin/LocalMonaco/files.ts';

/** Monaco's own build, served by the CMS so the admin's JSON and code fields need no CDN (admin/LocalMonaco). */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return monacoFileResponse((await params).path, request.headers.get('If-None-Match'));
}
