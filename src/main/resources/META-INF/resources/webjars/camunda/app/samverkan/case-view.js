/*
 * Samverkan: the tab "Ärendet" on every task of a case in Tasklist. It reads the case from the
 * application's own API (GET /api/tasks/{id}/case) with the Tasklist login; the server decides who may
 * see it, and anyone else gets "Uppgiften hör inte till något ärende du kan se." Angular escapes every
 * value it shows. Loaded by Tasklist through customScripts in tasklist/scripts/config.js.
 */
const angular = window.angular;

const TEMPLATE = `
<div class="samverkan-case">
  <p ng-if="!view && !message">Hämtar ärendet …</p>
  <p ng-if="message">{{ message }}</p>
  <div ng-if="view">
    <h3>{{ view.childName }}, {{ view.childPersonalNumber }}</h3>
    <p>Ärende {{ view.caseNumber }} · {{ view.status }} · samordnas av {{ view.coordinatingAgency }}
      (startat av {{ view.initiatingAgency }})</p>
    <h4>Vårdnadshavare</h4>
    <ul><li ng-repeat="g in view.guardians">{{ g.name }}: {{ g.contact }}</li></ul>
    <h4>Det här har vi uppmärksammat</h4>
    <p class="samverkan-text">{{ view.noticed }}</p>
    <p ng-if="view.wellbeingAreas.length">Områden: {{ view.wellbeingAreas.join(', ') }}</p>
    <h4>Samtycke</h4>
    <p ng-if="!view.consents.length">Inget samtycke registrerat.</p>
    <ul><li ng-repeat="c in view.consents">{{ c.form }} {{ c.givenOn }}: {{ c.agencies.join(', ') }}
      <span ng-if="c.statement"><br>{{ c.statement }}</span>
      <strong ng-if="c.withdrawnOn"><br>Återkallat {{ c.withdrawnOn }}</strong></li></ul>
    <div ng-repeat="m in view.meetings">
      <h4>Samverkansmöte {{ m.number }} – {{ m.status }}</h4>
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
  </div>
</div>`;

angular.module('cam.tasklist.custom').config(['ViewsProvider', function (ViewsProvider) {
  ViewsProvider.registerDefaultView('tasklist.task.detail', {
    id: 'samverkan-case',
    label: 'Ärendet',
    template: TEMPLATE,
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
          $scope.message = response.status === 404 && typeof response.data === 'string'
            ? response.data : 'Ärendet kunde inte hämtas just nu.';
        });
      });
    }]
  });
}]);
