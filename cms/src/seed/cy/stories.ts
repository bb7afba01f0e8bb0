// Sample translation, to be checked by a Welsh speaker before launch.

/**
 * The two sample stories in Welsh (Cymraeg), paragraph for paragraph with ../stories/tegans-story.ts and
 * ../stories/maliks-story.ts, so each Welsh paragraph says what the English one at the same place says. Only the
 * texts a Welsh page shows are here: the stories' safeguarding records, images and partners stay as the English ones
 * are. The slugs follow the Welsh titles ("Stori Tegan" → stori-tegan), lower-case ASCII as every slug is.
 */
export interface WelshStory {
  title: string;
  slug: string;
  summary: string;
  paragraphs: string[];
}

export const tegansStoryCy: WelshStory = {
  title: 'Stori Tegan',
  slug: 'stori-tegan',
  summary:
    'Ar ôl blynyddoedd mewn cartref plant, symudodd Tegan i fyw gyda theulu maeth. Mae hi’n sôn am ddysgu teimlo’n gartrefol.',
  paragraphs: [
    'Roedd Tegan wedi byw mewn cartref plant am amser hir. Roedd hi’n adnabod y staff a’r drefn, ac roedd y syniad o symud at deulu yn teimlo’n gyffrous ac yn codi ofn arni ar yr un pryd.',
    'Fe wnaeth ei gofalwyr maeth ei chyfarfod sawl gwaith cyn iddi symud. Buon nhw’n ymweld â’r cartref, yn mynd i fowlio gyda’i gilydd ac yn gadael i Tegan ddewis lliw ei hystafell wely newydd. Digwyddodd y symud fesul cam bach, felly doedd dim byd yn sioc iddi.',
    'Doedd y misoedd cyntaf ddim bob amser yn hawdd. Roedd Tegan yn profi’r rheolau ac weithiau’n gwthio ei gofalwyr i ffwrdd. Gyda chymorth therapydd a gweithiwr cymdeithasol goruchwyliol a oedd bob amser ar ben arall y ffôn, llwyddodd ei gofalwyr i aros yn bwyllog a dal ati i fod yno iddi.',
    '“Mae’n fwy hamddenol yma na lle roeddwn i o’r blaen,” meddai Tegan. “Mae gen i fwy o ryddid, a dwi’n gwybod nad ydyn nhw’n mynd i unman.”',
    'Stori enghreifftiol yw hon. Mae enwau a manylion wedi’u newid.',
  ],
};

export const maliksStoryCy: WelshStory = {
  title: 'Stori Malik',
  slug: 'stori-malik',
  summary:
    'Doedd gofalwyr Malik erioed wedi maethu o’r blaen. Gyda thîm Bridge to Foster y tu ôl iddyn nhw, fe roeson nhw gartref teuluol iddo.',
  paragraphs: [
    'Pan wnaeth gofalwyr Malik ymholi am y tro cyntaf, roedden nhw’n poeni nad oedd ganddyn nhw unrhyw brofiad o faethu. Roedd un wedi gweithio mewn clwb ieuenctid am flynyddoedd; roedd y llall wedi helpu i fagu cefndryd a chyfnitherod iau. Daeth yn amlwg bod hynny’n bwysicach nag yr oedden nhw wedi’i ddisgwyl.',
    'Cyn i Malik gyrraedd, fe wnaethon nhw gwblhau eu hyfforddiant a dod i adnabod y tîm arbenigol a fyddai’n eu cefnogi. Cawson nhw wybod yn onest y gallai’r wythnosau cyntaf fod yn anodd, ac felly y bu.',
    'Roedd Malik yn ei chael hi’n anodd ymddiried mewn oedolion, ac roedd yn cael trafferth pan fyddai ei drefn yn newid. Gallai ei ofalwyr ffonio am gyngor ar unrhyw awr, ac fe wnaeth seicolegydd eu helpu i ddeall beth roedd ei ymddygiad yn ei ddweud wrthyn nhw.',
    'Flwyddyn yn ddiweddarach, mae Malik yn chwarae pêl-droed bob dydd Sadwrn, mae ei ffrindiau’n dod draw ar ôl ysgol ac mae’n siarad am ei ofalwyr fel teulu. “Fe ddysgon ni gymaint ag e,” medden nhw.',
    'Stori enghreifftiol yw hon. Mae enwau a manylion wedi’u newid.',
  ],
};

/** The Welsh alt text of each story's image (../stories/*: teganImage.alt, malikImage.alt). */
export const teganImageAltCy = 'Darlun haniaethol mewn arlliwiau cynnes o oren a phinc';
export const malikImageAltCy = 'Darlun haniaethol mewn arlliwiau tawel o las a gwyrdd';
