/*
 * Samverkan: Uppföljning in Cockpit, a page of its own (#/uppfoljning) with a link in Cockpit's menu, for
 * chefer and processledare. It reads aggregates from the application's own API (GET /api/followup/...) with
 * the Cockpit login; the server decides who may see them, and anyone else gets its Swedish refusal. Counts
 * under five arrive as "färre än 5" with no value, so charts leave them out. Charts are drawn with Chart.js,
 * served by the application itself (no CDN). Every value is put on the page as text, never as HTML.
 * Below it, Enkäter (/api/surveys/...): the survey rounds, a start form for process leaders (a write, sent with
 * the webapp's CSRF token) whose links are shown once, and a closed round compared with the earlier ones.
 * Loaded by Cockpit through customScripts in cockpit/scripts/config.js.
 */
const CHART_JS = '/webjars/chart.js/4.4.9/dist/chart.umd.js';
const PATH = '/uppfoljning';
const COLOURS = ['#1f5f8b', '#e07b39', '#3a8d5c', '#b8434e', '#7b5ea7', '#8c8c8c', '#c9a227'];

let chartLibrary = null;

/** Chart.js's UMD build as a script element; an AMD loader on the page would otherwise take it over. */
function loadChartJs() {
  if (!chartLibrary) {
    chartLibrary = new Promise(function (resolve, reject) {
      if (window.Chart) {
        resolve(window.Chart);
        return;
      }
      const amd = window.define;
      window.define = undefined;
      const script = document.createElement('script');
      script.src = CHART_JS;
      script.onload = function () {
        window.define = amd;
        resolve(window.Chart);
      };
      script.onerror = function () {
        window.define = amd;
        reject(new Error('Diagrambiblioteket kunde inte laddas.'));
      };
      document.head.appendChild(script);
    });
  }
  return chartLibrary;
}

function element(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (name) {
    node.setAttribute(name, attributes[name]);
  });
  (children || []).forEach(function (child) {
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}

function table(headers, rows) {
  return element('table', { class: 'table table-condensed samverkan-followup-table' }, [
    element('thead', {}, [element('tr', {}, headers.map(function (h) { return element('th', {}, [h]); }))]),
    element('tbody', {}, rows.map(function (row) {
      return element('tr', {}, row.map(function (cell) { return element('td', {}, [String(cell)]); }));
    }))
  ]);
}

function currentPeriods() {
  const now = new Date();
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return { MONTH: year + '-' + month, QUARTER: year + '-K' + (Math.floor(now.getMonth() / 3) + 1), YEAR: String(year) };
}

function query(form) {
  const parameters = new URLSearchParams();
  parameters.set('period', form.period.value.trim());
  if (form.agency.value) {
    parameters.set('agency', form.agency.value);
  }
  if (form.team.value) {
    parameters.set('team', form.team.value);
  }
  return parameters.toString();
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error(body && body.message ? body.message : 'Uppföljningen kunde inte hämtas just nu.');
  }
  return body;
}

function chartCanvas(id, label) {
  return element('div', { class: 'samverkan-followup-chart' }, [
    element('canvas', { id: id, role: 'img', 'aria-label': label })
  ]);
}

function barChart(Chart, charts, canvas, labels, values, options) {
  charts.push(new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: options.label, data: values, backgroundColor: options.colour || COLOURS[0] }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: options.horizontal ? 'y' : 'x',
      plugins: { legend: { display: false }, title: { display: true, text: options.title } },
      scales: options.percent
        ? { [options.horizontal ? 'x' : 'y']: { min: 0, max: 100, title: { display: true, text: 'procent' } } }
        : { [options.horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } }
    }
  }));
}

