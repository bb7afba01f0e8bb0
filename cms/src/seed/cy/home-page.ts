// Sample translation, to be checked by a Welsh speaker before launch.
import type { WelshProse } from './pages.ts';

/**
 * The Welsh text of one block of the home page's layout, under the English block's own field names. The layout
 * (../home-page.ts through homeLayoutFromCampaignCopy in ../../globals/HomePage/fromCampaignCopy.ts) is six text
 * sections, the Bridge to Foster figure, then the stories, the local offer, the events, the FAQs and the contact
 * details, whose headings and fallback texts are the blocks' defaults (packages/blocks/src/<Block>/config.ts).
 */
export type WelshHomeBlock =
  | { blockType: 'richText'; prose: WelshProse }
  | { blockType: 'keyFigure'; figure: string; label: string; source: string }
  | { blockType: 'storyList'; heading: string }
  | { blockType: 'localOffer'; heading: string; fallback: string }
  | { blockType: 'events'; heading: string; fallback: string }
  | { blockType: 'faqs'; heading: string }
  | { blockType: 'partnerContact'; heading: string; fallback: string };

export interface WelshHomePage {
  headline: string;
  intro: string;
  checkerIntro: string;
  /** Exactly one entry per block of the English layout, in the same order. */
  layout: WelshHomeBlock[];
}

/**
 * The home page in Welsh. Each text section is in the shape fromCampaignCopy gives the English one: its heading as a
 * `{ heading }`, then its paragraphs (the English body's blank-line-separated paragraphs, one for one). "Step Down" is
 * "Camu i Lawr"; the National Fostering Group, Bridge to Foster, The Big Issue and the Big Fostering Partnership keep
 * their names (after a Welsh article where the English has "the", as the sites' own Welsh does: "y Big Fostering
 * Partnership").
 */
export const welshHomePage: WelshHomePage = {
  headline: 'Allech chi roi teulu i blentyn o gartref plant?',
  intro:
    'Mae’r Big Fostering Partnership yn chwilio am ofalwyr maeth sy’n gallu cynnig cartref sefydlog a chariadus i blant sy’n barod i symud ymlaen o ofal preswyl.',
  checkerIntro:
    'Atebwch ychydig o gwestiynau cyflym i weld a allech chi faethu. Mae’n cymryd tua dau funud, a gallwch adael eich manylion ar y diwedd er mwyn i ni eich ffonio’n ôl.',
  layout: [
    {
      blockType: 'richText',
      prose: [
        { heading: 'Beth yw’r Big Fostering Partnership?' },
        'Mae’r bartneriaeth yn dod â National Fostering Group, yr asiantaeth faethu annibynnol fwyaf yn y DU, ynghyd â chynghorau lleol yng Ngorllewin Canolbarth Lloegr a The Big Issue. Gyda’n gilydd, rydym yn recriwtio ac yn cefnogi gofalwyr maeth ar gyfer plant sy’n symud allan o gartrefi plant preswyl i fywyd teuluol.',
      ],
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Pam y crëwyd y bartneriaeth' },
        'Mae gormod o blant yn dal i fyw mewn gofal preswyl pan allen nhw ffynnu mewn teulu maeth gyda’r help iawn. Drwy gydweithio, gall cynghorau a’r asiantaeth ddod o hyd i fwy o ofalwyr, rhannu’r hyn maen nhw’n ei wybod, a pharu plant â’r teulu iawn yn gynt.',
      ],
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Sut mae plant a gofalwyr maeth yn elwa' },
        'Mae plant yn cael dechrau newydd mewn cartref teuluol, lle gallan nhw fagu hyder a gwytnwch a dysgu ymdopi â theimladau mawr gyda rhywun wrth eu hochr.',
        'Mae gofalwyr maeth yn cael pecyn cymorth gwell a ffi uwch, a’r boddhad o weld person ifanc yn ymgartrefu ac yn tyfu.',
      ],
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Beth yw maethu Camu i Lawr?' },
        'Pan fydd plentyn mewn gofal yn symud o gartref preswyl at deulu maeth, yr enw a roddir ar hyn yn aml yw “camu i lawr” (step down). Mae’n well gan lawer ohonom ddweud “camu ar draws”, gan mai symud tuag at rywbeth gwell yw hyn, nid cam yn ôl.',
        'Gall gadael staff, ffrindiau a threfn gyfarwydd fod yn anodd, hyd yn oed pan fo plentyn wedi dyheu am deulu. Dyna pam nad yw gofalwyr byth ar eu pen eu hunain.',
      ],
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Does dim angen i chi fod wedi maethu o’r blaen' },
        'Rydym yn croesawu pobl o bob cefndir. Efallai eich bod wedi gweithio mewn cartref plant, wedi gofalu am berthynas, neu wedi gweithio ym maes iechyd, addysg neu’r heddlu. Yr hyn sy’n cyfrif fwyaf yw bod lles plant yn bwysig i chi a’ch bod eisiau gwneud gwahaniaeth.',
      ],
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Bridge to Foster: cymorth ar bob cam' },
        'Bridge to Foster yw cymorth cofleidiol National Fostering Group ar gyfer gofalwyr a phlant sy’n gwneud y symud hwn. Mae’n cynnwys cymorth dwys, cyngor gan seicolegydd clinigol, hyfforddiant arbenigol, help y tu allan i oriau swyddfa a ffi uwch, gyda thîm penodol ar gyfer gofalwyr Camu i Lawr.',
      ],
    },
    {
      blockType: 'keyFigure',
      // The English figure is `${successRate}%` from the campaign copy (85).
      figure: '85%',
      label:
        'o’r plant sy’n cael cymorth gan Bridge to Foster wedi symud yn llwyddiannus i ofal maeth, ac rydym yn gweithio i sicrhau hynny i bob plentyn.',
      source: 'National Fostering Group',
    },
    // STORY_LIST_DEFAULTS
    { blockType: 'storyList', heading: 'Straeon gan deuluoedd maeth' },
    // LOCAL_OFFER_DEFAULTS, with the heading the home page gives it ("Fostering with us")
    {
      blockType: 'localOffer',
      heading: 'Maethu gyda ni',
      fallback:
        'Mae gan bob gofalwr maeth weithiwr cymdeithasol goruchwyliol, hyfforddiant a chymorth gan ofalwyr eraill. Gofynnwch i ni sut olwg sydd ar hynny lle rydych chi’n byw.',
    },
    // EVENTS_DEFAULTS
    {
      blockType: 'events',
      heading: 'Dewch i gael gwybod mwy',
      fallback:
        'Does dim digwyddiadau gwybodaeth wedi’u trefnu ar hyn o bryd. Ffoniwch ni yn lle hynny: rydym yn hapus i siarad am y peth.',
    },
    // FAQS_DEFAULTS
    { blockType: 'faqs', heading: 'Cwestiynau y mae pobl yn eu gofyn' },
    // PARTNER_CONTACT_DEFAULTS
    {
      blockType: 'partnerContact',
      heading: 'Siaradwch â’n tîm maethu',
      fallback: 'Ffoniwch neu anfonwch e-bost atom a byddwn yn ymateb o fewn un diwrnod gwaith.',
    },
  ],
};
