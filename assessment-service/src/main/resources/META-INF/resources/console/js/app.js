// The clinician console: one assessment in the order a clinician works (red flags, body chart, history,
// examination, questionnaires), then the result, the report and the patient's history. Everything typed is kept
// in sessionStorage (a pseudonymous patient reference, no names) so a re-login or a reload loses nothing.
import * as auth from './auth.js';
import { call, configure, ApiError } from './api.js';
import { t, label, setLanguage, language } from './i18n.js';

const DRAFT = 'hipspine.console.draft';
// set after a sign-in, removed at sign-out: a reload signs in again at once (Keycloak's session makes it silent)
const SESSION = 'hipspine.console.signed-in';
const STEPS = ['redflags', 'body', 'history', 'exam', 'questionnaires', 'result', 'patient'];
const REGIONS = [
  { key: 'groin', code: 'pain.groin' }, { key: 'lateral', code: 'pain.lateral-hip' },
  { key: 'buttock', code: 'pain.buttock' }, { key: 'lowback', code: 'pain.low-back', noSide: true },
  { key: 'posthigh', code: 'pain.posterior-thigh' }, { key: 'belowknee', code: 'pain.below-knee' }
];
// where each spot sits on the figure (seen from behind: the patient's left is on the left)
const SPOTS = {
  lateral: { left: [62, 165, 9, 12], right: [138, 165, 9, 12] },
  buttock: { left: [86, 178, 13, 11], right: [114, 178, 13, 11] },
  lowback: { both: [100, 140, 22, 10] },
  groin: { left: [93, 200, 6, 6], right: [107, 200, 6, 6] },
  posthigh: { left: [85, 232, 11, 22], right: [115, 232, 11, 22] },
  belowknee: { left: [85, 310, 9, 28], right: [115, 310, 9, 28] }
};
const ODI_SECTIONS = 10, STARTBACK_ITEMS = 9, HOOS_ITEMS = 12;

let draft = loadDraft();
let catalogue = {};        // per language: {findings, byCode, emergencyRules}
let currentResult = null;  // {lang, assessment}: the assessment shown on the result page, in that language
let reportPoll = null;

// ---- small DOM helpers ---------------------------------------------------------------------------------------

function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'circle', 'ellipse', 'line', 'text', 'polyline', 'title', 'path'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

function idFor(key) {
  return 'f-' + key.replace(/[^A-Za-z0-9-]/g, '_');
}

function loadDraft() {
  try {
    return JSON.parse(sessionStorage.getItem(DRAFT)) ?? fresh();
  } catch (e) {
    return fresh();
  }
}

function fresh(lang = 'en') {
  return { lang, step: 'redflags', values: {}, assessmentId: null };
}

function save() {
  sessionStorage.setItem(DRAFT, JSON.stringify(draft));
}

function value(key) {
  return draft.values[key] ?? '';
}

function status(text) {
  document.getElementById('status').textContent = text;
}

// ---- errors: a clear message next to the action, field messages for 422, re-login for 401 -------------------

function showError(err, where) {
  const box = where ?? document.getElementById('status');
  let text;
  if (err instanceof ApiError) {
    if (err.status === 401) {
      save();
      box.textContent = t('errors.401');
      auth.login(language());
      return;
    }
    text = err.status === 0 ? t('errors.network') : (t('errors')[err.status] ?? t('errors.other', { s: err.status }));
    if (err.problem?.detail && err.status !== 422) text += ' (' + err.problem.detail + ')';
  } else {
    text = t('errors.other', { s: err.message });
  }
  box.replaceChildren(h('p', { class: 'message error', role: 'alert', text }));
}

/** Puts each violation of a 422 next to its field, opens the step of the first one and focuses it. */
async function showViolations(problem, fieldKeys) {
  const violations = problem?.violations ?? [];
  const byKey = {};
  for (const v of violations) {
    const key = keyForPath(v.field, fieldKeys);
    (byKey[key] ??= []).push(v.message);
  }
  draft.errors = byKey;
  const first = Object.keys(byKey)[0];
  draft.step = first ? stepOfKey(first) : 'questionnaires';
  save();
  await render();
  const el = first && document.getElementById(idFor(first));
  if (el) el.focus();
}

function keyForPath(path, fieldKeys) {
  let m = /^findings\[(\d+)\](?:\.(\w+))?/.exec(path ?? '');
  if (m) {
    const key = fieldKeys[Number(m[1])] ?? 'general';
    return m[2] === 'side' && key.startsWith('exam:') ? 'side:' + key.slice(5) : key;
  }
  m = /^questionnaires\.(\w+)(?:\[(\d+)\])?/.exec(path ?? '');
  if (m) {
    const prefix = { odi: 'odi', startBack: 'sb', hoos12: 'hoos' }[m[1]];
    return prefix ? prefix + ':' + (m[2] ?? 0) : 'nprs';
  }
  return ['patientRef', 'encounterDate', 'age', 'sex', 'setting'].includes(path) ? path : 'general';
}

function stepOfKey(key) {
  if (key.startsWith('body:')) return 'body';
  if (key.startsWith('hist:')) return 'history';
  if (key.startsWith('exam:') || key.startsWith('side:')) return 'exam';
  if (/^(nprs|odi:|sb:|hoos:|general)/.test(key)) return 'questionnaires';
  return 'redflags';
}

