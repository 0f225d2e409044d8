/*
 * Samverkan in Tasklist: "Teamets ärenden" for members of a samverkansteam, in the header only for them.
 * Reads GET /api/teams/mine with the Tasklist login: the next träff with its agenda, and the anonymised
 * cases registered for the coming träffar. Loaded through customScripts in tasklist/scripts/config.js.
 */
const angular = window.angular;

const TEAMS = `
<div class="samverkan-page container-fluid">
  <h2>Teamets ärenden</h2>
  <p ng-if="!teams && !message">Hämtar teamen …</p>
  <p ng-if="message" class="text-danger">{{ message }}</p>
  <p ng-if="teams && !teams.length">Du ingår inte i något samverkansteam.</p>
  <div ng-repeat="team in teams" class="samverkan-team">
    <h3>{{ team.name }}</h3>
    <p ng-if="!team.nextMeeting">Ingen träff är planerad ännu.</p>
    <div ng-if="team.nextMeeting">
      <p><strong>Nästa träff:</strong> {{ team.nextMeeting.when }}<span ng-if="team.nextMeeting.place">, {{ team.nextMeeting.place }}</span></p>
      <p ng-if="!team.nextMeeting.agendaConfirmed">Dagordningen är inte fastställd ännu.</p>
      <dl ng-if="team.nextMeeting.agendaConfirmed" class="dl-horizontal">
        <dt ng-if="team.nextMeeting.theme">Tema</dt><dd ng-if="team.nextMeeting.theme">{{ team.nextMeeting.theme }}</dd>
        <dt ng-if="team.nextMeeting.guests">Gäster</dt><dd ng-if="team.nextMeeting.guests">{{ team.nextMeeting.guests }}</dd>
        <dt ng-if="team.nextMeeting.informationItems">Information</dt>
        <dd ng-if="team.nextMeeting.informationItems" class="samverkan-text">{{ team.nextMeeting.informationItems }}</dd>
      </dl>
    </div>
    <h4>Föranmälda ärenden</h4>
    <p ng-if="!team.cases.length">Inga ärenden är föranmälda till kommande träffar.</p>
    <table ng-if="team.cases.length" class="table table-condensed">
      <thead><tr><th>Träff</th><th>Typ</th><th>Anmält av</th><th>Fråga</th></tr></thead>
      <tbody><tr ng-repeat="c in team.cases">
        <td>{{ c.meeting }}<span ng-if="c.lateRegistration"><br><small>Anmält efter sista dag</small></span></td>
        <td>{{ c.type }}</td><td>{{ c.raisingParty }}</td>
        <td>{{ c.question }}<span ng-if="c.description"><br><small class="samverkan-text">{{ c.description }}</small></span></td>
      </tr></tbody>
    </table>
  </div>
</div>`;

angular.module('cam.tasklist.custom').config(['ViewsProvider', '$routeProvider', function (ViewsProvider, $routeProvider) {
  ViewsProvider.registerDefaultView('tasklist.navbar.action', {
    id: 'samverkan-team-cases',
    template: '<a ng-if="member" href="#/samverkan/teamet">Teamets ärenden</a>',
    priority: 190,
    controller: ['$scope', '$http', function ($scope, $http) {
      $http.get('/api/teams/mine').then(function (response) {
        $scope.member = response.data.length > 0;
      }, function () {
        $scope.member = false;
      });
    }]
  });

  $routeProvider.when('/samverkan/teamet', {
    template: TEAMS,
    authentication: 'required',
    controller: ['$scope', '$http', function ($scope, $http) {
      $http.get('/api/teams/mine').then(function (response) {
        $scope.teams = response.data;
      }, function () {
        $scope.message = 'Teamen kunde inte hämtas just nu. Försök igen om en stund.';
      });
    }]
  });
}]);
