import { byMeaning, withAndWithoutAccents, type LexiconSource } from '../lexicon';

// French. Entries are written with their accents; the folding keeps Latin accents, so the
// casualty words and the nouns of who was counted also get an unaccented twin (headlines and
// some feeds drop them: "TUES", "blesses").
const withPlain = (list: string[]) => [...new Set(list.flatMap(withAndWithoutAccents))];
// After a count, a noun that starts with a vowel or a mute h takes "d'" ("une vingtaine d'enfants",
// "des milliers d'habitants"); the apostrophe would end the noun phrase, so the elided forms are
// entries of their own.
const elided = (w: string) => (/^[aeiouyhâàéèêîïôûœ]/i.test(w) ? [w, `d'${w}`] : [w]);

// 70–79 and 90–99 are built on 60 and 80 with a teen ("soixante-treize", "quatre-vingt-dix-sept"),
// which the engine's adding of tens and units cannot read: listed whole.
const TEENS: [string, number][] = [
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
  ['dix-sept', 17], ['dix-huit', 18], ['dix-neuf', 19],
];
const SEVENTIES: Record<string, number> = {};
for (const [w, n] of TEENS) {
  SEVENTIES[`soixante-${w}`] = 60 + n;
  SEVENTIES[`quatre-vingt-${w}`] = 80 + n;
}
SEVENTIES['soixante et onze'] = 71;
SEVENTIES['soixante-et-onze'] = 71;

