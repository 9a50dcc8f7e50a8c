// Progressive enhancement of the procedure editor; every action works without this file.
// 1. A condition's question or test chosen: its answer inputs are fetched and swapped in place (no reload).
// 2. Typing in an editor form: the preview beside it shows the change before it is saved.
(() => {
  const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
  const post = (form, extra) => {
    const body = new FormData(form);
    for (const [name, value] of Object.entries(extra)) body.set(name, value);
    return fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
  };

  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.addEventListener('DOMContentLoaded', () => document.body.append(status));

  document.addEventListener('change', async (event) => {
    const control = event.target;
    const form = control instanceof HTMLElement ? control.closest('form[data-condition-form]') : null;
    if (!form || !control.matches('[data-refresh]')) return;
    const response = await post(form, { _action: 'refresh' });
    if (!response.ok) return;
    const fresh = parse(await response.text()).querySelector('form[data-condition-form]');
    if (!fresh) return;
    for (const row of form.querySelectorAll('fieldset.condition-row')) {
      const replacement = fresh.querySelector(`#${row.id}`);
      if (replacement) row.replaceWith(document.importNode(replacement, true));
    }
    document.getElementById(control.id)?.focus();
    status.textContent = '条件に合わせて、入力する欄を更新しました。';
  });

  const frame = document.querySelector('iframe[data-live-preview]');
  const live = document.querySelector('form[data-live-form]');
  if (!(frame instanceof HTMLIFrameElement) || !(live instanceof HTMLFormElement)) return;
  let timer;
  let asked = 0;
  live.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const ask = ++asked;
      const response = await post(live, { _preview: '1' });
      if (response.status !== 200 || ask !== asked) return;
      const main = parse(await response.text()).querySelector('main');
      const shown = frame.contentDocument?.querySelector('main');
      if (main && shown) shown.replaceChildren(...[...main.childNodes].map((node) => frame.contentDocument.importNode(node, true)));
    }, 500);
  });
})();
