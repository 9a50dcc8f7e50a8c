// Passkeys need JavaScript; every page that offers one also works with the other method.
(() => {
  const browser = window.SimpleWebAuthnBrowser;
  if (!browser || !browser.browserSupportsWebAuthn()) return;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

  async function post(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }

  for (const button of document.querySelectorAll('[data-passkey]')) {
    const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      if (status) status.textContent = '';
      try {
        const optionsJSON = await post(button.dataset.optionsUrl, button.dataset.return ? { return: button.dataset.return } : {});
        const response =
          button.dataset.passkey === 'register'
            ? await browser.startRegistration({ optionsJSON })
            : await browser.startAuthentication({ optionsJSON });
        const result = await post(button.dataset.verifyUrl, { response });
        window.location.assign(result.redirect);
      } catch {
        if (status) status.textContent = button.dataset.failedMessage ?? '';
        button.disabled = false;
      }
    });
  }
})();