function fieldError(key) {
  const messages = draft.errors?.[key];
  return messages ? h('p', { class: 'field-error', id: 'err-' + idFor(key), text: messages.join('; ') }) : null;
}

function describedBy(key) {
  return draft.errors?.[key] ? { 'aria-invalid': 'true', 'aria-describedby': 'err-' + idFor(key) } : {};
}

// ---- controls bound to the draft ------------------------------------------------------------------------------

function textField(key, label, type = 'text', extra = {}) {
  return h('div', { class: 'field' },
    h('label', { for: idFor(key), text: label }),
    h('input', { id: idFor(key), type, 'data-key': key, value: value(key), ...describedBy(key), ...extra }),
    fieldError(key));
}

function selectField(key, label, options, extra = {}) {
  const select = h('select', { id: idFor(key), 'data-key': key, ...describedBy(key), ...extra },
    options.map(([v, text]) => h('option', { value: v, text, selected: String(value(key)) === String(v) })));
  return h('div', { class: 'field' }, h('label', { for: idFor(key), text: label }), select, fieldError(key));
}

function numberOptions(min, max) {
  const out = [['', t('blank')]];
  for (let i = min; i <= max; i++) out.push([String(i), String(i)]);
  return out;
}

function onEdit(event) {
  const el = event.target;
  const key = el.dataset?.key;
  if (!key) return;
  if (el.type === 'checkbox') draft.values[key] = el.checked;
  else if (el.type === 'radio') {
    if (el.checked) draft.values[key] = el.value;
  } else draft.values[key] = el.value;
  if (draft.errors?.[key]) delete draft.errors[key];
  save();
  if (key.startsWith('rf:')) renderEmergency();
}

// ---- content from content-service, in the chosen language ------------------------------------------------------

async function loadCatalogue() {
  const lang = language();
  if (catalogue[lang]) return catalogue[lang];
  const [findings, rules] = await Promise.all([
    call('content', '/api/v1/findings?size=100', { lang }),
    call('content', '/api/v1/red-flags?level=EMERGENCY&size=100', { lang })
  ]);
  const byCode = Object.fromEntries(findings.items.map(f => [f.code, f]));
  // an EMERGENCY rule met by one answer alone: that answer stops the flow at once
  const emergencyRules = rules.items.filter(r => r.kind === 'SINGLE' && r.criteria.length === 1 && r.criteria[0].finding);
  catalogue[lang] = { findings: findings.items, byCode, emergencyRules };
  return catalogue[lang];
}

function findingName(code) {
  return catalogue[language()]?.byCode[code]?.name ?? code;
}

// ---- views ----------------------------------------------------------------------------------------------------

const VIEWS = { redflags: viewRedFlags, body: viewBody, history: viewHistory, exam: viewExam,
  questionnaires: viewQuestionnaires, result: viewResult, patient: viewPatient };

function renderNav() {
  const nav = document.getElementById('steps');
  nav.hidden = false;
  nav.setAttribute('aria-label', t('steps'));
  nav.replaceChildren(h('ol', {}, STEPS.map((s, i) => h('li', {},
    h('button', { type: 'button', 'aria-current': draft.step === s ? 'step' : false,
      disabled: s === 'result' && !draft.assessmentId,
      onclick: () => go(s) }, `${i < 6 ? i + 1 + '. ' : ''}${t('step_' + s)}`)))));
}

function go(step) {
  draft.step = step;
  save();
  render();
  document.getElementById('main').focus();
}

function stepButtons(prev, next) {
  return h('div', { class: 'actions' },
    prev && h('button', { type: 'button', class: 'secondary', id: 'back', onclick: () => go(prev) }, t('back')),
    next && h('button', { type: 'button', id: 'next', onclick: () => go(next) }, t('next')));
}

