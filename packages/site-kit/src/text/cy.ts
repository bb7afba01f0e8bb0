import type { SiteWording } from './wording.ts';

/**
 * The partner sites' pages in Welsh (Cymraeg): a sample translation, written with care but to be checked by a
 * council's Welsh-language officer before a Welsh council goes live. Every Welsh word of site-kit's own pages and
 * components is in this file. Names (the partner's, the agency's, the Big Fostering Partnership, Fosterline) stay as
 * they are, so sentences are built where a name needs no mutation ("yn ardal Dudley", "tîm maethu Dudley"). The
 * checker's words agree with @bfp/eligibility-form's ("Gwiriwch a allech chi faethu", "Mae problem wedi codi",
 * "Gwall:"); apostrophes are typographic (’), as in the English.
 */
export const cy: SiteWording = {
  openGraphLocale: 'cy_GB',
  siteName: (shortName) => `Maethu ${shortName}`,
  previewBanner: 'Rhagolwg: mae’r dudalen hon yn cynnwys drafftiau sydd heb eu cyhoeddi. Nid dyma’r wefan fyw.',
  breadcrumbs: { label: 'Briwsion bara', home: 'Hafan' },
  checkIfYouCouldFoster: 'Gwiriwch a allech chi faethu',
  errorPrefix: 'Gwall:',
  home: {
    title: 'Maethu plentyn sy’n symud ymlaen o gartref plant',
    partnership: (agency) =>
      `Mae ${agency} yn gweithio gyda chynghorau’r bartneriaeth i ddod o hyd i ofalwyr maeth yn agos atoch chi.`,
    council: (name, agency, shortName) =>
      `Mae ${name} yn gweithio gyda ${agency} i ddod o hyd i ofalwyr maeth yn ardal ${shortName}.`,
  },
  notFound: {
    title: 'Tudalen heb ei chanfod',
    description: 'Nid oedd modd dod o hyd i’r dudalen roeddech chi’n chwilio amdani.',
    help: 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
    homeLink: (shortName) => `Ewch i hafan maethu ${shortName}`,
  },
  accessibility: {
    title: 'Datganiad hygyrchedd',
    description: (shortName) => `Datganiad hygyrchedd ar gyfer gwefan maethu ${shortName}.`,
    intro: (name, agency) =>
      `Mae’r wefan hon yn cael ei rhedeg gan ${name} gyda ${agency}. Rydym am i gymaint o bobl â phosibl allu ei defnyddio: dylech allu chwyddo hyd at 400% heb golli cynnwys, llywio gan ddefnyddio bysellfwrdd yn unig, a defnyddio darllenydd sgrin.`,
    howAccessible: {
      heading: 'Pa mor hygyrch yw’r wefan hon',
      text: 'Rydym yn profi pob tudalen yn erbyn Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2 ar lefel AA, gyda gwiriadau awtomatig bob tro y byddwn yn cyhoeddi fersiwn newydd.',
    },
    reporting: {
      heading: 'Rhoi gwybod am broblemau a gofyn am fformatau eraill',
      before:
        'Os byddwch yn dod o hyd i broblem neu os oes angen gwybodaeth arnoch mewn fformat arall, anfonwch e-bost at ',
      after: (phone) => ` neu ffoniwch ${phone}.`,
    },
    enforcement: {
      heading: 'Y weithdrefn orfodi',
      text: 'Y Comisiwn Cydraddoldeb a Hawliau Dynol sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Os nad ydych yn fodlon â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).',
    },
  },
  privacy: {
    title: 'Hysbysiad preifatrwydd',
    description: (dataController) =>
      `Sut mae ${dataController} yn defnyddio’r manylion rydych yn eu rhoi pan fyddwch yn holi am faethu.`,
    heading: 'Hysbysiad preifatrwydd ar gyfer ymholiadau maethu',
    version: (noticeVersion) => `Fersiwn ${noticeVersion}`,
    responsible: {
      heading: 'Pwy sy’n gyfrifol am eich data',
      text: (dataController, agency) =>
        `${dataController} yw’r rheolydd data ar gyfer ymholiadau a wneir ar y wefan hon. Mae’n gweithio gyda ${agency} fel rhan o’r Big Fostering Partnership, ac mae’r ddau sefydliad yn defnyddio eich manylion i ymateb i’ch ymholiad am faethu yn unig.`,
    },
    collect: {
      heading: 'Beth rydym yn ei gasglu a pham',
      text: 'Pan fyddwch yn defnyddio’r gwiriwr ac yn gadael eich manylion, rydym yn cadw eich atebion, eich enw, eich cyfeiriad e-bost a’ch rhif ffôn, a’r dyddiad y gwnaethoch gytuno i ni gysylltu â chi. Rydym yn eu defnyddio i’ch ffonio’n ôl, fel arfer o fewn un diwrnod gwaith, ac i siarad ynghylch a yw maethu’n addas i chi. Nid ydym yn gofyn am eich iechyd, eich crefydd na’ch rhywioldeb.',
    },
    keep: {
      heading: 'Am ba hyd rydym yn ei gadw',
      // A noun after a number stays singular in Welsh: "12 mis".
      text: (retentionMonths) =>
        `Os na fydd eich ymholiad yn mynd ymhellach, byddwn yn dileu neu’n anonymeiddio eich manylion ${retentionMonths} mis ar ôl y tro diwethaf i chi gysylltu â ni.`,
    },
    rights: {
      heading: 'Eich hawliau',
      // "Anfonwch e-bost at": "Cysylltwch â" would have to become "ag" before an address starting with a vowel.
      before: 'Gallwch ofyn am gael gweld, cywiro neu ddileu eich manylion ar unrhyw adeg. Anfonwch e-bost at ',
      after: '. Gallwch hefyd gwyno i Swyddfa’r Comisiynydd Gwybodaeth.',
    },
    fullNotice: {
      before: 'Darllenwch ',
      link: (dataController) => `hysbysiad preifatrwydd llawn ${dataController}`,
      after: '.',
    },
  },
  story: { sample: 'Stori enghreifftiol: mae enwau a manylion wedi’u newid' },
  contactCallout: {
    heading: 'Allech chi faethu?',
    text: 'Atebwch ychydig o gwestiynau i weld a allech chi faethu, yna gadewch eich manylion er mwyn i ni eich ffonio’n ôl.',
    call: { before: (shortName) => `Neu ffoniwch dîm maethu ${shortName} ar `, after: '.' },
  },
  events: { online: 'Ar-lein', bookAPlace: 'Archebu lle' },
  finder: {
    heading: 'Dewch o hyd i’ch tîm maethu lleol',
    councils: 'Cynghorau yn y bartneriaeth',
    districts: (shown, more) => `(codau post ${shown}${more ? ' a mwy' : ''})`,
    label: 'Eich cod post',
    hint: 'Byddwn yn mynd â chi at y tîm maethu ar gyfer yr ardal lle rydych yn byw. Er enghraifft, ST16 3AA.',
    submit: 'Dod o hyd i fy nhîm lleol',
    problem: 'Mae problem wedi codi',
    invalidPostcode: 'Rhowch god post go iawn yn y DU, fel ST16 3AA',
    description: 'Dewch o hyd i’r tîm maethu ar gyfer yr ardal lle rydych yn byw.',
    outside: {
      title: 'Nid oes cyngor yn gwasanaethu eich cod post eto',
      heading: 'Nid oes cyngor yn y bartneriaeth yn gwasanaethu eich cod post eto',
      fosterline: {
        before: (fosterlinePhone) =>
          `Gallwch faethu o hyd. Ffoniwch Fosterline am ddim ar ${fosterlinePhone} i ddod o hyd i wasanaethau maethu yn agos atoch chi, neu `,
        link: 'gwiriwch a allech chi faethu',
        after: (agency) => ` a bydd ${agency} yn eich ffonio’n ôl.`,
      },
      tryAnother: 'Rhowch gynnig ar god post arall',
    },
    redirect: {
      title: (shortName) => `Eich tîm lleol: ${shortName}`,
      description: (councilName) => `Mae ${councilName} yn gwasanaethu eich cod post.`,
      heading: (councilName) => `${councilName} sy’n gwasanaethu eich cod post`,
      link: (shortName) => `Ewch i wefan maethu ${shortName}`,
    },
  },
};
