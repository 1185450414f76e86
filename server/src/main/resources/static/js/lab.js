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
      if (response.ok) {
        status.textContent = 'All changes saved.';
        return;
      }
      // The server's problem document says what went wrong (such as the database being unavailable).
      return response.json().catch(() => ({})).then(problem => {
        status.textContent = (problem.detail || 'Not saved (' + response.status + ').') + ' Your text is still here.';
      });
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

  if (typeof window.require !== 'function' || !window.require.config) {
    return;
  }
  window.require.config({ paths: { vs: '/webjars/monaco-editor/min/vs' } });
  window.require(['vs/editor/editor.main'], function () {
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
      window.fixpointEditors[area.dataset.path] = editor;
    });
    markDiagnostics();
    // A new result swapped in by htmx brings its own compiler errors and policy violations.
    document.body.addEventListener('htmx:afterSwap', markDiagnostics);
    document.body.dataset.editorReady = 'true';
  });

  /** Marks each compiler error or policy violation of the shown result at its line in the editor. */
  function markDiagnostics() {
    const diagnostics = Array.from(document.querySelectorAll('#diagnostics li'));
    Object.entries(window.fixpointEditors).forEach(([path, editor]) => {
      const markers = diagnostics.filter(item => item.dataset.file === path).map(item => {
        const line = Math.max(1, Number(item.dataset.line) || 1);
        return {
          startLineNumber: line, startColumn: Math.max(1, Number(item.dataset.column) || 1),
          endLineNumber: line, endColumn: 1000, message: item.dataset.message, severity: window.monaco.MarkerSeverity.Error
        };
      });
      window.monaco.editor.setModelMarkers(editor.getModel(), 'fixpoint', markers);
    });
  }
})();
