// Interface strings of the console in English and Spanish (usted register, docs/glossary-es.md). Clinical texts
// (findings, tests, red flags, exercises) come from content-service in the chosen language, never from here.
const STRINGS = {
  en: {
    title: 'Hip–Spine Navigator — clinician console',
    skip: 'Skip to content',
    language: 'Language',
    signIn: 'Sign in', signOut: 'Sign out', signingIn: 'Signing in…',
    signedInAs: 'Signed in as {user} ({roles}), clinic {clinic}',
    noClinic: 'no clinic',
    welcome: 'Sign in with your clinic account to start an assessment.',
    steps: 'Steps',
    step_redflags: 'Red flags', step_body: 'Body chart', step_history: 'History',
    step_exam: 'Examination', step_questionnaires: 'Questionnaires', step_result: 'Result',
    step_patient: 'Patient history',
    patient: 'Patient', patientRef: 'Patient reference (pseudonym, no names)', encounterDate: 'Encounter date',
    age: 'Age (years)', sex: 'Sex', sex_female: 'Female', sex_male: 'Male', sex_other: 'Other', sex_unknown: 'Unknown',
    setting: 'Setting', setting_primary: 'Primary care', setting_specialist: 'Specialist',
    redFlagsIntro: 'Ask every question before anything else. An answer that calls for emergency action stops the assessment.',
    yes: 'Yes', no: 'No', notAsked: 'Not asked',
    emergencyTitle: 'EMERGENCY: stop the assessment',
    emergencyRecord: 'Record this emergency assessment',
    next: 'Next', back: 'Back',
    bodyIntro: 'Mark where it hurts. Choose a region, then the side. Use Tab to move and Space to mark.',
    region: 'Region', side: 'Side', left: 'Left', right: 'Right', both: 'Both', none: 'None',
    marked: 'Marked', nothingMarked: 'Nothing marked yet.',
    region_groin: 'Groin', region_lateral: 'Lateral hip', region_buttock: 'Buttock', region_lowback: 'Low back',
    region_posthigh: 'Posterior thigh', region_belowknee: 'Below the knee',
    bodyFigure: 'Body chart, seen from behind for buttock, low back and thigh, from the front for the groin',
    aggravating: 'Aggravating factors', easing: 'Easing factors', otherSymptoms: 'Other symptoms', historyGroup: 'History',
    examIntro: 'Record only what you tested. Untested items are not sent.',
    exam_hip: 'Hip', exam_lumbar: 'Lumbar spine and nerves', exam_sij: 'Sacroiliac joint', exam_other: 'Other',
    notTested: 'Not tested', positive: 'Positive', negative: 'Negative',
    howAndEvidence: 'How to perform and evidence',
    howToPerform: 'How to perform', evidence: 'Evidence', noEvidence: 'No accuracy study in the catalogue.',
    sn: 'Sn', sp: 'Sp', lrPos: 'LR+', lrNeg: 'LR−', source: 'Source', status: 'Status', target: 'Target condition',
    weakEvidence: 'weak evidence (status {s})',
    questionnairesIntro: 'The patient may fill these in on this screen or a tablet. Leave blank what was not asked.',
    nprs: 'NPRS: pain now (0 = none, 10 = worst imaginable)',
    odi: 'Oswestry Disability Index (each section 0–5)',
    odiSections: ['Pain intensity', 'Personal care', 'Lifting', 'Walking', 'Sitting', 'Standing', 'Sleeping', 'Sex life', 'Social life', 'Travelling'],
    startBack: 'STarT Back (items 1–8: 0 disagree, 1 agree; item 9: 0–4)',
    hoos12: 'HOOS-12 (each item 0–4; items 1–4 Pain, 5–8 Function, 9–12 Quality of life; wording from koos.nu)',
    item: 'Item {n}', blank: '—',
    calculate: 'Calculate result', submitting: 'Calculating…',
    resultTitle: 'Result', triage: 'Triage', differential: 'Differential: probability before and after the findings',
    preTest: 'before', postTest: 'after', contributions: 'Findings that moved it', lr: 'LR',
    hipSpine: 'Hip–spine statement', suspected: 'Hip–spine syndrome suspected', notSuspected: 'Hip–spine syndrome not suspected',
    nextSteps: 'Next steps', exercisePlan: 'Exercise plan', warnings: 'Warnings', dosage: 'Dosage', why: 'Why',
    patientInstruction: 'For the patient', questionnaireScores: 'Questionnaire scores', notScored: 'Not scored',
    noLeader: 'No clear source', leading: 'Leading source',
    report: 'Report', reportStatus: 'Report status: {s}', reportWaiting: 'The report is being prepared; this updates by itself.',
    downloadReport: 'Download clinician report (PDF)', downloadHandout: 'Download patient handout (PDF, {lang})',
    handoutLang: 'Handout language', downloaded: 'Downloaded {name}',
    newAssessment: 'New assessment', showHistory: 'Show patient history',
    historyTitle: 'Patient history', historyIntro: 'Every assessment of this patient reference at your clinic.',
    historyEmpty: 'No assessment of this patient reference at your clinic.',
    date: 'Date', model: 'Model', leader: 'Leading source', change: 'Change', threshold: 'Important change',
    overTime: '{m} over time (dashed line: important change from the first value)',
    lowerBetter: 'lower is better', higherBetter: 'higher is better',
    loadPatient: 'Open history', errors: {
      401: 'Your session has ended. Signing in again; what you typed is kept.',
      403: 'You are not allowed to do this (your role or clinic does not permit it).',
      404: 'Not found at your clinic.',
      422: 'Some answers need correcting; see the messages next to the fields.',
      503: 'A service is unavailable just now. Nothing was lost; try again in a few seconds.',
      network: 'The service could not be reached. Nothing was lost; try again.',
      other: 'Something went wrong ({s}). Nothing was lost; try again.'
    },
    loading: 'Loading…', required: 'Required',
    // labels of the API's codes (the codes stay in the data)
    effect: 'Effect',
    level: { ROUTINE: 'Routine', URGENT: 'Urgent', EMERGENCY: 'Emergency' },
    reportState: { PENDING: 'being prepared', READY: 'ready', FAILED: 'failed' },
    direction: { INCREASES: 'raises', DECREASES: 'lowers' },
    odiBand: { MINIMAL: 'minimal disability', MODERATE: 'moderate disability', SEVERE: 'severe disability',
      CRIPPLED: 'crippling disability', BED_BOUND: 'bed-bound' },
    startBackRisk: { LOW: 'low risk', MEDIUM: 'medium risk', HIGH: 'high risk' },
    hoosScale: { pain: 'Pain', function: 'Function', qualityOfLife: 'Quality of life' },
    measure: { ODI: 'Oswestry (ODI)', NPRS: 'NPRS', STARTBACK: 'STarT Back', HOOS12: 'HOOS-12', HOOS12_PAIN: 'HOOS-12 Pain',
      HOOS12_FUNCTION: 'HOOS-12 Function', HOOS12_QOL: 'HOOS-12 Quality of life', HOOS12_SUMMARY: 'HOOS-12 summary' },
    interpretation: { IMPROVED: 'important improvement', WORSENED: 'important worsening', NO_IMPORTANT_CHANGE: 'no important change',
      BEYOND_MDC_BETTER: 'better, beyond measurement error', BEYOND_MDC_WORSE: 'worse, beyond measurement error',
      WITHIN_MDC: 'within measurement error', NOT_JUDGED: 'not judged (no published threshold)' }
  },
  es: {
    title: 'Hip–Spine Navigator — consola clínica',
    skip: 'Ir al contenido',
    language: 'Idioma',
    signIn: 'Iniciar sesión', signOut: 'Cerrar sesión', signingIn: 'Iniciando sesión…',
    signedInAs: 'Sesión de {user} ({roles}), centro {clinic}',
    noClinic: 'sin centro',
    welcome: 'Inicie sesión con la cuenta de su centro para empezar una valoración.',
    steps: 'Pasos',
    step_redflags: 'Signos de alarma', step_body: 'Mapa corporal', step_history: 'Anamnesis',
    step_exam: 'Exploración', step_questionnaires: 'Cuestionarios', step_result: 'Resultado',
    step_patient: 'Historial del paciente',
    patient: 'Paciente', patientRef: 'Referencia del paciente (seudónimo, sin nombres)', encounterDate: 'Fecha de la consulta',
    age: 'Edad (años)', sex: 'Sexo', sex_female: 'Mujer', sex_male: 'Hombre', sex_other: 'Otro', sex_unknown: 'Desconocido',
    setting: 'Ámbito', setting_primary: 'Atención primaria', setting_specialist: 'Atención especializada',
    redFlagsIntro: 'Haga todas las preguntas antes que nada. Una respuesta que exige actuar de urgencia detiene la valoración.',
    yes: 'Sí', no: 'No', notAsked: 'No preguntado',
    emergencyTitle: 'URGENCIA: detenga la valoración',
    emergencyRecord: 'Registrar esta valoración urgente',
    next: 'Siguiente', back: 'Atrás',
    bodyIntro: 'Marque dónde le duele al paciente. Elija una región y luego el lado. Use Tab para moverse y la barra espaciadora para marcar.',
    region: 'Región', side: 'Lado', left: 'Izquierdo', right: 'Derecho', both: 'Ambos', none: 'Ninguno',
    marked: 'Marcado', nothingMarked: 'Nada marcado todavía.',
    region_groin: 'Ingle', region_lateral: 'Cara lateral de la cadera', region_buttock: 'Nalga', region_lowback: 'Zona lumbar',
    region_posthigh: 'Cara posterior del muslo', region_belowknee: 'Por debajo de la rodilla',
    bodyFigure: 'Mapa corporal: vista posterior para nalga, zona lumbar y muslo; anterior para la ingle',
    aggravating: 'Factores que empeoran', easing: 'Factores que alivian', otherSymptoms: 'Otros síntomas', historyGroup: 'Antecedentes',
    examIntro: 'Registre solo lo que ha explorado. Lo no explorado no se envía.',
    exam_hip: 'Cadera', exam_lumbar: 'Columna lumbar y nervios', exam_sij: 'Articulación sacroilíaca', exam_other: 'Otros',
    notTested: 'No explorado', positive: 'Positivo', negative: 'Negativo',
    howAndEvidence: 'Cómo se realiza y evidencia',
    howToPerform: 'Cómo se realiza', evidence: 'Evidencia', noEvidence: 'No hay estudio de precisión en el catálogo.',
    sn: 'Se', sp: 'Es', lrPos: 'CV+', lrNeg: 'CV−', source: 'Fuente', status: 'Estado', target: 'Condición estudiada',
    weakEvidence: 'evidencia débil (estado {s})',
    questionnairesIntro: 'El paciente puede rellenarlos en esta pantalla o en una tableta. Deje en blanco lo que no se preguntó.',
    nprs: 'EVN: dolor ahora (0 = ninguno, 10 = el peor imaginable)',
    odi: 'Índice de discapacidad de Oswestry (cada sección 0–5)',
    odiSections: ['Intensidad del dolor', 'Cuidados personales', 'Levantar peso', 'Caminar', 'Estar sentado', 'Estar de pie', 'Dormir', 'Vida sexual', 'Vida social', 'Viajar'],
    startBack: 'STarT Back (ítems 1–8: 0 en desacuerdo, 1 de acuerdo; ítem 9: 0–4)',
    hoos12: 'HOOS-12 (cada ítem 0–4; ítems 1–4 dolor, 5–8 función, 9–12 calidad de vida; texto en koos.nu)',
    item: 'Ítem {n}', blank: '—',
    calculate: 'Calcular el resultado', submitting: 'Calculando…',
    resultTitle: 'Resultado', triage: 'Triaje', differential: 'Diagnóstico diferencial: probabilidad antes y después de los hallazgos',
    preTest: 'antes', postTest: 'después', contributions: 'Hallazgos que la modificaron', lr: 'CV',
    hipSpine: 'Relación cadera–columna', suspected: 'Se sospecha síndrome cadera–columna', notSuspected: 'No se sospecha síndrome cadera–columna',
    nextSteps: 'Próximos pasos', exercisePlan: 'Plan de ejercicios', warnings: 'Advertencias', dosage: 'Dosis', why: 'Motivo',
    patientInstruction: 'Para el paciente', questionnaireScores: 'Puntuaciones de los cuestionarios', notScored: 'Sin puntuar',
    noLeader: 'Sin origen claro', leading: 'Origen principal',
    report: 'Informe', reportStatus: 'Estado del informe: {s}', reportWaiting: 'El informe se está preparando; esto se actualiza solo.',
    downloadReport: 'Descargar el informe clínico (PDF)', downloadHandout: 'Descargar la hoja para el paciente (PDF, {lang})',
    handoutLang: 'Idioma de la hoja', downloaded: 'Descargado {name}',
    newAssessment: 'Nueva valoración', showHistory: 'Ver el historial del paciente',
    historyTitle: 'Historial del paciente', historyIntro: 'Todas las valoraciones de esta referencia en su centro.',
    historyEmpty: 'No hay valoraciones de esta referencia en su centro.',
    date: 'Fecha', model: 'Modelo', leader: 'Origen principal', change: 'Cambio', threshold: 'Cambio importante',
    overTime: '{m} a lo largo del tiempo (línea discontinua: cambio importante desde el primer valor)',
    lowerBetter: 'menos es mejor', higherBetter: 'más es mejor',
    loadPatient: 'Abrir el historial', errors: {
      401: 'Su sesión ha terminado. Se inicia sesión de nuevo; lo que ha escrito se conserva.',
      403: 'No tiene permiso para hacer esto (su rol o su centro no lo permiten).',
      404: 'No se encuentra en su centro.',
      422: 'Hay respuestas que corregir; vea los mensajes junto a los campos.',
      503: 'Un servicio no está disponible en este momento. No se ha perdido nada; inténtelo de nuevo en unos segundos.',
      network: 'No se pudo conectar con el servicio. No se ha perdido nada; inténtelo de nuevo.',
      other: 'Algo ha fallado ({s}). No se ha perdido nada; inténtelo de nuevo.'
    },
    loading: 'Cargando…', required: 'Obligatorio',
    effect: 'Efecto',
    level: { ROUTINE: 'No urgente', URGENT: 'Urgente', EMERGENCY: 'Emergencia' },
    reportState: { PENDING: 'en preparación', READY: 'listo', FAILED: 'no se pudo generar' },
    direction: { INCREASES: 'aumenta', DECREASES: 'disminuye' },
    odiBand: { MINIMAL: 'discapacidad mínima', MODERATE: 'discapacidad moderada', SEVERE: 'discapacidad grave',
      CRIPPLED: 'discapacidad invalidante', BED_BOUND: 'postrado en cama' },
    startBackRisk: { LOW: 'riesgo bajo', MEDIUM: 'riesgo medio', HIGH: 'riesgo alto' },
    hoosScale: { pain: 'Dolor', function: 'Función', qualityOfLife: 'Calidad de vida' },
    measure: { ODI: 'Oswestry (ODI)', NPRS: 'EVN', STARTBACK: 'STarT Back', HOOS12: 'HOOS-12', HOOS12_PAIN: 'HOOS-12 dolor',
      HOOS12_FUNCTION: 'HOOS-12 función', HOOS12_QOL: 'HOOS-12 calidad de vida', HOOS12_SUMMARY: 'HOOS-12 resumen' },
    interpretation: { IMPROVED: 'mejoría importante', WORSENED: 'empeoramiento importante', NO_IMPORTANT_CHANGE: 'sin cambio importante',
      BEYOND_MDC_BETTER: 'mejor, por encima del error de medida', BEYOND_MDC_WORSE: 'peor, por encima del error de medida',
      WITHIN_MDC: 'dentro del error de medida', NOT_JUDGED: 'sin valorar (no hay umbral publicado)' }
  }
};

let current = 'en';

export function setLanguage(lang) {
  current = STRINGS[lang] ? lang : 'en';
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** The label of an API code in the current language (group e.g. 'level', code e.g. 'ROUTINE'); the code when none. */
export function label(group, code) {
  if (code === null || code === undefined) return '—';
  const value = STRINGS[current][group]?.[code] ?? STRINGS.en[group]?.[code];
  return typeof value === 'string' ? value : String(code);
}

/** The string for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const parts = key.split('.');
  let value = STRINGS[current];
  for (const p of parts) value = value?.[p];
  if (value === undefined) value = parts.reduce((v, p) => v?.[p], STRINGS.en) ?? key;
  return typeof value === 'string' ? value.replace(/\{(\w+)\}/g, (_, n) => params[n] ?? '') : value;
}