function render(container, Chart, data, charts) {
  container.textContent = '';
  const scope = [data.period.label, data.agency ? data.agency.name : 'alla verksamheter',
    data.team ? data.team.name : 'alla samverkansteam'].join(' · ');
  container.appendChild(element('p', { class: 'samverkan-followup-scope' }, [
    'Period: ' + scope + ' (' + data.period.from + ' – ' + data.period.to + '). Antal under fem visas som ”färre än 5”.'
  ]));

  // Samverkan kring barn
  const children = data.children;
  container.appendChild(element('h2', {}, ['Samverkan kring barn']));
  container.appendChild(table(['Mått', 'Antal'], [
    ['Startade ärenden', children.started.text],
    ['Pågående vid periodens slut', children.activeAtEnd.text],
    ['Samtycket återkallat', children.consentWithdrawn.text]
  ]));
  const outcomes = chartCanvas('samverkan-followup-outcomes', 'Utfall av startade ärenden');
  const closed = chartCanvas('samverkan-followup-closed', 'Avslutade ärenden per skäl');
  container.appendChild(element('div', { class: 'samverkan-followup-row' }, [outcomes, closed]));
  container.appendChild(table(['Utfall', 'Antal'], children.outcomes.map(function (r) { return [r.label, r.figure.text]; })
    .concat(children.closedByReason.map(function (r) { return ['Avslutat: ' + r.label.toLowerCase(), r.figure.text]; }))));

  // Ledtider
  container.appendChild(element('h2', {}, ['Ledtider (dagar)']));
  container.appendChild(table(['Steg', 'Ärenden', 'Median', '90:e percentilen'], data.leadTimes.map(function (l) {
    return [l.label, l.cases.text, l.medianText, l.p90Text];
  })));
  const leadCharts = data.leadTimes.map(function (l, i) {
    return chartCanvas('samverkan-followup-lead-' + l.code.toLowerCase(), 'Fördelning: ' + l.label);
  });
  container.appendChild(element('div', { class: 'samverkan-followup-row' }, leadCharts));

  // Kvalitet
  container.appendChild(element('h2', {}, ['Kvalitet']));
  const quality = chartCanvas('samverkan-followup-quality', 'Kvalitet i procent');
  quality.classList.add('samverkan-followup-chart-wide');
  container.appendChild(element('div', { class: 'samverkan-followup-row' }, [quality]));
  container.appendChild(table(['Mått', 'Andel', 'Underlag'], data.quality.map(function (q) {
    return [q.label, q.share.text, q.share.basis.text];
  })));

  // Målet
  const target = data.target;
  container.appendChild(element('h2', {}, ['Mål: första mötet inom ' + target.days + ' dagar från samtycket']));
  container.appendChild(element('p', {}, ['Ärenden som passerade målet under perioden: ' + target.missed.text
    + (target.caseNumbers.length ? ' (' + target.caseNumbers.join(', ') + ')' : '')]));

  // Samverkansteam
  const teams = data.teams;
  container.appendChild(element('h2', {}, ['Samverkansteam']));
  container.appendChild(table(['Mått', 'Antal'], [
    ['Genomförda träffar', teams.meetingsHeld.text],
    ['Föranmälda ärenden', teams.casesRegistered.text],
    ['Diskuterade ärenden', teams.casesDiscussed.text],
    ['Ärenden som ska följas upp', teams.casesFollowedUp.text]
  ]));
  const attendance = chartCanvas('samverkan-followup-attendance', 'Närvaro per part och månad');
  attendance.classList.add('samverkan-followup-chart-wide');
  container.appendChild(element('div', { class: 'samverkan-followup-row' }, [attendance]));

  barChart(Chart, charts, outcomes.firstChild, children.outcomes.map(function (r) { return r.label; }),
    children.outcomes.map(function (r) { return r.figure.value; }), { label: 'Ärenden', title: 'Utfall av startade ärenden' });
  barChart(Chart, charts, closed.firstChild, children.closedByReason.map(function (r) { return r.label; }),
    children.closedByReason.map(function (r) { return r.figure.value; }),
    { label: 'Ärenden', title: 'Avslutade per skäl', colour: COLOURS[1] });
  data.leadTimes.forEach(function (l, i) {
    barChart(Chart, charts, leadCharts[i].firstChild, l.distribution.map(function (b) { return b.label; }),
      l.distribution.map(function (b) { return b.cases.value; }), { label: 'Ärenden', title: l.label, colour: COLOURS[2 + (i % 4)] });
  });
  barChart(Chart, charts, quality.firstChild, data.quality.map(function (q) { return q.label; }),
    data.quality.map(function (q) { return q.share.percent; }), { label: 'Procent', title: 'Kvalitet', percent: true, horizontal: true });
  charts.push(new Chart(attendance.firstChild, {
    type: 'line',
    data: {
      labels: teams.attendance.length ? teams.attendance[0].months.map(function (m) { return m.month; }) : [],
      datasets: teams.attendance.map(function (party, i) {
        return { label: party.label, data: party.months.map(function (m) { return m.percent; }), borderColor: COLOURS[i],
          backgroundColor: COLOURS[i], spanGaps: true };
      })
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { title: { display: true, text: 'Närvaro per part (procent av hållna träffar)' } },
      scales: { y: { min: 0, max: 100, title: { display: true, text: 'procent' } } }
    }
  }));
}

