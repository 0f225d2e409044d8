/*
 * Samverkan in Tasklist: the tab "Ärendet" on every task of a case, "Mina ärenden" in the header, and a page
 * per case (#/samverkan/arenden/<ärendenummer>) where any party can also register that consent was
 * withdrawn. Everything is read from the application's own API (/api/tasks/{id}/case, /api/cases,
 * /api/cases/{number}) with the Tasklist login; the server decides who may see a case and answers others
 * with 404. A withdrawal starts "Återkalla samtycke" through the same engine API and CSRF token Tasklist
 * itself uses, so the server checks it exactly like the start form. Angular escapes every value it shows.
 * Loaded by Tasklist through customScripts in tasklist/scripts/config.js.
 */
const angular = window.angular;

const CASE = `
<div class="samverkan-case">
  <h3>{{ view.childName }}, {{ view.childPersonalNumber }}</h3>
  <p>Ärende {{ view.caseNumber }}<span ng-if="view.municipality"> i {{ view.municipality }} kommun</span> · <strong>{{ view.state }}</strong> · samordnas av {{ view.coordinatingAgency }}<span ng-if="view.coordinatingPrincipal">, {{ view.coordinatingPrincipal }}</span>
    (startat av {{ view.initiatingAgency }})<span ng-if="view.nextMeeting"> · nästa möte {{ view.nextMeeting }}</span></p>
  <div ng-if="view.myTasks.length" class="samverkan-my-tasks">
    <strong>Att göra för din verksamhet:</strong>
    <span ng-repeat="t in view.myTasks"><a ng-href="#/?task={{ t.id }}">{{ t.name }}</a>{{ $last ? '' : ', ' }}</span>
  </div>
  <h4>Vårdnadshavare</h4>
  <ul><li ng-repeat="g in view.guardians">{{ g.name }}: {{ g.contact }}</li></ul>
  <h4>Det här har vi uppmärksammat</h4>
  <p class="samverkan-text">{{ view.noticed }}</p>
  <p ng-if="view.wellbeingAreas.length">Områden: {{ view.wellbeingAreas.join(', ') }}</p>
  <h4>Samtycke</h4>
  <p ng-if="!view.consents.length">Inget samtycke registrerat.</p>
  <ul><li ng-repeat="c in view.consents">{{ c.form }} {{ c.givenOn }}: {{ c.agencies.join(', ') }}
    <span ng-if="c.statement"><br>{{ c.statement }}</span>
    <strong ng-if="c.withdrawnOn"><br>Återkallat {{ c.withdrawnOn }} av {{ c.withdrawnBy }}</strong></li></ul>
  <div ng-repeat="m in view.meetings">
    <h4>Samverkansmöte {{ m.number }}: {{ m.status }}</h4>
    <p>{{ m.when }}<br><span class="samverkan-text">{{ m.where }}</span></p>
    <table class="table table-condensed">
      <thead><tr><th>Inbjuden</th><th>Svar</th><th>Vem kommer</th></tr></thead>
      <tbody><tr ng-repeat="i in m.invitations">
        <td>{{ i.agency }}<span ng-if="i.replaces"><br><small>{{ i.reason }}</small></span></td>
        <td>{{ i.answer }}</td><td>{{ i.participant }}</td></tr></tbody>
    </table>
  </div>
  <div ng-if="view.plan">
    <h4>Barnets plan, version {{ view.plan.version }}</h4>
    <p><a ng-href="{{ view.plan.pdf }}" target="_blank" rel="noopener">Öppna Barnets plan (PDF)</a></p>
    <table class="table table-condensed">
      <thead><tr><th>Insats</th><th>Verksamhet</th><th>Ansvarig</th><th>Klart senast</th></tr></thead>
      <tbody><tr ng-repeat="a in view.plan.actions" ng-class="{ info: a.ownAgency }">
        <td>{{ a.what }}</td><td>{{ a.agency }}<span ng-if="a.ownAgency"> (din verksamhet)</span></td>
        <td>{{ a.person }}</td><td>{{ a.dueDate }}</td></tr></tbody>
    </table>
    <p ng-if="view.plan.earlierVersions.length">Tidigare versioner: {{ view.plan.earlierVersions.join(', ') }}</p>
  </div>
  <h4>Hittills i ärendet</h4>
  <p ng-if="!view.steps.length">Inget registrerat ännu.</p>
  <details ng-repeat="s in view.steps" class="samverkan-step">
    <summary>{{ s.when }}: {{ s.what }} ({{ s.who }})</summary>
    <dl class="dl-horizontal"><dt ng-repeat-start="f in s.fields">{{ f.label }}</dt>
      <dd ng-repeat-end class="samverkan-text">{{ f.value }}</dd></dl>
  </details>
</div>`;

