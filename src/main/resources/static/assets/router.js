// A tiny hash router: #/path?query. The whole state of a page (a search, a selected demand) lives in the hash, so
// a page can be shared, reloaded and left with the browser's back button.
import { reactive } from 'vue';

export const route = reactive(parse(location.hash));

function parse(hash) {
  const text = hash.replace(/^#/, '') || '/search';
  const [path, search = ''] = text.split('?');
  return { path: path || '/search', query: new URLSearchParams(search), full: '#' + text };
}

function update() {
  Object.assign(route, parse(location.hash));
}

window.addEventListener('hashchange', update);

/** Builds '#/path?query' from a path and an object of strings or string lists (empty values are left out). */
export function href(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') {
        params.append(key, one);
      }
    }
  }
  const text = params.toString();
  return '#' + path + (text ? '?' + text : '');
}

/** Goes to a hash; replace keeps the browser history as it is (typing in a search box). */
export function navigate(hash, replace = false) {
  if (replace) {
    history.replaceState(null, '', hash);
    update();
  } else if (location.hash !== hash) {
    location.hash = hash;
  } else {
    update();
  }
}
