// Sign-in with Keycloak: authorization code + PKCE (S256) for the public client, written on Web Crypto because no
// maintained OIDC library is published on Maven Central as a WebJar usable without a build step (docs/console.md).
// Tokens live in this module's memory only; the PKCE verifier and state sit in sessionStorage during the redirect.
const PENDING = 'hipspine.console.pkce';
const REFRESH_MARGIN_MS = 30_000;

let settings = null;   // {oidcUrl, clientId}
let endpoints = null;  // from the realm's discovery document
let tokens = null;     // {access, refresh, idToken, expiresAt}
let refreshTimer = null;
let onExpired = () => {};
let redirecting = false; // one trip to Keycloak at a time: a refused refresh and the 401 it causes both ask for one
// back from Keycloak through the browser's page cache: the trip was abandoned, allow another
window.addEventListener('pageshow', e => { if (e.persisted) redirecting = false; });

function b64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return b64url(crypto.getRandomValues(new Uint8Array(32)));
}

function redirectUri() {
  return location.origin + '/console/';
}

/** Reads the realm's endpoints and, when Keycloak just redirected back with a code, exchanges it for tokens. */
export async function init(config, expired) {
  settings = config;
  onExpired = expired;
  const discovery = await fetch(config.oidcUrl + '/.well-known/openid-configuration');
  if (!discovery.ok) throw new Error('discovery ' + discovery.status);
  endpoints = await discovery.json();
  const params = new URLSearchParams(location.search);
  if (params.has('code') || params.has('error')) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    // drop code and state from the address bar (and from history) before anything else happens
    history.replaceState(null, '', location.pathname + location.hash);
    if (params.has('error') || !pending || pending.state !== params.get('state')) return false;
    await tokenRequest({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: settings.clientId, code_verifier: pending.verifier
    });
  }
  return tokens !== null;
}

/** Sends the browser to Keycloak's login page (the caller saves what was typed first). */
export async function login(lang) {
  if (redirecting) return;
  redirecting = true;
  const verifier = randomString();
  const state = randomString();
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: settings.clientId, redirect_uri: redirectUri(), scope: 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: lang
  });
  location.assign(endpoints.authorization_endpoint + '?' + query);
}

export function logout() {
  const query = new URLSearchParams({ client_id: settings.clientId, post_logout_redirect_uri: redirectUri() });
  if (tokens?.idToken) query.set('id_token_hint', tokens.idToken);
  tokens = null;
  clearTimeout(refreshTimer);
  location.assign(endpoints.end_session_endpoint + '?' + query);
}

async function tokenRequest(form) {
  const res = await fetch(endpoints.token_endpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form)
  });
  if (!res.ok) {
    tokens = null;
    return;
  }
  const body = await res.json();
  tokens = {
    access: body.access_token, refresh: body.refresh_token, idToken: body.id_token ?? tokens?.idToken,
    expiresAt: Date.now() + body.expires_in * 1000
  };
  clearTimeout(refreshTimer);
  // refresh before expiry so a long examination never meets an expired token
  refreshTimer = setTimeout(refresh, Math.max(1000, tokens.expiresAt - Date.now() - REFRESH_MARGIN_MS));
}

async function refresh() {
  if (!tokens?.refresh) return;
  await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh, client_id: settings.clientId });
  if (!tokens) onExpired();
}

/** A valid access token, refreshed when it is about to expire; null when the session is over. */
export async function accessToken() {
  if (tokens && tokens.expiresAt - Date.now() < REFRESH_MARGIN_MS) await refresh();
  return tokens?.access ?? null;
}

/** Who is signed in, read from the access token: name, realm roles and clinic. */
export function user() {
  if (!tokens) return null;
  const claims = JSON.parse(new TextDecoder().decode(
    Uint8Array.from(atob(tokens.access.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0))));
  return {
    name: claims.preferred_username ?? claims.sub,
    roles: claims.realm_access?.roles?.filter(r => ['clinician', 'integration', 'content-editor', 'admin'].includes(r)) ?? [],
    clinic: claims.clinic_id ?? null
  };
}
