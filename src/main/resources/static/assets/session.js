// Sign-in with the session cookie: GET /auth/csrf sets XSRF-TOKEN, POST /auth/login (form fields, X-XSRF-TOKEN)
// opens the session, POST /auth/logout ends it. Who is signed in comes from the GraphQL field `me`.
import { reactive } from 'vue';
import { gql, cookie, ensureCsrf, ApiError, onUnauthenticated } from './graphql.js';

const ME = `query Me { me { id email displayName roles organisation { id name city } } }`;

export const session = reactive({ me: null, loaded: false });

export function hasRole(role) {
  return Boolean(session.me && session.me.roles.includes(role));
}

let loading = null;

/** Resolves once it is known who is signed in. */
export function whenLoaded() {
  return session.loaded ? Promise.resolve(session.me) : (loading ?? loadMe());
}

export function loadMe() {
  loading = fetchMe();
  return loading;
}

async function fetchMe() {
  try {
    const data = await gql(ME);
    session.me = data.me;
  } catch {
    session.me = null;
  }
  session.loaded = true;
  return session.me;
}

/** Opens a session; answers null, or the Chinese reason it failed. */
export async function signIn(email, password) {
  await ensureCsrf();
  let response;
  try {
    response = await fetch('/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') || '' },
      body: new URLSearchParams({ username: email, password }),
    });
  } catch {
    return new ApiError('NETWORK').message;
  }
  if (response.status === 401) {
    return '邮箱或密码不正确。';
  }
  if (response.status === 429) {
    return new ApiError('RATE_LIMITED').message;
  }
  if (response.status === 403) {
    await ensureCsrf(true);
    return '页面已过期，请再点一次登录。';
  }
  if (!response.ok) {
    return new ApiError('UNAVAILABLE').message;
  }
  // the login renews the CSRF token
  await ensureCsrf(true);
  await loadMe();
  return session.me ? null : new ApiError('UNAVAILABLE').message;
}

export async function signOut() {
  await ensureCsrf();
  try {
    await fetch('/auth/logout', {
      method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') || '' },
    });
  } catch {
    // the session is forgotten here anyway
  }
  session.me = null;
  await ensureCsrf(true);
}

onUnauthenticated(() => {
  session.me = null;
});
