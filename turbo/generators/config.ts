import type { PlopTypes } from '@turbo/gen';
import { isPartnerSlug, PARTNER_SLUG_RULE } from '@bfp/static-host/partner-slug';
import { launchPartnerSite } from '@bfp/local-stack/new-site';

/**
 * `npx turbo gen partner-site`: a council's web officer launches its site from the partner record in the CMS.
 * The same steps run non-interactively as `npm run new-site -- <slug>`.
 */
export default function generator(plop: PlopTypes.NodePlopAPI): void {
  plop.setGenerator('partner-site', {
    description: 'Launch a co-branded partner site from its record in the CMS',
    prompts: [
      {
        type: 'input',
        name: 'slug',
        message: 'The partner’s slug in the CMS (e.g. telford):',
        validate: (value: string) => isPartnerSlug(value) || `Use ${PARTNER_SLUG_RULE}, as in the CMS`,
      },
    ],
    actions: [
      async (answers) => {
        const { slug } = answers as { slug: string };
        const { dir, liveUrl } = await launchPartnerSite({ slug });
        return liveUrl
          ? `Created ${dir}; live at ${liveUrl}`
          : `Created ${dir}; start \`npm start\` to serve it at http://${slug}.localhost:4321/`;
      },
    ],
  });
}
