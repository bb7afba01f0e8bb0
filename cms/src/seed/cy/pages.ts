// Sample translation, to be checked by a Welsh speaker before launch.
import type { AllowancesTableBlock, CallToActionBlock, KeyFigureBlock, QuoteBlock } from '../../payload-types.ts';
import type { proseToRichText } from '../richText.ts';

/** Rich text as the seed writes it: paragraphs, `{ heading }` sub-headings and `{ bullets }` lists. */
export type WelshProse = Parameters<typeof proseToRichText>[0];

/**
 * The Welsh text of one English block (../pages/seedPage.ts's SeedBlock), under the English block's own field names.
 * Only text is here: an image block's image, and anything else that is not words, stays as the English block has it.
 * An image block carries the Welsh alt text of its image as `imageAlt`.
 */
export type WelshBlock =
  | { blockType: 'richText'; prose: WelshProse }
  | { blockType: 'image'; caption?: string; imageAlt: string }
  | Pick<KeyFigureBlock, 'blockType' | 'figure' | 'label' | 'source'>
  | { blockType: 'steps'; heading: string; steps: Array<{ title: string; description: string }> }
  | (Pick<CallToActionBlock, 'blockType' | 'heading' | 'buttonLabel'> & { text?: string })
  | Pick<QuoteBlock, 'blockType' | 'text' | 'attribution'>
  | (Pick<AllowancesTableBlock, 'blockType' | 'heading' | 'fallback'> & { intro?: string });

/** A page's Welsh: its layout has exactly one entry per English block, in the English order. */
export interface WelshPage {
  title: string;
  slug: string;
  summary: string;
  layout: WelshBlock[];
}

// Every button opens the checker; its label is the one the sites' own Welsh uses (site-kit's checkIfYouCouldFoster).
const CHECK_IF_YOU_COULD_FOSTER = 'Gwiriwch a allech chi faethu';

/**
 * The sample pages (../pages/*.ts) in Welsh, keyed by each page's ENGLISH slug. "Step Down" is "Camu i Lawr", with the
 * English term in brackets where a page first names it; the Welsh slugs follow the Welsh titles, and none is one of
 * the sites' own Welsh addresses (gwirio, straeon, preifatrwydd, hygyrchedd). Bridge to Foster, Skills to Foster and
 * National Fostering Group are names and stay in English.
 */