async function render() {
  clearInterval(reportPoll);
  document.title = t('title');
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('lang-label').textContent = t('language');
  document.getElementById('logout').textContent = t('signOut');
  const who = auth.user();
  if (who) {
    document.getElementById('who').textContent = t('signedInAs', { user: who.name, roles: who.roles.join(', '), clinic: who.clinic ?? t('noClinic') });
  }
  renderNav();
  const view = document.getElementById('view');
  view.replaceChildren(h('p', { text: t('loading') }));
  try {
    await loadCatalogue();
    // a view returns elements and (nested) lists of them, with null/false for parts left out
    view.replaceChildren(...[await VIEWS[draft.step]()].flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
    if (draft.step === 'redflags') renderEmergency();
  } catch (e) {
    view.replaceChildren(h('div', { id: 'view-error' }));
    showError(e, document.getElementById('view-error'));
  }
}

function viewRedFlags() {
  const c = catalogue[language()];
  const patient = h('fieldset', {}, h('legend', { text: t('patient') }), h('div', { class: 'grid' },
    textField('patientRef', t('patientRef'), 'text', { autocomplete: 'off' }),
    textField('encounterDate', t('encounterDate'), 'date'),
    textField('age', t('age'), 'number', { inputmode: 'numeric' }),
    selectField('sex', t('sex'), [['', t('blank')], ...['female', 'male', 'other', 'unknown'].map(s => [s, t('sex_' + s)])]),
    selectField('setting', t('setting'), [['primary-care', t('setting_primary')], ['specialist', t('setting_specialist')]])));
  const questions = c.findings.filter(f => f.group === 'RED_FLAG').map(f => {
    const key = 'rf:' + f.code;
    return h('fieldset', { class: 'question', id: idFor(key) + '-q' },
      h('legend', { text: f.name }),
      f.meaning && h('p', { class: 'explain', text: f.meaning }),
      [['yes', t('yes')], ['no', t('no')]].map(([v, label]) => h('label', {},
        h('input', { type: 'radio', name: key, value: v, 'data-key': key, id: idFor(key) + '-' + v, checked: value(key) === v }),
        ' ' + label)),
      fieldError(key));
  });
  return [h('h2', { text: t('step_redflags') }), patient, h('p', { text: t('redFlagsIntro') }),
    h('div', { id: 'emergency' }), ...questions, h('div', { id: 'rf-actions' }, stepButtons(null, 'body'))];
}

/** Shows the action of every EMERGENCY rule an answer meets, and stops the flow while one is met. */
function renderEmergency() {
  const box = document.getElementById('emergency');
  if (!box) return;
  const met = catalogue[language()].emergencyRules.filter(r => value('rf:' + r.criteria[0].finding) === 'yes');
  const actions = document.getElementById('rf-actions');
  if (!met.length) {
    box.replaceChildren();
    actions.hidden = false;
    return;
  }
  actions.hidden = true;
  const wasEmpty = !box.firstChild;
  box.replaceChildren(h('div', { class: 'alert-emergency', role: 'alert', id: 'emergency-alert', tabindex: '-1' },
    h('h3', { text: t('emergencyTitle') }),
    met.map(r => h('div', {}, h('p', {}, h('strong', { text: (r.name ?? findingName(r.criteria[0].finding)) + ': ' }), r.action),
      h('p', { class: 'muted', text: t('source') + ': ' + r.source }))),
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'record-emergency', onclick: e => submit(e.target) },
      t('emergencyRecord'))),
    h('div', { id: 'submit-error' })));
  if (wasEmpty) document.getElementById('emergency-alert').focus();
}

function viewBody() {
  const spots = [];
  for (const region of REGIONS) {
    for (const [side, [cx, cy, rx, ry]] of Object.entries(SPOTS[region.key])) {
      const key = 'body:' + region.code + ':' + side;
      const label = t('region_' + region.key) + (region.noSide ? '' : ', ' + t(side));
      spots.push(h('ellipse', { class: 'spot', cx, cy, rx, ry, role: 'checkbox', tabindex: '0', id: idFor(key),
        'aria-checked': String(value(key) === true), 'aria-label': label, 'data-key': key,
        onclick: e => toggleSpot(e.target), onkeydown: e => {
          if (e.key === ' ' || e.key === 'Enter') {
            e.preventDefault();
            toggleSpot(e.target);
          }
        } }, h('title', { text: label })));
    }
  }
  const figure = h('svg', { viewBox: '0 0 200 360', role: 'group', 'aria-label': t('bodyFigure') },
    h('circle', { class: 'silhouette', cx: 100, cy: 28, r: 18, 'aria-hidden': 'true' }),
    h('rect', { class: 'silhouette', x: 66, y: 50, width: 68, height: 140, rx: 14, 'aria-hidden': 'true' }),
    h('rect', { class: 'silhouette', x: 44, y: 56, width: 18, height: 110, rx: 8, 'aria-hidden': 'true' }),
    h('rect', { class: 'silhouette', x: 138, y: 56, width: 18, height: 110, rx: 8, 'aria-hidden': 'true' }),
    h('rect', { class: 'silhouette', x: 72, y: 186, width: 26, height: 168, rx: 10, 'aria-hidden': 'true' }),
    h('rect', { class: 'silhouette', x: 102, y: 186, width: 26, height: 168, rx: 10, 'aria-hidden': 'true' }),
    h('text', { x: 8, y: 352, text: t('left'), 'aria-hidden': 'true' }),
    h('text', { x: 192, y: 352, 'text-anchor': 'end', text: t('right'), 'aria-hidden': 'true' }),
    spots);
  return [h('h2', { text: t('step_body') }), h('p', { text: t('bodyIntro') }),
    h('div', { class: 'body-chart' }, figure, h('div', {}, h('h3', { text: t('marked') }),
      h('ul', { id: 'marked-list', 'aria-live': 'polite' }, markedItems()))),
    stepButtons('redflags', 'history')];
}

function toggleSpot(el) {
  const key = el.dataset.key;
  draft.values[key] = !(value(key) === true);
  save();
  el.setAttribute('aria-checked', String(draft.values[key]));
  document.getElementById('marked-list').replaceChildren(...markedItems());
}

function markedItems() {
  const items = REGIONS.map(r => {
    const side = regionSide(r);
    return side === null ? null : h('li', { text: t('region_' + r.key) + (r.noSide ? '' : ' (' + t(side === 'bilateral' ? 'both' : side) + ')') });
  }).filter(Boolean);
  return items.length ? items : [h('li', { text: t('nothingMarked') })];
}

/** left, right, bilateral, 'none' for a midline region that is marked, or null when not marked. */
function regionSide(region) {
  if (region.noSide) return value('body:' + region.code + ':both') === true ? 'none' : null;
  const l = value('body:' + region.code + ':left') === true, r = value('body:' + region.code + ':right') === true;
  return l && r ? 'bilateral' : l ? 'left' : r ? 'right' : null;
}

