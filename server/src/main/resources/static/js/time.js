// Shows every <time datetime="..."> in the browser's time zone. The server writes the instant (ISO 8601 with its
// offset) in the attribute and its own rendering as text, which stays when JavaScript is off. data-format="date"
// shows the date alone, data-format="seconds" the time to the second. The title keeps the exact instant (UTC).
(function () {
  'use strict';
  const dateTime = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});
  const dateOnly = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium'});
  const toSeconds = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'medium'});
  const formats = {date: dateOnly, seconds: toSeconds};

  function localize(root) {
    root.querySelectorAll('time[datetime]').forEach(element => {
      // Java writes up to nine digits of fractions of a second; Date.parse is only required to read three.
      const instant = new Date(element.getAttribute('datetime').replace(/(\.\d{3})\d+/, '$1'));
      if (isNaN(instant.getTime()) || element.dataset.localized) {
        return;
      }
      element.textContent = (formats[element.dataset.format] || dateTime).format(instant);
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
