// Samverkan's settings only. Every option, commented, is in Camunda's template: app/tasklist/scripts/config.js in the camunda-webapp-webjar jar; see https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
export default {
  // Swedish first (locales/sv.json), English for keys sv.json lacks. The first available locale is the
  // default for browsers whose language is not listed (see ../samverkan/webapp-language.js); a browser
  // whose first language is English gets English.
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'en'
  },
  // form-language.js puts the form-js validation messages and date picker into Swedish and reads dates and
  // times the Swedish way; form-refusals.js shows the server's refusal of a form at the field and next to
  // the button; claim-on-open.js claims an unassigned task when it is opened; case-view.js adds the tab
  // "Ärendet" to the tasks of a case, "Mina ärenden" and a page per case; team-view.js adds "Teamets
  // ärenden" for members of a samverkansteam.
  // provider-login.js: "Logga ut" through the organisation's identity provider where it is on (profile oidc).
  customScripts: ['../samverkan/webapp-language', '../samverkan/provider-login', '../samverkan/form-language',
    '../samverkan/form-refusals',
    '../samverkan/claim-on-open', '../samverkan/case-view', '../samverkan/team-view'],
  // No "Välkommen till Camunda" box on the login page.
  disableWelcomeMessage: true,

  // Camunda's shortcuts, kept because this file replaces the shipped one; the descriptions are shown in
  // Tasklist's keyboard shortcut help, so they are in Swedish.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valda uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar fokus till det första filtret i listan'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar fokus till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar fokus till det första inmatningsfältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogrutan för att starta en process'
    }
  }
};