function viewHistory() {
  const c = catalogue[language()];
  const bodyCodes = new Set(REGIONS.map(r => r.code));
  const groups = { aggravating: [], easing: [], otherSymptoms: [], historyGroup: [] };
  for (const f of c.findings) {
    if (!['SYMPTOM', 'HISTORY'].includes(f.group) || bodyCodes.has(f.code)) continue;
    const g = f.code.startsWith('aggravated.') ? 'aggravating' : f.code.startsWith('relieved.') ? 'easing'
      : f.group === 'HISTORY' ? 'historyGroup' : 'otherSymptoms';
    groups[g].push(f);
  }
  return [h('h2', { text: t('step_history') }),
    Object.entries(groups).map(([g, list]) => h('fieldset', {}, h('legend', { text: t(g) }), list.map(f => {
      const key = 'hist:' + f.code;
      if (f.valueType === 'NUMBER') {
        return textField(key, f.name + (f.unit ? ` (${f.min}–${f.max} ${f.unit})` : ''), 'number', { inputmode: 'numeric' });
      }
      return h('div', {}, h('label', {}, h('input', { type: 'checkbox', id: idFor(key), 'data-key': key,
        checked: value(key) === true, ...describedBy(key) }), ' ' + f.name), fieldError(key));
    }))),
    stepButtons('body', 'exam')];
}

function examRegion(code) {
  if (/^test\.sij/.test(code)) return 'sij';
  if (/^(test\.(slr|crossed-slr|slump|femoral-stretch)|neuro\.|mdt\.)/.test(code)) return 'lumbar';
  if (/^(rom\.hip|test\.|exam\.|injection\.hip)/.test(code)) return 'hip';
  return 'other';
}

function viewExam() {
  const c = catalogue[language()];
  const regions = { hip: [], lumbar: [], sij: [], other: [] };
  c.findings.filter(f => f.group === 'EXAMINATION').forEach(f => regions[examRegion(f.code)].push(f));
  return [h('h2', { text: t('step_exam') }), h('p', { text: t('examIntro') }),
    Object.entries(regions).map(([region, tests]) => h('section', { 'aria-labelledby': 'exam-' + region },
      h('h3', { id: 'exam-' + region, text: t('exam_' + region) }), tests.map(examTest))),
    stepButtons('history', 'questionnaires')];
}

function examTest(f) {
  const key = 'exam:' + f.code, sideKey = 'side:' + f.code;
  const control = f.valueType === 'NUMBER'
    ? textField(key, f.name + ` (${f.min}–${f.max}${f.unit ? ' ' + f.unit : ''})`, 'number', { inputmode: 'numeric' })
    : selectField(key, f.name, [['', t('notTested')], ['true', t('positive')], ['false', t('negative')]]);
  return h('div', { class: 'test' },
    h('div', { class: 'controls' }, control,
      f.sideApplies && selectField(sideKey, t('side'), [['', t('blank')], ['left', t('left')], ['right', t('right')], ['bilateral', t('both')]])),
    h('details', {}, h('summary', { text: t('howAndEvidence') + ': ' + f.name }),
      f.howToPerform && h('div', {}, h('h4', { text: t('howToPerform') }), h('p', { text: f.howToPerform })),
      h('h4', { text: t('evidence') }), evidenceTable(f)));
}

function evidenceTable(f) {
  if (!f.accuracy?.length) return h('p', { text: t('noEvidence') });
  return h('div', { class: 'table-wrap', tabindex: '0' }, h('table', {},
    h('thead', {}, h('tr', {}, ['target', 'sn', 'sp', 'lrPos', 'lrNeg', 'source', 'status'].map(k => h('th', { scope: 'col', text: t(k) })))),
    h('tbody', {}, f.accuracy.map(r => h('tr', {},
      [r.targetCondition, r.sn, r.sp, r.lrPositive, r.lrNegative, r.source].map(v => h('td', { text: v ?? '—' })),
      h('td', {}, r.evidenceStatus ?? '—', weak(r.evidenceStatus) && h('span', { class: 'weak', text: ' — ' + t('weakEvidence', { s: r.evidenceStatus }) })))))));
}

/** Evidence marked U (unverified) or S (secondary) is said to be weak wherever it is shown. */
function weak(status) {
  return /\b[US]\b/.test(status ?? '');
}

function viewQuestionnaires() {
  const items = (prefix, n, label, max, maxLast) => Array.from({ length: n }, (_, i) =>
    selectField(prefix + ':' + i, label(i), numberOptions(0, i === n - 1 && maxLast !== undefined ? maxLast : max)));
  return [h('h2', { text: t('step_questionnaires') }), h('p', { text: t('questionnairesIntro') }),
    h('fieldset', {}, h('legend', { text: 'NPRS' }), selectField('nprs', t('nprs'), numberOptions(0, 10))),
    h('fieldset', {}, h('legend', { text: t('odi') }), h('div', { class: 'grid' }, items('odi', ODI_SECTIONS, i => `${i + 1}. ${t('odiSections')[i]}`, 5))),
    h('fieldset', {}, h('legend', { text: t('startBack') }), h('div', { class: 'grid' }, items('sb', STARTBACK_ITEMS, i => t('item', { n: i + 1 }), 1, 4))),
    h('fieldset', {}, h('legend', { text: t('hoos12') }), h('div', { class: 'grid' }, items('hoos', HOOS_ITEMS, i => t('item', { n: i + 1 }), 4))),
    fieldError('general'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => go('exam') }, t('back')),
      h('button', { type: 'button', id: 'calculate', onclick: e => submit(e.target) }, t('calculate'))),
    h('div', { id: 'submit-error' })];
}