const TAB = `
<div>
  <p ng-if="!view && !message">Hämtar ärendet …</p>
  <p ng-if="message">{{ message }}</p>
  <div ng-if="view">${CASE}
    <p><a ng-href="#/samverkan/arenden/{{ view.caseNumber }}">Öppna ärendets sida</a></p>
  </div>
</div>`;

const MY_CASES = `
<div class="samverkan-page container-fluid">
  <h2>Mina ärenden</h2>
  <p>Ärenden där din verksamhet deltar. Ärenden med något att göra för er står först.</p>
  <p ng-if="!cases && !message">Hämtar ärendena …</p>
  <p ng-if="message" class="text-danger">{{ message }}</p>
  <p ng-if="cases && !cases.length">Din verksamhet deltar inte i något ärende just nu.</p>
  <table ng-if="cases.length" class="table table-hover samverkan-cases">
    <thead><tr><th>Ärende</th><th>Barn</th><th>Läge</th><th>Samordnas av</th><th>Nästa möte</th><th>Att göra</th></tr></thead>
    <tbody><tr ng-repeat="c in cases" ng-class="{ 'text-muted': !c.open }">
      <td><a ng-href="#/samverkan/arenden/{{ c.caseNumber }}">{{ c.caseNumber }}</a></td>
      <td>{{ c.childName }}</td><td>{{ c.state }}</td><td>{{ c.coordinatingAgency }}<br ng-if="c.coordinatingPrincipal"/><small class="text-muted">{{ c.coordinatingPrincipal }}</small></td>
      <td>{{ c.nextMeeting }}</td>
      <td><span ng-repeat="t in c.myTasks"><a ng-href="#/?task={{ t.id }}">{{ t.name }}</a>{{ $last ? '' : ', ' }}</span></td>
    </tr></tbody>
  </table>
</div>`;

const CASE_PAGE = `
<div class="samverkan-page container-fluid">
  <p><a href="#/samverkan/arenden">← Mina ärenden</a></p>
  <p ng-if="!view && !message">Hämtar ärendet …</p>
  <p ng-if="message">{{ message }}</p>
  <div ng-if="view">${CASE}
    <h4>Samtycket återkallas</h4>
    <div ng-if="confirmation" class="alert alert-success" role="status">{{ confirmation }}</div>
    <p ng-if="!view.withdrawal.possible && !confirmation">Samverkan i ärendet pågår inte, så det finns inget samtycke att återkalla.</p>
    <form ng-if="view.withdrawal.possible && !confirmation" name="withdrawalForm" class="samverkan-withdrawal"
          ng-submit="withdraw()" novalidate>
      <p>När samtycket återkallas stoppas samverkan direkt: öppna uppgifter avslutas, inbjudningar dras tillbaka,
        parterna meddelas och Barnets plan stängs.</p>
      <fieldset class="form-group">
        <legend>Vem återkallade samtycket?</legend>
        <div class="radio" ng-repeat="c in view.withdrawal.withdrawnBy">
          <label><input type="radio" name="withdrawnBy" ng-model="withdrawal.withdrawnBy" ng-value="c.code"> {{ c.label }}</label>
        </div>
      </fieldset>
      <div class="form-group">
        <label for="samverkan-withdrawn-on">Datum (ÅÅÅÅ-MM-DD)</label>
        <input id="samverkan-withdrawn-on" class="form-control" ng-model="withdrawal.withdrawnOn" maxlength="10">
      </div>
      <div class="form-group">
        <label for="samverkan-withdrawal-note">Anteckning</label>
        <textarea id="samverkan-withdrawal-note" class="form-control" ng-model="withdrawal.note" maxlength="4000"></textarea>
      </div>
      <button type="submit" class="btn btn-danger" ng-disabled="sending">Registrera att samtycket återkallats</button>
      <span class="samverkan-withdrawal-refusal" role="alert" ng-if="refusal">{{ refusal }}</span>
    </form>
  </div>
</div>`;

