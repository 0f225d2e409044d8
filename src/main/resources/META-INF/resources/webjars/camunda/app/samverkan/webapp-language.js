/*
 * Samverkan: Swedish is the default language of Tasklist, Cockpit, Admin and Welcome.
 *
 * Loaded by all four webapps through customScripts in <app>/scripts/config.js. It registers blocks on the
 * app's customisation module, which AngularJS runs after the app's own locale setup.
 *
 * 1. Camunda picks the browser's first preferred language if it is in locales.availableLocales, otherwise
 *    locales.fallbackLocale. The fallback is also the language of keys a locale file lacks, and we keep
 *    English for that; so a browser in, say, German would get English. Here it gets the first available
 *    locale, Swedish, instead. A browser whose first language is English still gets English.
 * 2. Camunda also loads the fallback locale, and every locale file that arrives switches the date library
 *    (moment) to its language. When English arrives last, dates read "a few seconds ago" in a Swedish
 *    Tasklist. After each load the date language is set back to the language in use.
 * 3. Some texts are translated once, when their view is first drawn (Tasklist's search field and sorting).
 *    When the fallback file arrives before the language in use and a view is drawn in between, those texts
 *    stay in English. So when the language in use takes effect after a view was drawn, the view is drawn
 *    again, once.
 */
const angular = window.angular;
const appName = document.querySelector('base').getAttribute('app-name');
const customisation = angular.module('cam.' + appName + '.custom');

function preferredLocale(browserLanguage, availableLocales) {
  const language = (browserLanguage || '').split('-')[0].toLowerCase();
  return availableLocales.indexOf(language) > -1 ? language : availableLocales[0];
}

customisation.config([
  '$translateProvider',
  'configurationProvider',
  function ($translateProvider, configurationProvider) {
    const availableLocales = configurationProvider.getAvailableLocales();
    $translateProvider.determinePreferredLanguage(function () {
      const navigator = window.navigator;
      const browserLanguage = Array.isArray(navigator.languages) && navigator.languages.length
        ? navigator.languages[0]
        : navigator.language;
      return preferredLocale(browserLanguage, availableLocales);
    });
  }
]);

customisation.run([
  '$rootScope',
  '$translate',
  '$injector',
  function ($rootScope, $translate, $injector) {
    if (!$injector.has('amMoment')) {
      return;
    }
    const amMoment = $injector.get('amMoment');
    $rootScope.$on('$translateLoadingEnd', function () {
      const language = $translate.use() || $translate.proposedLanguage();
      if (language) {
        // Re-renders every relative date shown ("för 2 minuter sedan").
        amMoment.changeLocale(language);
      }
    });
  }
]);

customisation.run([
  '$rootScope',
  '$injector',
  function ($rootScope, $injector) {
    if (!$injector.has('$route')) {
      return;
    }
    let drawn = false;
    let languageInUse = false;
    $rootScope.$on('$routeChangeSuccess', function () {
      drawn = true;
    });
    $rootScope.$on('$translateChangeSuccess', function () {
      if (languageInUse) {
        return;
      }
      languageInUse = true;
      if (drawn) {
        $injector.get('$route').reload();
      }
    });
  }
]);
