// Samverkan's settings only. Every option, commented, is in Camunda's template: app/welcome/scripts/config.js in the camunda-webapp-webjar jar; see https://docs.camunda.org/manual/7.24/webapps/welcome/configuration/
export default {
  // Swedish first (locales/sv.json), English for keys sv.json lacks. The first available locale is the
  // default for browsers whose language is not listed (see ../samverkan/webapp-language.js); a browser
  // whose first language is English gets English.
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../samverkan/webapp-language', '../samverkan/provider-login'],
  // The login page at /camunda is the first thing staff see: it is headed "Samverkan", not "Welcome".
  app: {
    name: 'Samverkan'
  },
  // No "Välkommen till Camunda" box on the login page.
  disableWelcomeMessage: true
};
