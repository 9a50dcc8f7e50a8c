/** The browser side of passkeys: the WebAuthn library and Yakuba's small enhancement. */
export const PASSKEY_SCRIPTS = ['webauthn-browser.js', 'passkey.js'];