// A function, so that the lists are built only for the language a page is in.
export const fr = (): LexiconSource => ({
  lang: 'fr',
  spaceGroups: true,
  approximateNumbers: [
    'une dizaine', 'dizaine', 'une douzaine', 'douzaine', 'une quinzaine', 'quinzaine', 'une vingtaine', 'vingtaine',
    'une trentaine', 'trentaine', 'une quarantaine', 'une cinquantaine', 'cinquantaine', 'une soixantaine', 'soixantaine',
    'une centaine', 'centaine', 'un millier', 'millier', 'une dizaine de milliers', 'une vingtaine de milliers',
    'une centaine de milliers',
  ],
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18,
    'dix-neuf': 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    'quatre-vingt': 80, 'quatre-vingts': 80, ...SEVENTIES,
    cent: 100, cents: 100,
    // Approximate round numbers ("une vingtaine de morts" = about twenty).
    'une dizaine': 10, dizaine: 10, 'une douzaine': 12, douzaine: 12, 'une quinzaine': 15, quinzaine: 15,
    'une vingtaine': 20, vingtaine: 20, 'une trentaine': 30, trentaine: 30, 'une quarantaine': 40,
    'une cinquantaine': 50, cinquantaine: 50, 'une soixantaine': 60, soixantaine: 60,
    'une centaine': 100, centaine: 100, 'un millier': 1000, millier: 1000,
    'une dizaine de milliers': 10000, 'une vingtaine de milliers': 20000, 'une centaine de milliers': 100000,
    'un demi-million': 500000, 'un demi million': 500000,
  },
  multipliers: { mille: 1000, million: 1000000, millions: 1000000, milliard: 1000000000, milliards: 1000000000 },
  numberJoiners: ['et'],
  vague: {
    dizaines: [24, 99], 'des dizaines': [24, 99], 'plusieurs dizaines': [24, 99], 'quelques dizaines': [24, 99],
    douzaines: [24, 99], 'des douzaines': [24, 99],
    centaines: [200, 999], 'des centaines': [200, 999], 'plusieurs centaines': [200, 999], 'quelques centaines': [200, 999],
    'plusieurs cents': [200, 999], milliers: [2000, 9999], 'des milliers': [2000, 9999],
    'plusieurs milliers': [2000, 9999], 'quelques milliers': [2000, 9999], 'plusieurs mille': [2000, 9999],
    'dizaines de milliers': [20000, 99999], 'des dizaines de milliers': [20000, 99999],
    'plusieurs dizaines de milliers': [20000, 99999], 'quelques dizaines de milliers': [20000, 99999],
    'centaines de milliers': [200000, 999999], 'des centaines de milliers': [200000, 999999],
    'plusieurs centaines de milliers': [200000, 999999], millions: [2000000, 9999999], 'des millions': [2000000, 9999999],
  },
  qualifiersBefore: {
    'au moins': 'at_least', 'pas moins de': 'at_least', 'pas moins d': 'at_least', 'au minimum': 'at_least',
    'un minimum de': 'at_least', 'plus de': 'more_than', 'plus d': 'more_than', 'bien plus de': 'more_than',
    'au-delà de': 'more_than', 'largement plus de': 'more_than', 'un peu plus de': 'more_than', 'plus de de': 'more_than',
    // "plus d'une centaine": the apostrophe would stand between the qualifier and the number.
    'plus d\'une': 'more_than', 'plus d\'un': 'more_than', 'près d\'une': 'nearly', 'près d\'un': 'nearly',
    'moins d\'une': 'less_than', 'moins d\'un': 'less_than', 'pas moins d\'une': 'at_least',
    'pas moins d\'un': 'at_least', 'autour d\'une': 'about', 'autour d\'un': 'about', 'environ une': 'about',
    'environ un': 'about', 'quelque': 'about', environ: 'about', 'autour de': 'about', 'autour d': 'about', 'à peu près': 'about',
    approximativement: 'about', 'aux alentours de': 'about', 'de l\'ordre de': 'about', 'quelques': 'about',
    'près de': 'nearly', 'près d': 'nearly', presque: 'nearly', quasiment: 'nearly', 'pratiquement': 'nearly',
    'pas loin de': 'nearly', 'un peu moins de': 'nearly', 'jusqu\'à': 'up_to', 'jusqu\'a': 'up_to',
    'moins de': 'less_than', 'moins d': 'less_than', 'au plus': 'at_most', 'tout au plus': 'at_most',
    'pas plus de': 'at_most', 'au maximum': 'at_most', 'un maximum de': 'at_most', 'un total de': 'exact',
    'au total': 'exact', 'en tout': 'exact', 'au moins un': 'at_least',
  },
  qualifiersAfter: { 'au moins': 'at_least', environ: 'about', 'ou plus': 'at_least', 'au total': 'exact', 'au minimum': 'at_least' },
  rangeOpeners: ['entre'],
  rangeJoiners: ['à', 'ou'],
  killed: withPlain([
    'tué', 'tués', 'tuée', 'tuées', 'tue', 'tuent', 'tuant', 'tuer', 'tuera', 'tuait', 'tuaient', 'tua',
    'tuèrent', 'tueront', 'tuerait', 'tueraient',
    'mort', 'morts', 'morte', 'mortes', 'mortel', 'mortels', 'mortelle', 'mortelles', 'mortellement',
    'meurent', 'meurt', 'mourir', 'mourant', 'mouraient', 'moururent', 'décès', 'décédé', 'décédés', 'décédée',
    'décédées', 'décèdent', 'péri', 'périt', 'périssent', 'périrent', 'trouvé la mort', 'trouvent la mort',
    'trouve la mort', 'trouver la mort', 'la mort', 'perdu la vie', 'perdent la vie', 'perd la vie', 'perdre la vie',
    'coûté la vie', 'coûte la vie', 'coûtant la vie', 'ôté la vie', 'la vie', 'vies', 'vies humaines',
    'succombé', 'succombent', 'succombe', 'succomber', 'assassiné', 'assassinés', 'assassinée', 'assassinées',
    'assassinats', 'meurtres', 'homicides', 'abattu', 'abattus', 'abattue', 'abattues', 'exécuté', 'exécutés',
    'exécutée', 'exécutées', 'exécutions', 'massacré', 'massacrés', 'massacrées', 'fusillé', 'fusillés',
    'égorgé', 'égorgés', 'lynché', 'lynchés', 'noyé', 'noyés', 'noyées', 'noyade', 'carbonisé', 'carbonisés',
    'calcinés', 'brûlés vifs', 'tombés au combat', 'tombé au combat', 'cadavres', 'corps sans vie', 'dépouilles',
    'corps', 'martyrs', 'bilan', 'un bilan', 'bilan humain', 'bilan meurtrier', 'victimes mortelles', 'tués par balle',
  ]),
  injured: withPlain([
    'blessé', 'blessés', 'blessée', 'blessées', 'blessant', 'blesser', 'blesse', 'blessent', 'blessures',
    'blessure', 'grièvement blessés', 'légèrement blessés', 'hospitalisé', 'hospitalisés', 'hospitalisée',
    'hospitalisées', 'hospitalisations', 'mutilés', 'estropiés', 'amputés', 'brûlés',
    // "trois blessés, dont un grièvement": the adverb alone says how they were hurt.
    'grièvement', 'gravement', 'légèrement', 'sérieusement', 'grièvement atteints', 'gravement atteints',
  ]),
  missing: withPlain([
    'disparu', 'disparus', 'disparue', 'disparues', 'portés disparus', 'porté disparu', 'portées disparues',
    'disparition', 'disparitions', 'disparaissent', 'disparaît', 'introuvables', 'manquent à l\'appel', 'manquant à l\'appel', 'sans nouvelles', 'ensevelis', 'ensevelies',
  ]),
  casualties: withPlain([
    'victimes', 'victime', 'pertes humaines', 'pertes', 'tués ou blessés', 'morts ou blessés', 'morts et blessés',
    'tués et blessés', 'morts et de blessés',
  ]),
  populations: byMeaning({
    civilians: ['civils', 'civiles', 'civil', 'civile', 'non-combattants', 'non combattants'],
    children: [
      'enfants', 'enfant', 'mineurs', 'mineur', 'mineures', 'bébés', 'bébé', 'nourrissons', 'nourrisson',
      'nouveau-nés', 'adolescents', 'adolescentes', 'adolescent', 'adolescente', 'garçons', 'garçon', 'fillettes',
      'fillette', 'filles', 'fille', 'écoliers', 'écolières', 'petits',
    ],
    women: ['femmes', 'femme'],
    soldiers: [
      'soldats', 'soldat', 'militaires', 'militaire', 'troupes', 'conscrits', 'officiers', 'officier', 'marins',
      'casques bleus', 'légionnaires', 'parachutistes', 'membres des forces de sécurité', 'forces de sécurité',
      'membres des forces armées', 'réservistes', 'gardes-frontières', 'sous-officiers',
    ],
    police: [
      'policiers', 'policier', 'policières', 'gendarmes', 'gendarme', 'agents', 'agent', 'agents de police',
      'membres des forces de l\'ordre', 'forces de l\'ordre', 'douaniers', 'gardiens',
    ],
    combatants: [
      'combattants', 'combattant', 'rebelles', 'rebelle', 'insurgés', 'miliciens', 'milicien', 'paramilitaires',
      'hommes armés', 'guérilleros', 'mercenaires',
    ],
    militants: [
      'militants', 'militant', 'djihadistes', 'jihadistes', 'djihadiste', 'jihadiste', 'terroristes', 'terroriste',
      'islamistes', 'extrémistes', 'assaillants', 'assaillant', 'kamikazes', 'talibans',
    ],
    people: [
      'personnes', 'personne', 'gens', 'individus', 'individu', 'habitants', 'habitant', 'villageois', 'riverains',
      'autres', 'hommes', 'homme', 'âmes', 'êtres humains', 'citoyens', 'ressortissants', 'touristes', 'proches',
      'patients', 'fêtards', 'spectateurs', 'passants', 'passant', 'piétons', 'enseignants', 'professeurs', 'membres', 'membres d\'une même famille', 'membres de la même famille',
      'membres de sa famille', 'membres de leur famille', 'palestiniens', 'palestiniennes', 'palestinien',
      'palestinienne', 'israéliens', 'israéliennes', 'israélien', 'israélienne', 'ukrainiens', 'ukrainiennes',
      'ukrainien', 'syriens', 'syriennes', 'syrien', 'irakiens', 'irakien', 'afghans', 'afghanes', 'afghan',
      'yéménites', 'yéménite', 'soudanais', 'soudanaises', 'libanais', 'libanaises', 'russes', 'russe', 'maliens',
      'nigérians', 'nigériens', 'burkinabè', 'burkinabés', 'congolais', 'somaliens', 'haïtiens', 'iraniens',
      'kurdes', 'rohingyas', 'tchadiens', 'camerounais', 'éthiopiens', 'mexicains', 'birmans', 'ouïghours',
      'français', 'françaises', 'américains', 'européens', 'africains', 'tunisiens', 'algériens', 'marocains',
      'libyens', 'égyptiens', 'turcs', 'pakistanais', 'indiens',
    ],
    migrants: ['migrants', 'migrantes', 'migrant', 'exilés', 'clandestins', 'demandeurs d\'asile'],
    refugees: ['réfugiés', 'réfugiées', 'réfugié'],
    journalists: ['journalistes', 'journaliste', 'reporters', 'reporter', 'photojournalistes', 'correspondants', 'professionnels des médias'],
    'aid workers': [
      'humanitaires', 'travailleurs humanitaires', 'agents humanitaires', 'employés humanitaires', 'membres du personnel humanitaire',
      'employés de l\'onu', 'employés de l\'unrwa', 'personnels humanitaires',
    ],
    'health workers': [
      'soignants', 'personnels soignants', 'personnels de santé', 'agents de santé', 'professionnels de santé',
      'médecins', 'médecin', 'infirmiers', 'infirmières', 'infirmier', 'infirmière', 'secouristes', 'secouriste',
      'ambulanciers', 'ambulancier', 'sauveteurs', 'pompiers', 'urgentistes',
    ],
    prisoners: ['prisonniers', 'prisonnier', 'détenus', 'détenu', 'prisonniers de guerre'],
    hostages: ['otages', 'otage'],
    students: ['élèves', 'élève', 'étudiants', 'étudiantes', 'étudiant', 'lycéens', 'lycéennes', 'collégiens'],
    worshippers: ['fidèles', 'pèlerins musulmans', 'croyants', 'paroissiens'],
    passengers: ['passagers', 'passagères', 'passager', 'voyageurs', 'occupants'],
    miners: ['orpailleurs', 'mineurs de fond'],
    workers: ['ouvriers', 'ouvrier', 'travailleurs', 'travailleur', 'employés', 'employé', 'salariés', 'saisonniers'],
    pilgrims: ['pèlerins', 'pèlerin'],
    protesters: ['manifestants', 'manifestantes', 'manifestant', 'protestataires', 'émeutiers'],
  }, (w) => withAndWithoutAccents(w).flatMap(elided)),
  units: [
    'taux',
    'incendies', 'incendie', 'feux', 'départs de feu',
    'têtes de bétail', 'têtes', 'bétail', 'moutons', 'vaches', 'chèvres', 'animaux', 'chevaux', 'chiens', 'oiseaux', 'poissons', 'baleines', 'dauphins',
    'frappes', 'frappe', 'frappes aériennes', 'raids', 'raid', 'bombardements', 'bombardement', 'attaques',
    'attentats', 'tirs', 'salves', 'roquettes', 'roquette', 'missiles', 'missile', 'obus', 'drones', 'drone',
    'bombes', 'bombe', 'munitions', 'balles', 'cartouches', 'mines', 'engins explosifs', 'sorties', 'opérations',
    'offensives', 'incursions', 'explosions', 'détonations', 'rapports', 'rapport', 'signalements', 'plaintes',
    'enquêtes', 'cas', 'incidents', 'allégations', 'témoignages', 'dossiers', 'maisons', 'logements', 'habitations',
    'bâtiments', 'immeubles', 'édifices', 'écoles', 'hôpitaux', 'mosquées', 'églises', 'véhicules', 'chars',
    'camions', 'blindés', 'villages', 'villes', 'localités', 'quartiers', 'communes', 'km', 'kilomètres',
    'kilomètre', 'mètres', 'mètre', 'm', 'milles', 'tonnes', 'tonne', 'kilos', 'kg', 'hectares', 'ans', 'an',
    'années', 'année', 'mois', 'semaines', 'semaine', 'jours', 'jour', 'nuits', 'heures', 'heure', 'h', 'minutes',
    'min', 'secondes', 'décennies', 'siècles', 'fois', 'pour cent', 'pourcent', 'pour cent des', 'points',
    'euros', 'euro', 'dollars', 'dollar', 'francs', 'livres', 'shekels', 'roubles', 'hryvnias', 'usd', 'eur',
    'er', 'ère', 'e', 'ème', 'eme', 'nd', 'nde', 'commentaires', 'partages', 'pages', 'photos', 'vidéos', 'voix',
    'sièges', 'buts', 'pays', 'nations', 'états', 'provinces', 'départements', 'régions', 'districts',
    'divisions', 'brigades', 'bataillons', 'régiments', 'tentes', 'vols', 'avions', 'avions de chasse',
    'hélicoptères', 'navires', 'bateaux', 'embarcations', 'suspects', 'arrestations', 'interpellations', 'lits',
    'repas', 'doses', 'colis', 'tonnes d\'aide', 'camps', 'cibles', 'objectifs', 'positions', 'sites', 'postes',
    'fosses communes', 'fosses', 'degrés', 'répliques', 'secousses', 'tunnels',
    'infrastructures', 'abris', 'centres', 'points de passage', 'violations', 'résolutions', 'articles',
    'nuit', 'soirée', 'matinée', 'journée', 'week-end', 'matin', 'soir', 'nationalités', 'nationalité',
  ],
  notCasualty: withPlain([
    'déplacés', 'déplacées', 'déplacé', 'déplacés internes', 'fui', 'fuient', 'fuyant', 'fuir', 'ont fui',
    'évacués', 'évacuées', 'évacué', 'évacuation', 'arrêtés', 'arrêtées', 'arrêté', 'interpellés', 'interpellées',
    'interpellé', 'placés en garde à vue', 'gardés à vue', 'capturés', 'capturées', 'faits prisonniers',
    'enlevés', 'enlevées', 'kidnappés', 'kidnappées', 'pris en otage', 'séquestrés', 'retenus', 'retenues',
    'secourus', 'secourues', 'sauvés', 'sauvées', 'libérés', 'libérées', 'relâchés', 'relâchées', 'coincés',
    'piégés', 'bloqués', 'bloquées', 'recrutés', 'enrôlés', 'déployés', 'mobilisés', 'sans abri', 'sans-abri',
    'sinistrés', 'rescapés', 'survivants', 'survivantes', 'hébergés', 'relogés', 'accueillis', 'soignés',
    'vaccinés', 'infectés', 'contaminés', 'touchés', 'touche', 'touchent', 'touché', 'affectés', 'affecte', 'affectent', 'menacés', 'exposés', 'vivent',
    'vivants', 'habitent', 'condamnés', 'inculpés', 'mis en examen', 'expulsés', 'rapatriés',
    'réinstallés', 'naturalisés', 'employés par', 'participé', 'manifesté', 'rassemblés', 'réunis', 'inscrits',
    'ont besoin', 'dans le besoin', 'besoin', 'affamés', 'rendus', 'se sont rendus', 'graciés',
    'échangés', 'retrouvés vivants', 'sains et saufs', 'extraits vivants', 'accueillies', 'formés',
    'enlèvement', 'enlèvements', 'arrestation', 'libération', 'déplacement', 'expulsion', 'détention',
    'interpellation', 'sauvetage', 'rapatriement', 'exode', 'fuite', 'en otage', 'comme otages',
    // Victims of crimes that are not killing or wounding.
    'victimes de violences sexuelles', 'victimes de violences', 'victimes de viol', 'victimes de viols',
    'victimes d\'agressions sexuelles', 'victimes d\'abus', 'victimes de la traite', 'victimes de traite',
    'victimes d\'escroquerie', 'victimes de harcèlement', 'victimes de discriminations', 'violées', 'violés',
    'violentées', 'agressées sexuellement',
  ]),
  months: [
    'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre',
    'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'fevr', 'avr', 'juil', 'oct', 'nov', 'déc',
  ],
  // Verbs of a running total: the toll's noun may stand far before them.
  tollVerbs: ['élève', 'élevait', 'élevé', 'élevée', 'atteint', 'atteignait', 'atteindre', 'passé à', 'passe à', 'grimpé', 'grimpe', 'monte à', 'monté à', 'dépasse', 'dépassé', 'dépassait', 'porté', 'porte', 'portant', 'alourdi', 'franchi', 'établit à', 'établi à', 'chiffré à', 'estimé à', 'évalué à'],
  lives: ['vies'],
  // Who says so: read past between commas.
  attributions: ['selon', 'd\'après', 'de source'],
  fillers: [
    'le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'au', 'aux', 'a', 'ont', 'été', 'sont', 'est', 'était',
    'étaient', 'avaient', 'avait', 'auraient', 'aurait', 'seraient', 'serait', 'seront', 'sera', 'ont été',
    'y', 'se', 's', 'n', 'qu', 'qui', 'que', 'également', 'aussi', 'encore', 'déjà', 'désormais', 'ainsi', 'alors',
    'toutes', 'tous', 'supplémentaires', 'nouvelles', 'nouveaux', 'nouveau', 'total', 'nombre', 'chiffre',
    's\'élève', 's\'élèvent', 's\'élevait', 's\'élevaient', 's\'est alourdi', 's\'établit', 's\'établissait',
    'atteint', 'atteignait', 'passé', 'passe', 'grimpé', 'grimpe', 'porté', 'porte', 'portant', 'alourdi',
    'dépasse', 'dépassé', 'officiellement', 'lors', 'ce', 'cette', 'ces', 'leur', 'leurs', 'ils', 'elles',
    'il', 'elle', 'on', 'ne', 'respectivement', 'innocents', 'désarmés', 'provisoire', 'officiel', 'dernier',
    'lourd', 'en', 'fait', 'faisant', 'font', 'faire', 'causé', 'causant', 'provoqué', 'provoquant', 'entraîné',
    'laissant', 'laissé', 'recensé', 'recensés', 'dénombré', 'compté', 'fait état', 'plus',
  ],
  breakers: [
    'taux de',
    'sur', 'depuis', 'après', 'avant', 'pendant', 'vers', 'dès', 'jusqu\'au', 'âgé de', 'âgés de', 'âgée de',
    'âgées de', 'âge de', 'agé de', 'numéro', 'article', 'résolution', 'chapitre', 'page', 'route', 'vol',
    'contre', 'par', 'pour', 'avec', 'parmi', 'chez', 'sous', 'sauf', 'dans', 'hors', 'hormis', 'vers les',
    'autour des', 'l\'an', 'magnitude', 'moyenne de',
  ],
  asides: [
    'contre', 'par rapport à',
    'dont', 'parmi lesquels', 'parmi lesquelles', 'parmi eux', 'parmi elles', 'y compris', 'notamment',
    'pour la plupart', 'en majorité', 'majoritairement', 'essentiellement', 'principalement', 'en grande partie',
    'la plupart', 'surtout',
  ],
});
