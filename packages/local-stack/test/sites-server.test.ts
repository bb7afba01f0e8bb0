import { describe, expect, inject, it } from 'vitest';
import { getFromSite } from './helpers.ts';

const port = inject('sitesPort');

describe('the sites as npm start serves them', () => {
  it('routes by Host header to each partner site', async () => {
    const dudley = await getFromSite(port, `dudley.localhost:${port}`, '/');
    expect(dudley.status).toBe(200);
    expect(dudley.body).toContain('Dudley Metropolitan Borough Council');
    const staffs = await getFromSite(port, `staffordshire.localhost:${port}`, '/');
    expect(staffs.body).toContain('Staffordshire County Council');
  });

  it('lists every partner site at plain localhost', async () => {
    const index = await getFromSite(port, `localhost:${port}`, '/');
    expect(index.body).toContain(`http://dudley.localhost:${port}/`);
    expect(index.body).toContain(`http://staffordshire.localhost:${port}/`);
  });

  it("answers a missing page with the site's own 404 page", async () => {
    const missing = await getFromSite(port, `dudley.localhost:${port}`, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
    expect(missing.body).toContain('Dudley');
  });

  it('answers 404 for a page of a site that does not exist', async () => {
    expect((await getFromSite(port, `atlantis.localhost:${port}`, '/check/')).status).toBe(404);
  });

  it('redirects a directory without its trailing slash', async () => {
    const response = await getFromSite(port, `dudley.localhost:${port}`, '/stories/tegans-story');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/stories/tegans-story/');
  });

  it('never serves files outside the site folder', async () => {
    const response = await getFromSite(port, `dudley.localhost:${port}`, '/%2e%2e%2f%2e%2e%2fpackage.json');
    expect(response.status).toBe(400);
  });
});