// ---- submission -----------------------------------------------------------------------------------------------

/** The POST body from the draft, and for each finding the key of the control it came from (for 422 paths). */
function submission() {
  const findings = [], keys = [];
  const add = (key, finding) => { findings.push(finding); keys.push(key); };
  for (const [key, v] of Object.entries(draft.values)) {
    if (key.startsWith('rf:') && (v === 'yes' || v === 'no')) add(key, { code: key.slice(3), value: v === 'yes' });
  }
  for (const r of REGIONS) {
    const side = regionSide(r);
    if (side === null) continue;
    const key = 'body:' + r.code + ':' + (r.noSide ? 'both' : 'left');
    add(key, side === 'none' ? { code: r.code, value: true } : { code: r.code, value: true, side });
  }
  const byCode = catalogue[language()].byCode;
  for (const [key, v] of Object.entries(draft.values)) {
    if (key.startsWith('hist:')) {
      const code = key.slice(5);
      if (byCode[code]?.valueType === 'NUMBER' ? v !== '' : v === true) add(key, { code, value: byCode[code]?.valueType === 'NUMBER' ? Number(v) : true });
    } else if (key.startsWith('exam:') && v !== '') {
      const code = key.slice(5);
      const f = { code, value: byCode[code]?.valueType === 'NUMBER' ? Number(v) : v === 'true' };
      if (value('side:' + code)) f.side = value('side:' + code);
      add(key, f);
    }
  }
  const list = (prefix, n) => {
    const a = Array.from({ length: n }, (_, i) => value(prefix + ':' + i) === '' ? null : Number(value(prefix + ':' + i)));
    return a.some(x => x !== null) ? a : undefined;
  };
  const questionnaires = { odi: list('odi', ODI_SECTIONS), startBack: list('sb', STARTBACK_ITEMS), hoos12: list('hoos', HOOS_ITEMS) };
  if (value('nprs') !== '') questionnaires.nprs = Number(value('nprs'));
  const body = {
    patientRef: value('patientRef'), encounterDate: value('encounterDate'),
    age: value('age') === '' ? null : Number(value('age')), sex: value('sex') || null,
    setting: value('setting') || 'primary-care', findings
  };
  if (Object.values(questionnaires).some(q => q !== undefined)) body.questionnaires = questionnaires;
  return { body, keys };
}

async function submit(button) {
  const { body, keys } = submission();
  const where = document.getElementById('submit-error');
  button.disabled = true;
  status(t('submitting'));
  try {
    // the result's texts (triage, next steps, warnings, evidence notes) in the console's language
    const created = await call('assessment', '/api/v1/assessments', { method: 'POST', body, lang: language() });
    draft.assessmentId = created.id;
    draft.errors = {};
    draft.step = 'result';
    save();
    currentResult = { lang: language(), assessment: created };
    status('');
    await render();
    document.getElementById('main').focus();
  } catch (e) {
    status('');
    button.disabled = false;
    if (e instanceof ApiError && (e.status === 422 || e.status === 400) && e.problem?.violations?.length) {
      await showViolations(e.problem, keys);
      status(t('errors.422'));
    } else {
      showError(e, where);
    }
  }
}

// ---- result, report -------------------------------------------------------------------------------------------