function page(container) {
  const charts = [];
  const periods = currentPeriods();
  const kind = element('select', { name: 'kind', id: 'samverkan-followup-kind' }, [
    element('option', { value: 'MONTH' }, ['Månad']),
    element('option', { value: 'QUARTER', selected: 'selected' }, ['Kvartal']),
    element('option', { value: 'YEAR' }, ['År'])
  ]);
  const period = element('input', { name: 'period', id: 'samverkan-followup-period', value: periods.QUARTER, size: '10',
    title: 'Månad 2025-03, kvartal 2025-K1 eller år 2025' });
  const agency = element('select', { name: 'agency', id: 'samverkan-followup-agency' },
    [element('option', { value: '' }, ['Alla verksamheter'])]);
  const team = element('select', { name: 'team', id: 'samverkan-followup-team' },
    [element('option', { value: '' }, ['Alla samverkansteam'])]);
  const show = element('button', { type: 'submit', class: 'btn btn-primary' }, ['Visa']);
  const form = element('form', { class: 'form-inline samverkan-followup-form' }, [
    element('label', { for: 'samverkan-followup-kind' }, ['Period ']), kind, ' ', period, ' ',
    element('label', { for: 'samverkan-followup-agency' }, [' Verksamhet ']), agency, ' ',
    element('label', { for: 'samverkan-followup-team' }, [' Samverkansteam ']), team, ' ', show
  ]);
  const csv = element('a', { class: 'samverkan-followup-csv', download: '' }, ['Ladda ned CSV']);
  const pdf = element('a', { class: 'samverkan-followup-pdf', download: '' }, ['Styrelserapport (PDF)']);
  const downloads = element('p', { class: 'samverkan-followup-downloads' }, [pdf, ' · ', csv]);
  const message = element('p', { class: 'samverkan-followup-message', role: 'status' }, []);
  const result = element('div', { class: 'samverkan-followup-result' }, []);
  container.appendChild(element('section', { class: 'samverkan-followup' }, [
    element('h1', {}, ['Uppföljning']), form, downloads, message, result
  ]));

  kind.addEventListener('change', function () {
    period.value = periods[kind.value];
  });

  async function show_() {
    message.textContent = 'Hämtar uppföljningen …';
    downloads.hidden = true;
    try {
      const parameters = query(form);
      const [Chart, data] = await Promise.all([loadChartJs(), getJson('/api/followup/indicators?' + parameters)]);
      csv.setAttribute('href', '/api/followup/indicators.csv?' + parameters);
      pdf.setAttribute('href', '/api/followup/report.pdf?' + parameters);
      downloads.hidden = false;
      charts.splice(0).forEach(function (chart) { chart.destroy(); });
      render(result, Chart, data, charts);
      message.textContent = '';
    } catch (error) {
      result.textContent = '';
      message.textContent = error.message;
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show_();
  });

  getJson('/api/followup/choices').then(function (choices) {
    choices.agencies.forEach(function (a) { agency.appendChild(element('option', { value: a.code }, [a.name])); });
    choices.teams.forEach(function (t) { team.appendChild(element('option', { value: t.code }, [t.name])); });
  }, function () {
    // show_() below says why, once.
  });
  show_();
  return charts;
}

// --- Enkäter ------------------------------------------------------------------------------------------------------

/** The webapps' CSRF token (Camunda's XSRF-TOKEN cookie), sent back with a write to the application's API. */
function csrfToken() {
  const cookie = document.cookie.split(';').map(function (c) { return c.trim(); })
    .find(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; });
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  let answer = null;
  try {
    answer = await response.json();
  } catch (e) {
    answer = null;
  }
  if (!response.ok) {
    throw new Error(answer && answer.message ? answer.message : 'Det gick inte just nu. Försök igen.');
  }
  return answer;
}

function select(name, id, options) {
  return element('select', { name: name, id: id }, options.map(function (o) { return element('option', { value: o.code }, [o.name]); }));
}

function roundLabel(round) {
  return round.kindLabel + ' ' + round.openedOn;
}

