// Samverkan's settings only. Every option, commented, is in Camunda's template: app/cockpit/scripts/config.js in the camunda-webapp-webjar jar; see https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/
export default {
  // Swedish first (locales/sv.json), English for keys sv.json lacks. The first available locale is the
  // default for browsers whose language is not listed (see ../samverkan/webapp-language.js); a browser
  // whose first language is English gets English.
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'en'
  },
  // followup.js adds Uppföljning (indicators and charts for chefer and processledare) as a page of its own.
  customScripts: ['../samverkan/webapp-language', '../samverkan/provider-login', '../samverkan/followup'],
  // No "Välkommen till Camunda" box on the login page.
  disableWelcomeMessage: true
};