async function viewResult() {
  const lang = language();
  // fetched again when the language changes: the service answers the result's texts in the language asked for
  if (!currentResult || currentResult.assessment.id !== draft.assessmentId || currentResult.lang !== lang) {
    currentResult = { lang, assessment: await call('assessment', '/api/v1/assessments/' + encodeURIComponent(draft.assessmentId), { lang }) };
  }
  const a = currentResult.assessment;
  const triage = a.triage ?? {};
  const instruction = a.patientInstruction;
  const out = [h('h2', { text: t('resultTitle') }),
    h('div', { class: 'banner ' + triage.level, id: 'triage-banner' },
      h('h3', { text: t('triage') + ': ' + label('level', triage.level) }), h('p', { text: triage.action }),
      triage.reasons?.length > 0 && h('ul', {}, triage.reasons.map(r => h('li', { text: `${r.text} (${r.source})` })))),
    instruction && h('p', { class: 'message' }, h('strong', { text: t('patientInstruction') + ': ' }),
      instruction.translations?.[lang] ?? instruction.text),
    h('p', { id: 'leading' }, h('strong', { text: t('leading') + ': ' }), a.leadingCategoryName ?? a.leadingCategory ?? t('noLeader')),
    h('h3', { text: t('differential') }), differentialChart(a.differential ?? []),
    (a.differential ?? []).filter(d => d.contributions?.length).map(d => h('div', { class: 'table-wrap', tabindex: '0' }, h('table', {},
      h('caption', { text: `${categoryName(d)}: ${t('contributions')}` }),
      h('thead', {}, h('tr', {}, [t('evidence'), t('lr'), t('effect'), t('source'), t('status')].map(x => h('th', { scope: 'col', text: x })))),
      h('tbody', {}, d.contributions.map(c => h('tr', {},
        h('td', { text: c.findingName ?? findingName(c.findingCode) }), h('td', { text: c.likelihoodRatio }), h('td', { text: label('direction', c.direction) }),
        h('td', { text: c.source }),
        h('td', {}, c.evidenceStatus ?? '—', weak(c.evidenceStatus) && h('span', { class: 'weak', text: ' — ' + t('weakEvidence', { s: c.evidenceStatus }) }),
          c.evidenceNote && h('span', { class: 'muted', text: ' ' + c.evidenceNote })))))))),
    h('h3', { text: t('hipSpine') }),
    h('p', { id: 'hip-spine' }, h('strong', { text: a.hipSpineSyndrome?.suspected ? t('suspected') : t('notSuspected') }),
      a.hipSpineSyndrome?.rationale ? ': ' + a.hipSpineSyndrome.rationale : ''),
    scores(a.questionnaires),
    h('h3', { text: t('nextSteps') }), h('ul', {}, (a.nextSteps ?? []).map(s => h('li', { text: s.text + (s.source ? ` (${s.source})` : '') }))),
    h('h3', { text: t('exercisePlan') }), a.exercisePlan?.note && h('p', { text: a.exercisePlan.note }),
    h('div', { id: 'exercises' }, await Promise.all((a.exercisePlan?.items ?? []).map(exercise))),
    (a.warnings ?? []).length > 0 && [h('h3', { text: t('warnings') }), h('ul', {}, a.warnings.map(w => h('li', { text: w.text })))],
    h('h3', { text: t('report') }),
    h('p', { id: 'report-status', role: 'status', 'data-status': 'PENDING',
      text: t('reportStatus', { s: label('reportState', 'PENDING') }) + ' ' + t('reportWaiting') }),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'download-report', disabled: true, onclick: () => download('pdf') }, t('downloadReport')),
      selectField('handoutLang', t('handoutLang'), [['en', 'English'], ['es', 'Español']]),
      h('button', { type: 'button', id: 'download-handout', disabled: true, onclick: () => download('handout') },
        t('downloadHandout', { lang: value('handoutLang') || 'en' }))),
    h('div', { id: 'download-error' }),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', id: 'open-history', onclick: () => { draft.values.historyRef = a.patientRef; go('patient'); } }, t('showHistory')),
      h('button', { type: 'button', class: 'secondary', id: 'new-assessment', onclick: newAssessment }, t('newAssessment')))];
  pollReport(a.id);
  return out;
}

/** The category's name in the result's language (the API's categoryName); its code only from an older service. */
function categoryName(e) {
  return e.categoryName ?? e.category;
}

function differentialChart(entries) {
  // HTML bars, not a drawing: they reflow at any width, so names and figures stay full-size text on a phone
  // (the SVG version shrank its 12 px text to about 6 px at 375 px). Widths through CSSOM: the CSP has no inline styles.
  const bar = (cls, p) => { const el = h('div', { class: 'bar ' + cls }); el.style.width = Math.max(0.5, p * 100 * 0.8) + '%'; return el; };
  return h('div', { class: 'chart', role: 'img', id: 'differential-chart',
    'aria-label': entries.map(e => `${categoryName(e)}: ${t('preTest')} ${pct(e.preTestProbability)}, ${t('postTest')} ${pct(e.probability)} (${e.preTestSource})`).join('; ') },
  h('p', { class: 'legend' }, h('span', { class: 'key bar-pre' }), t('preTest'), ' ', h('span', { class: 'key bar-post' }), t('postTest')),
  entries.map(e => h('div', { class: 'chart-row' },
    h('div', { class: 'chart-label', text: categoryName(e) }),
    bar('bar-pre', e.preTestProbability), bar('bar-post', e.probability),
    h('div', { class: 'chart-value', text: `${pct(e.preTestProbability)} → ${pct(e.probability)}` }))));
}

function pct(p) {
  return (p * 100).toFixed(p < 0.1 ? 1 : 0) + '%';
}

function scores(q) {
  if (!q) return null;
  const rows = [];
  if (q.nprs !== null && q.nprs !== undefined) rows.push([label('measure', 'NPRS'), String(q.nprs)]);
  if (q.odi) rows.push([label('measure', 'ODI'), `${q.odi.percent.toFixed(1)}% (${label('odiBand', q.odi.band)})`]);
  if (q.startBack) rows.push([label('measure', 'STARTBACK'), `${q.startBack.total} (${label('startBackRisk', q.startBack.riskGroup)})`]);
  if (q.hoos12) rows.push([label('measure', 'HOOS12'), ['pain', 'function', 'qualityOfLife']
    .map(s => `${label('hoosScale', s)} ${q.hoos12[s] ?? '—'}`).join(', ')]);
  for (const n of q.notScored ?? []) rows.push([label('measure', n.measure) + ' — ' + t('notScored'), n.reason + (n.source ? ` (${n.source})` : '')]);
  if (!rows.length) return null;
  return [h('h3', { text: t('questionnaireScores') }), h('ul', { id: 'scores' }, rows.map(([k, v]) => h('li', {}, h('strong', { text: k + ': ' }), v)))];
}

