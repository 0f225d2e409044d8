/*
 * Samverkan: Swedish is the default language of the Camunda webapps.
 *
 * Camunda chooses the language from the browser's first preferred language: if that language is one of
 * locales.availableLocales in scripts/config.js it is used, otherwise locales.fallbackLocale. The fallback
 * locale is also the language that keys missing from a locale file are shown in. We keep English as that
 * fallback, so an unknown browser language would get English; this script makes it get the first available
 * locale (Swedish) instead. A browser whose first language is English still gets English.
 *
 * Loaded through customScripts in scripts/config.js. The same file is used by tasklist, cockpit, admin and
 * welcome; it registers a config block on the app's customisation module, which AngularJS runs after the
 * app's own locale setup.
 */
const angular = window.angular;
const appName = document.querySelector('base').getAttribute('app-name');

function preferredLocale(browserLanguage, availableLocales) {
  const language = (browserLanguage || '').split('-')[0].toLowerCase();
  return availableLocales.indexOf(language) > -1 ? language : availableLocales[0];
}

angular.module('cam.' + appName + '.custom').config([
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
