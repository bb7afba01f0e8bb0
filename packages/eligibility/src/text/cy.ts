import type { EligibilityWording } from './wording.ts';

/**
 * The checker and the enquiry form in Welsh (Cymraeg). A sample translation, written with care but to be checked by
 * a council's Welsh-language officer before a Welsh council goes live: every Welsh word of this package is in this
 * file. Yes and no follow the verb of each question (Ydw / Nac ydw, Oes / Nac oes, Byddai / Na fyddai), as Welsh
 * answers do; apostrophes are typographic (’), as in the English.
 */
export const cy: EligibilityWording = {
  questions: {
    postcode: {
      question: 'Beth yw eich cod post?',
      label: 'Cod post',
      hint: (example) =>
        `Rydym yn ei ddefnyddio i’ch rhoi mewn cysylltiad â’r tîm maethu sy’n gwasanaethu’r ardal lle rydych yn byw. Er enghraifft, ${example}.`,
      missing: 'Rhowch eich cod post',
      invalid: (example) => `Rhowch god post go iawn yn y DU, fel ${example}`,
    },
    age: {
      question: 'Ydych chi’n 21 oed neu’n hŷn?',
      hint: 'Mae’r bartneriaeth yn gofyn i ofalwyr maeth fod yn 21 oed o leiaf.',
      missing: 'Dewiswch ‘Ydw’ os ydych chi’n 21 oed neu’n hŷn',
      options: { yes: 'Ydw', no: 'Nac ydw' },
    },
    bedroom: {
      question: 'Oes gennych chi ystafell wely sbâr a fyddai’n ystafell i’r plentyn ei hun?',
      hint: 'Mae angen ystafell ei hun ar blentyn sy’n symud o gartref plant.',
      missing: 'Dewiswch a oes gennych ystafell wely sbâr',
      options: { yes: 'Oes', 'moving-soon': 'Dim eto, ond rwy’n symud cyn bo hir i rywle sydd ag un', no: 'Nac oes' },
    },
    rightToLive: {
      question: 'Oes gennych chi’r hawl i fyw yn y DU?',
      missing: 'Dewiswch a oes gennych yr hawl i fyw yn y DU',
      options: {
        settled: 'Oes, rwy’n ddinesydd Prydeinig neu Wyddelig neu mae gen i statws preswylydd sefydlog',
        'time-limited': 'Oes, ond mae fy nghaniatâd i aros am gyfnod cyfyngedig',
        none: 'Nac oes',
      },
    },
    home: {
      question: 'Ydych chi’n berchen ar eich cartref neu’n ei rentu?',
      hint: 'Mae rhentu’n iawn. Os ydych yn rhentu’n breifat, bydd angen i’ch landlord gytuno.',
      missing: 'Dewiswch a ydych yn berchen ar eich cartref neu’n ei rentu',
      options: {
        own: 'Rwy’n berchen arno (gyda morgais neu hebddo)',
        'social-rent': 'Rwy’n rhentu gan gyngor neu gymdeithas dai',
        'private-rent-consent': 'Rwy’n rhentu’n breifat ac mae fy landlord yn cytuno i mi faethu',
        'private-rent': 'Rwy’n rhentu’n breifat a heb ofyn i’m landlord eto',
        lodger: 'Rwy’n byw yng nghartref rhywun arall fel lletywr',
      },
    },
    convictions: {
      question: 'A oes unrhyw un yn eich cartref erioed wedi cael rhybudd swyddogol neu euogfarn am drosedd?',
      hint: 'Atebwch ‘Oes’ neu ‘Nac oes’ yn unig. Peidiwch â rhoi unrhyw fanylion yma: byddwn yn siarad am hyn yn gyfrinachol.',
      missing: 'Dewiswch ‘Oes’ os oes unrhyw un yn eich cartref wedi cael rhybudd swyddogol neu euogfarn',
      options: { no: 'Nac oes', yes: 'Oes' },
    },
    smoking: {
      question: 'A oes unrhyw un yn eich cartref yn ysmygu neu’n fepio?',
      missing: 'Dewiswch ‘Oes’ os oes unrhyw un yn eich cartref yn ysmygu neu’n fepio',
      options: { no: 'Nac oes', yes: 'Oes' },
    },
    daytime: {
      question: 'A fyddai rhywun yn eich cartref ar gael yn ystod y dydd?',
      hint: 'Ar gyfer cyfarfodydd, yr ysgol ac apwyntiadau. Mae llawer o ofalwyr maeth yn gweithio.',
      missing: 'Dewiswch a fyddai rhywun ar gael yn ystod y dydd',
      options: {
        'at-home': 'Byddai, mae un ohonom gartref fel arfer',
        flexible: 'Byddai, rydw i neu fy mhartner yn gweithio’n hyblyg neu’n rhan-amser',
        'full-time': 'Na fyddai, mae pawb yn gweithio’n llawn amser heb hyblygrwydd',
      },
    },
    pets: {
      question: 'Oes gennych chi unrhyw anifeiliaid anwes?',
      hint: 'Mae’r rhan fwyaf o anifeiliaid anwes yn iawn. Rydym yn ystyried pob anifail anwes yn rhan o’r asesiad.',
      missing: 'Dewiswch a oes gennych unrhyw anifeiliaid anwes',
      options: {
        none: 'Dim anifeiliaid anwes',
        some: 'Oes, anifeiliaid anwes cyffredin',
        'three-plus-dogs': 'Oes, tri chi neu fwy',
        'banned-breed': 'Oes, ci o frîd sydd wedi’i wahardd yn y DU',
      },
    },
    experience: {
      question: 'Oes gennych chi brofiad o ofalu am blant neu bobl ifanc yn eu harddegau, neu o weithio gyda nhw?',
      hint: 'Er enghraifft fel rhiant, fel perthynas, yn y gwaith neu fel gwirfoddolwr.',
      missing: 'Dewiswch a oes gennych brofiad gyda phlant neu bobl ifanc yn eu harddegau',
      options: { yes: 'Oes', no: 'Nac oes' },
    },
  },
  answerNotText: '(rhaid i’r ateb fod yn destun)',
  reasons: {
    postcode: {
      inside: 'Rydych yn byw mewn ardal y mae’r tîm maethu hwn yn ei gwasanaethu.',
      outside: (phone) =>
        `Mae eich cod post y tu allan i ardal y tîm hwn. Gallwn eich helpu i ddod o hyd i’ch gwasanaeth maethu lleol er hynny, neu ffoniwch Fosterline am ddim ar ${phone}.`,
    },
    age: {
      yes: 'Rydych yn 21 oed neu’n hŷn.',
      no: 'Mae angen i ofalwyr maeth yn y bartneriaeth fod yn 21 oed o leiaf. Byddem wrth ein bodd yn clywed gennych pan fyddwch chi.',
    },
    bedroom: {
      yes: 'Mae gennych ystafell wely sbâr i blentyn.',
      'moving-soon': 'Bydd angen ystafell wely ei hun ar blentyn. Siaradwch â ni am amseru eich symud.',
      no: 'Mae angen ystafell wely ei hun ar blentyn sy’n symud allan o gartref plant, felly efallai na allwch faethu eto.',
    },
    rightToLive: {
      settled: 'Mae gennych yr hawl i fyw yn y DU.',
      'time-limited':
        'Nid yw caniatâd i aros am gyfnod cyfyngedig yn eich atal. Mae angen i ni siarad am ba mor hir y mae eich caniatâd yn para.',
      none: 'Mae angen yr hawl i fyw yn y DU ar ofalwyr maeth.',
    },
    home: {
      own: 'Mae bod yn berchen ar eich cartref neu ei rentu yn iawn.',
      'social-rent': 'Mae bod yn berchen ar eich cartref neu ei rentu yn iawn.',
      'private-rent-consent': 'Mae bod yn berchen ar eich cartref neu ei rentu yn iawn.',
      'private-rent': 'Mae rhentu’n iawn, ond bydd angen i’ch landlord gytuno i chi faethu.',
      lodger: 'Mae angen cartref sefydlog ar blentyn. Siaradwch â ni am eich trefniadau byw.',
    },
    convictions: {
      no: 'Does gan neb yn eich cartref rybudd swyddogol nac euogfarn.',
      yes: 'Nid yw’r rhan fwyaf o rybuddion ac euogfarnau yn eich atal rhag maethu. Byddwn yn trafod hyn gyda chi’n gyfrinachol.',
    },
    smoking: {
      no: 'Does neb yn eich cartref yn ysmygu nac yn fepio.',
      yes: 'Nid yw ysmygu neu fepio yn eich atal rhag maethu plant hŷn, ond byddwn yn siarad am hyn gyda chi.',
    },
    daytime: {
      'at-home': 'Gall rhywun fod ar gael yn ystod y dydd.',
      flexible: 'Gall rhywun fod ar gael yn ystod y dydd.',
      'full-time':
        'Mae angen rhywun o gwmpas yn ystod y dydd ar blant sy’n symud o ofal preswyl. Siaradwch â ni am hyblygrwydd.',
    },
    pets: {
      none: 'Dim anifeiliaid anwes, felly does dim i’w asesu yno.',
      some: 'Mae croeso i anifeiliaid anwes, ac rydym yn eu hystyried yn yr asesiad.',
      'three-plus-dogs': 'Mae asesiad anifeiliaid anwes arbenigol ar gyfer cartrefi â thri chi neu fwy.',
      'banned-breed': 'Ni ellir cymeradwyo cartref â chi o frîd gwaharddedig tra bo’r ci yn byw yno.',
    },
    experience: {
      yes: 'Mae gennych brofiad gyda phlant neu bobl ifanc yn eu harddegau.',
      no: 'Does dim angen profiad maethu arnoch. Byddwn yn siarad am ffyrdd o gael rhywfaint o brofiad gyda phobl ifanc.',
    },
  },
  outcomeHeadings: {
    'likely-eligible': 'Efallai y gallwch faethu',
    'talk-to-us': 'Efallai y gallwch faethu: siaradwch â ni yn gyntaf',
    'not-eligible-now': 'Efallai na allwch faethu eto',
  },
  nextSteps: {
    'likely-eligible':
      'Gadewch eich manylion a bydd rhywun o’r tîm maethu yn eich ffonio, fel arfer o fewn un diwrnod gwaith.',
    'talk-to-us':
      'Gadewch eich manylion a bydd rhywun o’r tîm maethu yn eich ffonio i drafod. Does dim byd yma yn eich atal.',
    'not-eligible-now':
      'Mae pethau’n newid. Gadewch eich manylion a byddwn yn cadw mewn cysylltiad, fel y byddwch yn clywed gennym pan allai’r amser fod yn iawn.',
  },
  contactFields: {
    fullName: { label: 'Enw llawn', hint: null },
    email: {
      label: 'Cyfeiriad e-bost',
      hint: 'Dim ond i gysylltu â chi am faethu y byddwn yn defnyddio hwn, a byddwn yn anfon eich cyfeirnod atoch drwy e-bost.',
    },
    phone: { label: 'Rhif ffôn', hint: 'Bydd y tîm yn eich ffonio ar y rhif hwn.' },
  },
  callTime: {
    legend: 'Pryd mae’n amser da i ffonio? (dewisol)',
    hint: 'Byddwn yn ceisio eich ffonio bryd hynny.',
    options: { morning: 'Bore', afternoon: 'Prynhawn', evening: 'Gyda’r nos', any: 'Unrhyw bryd' },
  },
  consent: {
    legend: 'Sut rydym yn defnyddio eich manylion',
    label: 'Rwy’n cytuno i rywun gysylltu â mi am faethu',
    text: ({ dataController, agency }) =>
      // "Y ac X" or "Y a X" depends on the name that follows (and "a" mutates it): the agency follows a noun instead.
      `Dim ond i gysylltu â chi am faethu y bydd ${dataController} yn defnyddio’r manylion hyn a’ch atebion, gyda’r asiantaeth ${agency}.`,
    notice: {
      before: 'Darllenwch yr ',
      link: 'hysbysiad preifatrwydd',
      after: ' i weld am ba hyd rydym yn eu cadw a beth yw eich hawliau.',
    },
  },
  emailUpdates: {
    legend: 'E-byst am faethu (dewisol)',
    label: (partnerName) => `Anfonwch e-byst ataf am ddigwyddiadau gwybodaeth a straeon gofalwyr gan ${partnerName}`,
    hint: 'Ni fyddwn byth yn rhannu eich cyfeiriad. Mae dolen ym mhob e-bost sy’n eu hatal ar unwaith.',
  },
  contactMessages: {
    fullName: {
      missing: 'Rhowch eich enw llawn',
      tooLong: (limit) => `Rhaid i’r enw llawn fod yn ${limit} nod neu lai`,
    },
    email: {
      missing: 'Rhowch eich cyfeiriad e-bost',
      invalid: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
    },
    phone: { missing: 'Rhowch rif ffôn', invalid: 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982' },
    callTime: { invalid: 'Dewiswch amser o’r rhestr, neu gadewch hwn yn wag' },
    consent: { missing: 'Cadarnhewch eich bod yn cytuno i rywun gysylltu â chi am faethu' },
    emailUpdates: {
      invalid: 'Ticiwch y blwch i gael e-byst am ddigwyddiadau a straeon, neu gadewch ef heb ei dicio',
    },
  },
  controlCharacter: (label, lines) => {
    const examples =
      lines === 'single'
        ? 'fel NUL, tab neu doriad llinell'
        : 'fel NUL neu god dianc; mae toriadau llinell a thabiau’n iawn';
    return `Mae’r maes ‘${label}’ yn cynnwys nod rheoli cudd (${examples}), na ellir ei gadw. Teipiwch ef eto, yna rhowch gynnig arall arni.`;
  },
  confirmation: {
    title: 'Mae eich ymholiad wedi’i anfon',
    heading: 'Diolch, mae gennym eich manylion',
    referenceLabel: 'Eich cyfeirnod',
    whatHappensNext: 'Beth sy’n digwydd nesaf',
    // The team is the subject of the sentences below, never after a preposition, so no mutation is ever needed.
    ownTeam: (shortName) => `Tîm maethu ${shortName}`,
    namedTeam: (name) => `Tîm maethu ${name}`,
    areaTeam: 'Y tîm maethu ar gyfer eich ardal',
    callBack: (team) =>
      `${team} fydd yn eich ffonio, fel arfer o fewn un diwrnod gwaith. Byddant yn siarad am faethu, yn ateb eich cwestiynau ac, os hoffech chi, yn trefnu ymweliad.`,
    keepInTouch: (team) =>
      `${team} fydd yn cadw eich manylion ac yn cysylltu pan allai’r amser fod yn iawn i chi faethu. Ni fyddant yn eich ffonio am yr ymholiad hwn.`,
    ringUs: (phone) => `Os byddai’n well gennych ein ffonio ni, ffoniwch ${phone} a rhowch eich cyfeirnod.`,
    alsoEmailed: 'Rydym hefyd wedi anfon y cyfeirnod hwn atoch drwy e-bost.',
    result: (outcomeHeading) => `Eich canlyniad: ${outcomeHeading}`,
    keepInTouchNote:
      'Mae pethau’n newid. Byddwn yn cadw mewn cysylltiad, fel y byddwch yn clywed gennym pan allai’r amser fod yn iawn.',
    talkToUsNote: 'Mae rhai o’ch atebion yn werth eu trafod. Does dim byd yma yn eich atal.',
    backHome: 'Yn ôl i’r hafan',
  },
  confirmationEmail: {
    subject: (reference) => `Eich ymholiad maethu ${reference}`,
    thanks: (partnerName) => `Diolch am eich ymholiad am faethu gyda ${partnerName}.`,
    reference: (reference) => `Eich cyfeirnod yw ${reference}.`,
    callBack: (shortName) =>
      `Bydd rhywun o dîm maethu ${shortName} yn eich ffonio o fewn un diwrnod gwaith am sgwrs anffurfiol.`,
    keepInTouch: (shortName) =>
      `Bydd tîm maethu ${shortName} yn cadw eich manylion ac yn cysylltu pan allai’r amser fod yn iawn i chi faethu. Fydd neb yn eich ffonio am yr ymholiad hwn.`,
    ringUs: (phone) => `Os hoffech siarad yn gynt, ffoniwch ${phone} a rhowch eich cyfeirnod.`,
    dataController: (controllerName) =>
      `Mae ${controllerName} yn cadw eich manylion er mwyn ymateb i’ch ymholiad. Os nad chi wnaeth yr ymholiad hwn, atebwch i ddweud wrthym a byddwn yn ei ddileu.`,
  },
};