export const welshPages: Record<string /* the ENGLISH slug */, WelshPage> = {
  'step-down-fostering': {
    title: 'Maethu Camu i Lawr',
    slug: 'maethu-camu-i-lawr',
    summary:
      'Tudalen enghreifftiol: beth mae’n ei olygu i faethu plentyn sy’n symud allan o gartref plant preswyl, ac i bwy mae’n addas.',
    layout: [
      {
        blockType: 'richText',
        prose: [
          'Mae rhai plant yn byw mewn cartrefi plant preswyl pan allai teulu gynnig mwy iddyn nhw. Maethu Camu i Lawr (Step Down) yw’r ffordd maen nhw’n symud at deulu: mae gofalwr maeth yn cynnig cartref tymor hir i blentyn sy’n barod i adael gofal preswyl.',
          'Mae’n well gan lawer o ofalwyr sôn am “gamu ar draws” yn hytrach na chamu i lawr. Cam tuag at fywyd teuluol ydyw, nid cam yn ôl.',
          { heading: 'Pwy yw’r plant' },
          'Mae’r rhan fwyaf rhwng 9 a 15 oed, ac mae llawer wedi byw mewn cartref plant ers blynyddoedd. Gall gadael y staff, y ffrindiau a’r drefn maen nhw’n eu hadnabod fod yn anodd, hyd yn oed i blentyn sydd wedi dyheu am deulu ers amser hir.',
        ],
      },
      {
        blockType: 'image',
        caption: 'Darlun enghreifftiol. Nid ydym byth yn dangos ffotograffau o blant mewn gofal.',
        imageAlt: 'Darlun haniaethol o ddau siâp meddal ochr yn ochr, mewn oren a melyn cynnes',
      },
      {
        blockType: 'quote',
        text: 'Mae’n fwy hamddenol yma na lle roeddwn i o’r blaen, ac mae gen i fwy o ryddid. Mae’n teimlo fel cartref.',
        attribution: 'Person ifanc a symudodd i fyw gyda gofalwyr maeth (dyfyniad enghreifftiol, geiriau wedi’u newid)',
      },
      {
        blockType: 'richText',
        prose: [
          { heading: 'Pwy all wneud hyn' },
          'Does dim angen i chi fod wedi maethu o’r blaen. Mae pobl sydd wedi gweithio mewn cartrefi plant neu ysgolion, ym maes iechyd neu yn yr heddlu yn aml yn gwneud yn dda, yn ogystal â phobl sydd wedi magu plant perthynas. Mae angen i chi fod yn 21 oed neu’n hŷn, bod ag ystafell wely sbâr a bod â’r hawl i fyw yn y DU.',
        ],
      },
      {
        blockType: 'callToAction',
        heading: 'Allech chi gynnig cartref teuluol i blentyn?',
        text: 'Bydd ychydig o gwestiynau’n dweud wrthych a allech chi faethu. Mae’n cymryd tua dau funud.',
        buttonLabel: CHECK_IF_YOU_COULD_FOSTER,
      },
    ],
  },

  'support-bridge-to-foster': {
    title: 'Cymorth: Bridge to Foster',
    slug: 'cymorth-bridge-to-foster',
    summary:
      'Tudalen enghreifftiol: y cymorth y mae pob gofalwr maeth Camu i Lawr yn ei gael, cyn i blentyn gyrraedd ac am ba hyd bynnag y bydd ei angen arnyn nhw.',
    layout: [
      {
        blockType: 'richText',
        prose: [
          'Bridge to Foster yw pecyn cymorth National Fostering Group ar gyfer gofalwyr a phlant sy’n symud o gartref plant at deulu. Mae’n dod mewn pedwar cam, o baratoi cyn i’r plentyn gyrraedd i ymgartrefu gyda’i gilydd ym mywyd y teulu.',
          'Mae ar gyfer:',
          {
            bullets: [
              'gofalwyr sydd wedi’u cymeradwyo ar gyfer maethu Camu i Lawr (Step Down)',
              'plant sy’n barod i symud ymlaen o gartref plant',
              'tîm preswyl y plentyn, sy’n helpu gyda’r symud',
            ],
          },
        ],
      },
      {
        blockType: 'keyFigure',
        figure: '85%',
        label: 'o’r plant sy’n cael cymorth gan Bridge to Foster yn llwyddo i symud o ofal preswyl at deulu maeth.',
        source: 'National Fostering Group, fel y nodir ar dudalen ymgyrch y Big Fostering Partnership',
      },
      {
        blockType: 'steps',
        heading: 'Beth mae’r cymorth yn ei gynnwys',
        steps: [
          {
            title: 'Cymorth dwys o’r dechrau',
            description:
              'Mae tîm penodol ar gyfer gofalwyr Camu i Lawr yn dod i’ch adnabod chi a’r plentyn cyn y symud, ac yn aros yn agos wrth i chi ymgartrefu.',
          },
          {
            title: 'Seicolegydd clinigol',
            description:
              'Mae cyngor arbenigol yn eich helpu i ddeall beth mae ymddygiad plentyn yn ei ddweud wrthych, a sut i ymateb.',
          },
          {
            title: 'Hyfforddiant',
            description:
              'Hyfforddiant cyn ac ar ôl i blentyn symud i mewn, yn ogystal â’r hyfforddiant y mae pob gofalwr maeth yn ei gael.',
          },
          {
            title: 'Help y tu allan i oriau swyddfa',
            description: 'Rhywun i’w ffonio am gyngor ar unrhyw adeg, gan gynnwys gyda’r nos ac ar benwythnosau.',
          },
          {
            title: 'Ffi uwch',
            description:
              'Ffi sy’n uwch na’r ffi ar gyfer maethu arferol, i gydnabod y sgiliau y mae’r rôl yn eu gofyn.',
          },
        ],
      },
      {
        blockType: 'quote',
        text: 'Gallen ni ffonio ar unrhyw awr, ac roedd rhywun bob amser yn ateb. Roedd hynny’n gwneud byd o wahaniaeth yn y misoedd cyntaf.',
        attribution: 'Gofalwr maeth Camu i Lawr (dyfyniad enghreifftiol)',
      },
      {
        blockType: 'callToAction',
        heading: 'Darganfyddwch a allech chi faethu',
        text: 'Atebwch ychydig o gwestiynau cyflym, yna gadewch eich manylion er mwyn i ni eich ffonio’n ôl.',
        buttonLabel: CHECK_IF_YOU_COULD_FOSTER,
      },
    ],
  },

  'allowances-and-fees': {
    title: 'Lwfansau a ffioedd',
    slug: 'lwfansau-a-ffioedd',
    summary:
      'Tudalen enghreifftiol gyda ffigurau enghreifftiol: sut mae gofalwyr maeth yn cael eu talu, a beth yw diben y lwfans a’r ffi.',
    layout: [
      {
        blockType: 'richText',
        prose: [
          'Mae pob gofalwr maeth yn cael dau fath o daliad. Mae’r lwfans yn talu am gostau’r plentyn: bwyd, dillad, teithio, arian poced a gweithgareddau. Mae’r ffi yn cydnabod eich amser a’ch sgiliau. Mae gofalwyr Camu i Lawr (Step Down) yn cael ffi uwch.',
        ],
      },
      {
        blockType: 'allowancesTable',
        heading: 'Lwfansau a ffioedd wythnosol lle rydych chi’n byw',
        intro: 'Telir am bob plentyn rydych yn ei faethu, yn ôl oedran y plentyn.',
        fallback:
          'Gofynnwch i ni beth fyddech chi’n ei gael: bydd ein tîm yn egluro’r lwfansau a’r ffioedd ar gyfer y cyngor y byddech chi’n maethu gydag ef.',
      },
      {
        blockType: 'richText',
        prose: [
          { heading: 'Treth a budd-daliadau' },
          'Mae’r rhan fwyaf o ofalwyr maeth yn talu fawr ddim treth incwm, neu ddim o gwbl, ar yr hyn maen nhw’n ei gael, diolch i ryddhad gofal cymwys. Gall maethu effeithio ar rai budd-daliadau: gofynnwch i ni, a byddwn yn eich helpu i wirio cyn i chi wneud cais.',
        ],
      },
      {
        blockType: 'callToAction',
        heading: 'Siaradwch â ni am beth fyddech chi’n ei gael',
        text: 'Gwiriwch a allech chi faethu, yna gofynnwch i ni am y lwfansau lle rydych chi’n byw.',
        buttonLabel: CHECK_IF_YOU_COULD_FOSTER,
      },
    ],
  },

  'from-enquiry-to-approval': {
    title: 'O ymholiad i gymeradwyaeth',
    slug: 'o-ymholiad-i-gymeradwyaeth',
    summary:
      'Tudalen enghreifftiol: beth sy’n digwydd ar ôl i chi gysylltu, gam wrth gam. Mae’r rhan fwyaf o bobl yn cael eu cymeradwyo o fewn pedwar i chwe mis.',
    layout: [
      {
        blockType: 'richText',
        prose: [
          'Mae dod yn ofalwr maeth yn cymryd ychydig fisoedd. Gallwch ofyn cwestiynau ar bob cam, a gallwch oedi neu roi’r gorau iddi ar unrhyw adeg.',
        ],
      },
      {
        blockType: 'steps',
        heading: 'Y camau',
        steps: [
          {
            title: 'Galwad o fewn un diwrnod gwaith',
            description:
              'Ar ôl i chi anfon eich ymholiad, bydd rhywun o’ch tîm lleol yn eich ffonio, fel arfer o fewn un diwrnod gwaith, i ateb eich cwestiynau cyntaf.',
          },
          {
            title: 'Ymweliad cartref',
            description:
              'Bydd gweithiwr cymdeithasol yn ymweld â chi gartref, o fewn tua wythnos yn ddelfrydol, i siarad am faethu a gweld yr ystafell a fyddai gan blentyn.',
          },
          {
            title: 'Eich cais',
            description: 'Os hoffech fwrw ymlaen, byddwch yn llenwi ffurflen gais. Dyma ddechrau’r asesiad ffurfiol.',
          },
          {
            title: 'Gwiriadau',
            description:
              'Rydym yn cynnal gwiriadau gyda’r heddlu, eich meddyg, eich cyngor lleol a phobl sy’n eich adnabod. Bydd penderfyniad ar y cam cyntaf hwn o fewn deg diwrnod gwaith ar ôl y gwiriad olaf.',
          },
          {
            title: 'Asesiad Ffurflen F a hyfforddiant Skills to Foster',
            description:
              'Bydd gweithiwr cymdeithasol yn cyfarfod â chi dros sawl wythnos i ysgrifennu eich asesiad (a elwir yn Ffurflen F), tra byddwch chi’n dilyn y cwrs Skills to Foster gyda gofalwyr newydd eraill.',
          },
          {
            title: 'Panel maethu',
            description:
              'Mae panel annibynnol yn darllen eich asesiad ac yn cyfarfod â chi, yna’n gwneud argymhelliad. Dylech gyrraedd y panel o fewn wyth mis i chi wneud cais.',
          },
          {
            title: 'Y penderfyniad',
            description:
              'Mae gwneuthurwr penderfyniadau’r gwasanaeth maethu yn ystyried argymhelliad y panel ac yn dweud wrthych a ydych wedi cael eich cymeradwyo.',
          },
        ],
      },
      {
        blockType: 'keyFigure',
        figure: '4–6 mis',
        label: 'yw’r amser y mae’r broses gyfan yn ei gymryd fel arfer, o’r ymholiad i’r gymeradwyaeth.',
        source: 'Amseroedd arferol a ddisgrifir yng ngweithdrefnau maethu cynghorau',
      },
      {
        blockType: 'callToAction',
        heading: 'Cymerwch y cam cyntaf',
        text: 'Gwiriwch a allech chi faethu. Os gallwch, gadewch eich manylion a byddwn yn eich ffonio.',
        buttonLabel: CHECK_IF_YOU_COULD_FOSTER,
      },
    ],
  },
};
