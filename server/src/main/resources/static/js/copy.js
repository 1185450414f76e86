// A button with data-copy="ID" copies the text of the element ID, and says so next to it (#copy-status).
(function () {
  'use strict';
  document.querySelectorAll('button[data-copy]').forEach(button => {
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy).textContent.trim();
      const status = document.getElementById('copy-status');
      try {
        await navigator.clipboard.writeText(text);
        if (status) { status.textContent = 'Copied.'; }
      } catch (e) {
        // No clipboard access (a page served over plain HTTP to another machine): select the text for Ctrl+C.
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(button.dataset.copy));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        if (status) { status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.'; }
      }
    });
  });
})();
