import type { Population } from '../../claim';
import type { LexiconSource } from '../lexicon';

// Spanish. The folding keeps Latin accents, so casualty words and the nouns of who was counted
// also get an unaccented twin ("victimas", "ninos") for feeds that drop them.
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const withPlain = (list: string[]) => [...new Set(list.flatMap((w) => [w, plain(w)]))];
function populations(groups: Record<Population, string[]>): Record<string, Population> {
  const out: Record<string, Population> = {};
  for (const [pop, words] of Object.entries(groups)) for (const w of withPlain(words)) out[w] ??= pop;
  return out;
}
function numbers(groups: [number, string[]][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [n, words] of groups) for (const w of withPlain(words)) out[w] ??= n;
  return out;
}

// A function, so that the lists are built only for the language a page is in.
export const es = (): LexiconSource => ({
  lang: 'es',
  spaceGroups: false,
  numbers: numbers([
    [1, ['un', 'una', 'uno']], [2, ['dos']], [3, ['tres']], [4, ['cuatro']], [5, ['cinco']], [6, ['seis']],
    [7, ['siete']], [8, ['ocho']], [9, ['nueve']], [10, ['diez']], [11, ['once']], [12, ['doce']],
    [13, ['trece']], [14, ['catorce']], [15, ['quince']], [16, ['dieciséis', 'diez y seis']],
    [17, ['diecisiete', 'diez y siete']], [18, ['dieciocho', 'diez y ocho']], [19, ['diecinueve', 'diez y nueve']],
    [20, ['veinte']], [21, ['veintiuno', 'veintiún', 'veintiuna']], [22, ['veintidós']], [23, ['veintitrés']],
    [24, ['veinticuatro']], [25, ['veinticinco']], [26, ['veintiséis']], [27, ['veintisiete']],
    [28, ['veintiocho']], [29, ['veintinueve']], [30, ['treinta']], [40, ['cuarenta']], [50, ['cincuenta']],
    [60, ['sesenta']], [70, ['setenta']], [80, ['ochenta']], [90, ['noventa']],
    [100, ['cien', 'ciento']], [200, ['doscientos', 'doscientas']], [300, ['trescientos', 'trescientas']],
    [400, ['cuatrocientos', 'cuatrocientas']], [500, ['quinientos', 'quinientas']],
    [600, ['seiscientos', 'seiscientas']], [700, ['setecientos', 'setecientas']],
    [800, ['ochocientos', 'ochocientas']], [900, ['novecientos', 'novecientas']],
    // Approximate round numbers ("una veintena de muertos" = about twenty).
    [10, ['una decena', 'decena']], [12, ['una docena', 'docena']], [15, ['una quincena']],
    [20, ['una veintena', 'veintena']], [30, ['una treintena', 'treintena']], [40, ['una cuarentena']],
    [50, ['una cincuentena', 'cincuentena']], [100, ['un centenar', 'centenar']], [1000, ['un millar', 'millar']],
    [10000, ['una decena de miles']], [500000, ['medio millón']],
  ]),
  multipliers: {
    mil: 1000, millón: 1000000, millon: 1000000, millones: 1000000, 'mill.': 1000000, millardo: 1000000000,
    millardos: 1000000000,
  },
  numberJoiners: ['y'],
  vague: {
    decenas: [24, 99], 'varias decenas': [24, 99], 'unas decenas': [24, 99], docenas: [24, 99],
    'varias docenas': [24, 99], cientos: [200, 999], 'varios cientos': [200, 999], 'unos cientos': [200, 999],
    centenares: [200, 999], 'varios centenares': [200, 999], miles: [2000, 9999], 'varios miles': [2000, 9999],
    'unos miles': [2000, 9999], millares: [2000, 9999], 'decenas de miles': [20000, 99999],
    'varias decenas de miles': [20000, 99999], 'cientos de miles': [200000, 999999],
    'centenares de miles': [200000, 999999], 'varios cientos de miles': [200000, 999999],
    millones: [2000000, 9999999],
  },
  qualifiersBefore: {
    'al menos': 'at_least', 'por lo menos': 'at_least', 'no menos de': 'at_least',
    'un mínimo de': 'at_least', 'más de': 'more_than', 'mas de': 'more_than', 'poco más de': 'more_than',
    'algo más de': 'more_than', 'bastante más de': 'more_than', 'muy por encima de': 'more_than',
    'por encima de': 'more_than', 'superior a': 'more_than', 'unos': 'about', 'unas': 'about',
    'alrededor de': 'about', 'aproximadamente': 'about', 'en torno a': 'about', 'cerca de': 'nearly',
    'casi': 'nearly', 'aproximadamente unos': 'about', 'unos aproximadamente': 'about', 'del orden de': 'about',
    'poco menos de': 'nearly', 'hasta': 'up_to', 'menos de': 'less_than', 'no más de': 'at_most',
    'como máximo': 'at_most', 'a lo sumo': 'at_most', 'un máximo de': 'at_most', 'un total de': 'exact',
    'en total': 'exact', 'al menos otros': 'at_least', 'al menos otras': 'at_least', 'estimado de': 'about', 'estimados': 'about', 'unos estimados': 'about',
    'cerca de unos': 'nearly', 'más de un': 'more_than',
  },
  qualifiersAfter: {
    // "104 muertos como mínimo": only after, as before the number a qualifier right after a casualty
    // word makes the engine read the count as the verb's object ("3 soldiers killed at least 40").
    'al menos': 'at_least', 'o más': 'at_least', aproximadamente: 'about', 'en total': 'exact', 'como mínimo': 'at_least' },
  rangeOpeners: ['entre'],
  rangeJoiners: ['a', 'o', 'u'],
  killed: withPlain([
    'muerto', 'muertos', 'muerta', 'muertas', 'muerte', 'muertes', 'murió', 'murieron', 'mueren', 'muere',
    'morir', 'muriendo', 'morían', 'moría', 'han muerto', 'fallecido', 'fallecidos', 'fallecida', 'fallecidas',
    'fallecieron', 'falleció', 'fallecen', 'fallece', 'fallecimientos', 'fallecimiento', 'decesos', 'deceso',
    'perdieron la vida', 'perdió la vida', 'pierden la vida', 'perdido la vida', 'perder la vida',
    'costó la vida', 'cuesta la vida', 'costado la vida', 'cobró la vida', 'cobró la vida de', 'se cobró la vida',
    'quitó la vida', 'la vida', 'vidas', 'sin vida', 'asesinado', 'asesinados', 'asesinada', 'asesinadas',
    'asesinó', 'asesinaron', 'asesinatos', 'homicidios', 'feminicidios', 'mató', 'mataron', 'matando', 'matar',
    'matan', 'mata', 'ejecutado', 'ejecutados', 'ejecutadas', 'ejecuciones', 'abatido', 'abatidos', 'abatidas',
    'acribillados', 'masacrados', 'masacradas', 'ultimados', 'ahogados', 'ahogadas', 'ahogaron', 'calcinados',
    'carbonizados', 'caídos', 'caídos en combate', 'cadáveres', 'cuerpos', 'restos mortales', 'mártires',
    'víctimas mortales', 'víctima mortal', 'mortales', 'mortal', 'muertos confirmados', 'balance', 'un balance',
    'saldo', 'un saldo', 'saldo mortal', 'letales', 'cifra de muertos',
  ]),
  injured: withPlain([
    'herido', 'heridos', 'herida', 'heridas', 'hirió', 'hirieron', 'hiriendo', 'herir', 'resultaron heridos',
    'lesionado', 'lesionados', 'lesionada', 'lesionadas', 'lesiones', 'hospitalizados', 'hospitalizadas',
    'hospitalizado', 'hospitalizada', 'mutilados', 'amputados', 'quemados',
    // "40 heridos, tres de ellos de gravedad": how they were hurt stands for the word.
    'de gravedad', 'graves', 'grave', 'leves', 'de ellos de gravedad', 'de ellas de gravedad',
    'de ellos graves', 'de ellas graves', 'de ellos en estado grave', 'de ellas en estado grave',
    'en estado grave', 'de ellos leves',
  ]),
  missing: withPlain([
    'desaparecido', 'desaparecidos', 'desaparecida', 'desaparecidas', 'dados por desaparecidos',
    'desaparecieron', 'desapareció', 'desaparecen', 'desaparece', 'desaparición', 'desapariciones',
    'paradero desconocido', 'no localizados', 'sin localizar', 'siguen sin aparecer', 'en paradero desconocido',
    'bajo los escombros',
  ]),
  casualties: withPlain([
    'víctimas', 'víctima', 'bajas', 'muertos y heridos', 'muertos o heridos', 'muertos y lesionados',
    'pérdidas humanas',
  ]),
  populations: populations({
    civilians: ['civiles', 'civil', 'no combatientes'],
    children: [
      'niños', 'niñas', 'niño', 'niña', 'menores', 'menor', 'menores de edad', 'bebés', 'bebé', 'recién nacidos',
      'adolescentes', 'adolescente', 'infantes', 'chicos', 'chicas', 'muchachos', 'escolares', 'lactantes',
    ],
    women: ['mujeres', 'mujer'],
    soldiers: [
      'soldados', 'soldado', 'militares', 'militar', 'efectivos', 'uniformados', 'uniformado', 'tropas',
      'miembros de las fuerzas de seguridad', 'fuerzas de seguridad', 'miembros de las fuerzas armadas',
      'marines', 'oficiales', 'oficial', 'reclutas', 'marinos', 'cascos azules', 'guardias', 'guardias nacionales',
      'infantes de marina', 'reservistas',
    ],
    police: [
      'policías', 'policía', 'agentes', 'agente', 'agentes de policía', 'gendarmes', 'carabineros', 'guardias civiles',
      'guardia civil', 'patrulleros', 'uniformados policiales',
    ],
    combatants: [
      'combatientes', 'combatiente', 'rebeldes', 'rebelde', 'guerrilleros', 'guerrillero', 'milicianos',
      'paramilitares', 'hombres armados', 'sicarios', 'pistoleros', 'mercenarios', 'disidentes',
    ],
    militants: [
      'militantes', 'yihadistas', 'yihadista', 'terroristas', 'terrorista', 'insurgentes', 'insurgente',
      'islamistas', 'extremistas', 'atacantes', 'asaltantes', 'talibanes',
      'pandilleros',
    ],
    people: [
      'personas', 'persona', 'gente', 'individuos', 'individuo', 'habitantes', 'vecinos', 'pobladores',
      'aldeanos', 'residentes', 'lugareños', 'transeúntes', 'peatones', 'maestros', 'profesores', 'docentes', 'hombres', 'hombre', 'otros', 'otras', 'ciudadanos', 'seres humanos',
      'almas', 'turistas', 'familiares', 'pacientes', 'miembros', 'miembros de una misma familia',
      'miembros de la misma familia', 'miembros de su familia', 'indígenas', 'campesinos', 'comuneros',
      'palestinos', 'palestinas', 'palestino', 'israelíes', 'israelí', 'ucranianos', 'ucranianas', 'ucraniano',
      'sirios', 'sirias', 'iraquíes', 'afganos', 'afganas', 'yemeníes', 'sudaneses', 'libaneses', 'rusos',
      'ruso', 'mexicanos', 'colombianos', 'venezolanos', 'haitianos', 'hondureños', 'guatemaltecos',
      'salvadoreños', 'peruanos', 'ecuatorianos', 'españoles', 'nigerianos', 'congoleños', 'somalíes',
      'iraníes', 'kurdos', 'rohinyás', 'rohingyas', 'estadounidenses', 'europeos', 'africanos',
      'delincuentes', 'presuntos delincuentes', 'criminales', 'narcotraficantes',
    ],
    migrants: ['migrantes', 'migrante', 'inmigrantes', 'emigrantes', 'indocumentados', 'solicitantes de asilo', 'balseros'],
    refugees: ['refugiados', 'refugiadas', 'refugiado'],
    journalists: ['periodistas', 'periodista', 'reporteros', 'reportero', 'comunicadores', 'fotoperiodistas', 'trabajadores de prensa', 'corresponsales'],
    'aid workers': ['trabajadores humanitarios', 'cooperantes', 'humanitarios', 'voluntarios', 'personal humanitario', 'trabajadores de la onu'],
    'health workers': [
      'sanitarios', 'trabajadores sanitarios', 'personal sanitario', 'personal médico', 'médicos', 'médico',
      'enfermeros', 'enfermeras', 'enfermero', 'enfermera', 'paramédicos', 'socorristas', 'rescatistas',
      'brigadistas', 'bomberos', 'trabajadores de la salud',
    ],
    prisoners: ['presos', 'preso', 'reclusos', 'recluso', 'prisioneros', 'prisionero', 'internos', 'reos', 'privados de libertad'],
    hostages: ['rehenes', 'rehén'],
    students: ['estudiantes', 'estudiante', 'alumnos', 'alumnas', 'normalistas', 'universitarios'],
    worshippers: ['fieles', 'feligreses', 'creyentes'],
    passengers: ['pasajeros', 'pasajeras', 'pasajero', 'viajeros', 'ocupantes'],
    miners: ['mineros', 'minero'],
    workers: ['trabajadores', 'trabajador', 'obreros', 'obrero', 'jornaleros', 'empleados', 'operarios'],
    pilgrims: ['peregrinos', 'peregrinas'],
    protesters: ['manifestantes', 'manifestante', 'protestantes', 'inconformes'],
  }),
  units: [
    'ataques', 'ataque', 'ataques aéreos', 'bombardeos', 'bombardeo', 'incursiones', 'ofensivas', 'misiles',
    'misil', 'cohetes', 'cohete', 'proyectiles', 'obuses', 'drones', 'dron', 'bombas', 'bomba', 'municiones',
    'disparos', 'balas', 'minas', 'explosiones', 'explosivos', 'operaciones', 'operativos', 'redadas',
    'informes', 'informe', 'denuncias', 'denuncia', 'casos', 'incidentes', 'investigaciones', 'alegaciones',
    'expedientes', 'testimonios', 'casas', 'viviendas', 'hogares', 'edificios', 'inmuebles', 'escuelas',
    'hospitales', 'mezquitas', 'iglesias', 'vehículos', 'tanques', 'camiones', 'carros', 'aldeas', 'pueblos',
    'localidades', 'municipios', 'barrios', 'ciudades', 'kilómetros', 'kilómetro', 'km', 'metros', 'metro', 'm',
    'millas', 'toneladas', 'tonelada', 'kilos', 'kilogramos', 'kg', 'hectáreas', 'años', 'año', 'meses', 'mes',
    'semanas', 'semana', 'días', 'día', 'noches', 'horas', 'hora', 'h', 'hrs', 'minutos', 'min', 'segundos',
    'décadas', 'siglos', 'veces', 'por ciento', 'porciento', 'puntos', 'dólares', 'dólar', 'euros', 'euro',
    'pesos', 'libras', 'bolívares', 'soles', 'quetzales', 'usd', 'eur', 'º', 'ª', 'er', 'comentarios',
    'páginas', 'fotos', 'videos', 'vídeos', 'votos', 'escaños', 'goles', 'países', 'naciones', 'estados',
    'provincias', 'departamentos', 'regiones', 'distritos', 'divisiones', 'brigadas', 'batallones', 'carpas',
    'tiendas', 'vuelos', 'aviones', 'helicópteros', 'buques', 'barcos', 'embarcaciones', 'pateras', 'cayucos',
    'sospechosos', 'arrestos', 'detenciones', 'capturas', 'camas', 'raciones', 'dosis', 'fosas', 'fosas comunes',
    'campamentos', 'objetivos', 'blancos', 'posiciones', 'puestos', 'grados', 'réplicas', 'sismos', 'túneles',
    'violaciones', 'resoluciones', 'artículos', 'centros', 'refugios', 'albergues', 'pasos fronterizos',
    'nacionalidades', 'nacionalidad', 'noche', 'madrugada', 'jornada', 'fin de semana', 'mañana',
  ],
  notCasualty: withPlain([
    'desplazados', 'desplazadas', 'desplazado', 'desplazamiento', 'desplazadas internas', 'huyeron', 'huido',
    'huyendo', 'huir', 'huyen', 'evacuados', 'evacuadas', 'evacuado', 'evacuó', 'evacuaron', 'evacuación',
    'detenidos', 'detenidas', 'detenido', 'arrestados', 'arrestadas', 'capturados', 'capturadas', 'apresados',
    'aprehendidos', 'secuestrados', 'secuestradas', 'raptados', 'privados de su libertad', 'retenidos',
    'rescatados', 'rescatadas', 'rescatado', 'salvados', 'salvadas', 'liberados', 'liberadas', 'excarcelados',
    'atrapados', 'atrapadas', 'varados', 'reclutados', 'desplegados', 'movilizados', 'sin hogar', 'sin techo',
    'damnificados', 'damnificadas', 'afectados', 'afectadas', 'albergados', 'sobrevivientes', 'supervivientes',
    'viven', 'vivos', 'con vida', 'hallados con vida', 'asistieron', 'marcharon', 'protestaron', 'vacunados',
    'infectados', 'contagiados', 'rendidos', 'se rindieron', 'condenados', 'acusados', 'imputados', 'procesados',
    'deportados', 'expulsados', 'repatriados', 'reubicados', 'realojados', 'atendidos', 'asistidos',
    'necesitan', 'necesitados', 'en riesgo', 'amenazados', 'aislados', 'incomunicados',
    'indultados', 'canjeados', 'sanos y salvos', 'ilesos', 'formados', 'entrenados', 'capacitados',
    'secuestro', 'detención', 'liberación', 'rescate', 'expulsión', 'como rehenes', 'exiliados', 'se exiliaron',
    'exiliaron', 'emigraron', 'víctimas de violencia sexual', 'víctimas de violencia', 'víctimas de violación',
    'víctimas de abusos', 'víctimas de abuso sexual', 'víctimas de trata', 'víctimas de agresiones sexuales',
    'víctimas de extorsión', 'víctimas de fraude', 'violadas', 'violados',
  ]),
  months: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre',
    'octubre', 'noviembre', 'diciembre', 'ene', 'feb', 'abr', 'jun', 'jul', 'ago', 'sep', 'sept', 'oct', 'nov', 'dic',
  ],
  fillers: [
    'el', 'la', 'los', 'las', 'lo', 'de', 'del', 'al', 'han', 'ha', 'habían', 'había', 'habrían', 'habría',
    'hubo', 'fueron', 'fue', 'son', 'es', 'eran', 'era', 'sido', 'estaban', 'están', 'se', 'resultaron',
    'resultado', 'resultó', 'quedaron', 'también', 'además', 'ya', 'nuevos', 'nuevas', 'todos', 'todas', 'más',
    'que', 'quienes', 'cuales', 'cifra', 'número', 'total', 'ascendió', 'asciende', 'ascienden', 'ascendía',
    'eleva', 'elevó', 'elevan', 'aumentó', 'aumenta', 'subió', 'sube', 'alcanzó', 'alcanza', 'llega', 'llegó',
    'sitúa', 'situó', 'situaba', 'cifra en', 'cifró en', 'dejó', 'deja', 'dejando', 'dejaron', 'causó', 'causa',
    'provocó', 'provoca', 'registró', 'registra', 'contabiliza', 'contabilizó', 'suma', 'sumó', 'sumando',
    'en', 'oficialmente', 'provisional', 'oficial', 'nuevo', 'inocentes', 'desarmados', 'reportó', 'reporta',
    'confirmados', 'confirmó', 'según', 'otro', 'otra', 'sus', 'su', 'les', 'ellos',
    'ellas', 'respectivamente', 'por', 'un total', 'estimado', 'estimada', 'estimados', 'eran', 'superan',
    'supera', 'superó', 'superaba', 'rebasa', 'rebasó', 'sobrepasa', 'sobrepasó', 'confirmada', 'confirmado',
  ],
  breakers: [
    'sobre', 'desde', 'tras', 'después de', 'antes de', 'hace', 'durante', 'edad de', 'de edad', 'nº', 'núm',
    'artículo', 'resolución', 'capítulo', 'página', 'ruta', 'vuelo', 'contra', 'para', 'con', 'sin',
    'excepto', 'salvo', 'magnitud', 'calle', 'avenida', 'carretera',
  ],
  asides: [
    'entre ellos', 'entre ellas', 'entre los cuales', 'entre las cuales', 'entre los que', 'entre las que',
    'de ellos', 'de ellas', 'de los cuales', 'de las cuales', 'incluidos', 'incluidas', 'incluyendo',
    'en su mayoría', 'la mayoría', 'mayoritariamente', 'sobre todo', 'principalmente', 'entre quienes', 'incluso',
  ],
});