/** One exercise with its picture from content-service (fetched with the token, shown from a blob URL). */
async function exercise(item) {
  const lang = language();
  let view = null, img = null;
  try {
    view = await call('content', '/api/v1/exercises/' + encodeURIComponent(item.exerciseCode), { lang });
    if (view.imageUrl) {
      const res = await call('content', view.imageUrl, { accept: 'image/svg+xml', raw: true });
      img = h('img', { src: URL.createObjectURL(await res.blob()), alt: view.imageAlt ?? view.name });
    }
  } catch (e) {
    // the plan still shows its text when the catalogue cannot be read
  }
  return h('div', { class: 'exercise' }, img,
    h('div', {}, h('h4', { text: view?.name ?? item.name }),
      h('p', {}, h('strong', { text: t('dosage') + ': ' }), item.dosage ?? '—'),
      item.why && h('p', {}, h('strong', { text: t('why') + ': ' }), item.why),
      view?.steps?.length > 0 && h('ol', {}, view.steps.map(s => h('li', { text: s })))));
}

function pollReport(assessmentId) {
  const check = async () => {
    try {
      const r = await call('report', '/api/v1/assessments/' + assessmentId + '/report');
      // the clinician may have moved on while this call was out: another assessment's report never enters the draft
      if (draft.assessmentId !== assessmentId) return;
      draft.reportId = r.id;
      save();
      const el = document.getElementById('report-status');
      if (!el) return clearInterval(reportPoll);
      // the label for the reader, the status code as data (tests and scripts read data-status)
      el.dataset.status = r.status;
      el.textContent = t('reportStatus', { s: label('reportState', r.status) }) + (r.status === 'PENDING' ? ' ' + t('reportWaiting') : '');
      if (r.status !== 'PENDING') clearInterval(reportPoll);
      const ready = r.status === 'READY';
      document.getElementById('download-report').disabled = !ready;
      document.getElementById('download-handout').disabled = !ready;
    } catch (e) {
      // 404 until report-service has consumed the event: still PENDING
      if (draft.assessmentId === assessmentId && !(e instanceof ApiError && e.status === 404)) {
        clearInterval(reportPoll);
        showError(e, document.getElementById('download-error'));
      }
    }
  };
  reportPoll = setInterval(check, 1500);
  check();
}

