/*
 * Samverkan: the webapps with the login through the organisation's identity provider (profile oidc).
 *
 * There the webapps' own password form is closed. "Logga ut" goes to /logout, which ends the session here and
 * at the provider (RP-initiated logout) and comes back to the provider's login page; and where a webapp would
 * show its password form (the session has ended), it reloads, and the server sends the browser to the provider.
 * Whether the provider's login is on is asked once per page: only then does /oauth2/authorization/samverkan
 * answer with a redirect. Without it nothing changes.
 * Loaded by all four webapps through customScripts in <app>/scripts/config.js.
 */
const base = document.querySelector('base');
// app-root is the webapps' path (/camunda); the application's own paths are beside it.
const appRoot = new URL(base.getAttribute('app-root') + '/', window.location.href);
const serverRoot = new URL('../', appRoot);
const appPage = new URL('app/' + base.getAttribute('app-name') + '/', appRoot);

let providerLogin = false;

function toProviderInsteadOfPasswordForm() {
  if (providerLogin && window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(appPage.href);
  }
}

fetch(new URL('oauth2/authorization/samverkan', serverRoot), { redirect: 'manual', credentials: 'same-origin' })
  .then(function (answer) {
    providerLogin = answer.type === 'opaqueredirect';
    toProviderInsteadOfPasswordForm();
  })
  .catch(function () {
    providerLogin = false;
  });

document.addEventListener('click', function (event) {
  const logout = event.target.closest && event.target.closest('li.logout a');
  if (providerLogin && logout) {
    event.preventDefault();
    event.stopImmediatePropagation();
    window.location.assign(new URL('logout', serverRoot).href);
  }
}, true);

window.addEventListener('hashchange', toProviderInsteadOfPasswordForm);