/** The start form for process leaders; the links come back once and are shown once. */
function startForm(choices, onStarted) {
  const set = select('questionSet', 'samverkan-survey-set', choices.questionSets);
  const kind = select('kind', 'samverkan-survey-kind', choices.kinds);
  const team = select('team', 'samverkan-survey-team', choices.teams);
  const links = element('input', { name: 'links', id: 'samverkan-survey-links', type: 'number', min: '1', max: '500', value: '20', size: '4' });
  const closes = element('input', { name: 'closesOn', id: 'samverkan-survey-closes', placeholder: 'ÅÅÅÅ-MM-DD', size: '11' });
  const message = element('p', { class: 'samverkan-survey-start-message', role: 'status' }, []);
  const result = element('div', { class: 'samverkan-survey-links' }, []);
  const form = element('form', { class: 'form-inline samverkan-survey-start' }, [
    element('label', { for: 'samverkan-survey-set' }, ['Frågor ']), set, ' ',
    element('label', { for: 'samverkan-survey-kind' }, [' Omgång ']), kind, ' ',
    element('label', { for: 'samverkan-survey-team' }, [' Samverkansteam ']), team, ' ',
    element('label', { for: 'samverkan-survey-links' }, [' Antal länkar ']), links, ' ',
    element('label', { for: 'samverkan-survey-closes' }, [' Sista svarsdag ']), closes, ' ',
    element('button', { type: 'submit', class: 'btn btn-primary' }, ['Starta omgång'])
  ]);
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    message.textContent = 'Startar …';
    result.textContent = '';
    const count = Number(links.value);
    try {
      const started = await postJson('/api/surveys/rounds', {
        questionSet: set.value, kind: kind.value, team: team.value,
        links: Number.isInteger(count) ? count : links.value, closesOn: closes.value.trim()
      });
      message.textContent = 'Omgången är startad: ' + started.round.questionSet.name + ', ' + started.round.team.name + ', '
        + started.round.kindLabel.toLowerCase() + '. Dela ut en länk per person. Länkarna visas bara nu; spara dem innan du lämnar sidan.';
      const text = started.links.join('\n') + '\n';
      const list = element('textarea', { class: 'form-control samverkan-survey-link-list', readonly: 'readonly', rows: '6' }, []);
      list.value = text;
      const copy = element('button', { type: 'button', class: 'btn btn-default' }, ['Kopiera']);
      copy.addEventListener('click', function () {
        list.select();
        const done = function () { copy.textContent = 'Kopierat'; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { document.execCommand('copy'); done(); });
        } else {
          document.execCommand('copy');
          done();
        }
      });
      const download = element('a', { class: 'btn btn-default', download: 'enkatlankar-' + started.round.id + '.txt',
        href: URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })) }, ['Ladda ned som textfil']);
      result.appendChild(list);
      result.appendChild(element('p', {}, [copy, ' ', download]));
      onStarted();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return element('div', {}, [element('h2', {}, ['Starta en omgång']), form, message, result]);
}

function surveyResults(container, Chart, charts, results) {
  container.textContent = '';
  const round = results.round;
  container.appendChild(element('h2', {}, [round.questionSet.name + ', ' + round.team.name + ': ' + roundLabel(round)]));
  container.appendChild(element('p', {}, ['Jämfört med teamets tidigare omgångar med samma frågor. Medelvärde från 1 '
    + '(instämmer inte alls) till 5 (instämmer helt); visas när minst fem har svarat.']));
  const likert = results.questions.filter(function (q) { return q.kind === 'LIKERT'; });
  const chart = chartCanvas('samverkan-survey-chart', 'Medelvärde per fråga och omgång');
  chart.classList.add('samverkan-followup-chart-wide');
  container.appendChild(element('div', { class: 'samverkan-followup-row' }, [chart]));
  const headers = ['Fråga'].concat(results.rounds.map(roundLabel));
  const rows = [['Antal svar'].concat(results.rounds.map(function (r) { return r.responses.text; }))]
    .concat(likert.map(function (q) {
      return [q.position + '. ' + q.text].concat(q.rounds.map(function (f) { return f.meanText; }));
    }));
  container.appendChild(table(headers, rows));
  const distribution = likert.map(function (q) {
    const mine = q.rounds[q.rounds.length - 1];
    return [q.position + '. ' + q.text].concat(mine.distribution
      ? mine.distribution.map(function (f) { return f.text; }) : [1, 2, 3, 4, 5].map(function () { return 'färre än 5'; }));
  });
  container.appendChild(element('h3', {}, ['Fördelning i ' + roundLabel(round).toLowerCase()]));
  container.appendChild(table(['Fråga', '1', '2', '3', '4', '5'], distribution));
  results.questions.filter(function (q) { return q.kind === 'FREE_TEXT'; }).forEach(function (q) {
    container.appendChild(element('h3', {}, [q.position + '. ' + q.text]));
    container.appendChild(q.texts.length
      ? element('ul', { class: 'samverkan-survey-texts' }, q.texts.map(function (t) { return element('li', {}, [t]); }))
      : element('p', {}, [round.responses.value === null
        ? 'Fritextsvaren visas när minst fem har svarat (i slumpad ordning).' : 'Inga fritextsvar.']));
  });
  charts.push(new Chart(chart.firstChild, {
    type: 'bar',
    data: {
      labels: likert.map(function (q) { return 'Fråga ' + q.position; }),
      datasets: results.rounds.map(function (r, i) {
        return { label: roundLabel(r), backgroundColor: COLOURS[i % COLOURS.length],
          data: likert.map(function (q) { return q.rounds[i].mean; }) };
      })
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { title: { display: true, text: 'Medelvärde per fråga och omgång' } },
      scales: { y: { min: 0, max: 5, title: { display: true, text: 'medelvärde 1–5' } } }
    }
  }));
}

