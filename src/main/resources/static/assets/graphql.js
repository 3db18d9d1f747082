// The portal's only way to the platform: POST /graphql on the same origin, with the session cookie and the CSRF
// token the server set in the XSRF-TOKEN cookie. Every failure becomes an ApiError whose message is Chinese and
// meant for a person; raw answers, JSON and stack traces are never shown.

const MESSAGES = {
  BAD_USER_INPUT: '输入有误，请检查后重试。',
  NOT_FOUND: '没有找到该内容，它可能已被删除。',
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '您的账号没有权限进行此操作。',
  RATE_LIMITED: '操作太频繁了，请稍等几秒再试。',
  QUERY_TOO_COMPLEX: '请求的内容太多，请缩小范围后再试。',
  TIMEOUT: '服务器处理超时，请稍后再试。',
  UNAVAILABLE: '服务暂时不可用，请稍后再试。',
  CONFLICT: '内容已被他人修改，请刷新后再试。',
  INVALID_TRANSITION: '当前状态下不能进行这一步。',
  NETWORK: '网络连接失败，请检查网络后重试。',
  INTERNAL_ERROR: '服务器出了点问题，请稍后再试。',
};

/** The Chinese message of an error code (unknown codes get the generic one). */
export function messageFor(code) {
  return MESSAGES[code] ?? MESSAGES.INTERNAL_ERROR;
}

export class ApiError extends Error {
  constructor(code, argument) {
    super(messageFor(code));
    this.code = code;
    this.argument = argument;
  }
}

const listeners = new Set();

/** Called with the error whenever the server says the caller is not signed in (e.g. the session expired). */
export function onUnauthenticated(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function cookie(name) {
  const found = document.cookie.split('; ').find((part) => part.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

/** Makes sure the XSRF-TOKEN cookie is set (GET /auth/csrf sets it). */
export async function ensureCsrf(force = false) {
  if (!force && cookie('XSRF-TOKEN')) {
    return;
  }
  try {
    await fetch('/auth/csrf', { credentials: 'same-origin' });
  } catch {
    throw new ApiError('NETWORK');
  }
}

function statusCode(status) {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'BAD_USER_INPUT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'UNAVAILABLE';
  return 'INTERNAL_ERROR';
}

async function post(query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const token = cookie('XSRF-TOKEN');
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  try {
    return await fetch('/graphql', {
      method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK');
  }
}

/**
 * Sends one GraphQL document and answers its data. Throws an ApiError for any error of the answer (the first one's
 * extensions.code), for HTTP failures and for network failures.
 */
export async function gql(query, variables = {}) {
  let response = await post(query, variables);
  if (response.status === 403 && !(await isGraphQlAnswer(response.clone()))) {
    // a refused CSRF token (e.g. renewed at sign-in): fetch a fresh one and try once more
    await ensureCsrf(true);
    response = await post(query, variables);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw failure(new ApiError(statusCode(response.status)));
  }
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    const first = body.errors[0];
    const code = (first.extensions && first.extensions.code) || statusCode(response.status);
    throw failure(new ApiError(code, first.extensions && first.extensions.argument));
  }
  if (!response.ok || !body || !body.data) {
    throw failure(new ApiError(statusCode(response.status)));
  }
  return body.data;
}

async function isGraphQlAnswer(response) {
  try {
    const body = await response.json();
    return Boolean(body && (body.errors || body.data));
  } catch {
    return false;
  }
}

function failure(error) {
  if (error.code === 'UNAUTHENTICATED') {
    listeners.forEach((listener) => listener(error));
  }
  return error;
}
