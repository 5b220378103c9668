import { byMeaning, type LexiconSource } from '../lexicon';

// Turkish. Words take suffixes, so most entries are stems with `*` ("öldür*": öldürüldü,
// öldürülen; "yaral*": yaralı, yaralandı, yaralananlar); stems are kept long enough not to catch
// unrelated words ("öl*" would take ölçü, "yıl*" yıldız). The folding maps ı/İ to i on both sides.
// Teens are two words ("on iki") that the engine's adding of tens and units cannot read: listed.


const UNITS = ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TEENS: Record<string, number> = {};
UNITS.forEach((u, i) => (TEENS[`on ${u}`] = 11 + i));

// A function, so that the lists are built only for the language a page is in.
export const tr = (): LexiconSource => ({
  lang: 'tr',
  spaceGroups: false,
  numbers: {
    bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, ...TEENS,
    yirmi: 20, otuz: 30, kırk: 40, elli: 50, altmış: 60, yetmiş: 70, seksen: 80, doksan: 90, yüz: 100,
    // With a case or possessive suffix, before "fazla", "aşkın", "yakın" or as "üçü çocuk".
    yüzü: 100, yüze: 100, yüzden: 100, ikisi: 2, üçü: 3, dördü: 4, beşi: 5, altısı: 6, yedisi: 7, sekizi: 8,
    dokuzu: 9, 'bir buçuk': 1.5, 'iki buçuk': 2.5, 'yarım milyon': 500000, 'yarım milyonu': 500000,
    'bir düzine': 12, düzine: 12,
  },
  multipliers: {
    bin: 1000, bini: 1000, bine: 1000, binden: 1000, binin: 1000, milyon: 1000000, milyonu: 1000000,
    milyona: 1000000, milyondan: 1000000, milyonun: 1000000, milyar: 1000000000, milyarı: 1000000000,
  },
  numberJoiners: [],
  vague: {
    onlarca: [24, 99], onlarcası: [24, 99], düzinelerce: [24, 99], yüzlerce: [200, 999], yüzlercesi: [200, 999],
    'birkaç yüz': [200, 999], 'birkaç düzine': [24, 99], 'birkaç on': [24, 99], binlerce: [2000, 9999],
    binlercesi: [2000, 9999], 'birkaç bin': [2000, 9999], 'on binlerce': [20000, 99999],
    'onbinlerce': [20000, 99999], 'birkaç on bin': [20000, 99999], 'yüz binlerce': [200000, 999999],
    'yüzbinlerce': [200000, 999999], milyonlarca: [2000000, 9999999],
  },
  qualifiersBefore: {
    'en az': 'at_least', 'en azından': 'at_least', 'asgari': 'at_least', yaklaşık: 'about', tahminen: 'about',
    takriben: 'about', 'aşağı yukarı': 'about', 'tahmini': 'about', neredeyse: 'nearly', nerdeyse: 'nearly',
    'hemen hemen': 'nearly', 'en fazla': 'at_most', 'en çok': 'at_most', 'azami': 'at_most', toplam: 'exact',
    'toplamda': 'exact', 'toplam olarak': 'exact',
  },
  qualifiersAfter: {
    fazla: 'more_than', 'fazla sayıda': 'more_than', aşkın: 'more_than', 'üzerinde': 'more_than',
    üzeri: 'more_than', 've üzeri': 'at_least', civarında: 'about', civarı: 'about', dolayında: 'about',
    kadar: 'about', yakın: 'nearly', 'e yakın': 'nearly', 'a yakın': 'nearly',
    'den az': 'less_than', 'dan az': 'less_than', 'ten az': 'less_than', 'tan az': 'less_than',
    'den fazla': 'more_than', 'dan fazla': 'more_than', 'ten fazla': 'more_than', 'tan fazla': 'more_than',
    'ı aşkın': 'more_than', 'i aşkın': 'more_than', 'u aşkın': 'more_than', 'ü aşkın': 'more_than',
  },
  rangeOpeners: [],
  // "9 ve 15 yaşlarında": "ve" between two numbers joins them.
  rangeJoiners: ['ile', 'ila', 'veya', 'ya da', 've'],
  killed: [
    'öldü*', 'ölen*', 'ölü*', 'ölmüş*',
    'ölmesi*', 'ölmek', 'ölecek', 'öldür*', 'hayat* kayb*', 'yaşam* yitir*', 'hayat* yitir*', 'can* kayb*',
    'can verdi', 'can veren', 'can verdiği', 'şehit*', 'vefat*', 'cansız*', 'ceset*', 'cesed*', 'naaş*',
    'katledil*', 'katlet*', 'katliam*', 'infaz edil*', 'infaz*', 'idam edil*', 'boğularak', 'boğuldu*',
    'boğulan*', 'boğulmuş*', 'yanarak', 'kurşunlanarak', 'bilanço*',
    'hayatta kalamadı',
  ],
  injured: [
    'yaral*', 'hastaneye kaldırıl*', 'tedavi altına alın*', 'ağır yaral*', 'hafif yaral*', 'yaralı olarak',
  ],
  missing: [
    'kayıp', 'kayıplar*', 'kayıpların*', 'kaybol*', 'haber alınamayan*', 'haber alınamıyor', 'haber alınamadı*',
    'kayıp olarak', 'aranıyor', 'bulunamadı', 'kayıp olan*', 'kaybedil*', 'zorla kaybedil*', 'akıbeti bilinmeyen',
  ],
  casualties: ['zayiat*', 'kurbanlar*', 'kurbanı', 'kurbanın'],
  populations: byMeaning({
    civilians: ['sivil*'],
    children: [
      'çocuk*', 'çocuğ*', 'bebek*', 'kız çocu*', 'erkek çocu*', 'kız', 'kızlar*', 'reşit olmayan*',
    ],
    women: ['kadın*', 'hanım*', 'anne*'],
    soldiers: [
      'asker*', 'er', 'erler*', 'erimiz', 'subay*', 'astsubay*', 'uzman çavuş*', 'çavuş*', 'komando*',
      'mehmetçik*', 'güvenlik güçleri*', 'güvenlik korucu*', 'korucu*', 'er ve erbaş*', 'erbaş*',
      'barış gücü*', 'piyade*', 'bahriyeli*', 'deniz piyade*',
    ],
    police: ['polis*', 'jandarma*', 'bekçi*', 'emniyet görevli*', 'güvenlik görevli*'],
    combatants: ['savaşçı*', 'isyancı*', 'muhalif*', 'silahlı*', 'milis*', 'paralı asker*', 'direnişçi*', 'gerilla*'],
    militants: ['militan*', 'terörist*', 'cihatçı*', 'cihatçi*', 'saldırgan*', 'canlı bomba*', 'örgüt mensub*'],
    people: [
      'kişi', 'kişiler*', 'kişinin', 'kişiyi', 'kişiye', 'kişiden', 'kişide', 'kişiydi', 'kişiyle', 'insan',
      'insanlar*', 'insanın', 'insanı', 'can', 'vatandaş*', 'yurttaş*', 'erkek*', 'genç*', 'yaşlı*', 'köylü*',
      'sakinler*', 'hasta', 'hastalar*', 'hastanın', 'turist*', 'yakınlar*', 'aile üyesi', 'aile ferdi',
      'aynı aileden', 'üye*', 'personel*', 'görevli*',
      // Nationality words are also adjectives before the noun ("12 Filistinli çocuk"): left out, so
      // that the one unknown word skipped before the noun is the nationality.
    ],
    migrants: ['göçmen*', 'düzensiz göçmen*', 'kaçak göçmen*', 'sığınmacı*'],
    refugees: ['mülteci*'],
    journalists: ['gazeteci*', 'muhabir*', 'basın mensub*', 'foto muhabir*', 'kameraman*', 'medya çalışan*'],
    'aid workers': ['yardım çalışan*', 'insani yardım çalışan*', 'yardım görevli*', 'bm çalışan*', 'gönüllü*'],
    'health workers': [
      'sağlık çalışan*', 'sağlık personel*', 'sağlıkçı*', 'doktor*', 'hekim*', 'hemşire*', 'paramedik*',
      'ambulans personel*', 'itfaiyeci*',
    ],
    prisoners: ['mahkum*', 'mahkûm*', 'tutuklu*', 'esir*', 'hükümlü*', 'savaş esir*'],
    hostages: ['rehine*'],
    students: ['öğrenci*'],
    worshippers: ['cemaat*', 'namaz kılan*', 'ibadet eden*'],
    passengers: ['yolcu*'],
    miners: ['madenci*', 'maden işçi*'],
    workers: ['işçi*', 'çalışan*', 'emekçi*', 'mevsimlik işçi*', 'tarım işçi*'],
    pilgrims: ['hacı', 'hacılar*', 'hacının', 'hacıyı', 'hacı adayı*'],
    protesters: ['protestocu*', 'gösterici*', 'eylemci*'],
  }),
  units: [
    // "42 sivil kayıp iddiası": reports and allegations of deaths are counts of reports.
    'kayıp iddia*', 'ölüm iddia*', 'kayıp ihbar*', 'kayıp rapor*', 'ölüm rapor*', 'saldırı*', 'hava saldırı*', 'bombardıman*', 'bomba', 'bombalar*', 'bombası*', 'füze*', 'roket*', 'mermi*',
    'havan*', 'top mermisi*', 'iha', 'ihalar*', 'siha*', 'dron*', 'insansız hava aracı*', 'mühimmat*', 'mayın*',
    'patlama*', 'patlayıcı*', 'atış*', 'operasyon*', 'baskın*', 'rapor*', 'ihbar*', 'şikayet*', 'şikâyet*',
    'vaka*', 'olay', 'olaylar*', 'olayı', 'soruşturma*', 'iddia*', 'ev', 'evi', 'evler*', 'evin', 'konut*',
    'bina*', 'yapı', 'yapılar*', 'okul*', 'hastane*', 'cami*', 'kilise*', 'araç*', 'tank*', 'tır', 'tırı', 'tırlar*',
    'kamyon*', 'köy', 'köyü', 'köyler*', 'köyde', 'kasaba*', 'il', 'ilde', 'ilçe*', 'mahalle*', 'şehir*',
    'kent*', 'km', 'kilometre*', 'metre*', 'mil', 'ton', 'tonluk', 'tonu', 'kilo*', 'kg', 'hektar*', 'dönüm*',
    'yıl', 'yıllık', 'yılı', 'yıldır', 'yılda', 'yılında', 'yıllar*', 'yıllık', 'yaş', 'yaşında*', 'yaşındaki*',
    'yaşlarında*', 'yaşları*', 'ay', 'aydır', 'ayda', 'aylık', 'ayı', 'aylar*', 'hafta*', 'gün', 'günü', 'günde',
    'gündür', 'günlük', 'günler*', 'saat', 'saatlik', 'saattir', 'saatte', 'saatler*', 'dakika*', 'saniye*', 'asır*', 'kez', 'kere', 'defa',
    'puan*', 'lira*', 'tl', 'dolar*', 'avro*', 'euro*', 'sterlin*', 'ruble*', 'usd', 'eur', 'yorum*', 'sayfa*',
    'fotoğraf*', 'video*', 'oy', 'oyla', 'oyu', 'sandalye*', 'gol*', 'ülke*', 'devlet*', 'eyalet*', 'bölge*',
    'tümen*', 'tugay*', 'tabur*', 'alay', 'çadır*', 'konteyner*', 'uçuş*', 'uçak*', 'savaş uça*', 'helikopter*',
    'gemi*', 'tekne*', 'bot', 'botu', 'botlar*', 'şüpheli*', 'gözaltı*', 'yatak*', 'doz*', 'öğün*', 'koli*',
    'artçı*', 'sarsıntı*', 'büyüklüğünde*', 'şiddetinde*', 'derece*', 'kat', 'katlı', 'hedef*', 'mevzi*',
    'mevzii', 'nokta*', 'toplu mezar*', 'mezar*', 'tünel*', 'ihlal*', 'karar*', 'madde*', 'sığınak*', 'barınak*',
    'kamp*', 'sınır kapı*', 'kişilik', 'metrekare*', 'inci', 'ıncı', 'uncu', 'üncü', 'nci',
    'ncı', 'ncu', 'ncü', 'uyruk*', 'milliyet*',
  ],
  notCasualty: [
    'yerinden edil*', 'göç etti*', 'göç etmek*', 'göç eden*', 'kaçtı', 'kaçan*', 'kaçmak*', 'tahliye*',
    'gözaltına*', 'tutuklan*', 'yakalan*', 'kurtarıl*', 'kurtardı*', 'kurtarılan*', 'serbest bırakıl*',
    'serbest bırakıldı', 'mahsur*', 'kaçırıl*', 'rehin alın*', 'esir alın*', 'teslim ol*', 'askere alın*',
    'konuşlandırıl*', 'evsiz*', 'depremzede*', 'afetzede*', 'etkilen*', 'hayatta kal*', 'sağ kurtarıl*',
    'sağ olarak', 'sağ çıkarıl*', 'sağ bulun*', 'barın*', 'yaşıyor*', 'yaşayan*', 'yaşamaktadır', 'katıldı*', 'katılan*',
    'ihtiyaç*', 'muhtaç*', 'sınır dışı*', 'yerleştiril*', 'tahliye edil*', 'istihdam*', 'aşılan*', 'enfekte*',
    'mahkum edil*', 'yargılan*', 'iade edil*', 'geri dön*', 'eğitil*', 'kurtulan*', 'kurtuldu*', 'hayatta',
    'tedavi edil*', 'taburcu*', 'göçmen kaçakçı*', 'tecavüz*', 'cinsel şiddet*', 'istismar*',
    // "neutralised" covers killed, captured and surrendered, and downed drones: not a count of dead.
    'etkisiz hale getiril*', 'etkisiz hale getirdi*', 'rehin alın*',
  ],
  months: [
    'ocak', 'ocakta', 'şubat', 'şubatta', 'mart', 'martta', 'nisan', 'nisanda', 'mayıs', 'mayısta', 'haziran',
    'haziranda', 'temmuz', 'temmuzda', 'ağustos', 'ağustosta', 'eylül', 'eylülde', 'ekim', 'ekimde', 'kasım',
    'kasımda', 'aralık', 'aralıkta', 'oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl',
  ],
  verbFinal: true,
  subordinators: ['*dığı', '*diği', '*duğu', '*düğü', '*tığı', '*tiği', '*tuğu', '*tüğü', '*dığında', '*diğinde', '*duğunda', '*düğünde', '*tığında', '*tiğinde', '*tuğunda', '*tüğünde', 'ki'],
  // Verbs of a running total: the toll's noun may stand far before them.
  tollVerbs: ['yükseldi', 'yükselen', 'yükseldiği', 'yükselirken', 'yükseliyor', 'ulaştı', 'ulaşan', 'ulaştığı', 'ulaşıyor', 'aştı', 'aşan', 'aştığı', 'buldu', 'bulan', 'çıktı', 'çıkan'],
  // Who says so: read past between commas.
  attributions: ['göre', 'açıklamasına göre', 'verilerine göre'],
  fillers: [
    'de', 'da', 'daha', 'daha fazla', 'enkaz altında', 'kalarak', 'diğer', 'başka', 'ayrıca', 'sayısı*', 'sayı', 'toplam sayı*', 'yükseldi',
    'yükselen', 'yükseldiği', 'yükselirken', 'ulaştı', 'ulaşan', 'ulaştığı', 'çıktı', 'çıkan', 'oldu', 'olan',
    'olduğu', 'olarak', 'olmak üzere', 'üzere', 'bulunan', 'bulunduğu', 'ise', 'ki', 'hala', 'hâlâ',
    'şu ana kadar', 'şimdiye kadar', 'daha sonra', 'ağır', 'hafif', 'tarafından', 'nedeniyle', 'sonucu',
    'sonucunda', 'sırasında', 'meydana gelen', 'yaşanan', 'gerçekleşen', 'düzenlenen', 'arasında', 'dahil',
    'aralarında bulunan', 'masum', 'silahsız', 'yeni', 'resmi', 'açıklamaya göre', 'göre', 'bu', 'o',
    'şu', 'tüm', 'bütün', 'hepsi', 'olay yerinde', 'yerinde', 'hastanede', 'kaybı',
    'a', 'e', 'ı', 'i', 'u', 'ü', 'ya', 'ye', 'yı', 'yi', 'yu', 'yü', 'ta', 'te', 'dan', 'den', 'tan', 'ten',
    'ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün', 'la', 'le', 'yla', 'yle', 'daki', 'deki', 'taki', 'teki',
    'ndan', 'nden', 'nda', 'nde', 'na', 'ne', 'nı', 'ni', 'lı', 'li', 'lu', 'lü', 'si', 'sı', 'su', 'sü',
    'lerin', 'ların', 'ler', 'lar',
  ],
  breakers: ['yüzde', 'saat', 'no', 'numara', 'numaralı', 'madde', 'sayfa', 'kod', 'plaka', 'ilk', 'son'],
  asides: ['aralarında', 'bunlardan', 'bunların', 'içlerinde', 'çoğu', 'büyük kısmı', 'büyük bölümü'],
});
