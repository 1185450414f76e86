// Shows every <time datetime="..."> in the browser's time zone. The server writes the instant (ISO 8601 with its
// offset) in the attribute and a UTC rendering as text, which stays when JavaScript is off. A date-only element
// (data-format="date") shows the date alone. The title keeps the exact instant.
(function () {
  'use strict';
  const dateTime = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});
  const dateOnly = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium'});

  function localize(root) {
    root.querySelectorAll('time[datetime]').forEach(element => {
      const instant = new Date(element.getAttribute('datetime'));
      if (isNaN(instant.getTime()) || element.dataset.localized) {
        return;
      }
      element.textContent = (element.dataset.format === 'date' ? dateOnly : dateTime).format(instant);
      element.title = instant.toISOString();
      element.dataset.localized = 'true';
    });
  }

  window.fixpointLocalTimes = localize;
  localize(document);
  // Parts of a page swapped in later (htmx, the catalog's results) get local times too.
  new MutationObserver(changes => changes.forEach(change => change.addedNodes.forEach(node => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      localize(node.tagName === 'TIME' ? node.parentNode : node);
    }
  }))).observe(document.body, {childList: true, subtree: true});
})();
