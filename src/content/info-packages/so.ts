/** Somali translation of the information package (source: nb.ts). */
import type { LanguageTexts } from './sections.ts';

export const so: LanguageTexts = {
  translation: {
    status: 'draft',
    note: 'Utkast oversatt av utviklerne fra bokmål. Ikke gjennomgått av en kvalifisert oversetter.',
  },
  sections: {
    'what-is-guidance': {
      heading: 'Waa maxay hagitaanka xirfadda?',
      paragraphs: [
        'Hagitaanka xirfaddu waa wada hadal ku saabsan shaqada iyo waxbarashada.',
        'Waxaad la hadlaysaa lataliye xirfadeed. Lataliyuhu wuxuu ka shaqeeyaa xarunta hagitaanka xirfadda ee gobolka.',
        'Waxaad ka wada hadlaysaan waxaad taqaanno iyo waxaad rabto. Waxaad wada eegaysaan fursadahaaga Noorway.',
        'Ujeeddadu waa inaad shaqo ama waxbarasho ku doorato aqoon wanaagsan.',
      ],
    },
    'session-what-happens': {
      heading: 'Maxaa ka dhaca wada hadalka?',
      paragraphs: [
        'Degmadu waxay kuu qabanaysaa ballan. Waxaa laguu sheegi doonaa waqtiga iyo goobta.',
        'Wada hadalku wuxuu noqon karaa degmada, xarunta hagitaanka ama muuqaal.',
        'Wada hadalku badanaa wuxuu qaataa qiyaastii hal saac. Mararka qaarkood lataliyaha barnaamijkaaga ayaa sidoo kale ka qayb gala.',
        'Lataliyuhu wuxuu ku weydiinayaa dugsiga, shaqada iyo waxaad rabto. Waxaad weydiin kartaa wax kasta oo aad rabto inaad ogaato.',
        'Meelaha qaarkood waxaad helaysaa laba wada hadal. Meelaha qaarkood waxaa sidoo kale jira hagitaan koox ah.',
      ],
    },
    'session-interpreter': {
      heading: 'Waxaad heli kartaa turjubaan',
      paragraphs: [
        'Waxaad wada hadalka ku heli kartaa turjubaan. Adigu lacag kuma bixinaysid turjubaanka.',
        'U sheeg degmada luqadda aad rabto inaad ku hadasho.',
        'Turjubaanka iyo lataliyaha waxaa saaran waajibka qarsoodiga.',
        'Sheeg haddii aadan fahmin turjubaanka.',
      ],
    },
    'session-after': {
      heading: 'Wada hadalka kadib',
      paragraphs: [
        'Wada hadalka kadib lataliyuhu wuxuu qorayaa qoraal.',
        'Qoraalku wuxuu yeelan karaa talo ku saabsan shaqo ama waxbarasho. Degmadu way helaysaa qoraalka.',
        'Taladu ma aha go’aan. Degmadu waxay barnaamijkaaga kula qorsheynaysaa adiga.',
        'Lataliyuhu wuxuu sidoo kale kuu soo diri karaa xiriirro iyo macluumaad iimayl ahaan.',
        'Qofna kuuma ballan qaadi karo shaqo gaar ah ama boos dugsi.',
      ],
    },
    'right-and-duty': {
      heading: 'Waxaad xaq iyo waajib u leedahay hagitaanka xirfadda',
      paragraphs: [
        'Waxaad xaq iyo waajib u leedahay hagitaanka xirfadda. Tan waxaa ku qoran qodobka 11 ee sharciga is-dhexgalka.',
        'Tani waxay khuseysaa qaxootiga iyo qoysaskooda da’doodu u dhaxayso 18 iyo 55 sano.',
        'Waajib waxay ka dhigan tahay inaad timaaddo wada hadalka.',
        'Ma iman kartid? U sheeg lataliyaha barnaamijkaaga sida ugu dhakhsaha badan.',
        'Mararka qaarkood waxaa fiican in hagitaanka dib loo dhigo. Markaas degmadu waxay qorshahaaga ku qoraysaa qiyaas ahaan goorta uu dhici doono.',
      ],
    },
    'right-only': {
      heading: 'Waxaad xaq u leedahay hagitaanka xirfadda, laakiin waajib ma aha',
      paragraphs: [
        'Waxaad xaq u leedahay hagitaanka xirfadda. Waajib kuma aha.',
        'Tani waxay ku khuseysaa haddii aad haysato ilaalin wadareed ku meel gaar ah. Tusaale ahaan waxay khuseysaa dad badan oo ka yimid Ukraine.',
        'Adiga ayaa go’aansanaya inaad rabto hagitaan iyo in kale.',
        'Hagitaanku wuxuu noqon karaa koox aad la joogto dad kale.',
      ],
    },
    'guidance-for-everyone': {
      heading: 'Qof kastaa wuxuu heli karaa hagitaan xirfadeed oo bilaash ah',
      paragraphs: [
        'Qof kasta oo gobol ku nool wuxuu xarunta hagitaanka ka heli karaa hagitaan bilaash ah.',
        'Waxaad sidoo kale la sheekeysan kartaa ama wici kartaa karriereveiledning.no.',
        'Waxaad hagitaan codsan kartaa mar dambe sidoo kale. Tusaale ahaan marka barnaamijkaagu dhammaanayo.',
      ],
    },
    'where-to-ask': {
      heading: 'Xaggee wax ka weydiin kartaa?',
      paragraphs: [
        'Weydii lataliyaha barnaamijkaaga ee degmada.',
        'Waxaad sidoo kale weydiin kartaa xarunta hagitaanka ee gobolkaaga.',
        'Markaad wax weydiinayso waxaad codsan kartaa turjubaan.',
        'Xeerarku way isbeddeli karaan. Weydii haddii aadan hubin waxa ku khuseeya.',
      ],
    },
    'education-system-overview': {
      heading: 'Dugsiga iyo waxbarashada Noorway',
      paragraphs: [
        'Dugsiga aasaasiga ah («grunnskole») wuxuu qaataa toban sano. Carruurtu waxay dhigtaa lix jir ilaa 16 jir.',
        'Kadib waxaa yimaada dugsiga sare («videregående»). Badanaa wuxuu qaataa saddex ama afar sano.',
        'Dugsiga sare wuxuu ku siin karaa u-qalmid waxbarasho sare, ama shahaado xirfadeed («fagbrev»). U-qalmidda waxbarasho sare waxaad ku codsan kartaa jaamacadaha.',
        'Dugsiga sare kadib waxaad wax ku baran kartaa jaamacad, kulliyad ama kulliyad xirfadeed.',
        'Dadka waaweyn waxay sidoo kale dhigan karaan dugsiga aasaasiga iyo dugsiga sare. Waxbarashadu waa bilaash dadka waaweyn ee xaqa u leh.',
      ],
    },
    'education-system-no-schooling': {
      heading: 'Waxaad baran kartaa akhris iyo qoris',
      paragraphs: [
        'Dad waaweyn oo badan oo Noorway jooga ayaa dugsi dhigta.',
        'Waxaad baran kartaa akhris iyo qoris.',
        'Degmadu waxay leedahay dugsi aasaasi ah oo dadka waaweyn loogu talagalay.',
        'Uma baahnid inaad taqaanno af-Noorwiijiga ka hor intaadan bilaabin.',
        'Dugsigu wuxuu qayb ka noqon karaa barnaamijka hordhaca.',
        'Barashadu waqti ayay qaadataa. Taasi waa caadi.',
      ],
    },
    'education-system-primary': {
      heading: 'Dhammaystirka dugsiga aasaasiga adigoo qof weyn ah',
      paragraphs: [
        'Ma dhigatay dugsi dhowr sano? Markaas waxaad degmada ku dhammaystiri kartaa dugsiga aasaasiga ee dadka waaweyn.',
        'Ka hor intaadan bilaabin, waxaa laguu soo bandhigayaa qiimeyn ku saabsan waxaad hore u taqaanay.',
        'Degmadu kuguma shardiyi karto inaad taqaanno af-Noorwiijiga ka hor intaadan bilaabin.',
        'Dugsiga aasaasigu wuxuu qayb ka noqon karaa barnaamijka hordhaca. Kadib waxaad u gudbi kartaa dugsiga sare.',
      ],
    },
    'education-system-upper-secondary': {
      heading: 'Dugsiga sare, shahaadada xirfadda iyo shaqada',
      paragraphs: [
        'Dugsiga sare ee waddan kale had iyo jeer lagama aqoonsado Noorway. Markaas waxaad qaadan kartaa maaddooyinka kaa dhiman adigoo qof weyn ah.',
        'Shaqooyin badan oo Noorway ah waxay leeyihiin shahaado xirfadeed («fagbrev»). Waxaad ku heli kartaa adigoo shaqo-barasho ku jira shirkad.',
        'Ma ka shaqaysay ugu yaraan shan sano xirfad? Markaas waxaa laga yaabaa inaad imtixaanka xirfadda u gali karto qof khibrad leh («praksiskandidat»).',
        'Gobolka ayaa mas’uul ka ah dugsiga sare ee dadka waaweyn. Waxa la bixiyo way ku kala duwan yihiin gobollada.',
      ],
    },
    'education-system-higher': {
      heading: 'Jaamacadaha iyo kulliyadaha',
      paragraphs: [
        'Noorway waxaad wax ku baran kartaa jaamacado, kulliyado iyo kulliyado xirfadeed.',
        'Si aad jaamacad ama kulliyad u bilowdo waxaad u baahan tahay u-qalmid waxbarasho sare iyo af-Noorwiiji heerka B2.',
        'Jaamacadaha qaarkood waxay bixiyaan waxbarasho dhammaystir ah («kompletterende utdanning»). Waa waxbarasho loogu talagalay dadka waxbarasho ka haysta waddan kale oo u baahan inay kordhiyaan.',
        'Waxaa laga yaabaa inaad amaah iyo deeq waxbarasho ka hesho Lånekassen inta aad wax baranayso.',
      ],
    },
    'recognition-prior-learning': {
      heading: 'Waxaad hore u taqaanay waa muhiim',
      paragraphs: [
        'Waxyaabo badan ayaad ka taqaan shaqada, dugsiga iyo nolosha.',
        'Qiimeynta aqoonta hore («realkompetansevurdering») waxay muujinaysaa waxaad qaban karto. Waxay gaabin kartaa waxbarashada.',
        'Uma baahnid inaad taqaanno af-Noorwiijiga. Turjubaan ayaa la isticmaali karaa.',
        'Qiimeynta wax ka weydii degmada ama gobolka.',
      ],
    },
    'recognition-papers': {
      heading: 'Keen waraaqahaaga haddii aad haysato',
      paragraphs: [
        'Ma haysataa waraaqo dugsi ama shaqo? Keen wada hadalka.',
        'Shahaadooyin, shahaadooyinka koorsooyinka iyo warqadaha tixraaca shaqada ayaa faa’iido yeelan kara.',
        'Waraaqo ma haysatid? U sheeg lataliyaha. Waxaa jira siyaabo kale oo lagu muujiyo waxaad taqaan.',
      ],
    },
    'recognition-foreign-education': {
      heading: 'Aqoonsiga waxbarashada waddan kale',
      paragraphs: [
        'Ma haysataa waxbarasho waddan kale? Markaas waxaad codsan kartaa in Noorway laga aqoonsado.',
        'Hay’adda HK-dir ayaa qaabilsan codsiyo badan oo noocaas ah.',
        'Waxay qaadan kartaa waqti dheer. Sidaas darteed waa fiican tahay inaad goor hore codsato.',
        'Shaqooyinka qaarkood waxay u baahan yihiin ruqsad, tusaale ahaan kalkaaliye caafimaad iyo koronto-yaqaan. Markaas waa inaad ruqsadda sidoo kale codsato.',
      ],
    },
    'norwegian-levels-overview': {
      heading: 'Heerarka af-Noorwiijiga',
      paragraphs: [
        'Af-Noorwiijigu wuxuu leeyahay heerar laga bilaabo A1 ilaa C1.',
        'A1 waa bilowga. C1 waa heer sare.',
        'Heerka A2 waxaad samayn kartaa wada hadal fudud nolosha maalinlaha ah.',
        'Heerka B1 waxaad wax ka qaban kartaa xaaladaha badankood ee nolosha maalinlaha ah.',
        'Heerka B2 waxaad si fiican u hadashaa. Waxaad sidoo kale fahantaa qoraallo adag.',
        'Af-Noorwiijiga waxaad u baranaysaa tallaabo tallaabo. Qof kasta waqti ayay ka qaadataa.',
      ],
    },
    'norwegian-levels-requirements': {
      heading: 'Heerkee ayaad u baahan tahay?',
      paragraphs: [
        'Koorsooyin badan oo NAV ah waxay u baahan yihiin heerka A2.',
        'Jaamacadaha iyo kulliyadaha waxay u baahan yihiin heerka B2.',
        'Waxaa sidoo kale jira shuruudo af-Noorwiiji ah oo loogu talagalay sharciga deganaanshaha joogtada ah iyo dhalashada.',
        'Shuruudaha way isbeddeli karaan. Weydii lataliyaha barnaamijkaaga waxa ku khuseeya.',
      ],
    },
    'norwegian-levels-learning': {
      heading: 'Barashada af-Noorwiijiga haddii aad dugsi yar dhigatay',
      paragraphs: [
        'Waxbarashada af-Noorwiijiga waxay leedahay fasallo loogu talagalay dadka dugsi yar dhigtay.',
        'Halkaas waxaad sidoo kale ku baran kartaa akhris iyo qoris.',
        'Badanaa si tartiib ah ayay u socotaa. Taasi waa caadi.',
        'Waxaad sidoo kale af-Noorwiijiga ku tababaran kartaa tababar goob shaqo.',
      ],
    },
  },
};