/** A refusal's Swedish message: the server answers { message } (engine API) or plain text (own API). */
function messageOf(response, otherwise) {
  if (response && response.data) {
    if (typeof response.data === 'string') {
      return response.data;
    }
    if (response.data.message) {
      return response.data.message;
    }
  }
  return otherwise;
}

function today() {
  const now = new Date();
  const pad = (n) => (n < 10 ? '0' : '') + n;
  return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
}

angular.module('cam.tasklist.custom').config(['ViewsProvider', '$routeProvider', function (ViewsProvider, $routeProvider) {
  ViewsProvider.registerDefaultView('tasklist.task.detail', {
    id: 'samverkan-case',
    label: 'Ärendet',
    template: TAB,
    priority: 1000,
    controller: ['$scope', '$http', function ($scope, $http) {
      $scope.taskData.observe('task', function (task) {
        $scope.view = null;
        $scope.message = null;
        if (!task) {
          return;
        }
        $http.get('/api/tasks/' + encodeURIComponent(task.id) + '/case').then(function (response) {
          $scope.view = response.data;
        }, function (response) {
          $scope.message = response.status === 404 ? messageOf(response) : 'Ärendet kunde inte hämtas just nu.';
        });
      });
    }]
  });

  ViewsProvider.registerDefaultView('tasklist.navbar.action', {
    id: 'samverkan-my-cases',
    template: '<a href="#/samverkan/arenden" class="samverkan-my-cases-link">Mina ärenden</a>',
    priority: 200
  });

  // A link to the application's API opened without a login (Barnets plan from a mail) comes here through
  // Tasklist's login page (see BrowserLogin) and is opened once the user is logged in. Only the
  // application's own API: anything else would let a link send people elsewhere.
  $routeProvider.when('/samverkan/inloggad', {
    template: '<div class="samverkan-page container-fluid"><p>Öppnar …</p></div>',
    authentication: 'required',
    controller: ['$location', '$window', function ($location, $window) {
      const link = $location.search().till;
      if (typeof link === 'string' && /^\/api\/[A-Za-z0-9\-._~/%?=&]*$/.test(link)) {
        $window.location.replace(link);
      } else {
        $location.url('/samverkan/arenden');
      }
    }]
  });

  $routeProvider.when('/samverkan/arenden', {
    template: MY_CASES,
    authentication: 'required',
    controller: ['$scope', '$http', function ($scope, $http) {
      $http.get('/api/cases').then(function (response) {
        $scope.cases = response.data;
      }, function () {
        $scope.message = 'Ärendena kunde inte hämtas just nu. Försök igen om en stund.';
      });
    }]
  });

  $routeProvider.when('/samverkan/arenden/:caseNumber', {
    template: CASE_PAGE,
    authentication: 'required',
    controller: ['$scope', '$http', '$routeParams', 'Uri', function ($scope, $http, $routeParams, Uri) {
      const caseNumber = $routeParams.caseNumber;
      $scope.withdrawal = { withdrawnOn: today() };
      function load() {
        $http.get('/api/cases/' + encodeURIComponent(caseNumber)).then(function (response) {
          $scope.view = response.data;
        }, function (response) {
          $scope.message = response.status === 404 ? messageOf(response) : 'Ärendet kunde inte hämtas just nu.';
        });
      }
      $scope.withdraw = function () {
        $scope.refusal = null;
        if (!$scope.withdrawal.withdrawnBy) {
          $scope.refusal = 'Vem återkallade samtycket?: välj barnet eller en vårdnadshavare.';
          return;
        }
        $scope.sending = true;
        const variables = {
          caseNumber: { value: caseNumber, type: 'String' },
          withdrawnBy: { value: $scope.withdrawal.withdrawnBy, type: 'String' },
          withdrawnOn: { value: $scope.withdrawal.withdrawnOn, type: 'String' }
        };
        if ($scope.withdrawal.note) {
          variables.withdrawalNote = { value: $scope.withdrawal.note, type: 'String' };
        }
        $http.post(Uri.appUri('engine://engine/:engine/process-definition/key/consentWithdrawal/submit-form'),
          { variables: variables }).then(function () {
          $scope.confirmation = 'Återkallelsen är registrerad. Samverkan har stoppats, öppna uppgifter har avslutats och '
            + 'parterna får ett meddelande.';
          load();
        }, function (response) {
          $scope.refusal = messageOf(response, 'Återkallelsen kunde inte registreras just nu. Försök igen om en stund.');
        }).finally(function () {
          $scope.sending = false;
        });
      };
      load();
    }]
  });
}]);
