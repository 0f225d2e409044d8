/*
 * Samverkan: opening a task of one's own group is enough to work on it.
 *
 * Tasklist keeps a task's form disabled until the user has clicked "Ta uppgiften" (claim). Staff open a
 * task to work on it, so the claim is made for them when an unassigned task opens: by Tasklist's own claim
 * action, which calls the engine's claim API as the logged-in user. The server's rules decide as before
 * (the engine's task permissions, platform/EngineRestGuard); a refused claim is reported by Tasklist as
 * usual. A task is claimed once per page load: after "Släpp uppgiften" it stays released.
 * Loaded by Tasklist only, through customScripts in tasklist/scripts/config.js.
 */
const claimedOnOpen = new Set();

function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

function claimOpenTask() {
  const taskId = openTaskId();
  if (!taskId || claimedOnOpen.has(taskId)) {
    return;
  }
  const claim = document.querySelector('button.claim');
  // The button of the task on screen, not of one the page is leaving.
  const scope = claim && window.angular.element(claim).scope();
  if (claim && !claim.disabled && scope && scope.task && scope.task.id === taskId) {
    claimedOnOpen.add(taskId);
    claim.click();
  }
}

new MutationObserver(claimOpenTask).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', claimOpenTask);