/** Enkäter: the rounds, a start form for process leaders, and a closed round compared with the earlier ones. */
function surveysSection(container) {
  const charts = [];
  const message = element('p', { class: 'samverkan-surveys-message', role: 'status' }, ['Hämtar enkäterna …']);
  const start = element('div', {}, []);
  const list = element('div', { class: 'samverkan-surveys-rounds' }, []);
  const results = element('div', { class: 'samverkan-surveys-results' }, []);
  container.appendChild(element('section', { class: 'samverkan-surveys' }, [
    element('h1', {}, ['Enkäter']),
    element('p', {}, ['Nulägesanalys, deluppföljning och slutuppföljning med samma frågor till medarbetare eller '
      + 'medborgare. Svaren är anonyma och visas bara sammanräknade; antal under fem visas som ”färre än 5”.']),
    message, start, list, results
  ]));

  async function showResults(id) {
    try {
      const [Chart, data] = await Promise.all([loadChartJs(), getJson('/api/surveys/rounds/' + encodeURIComponent(id) + '/results')]);
      charts.splice(0).forEach(function (c) { c.destroy(); });
      surveyResults(results, Chart, charts, data);
    } catch (error) {
      results.textContent = '';
      message.textContent = error.message;
    }
  }

  async function showRounds(canStart) {
    const rounds = await getJson('/api/surveys/rounds');
    list.textContent = '';
    list.appendChild(element('h2', {}, ['Omgångar']));
    if (!rounds.length) {
      list.appendChild(element('p', {}, ['Ingen omgång är startad än.']));
      return null;
    }
    const body = element('tbody', {}, rounds.map(function (r) {
      const actions = element('td', {}, []);
      if (r.open && canStart) {
        const close = element('button', { type: 'button', class: 'btn btn-default btn-xs' }, ['Stäng']);
        close.addEventListener('click', async function () {
          try {
            await postJson('/api/surveys/rounds/' + r.id + '/close');
            const newest = await showRounds(canStart);
            await showResults(r.id);
            return newest;
          } catch (error) {
            message.textContent = error.message;
          }
        });
        actions.appendChild(close);
      } else if (!r.open) {
        const show = element('button', { type: 'button', class: 'btn btn-default btn-xs' }, ['Visa resultat']);
        show.addEventListener('click', function () { showResults(r.id); });
        actions.appendChild(show);
      }
      return element('tr', {}, [r.questionSet.name, r.kindLabel, r.team.name, r.openedOn, r.state, r.responses.text]
        .map(function (c) { return element('td', {}, [String(c)]); }).concat([actions]));
    }));
    list.appendChild(element('table', { class: 'table table-condensed samverkan-followup-table' }, [
      element('thead', {}, [element('tr', {}, ['Frågor', 'Omgång', 'Samverkansteam', 'Startad', 'Läge', 'Svar', '']
        .map(function (h) { return element('th', {}, [h]); }))]),
      body
    ]));
    const closed = rounds.find(function (r) { return !r.open; });
    return closed ? closed.id : null;
  }

  getJson('/api/surveys/choices').then(async function (choices) {
    message.textContent = '';
    if (choices.canStart) {
      start.appendChild(startForm(choices, function () { showRounds(true); }));
    }
    const newestClosed = await showRounds(choices.canStart);
    if (newestClosed !== null) {
      await showResults(newestClosed);
    }
  }).catch(function (error) {
    message.textContent = error.message;
  });
  return charts;
}

let openCharts = [];
let surveyCharts = [];

export default [
  {
    id: 'samverkan.followup.page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: PATH, label: 'Uppföljning' },
    render: function (container) {
      openCharts = page(container);
      surveyCharts = surveysSection(container);
    },
    unmount: function () {
      openCharts.splice(0).forEach(function (chart) { chart.destroy(); });
      surveyCharts.splice(0).forEach(function (chart) { chart.destroy(); });
    }
  },
  {
    id: 'samverkan.followup.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 0,
    properties: { path: PATH },
    render: function (container) {
      container.appendChild(element('a', { href: '#' + PATH }, ['Uppföljning']));
    }
  }
];
