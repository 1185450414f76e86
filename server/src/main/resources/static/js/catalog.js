// The catalog's filters apply as they change: the results are fetched and swapped in place (the search field keeps
// its focus), and the address follows so that the filtered catalog can be shared. Without JavaScript the form's
// button submits it.
(function () {
  'use strict';
  const form = document.getElementById('catalog-filters');
  if (!form) {
    return;
  }
  let pending = null;
  let typing = null;

  function query() {
    const params = new URLSearchParams();
    new FormData(form).forEach((value, name) => { if (String(value).trim() !== '') { params.append(name, value); } });
    return params.toString();
  }

  async function apply() {
    const search = query();
    const url = form.action + (search ? '?' + search : '');
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    try {
      const response = await fetch(url, {signal: pending.signal, headers: {'Accept': 'text/html'}});
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('results');
      if (fresh) {
        document.getElementById('results').replaceWith(fresh);
        history.replaceState(null, '', url);
      }
    } catch (e) {
      if (e.name !== 'AbortError') {
        form.submit();
      }
    }
  }

  form.addEventListener('change', event => { if (event.target.tagName === 'SELECT') { apply(); } });
  form.addEventListener('input', event => {
    if (event.target.id === 'q') {
      clearTimeout(typing);
      typing = setTimeout(apply, 250);
    }
  });
  form.addEventListener('submit', event => { event.preventDefault(); clearTimeout(typing); apply(); });
  document.getElementById('apply-filters').hidden = true;
})();