async function download(kind) {
  const where = document.getElementById('download-error');
  where.replaceChildren();
  const lang = value('handoutLang') || 'en';
  const path = '/api/v1/reports/' + draft.reportId + (kind === 'pdf' ? '/pdf' : '/handout.pdf');
  try {
    const res = await call('report', path, { accept: 'application/pdf', lang: kind === 'pdf' ? undefined : lang, raw: true });
    const name = kind === 'pdf' ? `report-${draft.reportId}.pdf` : `handout-${draft.reportId}-${lang}.pdf`;
    const link = h('a', { href: URL.createObjectURL(await res.blob()), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    status(t('downloaded', { name }));
  } catch (e) {
    showError(e, where);
  }
}

function newAssessment() {
  draft = fresh(language());
  currentResult = null;
  history.replaceState(null, '', location.pathname);
  save();
  render();
}

// ---- patient history ------------------------------------------------------------------------------------------

async function viewPatient() {
  const out = [h('h2', { text: t('historyTitle') }), h('p', { text: t('historyIntro') }),
    h('div', { class: 'actions' }, textField('historyRef', t('patientRef'), 'text', { autocomplete: 'off' }),
      h('button', { type: 'button', id: 'load-history', onclick: () => render() }, t('loadPatient'))),
    h('div', { id: 'history-error' })];
  const ref = value('historyRef');
  if (!ref) return out;
  let page;
  try {
    page = await call('assessment', '/api/v1/patients/' + encodeURIComponent(ref) + '/assessments', { lang: language() });
  } catch (e) {
    const box = h('div', {});
    out.push(box);
    queueMicrotask(() => showError(e, box));
    return out;
  }
  const items = [...page.items].reverse(); // oldest first, for time
  if (!items.length) return [...out, h('p', { class: 'message', id: 'history-empty', text: t('historyEmpty') })];
  out.push(h('div', { class: 'table-wrap', tabindex: '0' }, h('table', { id: 'history-table' },
    h('thead', {}, h('tr', {}, [t('date'), t('triage'), t('leader'), label('measure', 'ODI'), label('measure', 'NPRS'),
      label('measure', 'HOOS12_PAIN'), t('model')].map(x => h('th', { scope: 'col', text: x })))),
    h('tbody', {}, page.items.map(e => h('tr', {},
      h('td', {}, h('a', { href: '#assessment=' + e.id, text: e.encounterDate })), h('td', { text: label('level', e.triageLevel) }),
      h('td', { text: e.leadingCategory ? `${e.leadingCategoryName ?? e.leadingCategory} ${pct(e.leadingProbability)}` : t('noLeader') }),
      h('td', { text: e.questionnaires?.odi ? e.questionnaires.odi.percent.toFixed(1) + '%' : '—' }),
      h('td', { text: e.questionnaires?.nprs ?? '—' }), h('td', { text: e.questionnaires?.hoos12?.pain ?? '—' }),
      h('td', { text: e.modelVersion })))))));
  out.push(trend(items, label('measure', 'ODI'), 'ODI', e => e.questionnaires?.odi?.percent, 100, -1));
  out.push(trend(items, label('measure', 'NPRS'), 'NPRS', e => e.questionnaires?.nprs, 10, -1));
  out.push(trend(items, label('measure', 'HOOS12_PAIN'), 'HOOS12_PAIN', e => e.questionnaires?.hoos12?.pain, 100, 1));
  return out;
}

/** A measure over time with the important-change line from the first value, taken from the service's judgement. */
function trend(items, measure, code, pick, max, better) {
  const points = items.map(e => [e.encounterDate, pick(e)]).filter(([, v]) => v !== null && v !== undefined);
  if (!points.length) return null;
  const changes = items.flatMap(e => [...(e.progress?.changes ?? []), ...(e.progress?.changesWithoutMic ?? [])]
    .filter(c => c.measure === code)
    .map(c => ({ ...c, date: e.encounterDate })));
  const threshold = changes.find(c => c.minimalImportantChange ?? c.threshold);
  const mic = threshold ? (threshold.minimalImportantChange ?? threshold.threshold) : null;
  const w = 600, hgt = 160, x0 = 40, y = v => 10 + (1 - v / max) * (hgt - 30);
  const x = i => x0 + (points.length === 1 ? 0 : i * (w - x0 - 20) / (points.length - 1));
  const line = mic !== null ? points[0][1] + better * mic : null;
  return h('section', { 'aria-labelledby': 'trend-' + code },
    h('h3', { id: 'trend-' + code, text: t('overTime', { m: measure }) + ' — ' + t(better < 0 ? 'lowerBetter' : 'higherBetter') }),
    h('div', { class: 'chart' }, h('svg', { viewBox: `0 0 ${w} ${hgt}`, role: 'img',
      'aria-label': measure + ': ' + points.map(([d, v]) => `${d} ${v}`).join(', ') + (line !== null ? `; ${t('threshold')} ${line.toFixed(1)} (${threshold.source})` : '') },
    h('line', { x1: x0, y1: y(0), x2: w - 10, y2: y(0), stroke: '#9aa4b1' }),
    h('text', { x: 0, y: y(max) + 4, text: String(max) }), h('text', { x: 0, y: y(0), text: '0' }),
    line !== null && line >= 0 && line <= max && h('line', { x1: x0, y1: y(line), x2: w - 10, y2: y(line), stroke: '#a4000f', 'stroke-dasharray': '6 4' }),
    h('polyline', { points: points.map(([, v], i) => `${x(i)},${y(v)}`).join(' '), fill: 'none', stroke: '#0b5cad', 'stroke-width': 2 }),
    points.map(([d, v], i) => h('g', {}, h('circle', { cx: x(i), cy: y(v), r: 4, fill: '#0b5cad' }),
      h('text', { x: x(i) - 10, y: y(v) - 8, text: String(Math.round(v * 10) / 10) }))))),
    changes.length > 0 && h('ul', {}, changes.map(c => h('li', {
      text: `${c.date}: ${c.previous} → ${c.current} (${t('change')} ${c.change}; ${t('threshold')} ${c.minimalImportantChange ?? c.threshold ?? '—'}${c.source ? ', ' + c.source : ''}): ${label('interpretation', c.interpretation)}`
    }))));
}

// ---- start ----------------------------------------------------------------------------------------------------

function routeFromHash() {
  const m = /^#(assessment|history)=(.+)$/.exec(location.hash);
  if (!m) return;
  if (m[1] === 'assessment') {
    draft.assessmentId = decodeURIComponent(m[2]);
    draft.step = 'result';
  } else {
    draft.values.historyRef = decodeURIComponent(m[2]);
    draft.step = 'patient';
  }
  save();
}

async function start() {
  setLanguage(draft.lang);
  document.getElementById('lang').value = language();
  document.getElementById('lang').addEventListener('change', e => {
    draft.lang = e.target.value;
    setLanguage(draft.lang);
    save();
    if (auth.user()) render();
    else welcome();
  });
  document.getElementById('view').addEventListener('change', onEdit);
  document.getElementById('view').addEventListener('input', onEdit);
  document.getElementById('logout').addEventListener('click', () => {
    sessionStorage.removeItem(DRAFT);
    sessionStorage.removeItem(SESSION);
    auth.logout();
  });
  window.addEventListener('hashchange', () => {
    routeFromHash();
    render();
  });
  const config = await (await fetch('config.json')).json();
  configure(config);
  let signedIn = false;
  try {
    signedIn = await auth.init(config, () => {
      save();
      status(t('errors.401'));
      auth.login(language());
    });
  } catch (e) {
    showError(e);
  }
  routeFromHash();
  if (!signedIn) {
    if (sessionStorage.getItem(SESSION) && !new URLSearchParams(location.search).has('error')) {
      sessionStorage.removeItem(SESSION); // one automatic attempt; a failure shows the sign-in button
      return auth.login(language());
    }
    return welcome();
  }
  sessionStorage.setItem(SESSION, '1');
  document.getElementById('logout').hidden = false;
  if (!value('encounterDate')) draft.values.encounterDate = new Date().toISOString().slice(0, 10);
  render();
}

function welcome() {
  document.title = t('title');
  document.getElementById('view').replaceChildren(h('h2', { text: t('title') }), h('p', { text: t('welcome') }),
    h('button', { type: 'button', id: 'login', onclick: () => auth.login(language()) }, t('signIn')));
}

start();
