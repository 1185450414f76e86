// The lab page: autosaves the learner's files as drafts and, where the code editor loads, edits them in it; runs the
// checks once at a time (the button, or Ctrl/Cmd+Enter) and brings the verdict to where the learner is looking.
// Without JavaScript the page still works: the text areas submit with the form, and the page refreshes while grading.
(function () {
  'use strict';
  const meta = name => document.querySelector('meta[name="' + name + '"]').content;
  const labId = meta('fixpoint-lab');
  const status = document.getElementById('save-status');
  const form = document.getElementById('submit-form');
  const button = document.getElementById('run-checks');
  const announcer = document.getElementById('announcer');
  const areas = Array.from(document.querySelectorAll('textarea[data-path]'));
  const editable = areas.filter(area => !area.readOnly);
  const editors = {};
  let timer = null;
  // True from the moment checks are asked for until their verdict is shown, so that more clicks make no more submissions.
  let grading = false;

  function save() {
    const files = {};
    editable.forEach(area => { files[area.dataset.path] = area.value; });
    status.textContent = 'Saving…';
    fetch('/api/v1/labs/' + encodeURIComponent(labId) + '/draft', {
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

  function setGrading(value) {
    grading = value;
    if (button) {
      button.disabled = value;
      button.textContent = value ? 'Running checks…' : 'Run checks';
    }
  }

  function runChecks() {
    if (form && !grading) {
      form.requestSubmit(button);
    }
  }

  if (form) {
    editable.forEach(area => area.addEventListener('input', changed));
    window.addEventListener('beforeunload', event => {
      if (status.textContent.startsWith('Unsaved')) {
        save();
        event.preventDefault();
      }
    });
    // Capture phase: runs before htmx sends the form, and stops a second submission while one is being graded.
    document.addEventListener('submit', event => {
      if (event.target !== form) {
        return;
      }
      if (grading) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      clearTimeout(timer);
      setGrading(true);
    }, true);
    document.addEventListener('keydown', event => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        runChecks();
      }
    });
    document.body.addEventListener('htmx:responseError', () => setGrading(false));
    document.body.addEventListener('htmx:sendError', () => setGrading(false));
  }

  /** After a result arrives or changes: keeps Run checks off while grading, and shows and announces a verdict. */
  function resultShown(scroll) {
    const result = document.getElementById('result');
    const pending = result !== null && result.dataset.pending === 'true';
    setGrading(pending);
    const verdict = document.getElementById('verdict');
    const target = verdict || document.getElementById('pending-status') || document.querySelector('#result-slot [role=alert]');
    if (scroll && target) {
      target.scrollIntoView({ block: 'center' });
    }
    if (verdict && scroll) {
      announcer.textContent = verdict.textContent.replace(/\s+/g, ' ').trim();
    }
    markDiagnostics();
  }

  document.body.addEventListener('htmx:afterSwap', () => resultShown(true));
  document.addEventListener('click', event => {
    const place = event.target.closest('.diagnostic-place');
    if (place) {
      event.preventDefault();
      goTo(place.closest('.diagnostic'));
    }
  });
  resultShown(false);

  /** Moves the cursor to a compiler error or policy violation, in the editor or, without it, in the text area. */
  function goTo(item) {
    const line = Math.max(1, Number(item.dataset.line) || 1);
    const column = Math.max(1, Number(item.dataset.column) || 1);
    const editor = editors[item.dataset.file];
    if (editor) {
      editor.host.scrollIntoView({ block: 'nearest' });
      editor.setPosition({ lineNumber: line, column: column });
      editor.revealLineInCenter(line);
      editor.focus();
      return;
    }
    const area = areas.find(candidate => candidate.dataset.path === item.dataset.file);
    if (area) {
      const offset = area.value.split('\n').slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
      area.focus();
      area.setSelectionRange(offset, offset);
    }
  }

  /**
   * Marks each compiler error or policy violation of the shown result in the editor, over the token it names. A file
   * changed since it was submitted gets no marks: their lines would point at other code.
   */
  function markDiagnostics() {
    if (!window.monaco) {
      return;
    }
    const diagnostics = Array.from(document.querySelectorAll('#diagnostics .diagnostic')).filter(item => item.dataset.stale !== 'true');
    Object.entries(editors).forEach(([path, editor]) => {
      const model = editor.getModel();
      const markers = diagnostics.filter(item => item.dataset.file === path).map(item => {
        const line = Math.min(model.getLineCount(), Math.max(1, Number(item.dataset.line) || 1));
        const column = Math.max(1, Number(item.dataset.column) || model.getLineFirstNonWhitespaceColumn(line) || 1);
        const word = model.getWordAtPosition({ lineNumber: line, column: column });
        return {
          startLineNumber: line, startColumn: word ? word.startColumn : column,
          endLineNumber: line, endColumn: word ? word.endColumn : Math.min(column + 1, model.getLineMaxColumn(line)),
          message: item.dataset.message, severity: window.monaco.MarkerSeverity.Error
        };
      });
      window.monaco.editor.setModelMarkers(model, 'fixpoint', markers);
    });
  }

  // Editable files may be configuration (application.properties, a Thymeleaf template), not only Java.
  function languageOf(path) {
    const languages = { java: 'java', properties: 'ini', html: 'html', yml: 'yaml', yaml: 'yaml', sql: 'sql', xml: 'xml', json: 'json' };
    const extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase();
    return languages[extension] || 'plaintext';
  }

  if (typeof window.require !== 'function' || !window.require.config) {
    return;
  }
  window.require.config({ paths: { vs: '/webjars/monaco-editor/min/vs' } });
  window.require(['vs/editor/editor.main'], function () {
    areas.forEach(area => {
      const host = document.createElement('div');
      host.className = 'editor';
      host.dataset.editorFor = area.dataset.path;
      area.after(host);
      area.hidden = true;
      const editor = window.monaco.editor.create(host, {
        value: area.value, language: languageOf(area.dataset.path), automaticLayout: true, minimap: { enabled: false }, scrollBeyondLastLine: false,
        readOnly: area.readOnly
      });
      editor.host = host;
      if (!area.readOnly) {
        editor.onDidChangeModelContent(() => {
          area.value = editor.getValue();
          changed();
        });
        editor.addCommand(window.monaco.KeyMod.CtrlCmd | window.monaco.KeyCode.Enter, runChecks);
      }
      editors[area.dataset.path] = editor;
    });
    window.fixpointEditors = editors;
    markDiagnostics();
    document.body.dataset.editorReady = 'true';
  });
})();
