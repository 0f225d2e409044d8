/*
 * Samverkan: Uppföljning in Cockpit, a page of its own (#/uppfoljning) with a link in Cockpit's menu, for
 * chefer and processledare. It reads aggregates from the application's own API (GET /api/followup/...) with
 * the Cockpit login; the server decides who may see them, and anyone else gets its Swedish refusal. Counts
 * under five arrive as "färre än 5" with no value, so charts leave them out. Charts are drawn with Chart.js,
 * served by the application itself (no CDN). Every value is put on the page as text, never as HTML.
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

let openCharts = [];

export default [
  {
    id: 'samverkan.followup.page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: PATH, label: 'Uppföljning' },
    render: function (container) {
      openCharts = page(container);
    },
    unmount: function () {
      openCharts.splice(0).forEach(function (chart) { chart.destroy(); });
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
