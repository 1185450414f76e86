// The lab page: autosaves the learner's files as drafts and, where the code editor loads, edits them in it.
// Without JavaScript the page still works: the text areas submit with the form.
(function () {
  'use strict';
  const meta = name => document.querySelector('meta[name="' + name + '"]').content;
  const labId = meta('fixpoint-lab');
  const status = document.getElementById('save-status');
  const areas = Array.from(document.querySelectorAll('textarea[data-path]'));
  let timer = null;
  let saving = Promise.resolve();

  function save() {
    const files = {};
    areas.forEach(area => { files[area.dataset.path] = area.value; });
    status.textContent = 'Saving…';
    saving = fetch('/api/v1/labs/' + encodeURIComponent(labId) + '/draft', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [meta('_csrf_header')]: meta('_csrf') },
      body: JSON.stringify({ files: files })
    }).then(response => {
      status.textContent = response.ok ? 'All changes saved.' : 'Not saved (' + response.status + '): your text is still here; try again.';
    }).catch(() => {
      status.textContent = 'Not saved: no connection. Your text is still here.';
    });
  }

  function changed() {
    clearTimeout(timer);
    status.textContent = 'Unsaved changes…';
    timer = setTimeout(save, 600);
  }

  areas.forEach(area => area.addEventListener('input', changed));
  window.addEventListener('beforeunload', event => {
    if (status.textContent.startsWith('Unsaved')) {
      save();
      event.preventDefault();
    }
  });

  // A submission being graded: ask for its verdict every 150 ms and show it as soon as it is in.
  const result = document.getElementById('result');
  if (result && result.dataset.pendingSubmission) {
    const poll = () => fetch('/api/v1/submissions/' + encodeURIComponent(result.dataset.pendingSubmission), { credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(submission => {
        if (submission.status === 'DONE' || submission.status === 'FAILED') {
          window.location.reload();
        } else {
          setTimeout(poll, 150);
        }
      })
      .catch(() => setTimeout(poll, 1000));
    poll();
  }

  if (typeof window.require !== 'function' || !window.require.config) {
    return;
  }
  window.require.config({ paths: { vs: '/webjars/monaco-editor/min/vs' } });
  window.require(['vs/editor/editor.main'], function () {
    const diagnostics = Array.from(document.querySelectorAll('#diagnostics li'));
    window.fixpointEditors = {};
    areas.forEach(area => {
      const host = document.createElement('div');
      host.className = 'editor';
      host.dataset.editorFor = area.dataset.path;
      area.after(host);
      area.hidden = true;
      const editor = window.monaco.editor.create(host, {
        value: area.value, language: 'java', automaticLayout: true, minimap: { enabled: false }, scrollBeyondLastLine: false
      });
      editor.onDidChangeModelContent(() => {
        area.value = editor.getValue();
        changed();
      });
      const markers = diagnostics.filter(item => item.dataset.file === area.dataset.path).map(item => {
        const line = Math.max(1, Number(item.dataset.line) || 1);
        return {
          startLineNumber: line, startColumn: Math.max(1, Number(item.dataset.column) || 1),
          endLineNumber: line, endColumn: 1000, message: item.dataset.message, severity: window.monaco.MarkerSeverity.Error
        };
      });
      window.monaco.editor.setModelMarkers(editor.getModel(), 'fixpoint', markers);
      window.fixpointEditors[area.dataset.path] = editor;
    });
    document.body.dataset.editorReady = 'true';
  });
})();
