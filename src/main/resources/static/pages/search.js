// 找成果: search as you type with suggestions, facets applied on click and removed as chips, highlighted results,
// sort, "load more" by cursor. The hash carries the search (#/search?q=…&cities=郑州&sort=NEWEST).
import { ref, reactive, computed, watch, nextTick, onMounted, onBeforeUnmount } from 'vue';
import { gql } from '../assets/graphql.js';
import { route, navigate, href } from '../assets/router.js';
import { MATURITY, SUPPLY_TYPE, price, escapeHtml } from '../assets/labels.js';

const ITEM_FIELDS = `
  __typename id title publishedDate
  institution { name city }
  ... on Achievement { summary keywords maturity chain { name } price { negotiable minWan maxWan } }
  ... on Capability { team city chains { name } }`;

const SEARCH = `query Search($input: SearchInput!, $first: Int!) {
  search(input: $input, first: $first) {
    totalCount
    edges { cursor highlights { field fragments } node { ${ITEM_FIELDS} } }
    pageInfo { hasNextPage endCursor }
    facets { dimension label values { value label count } }
  }
}`;

const MORE = `query SearchMore($input: SearchInput!, $first: Int!, $after: String) {
  search(input: $input, first: $first, after: $after) {
    edges { cursor highlights { field fragments } node { ${ITEM_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SUGGEST = `query Suggest($prefix: String!) { suggest(prefix: $prefix, first: 8) { text kind id } }`;

/** Facet dimension → the SearchInput list it filters, in the order the sidebar shows them. */
const DIMENSIONS = {
  CHAIN: 'chains', CITY: 'cities', MATURITY: 'maturities', SUPPLY_TYPE: 'types', CLUSTER: 'clusters',
  INSTITUTION_TYPE: 'institutionTypes', TRANSFER_MODE: 'transferModes', IP_TYPE: 'ipTypes',
};
const FIELDS = Object.values(DIMENSIONS);
const SORTS = { RELEVANCE: '最相关', NEWEST: '最新发布', PRICE_ASC: '价格从低到高' };
const PAGE = 10;
/** The API's largest page (Paging.MAX_FIRST). */
const MAX_FIRST = 100;

/** A "load more" that failed because of its cursor rather than the search: run from the first page instead. */
function isStaleCursor(error) {
  return (error.code === 'BAD_USER_INPUT' && error.argument === 'after') || error.code === 'UNAVAILABLE';
}

function readState(query) {
  const state = { q: query.get('q') || '', sort: SORTS[query.get('sort')] ? query.get('sort') : 'RELEVANCE', filters: {} };
  for (const field of FIELDS) {
    state.filters[field] = query.getAll(field);
  }
  return state;
}

function stateHash(state) {
  const query = { q: state.q.trim() };
  if (state.sort !== 'RELEVANCE') query.sort = state.sort;
  for (const field of FIELDS) query[field] = state.filters[field];
  return href('/search', query);
}

function searchInput(state) {
  const input = { sort: state.sort };
  if (state.q.trim()) input.text = state.q.trim();
  for (const field of FIELDS) {
    if (state.filters[field].length) input[field] = state.filters[field];
  }
  return input;
}

export default {
  setup() {
    const state = reactive(readState(route.query));
    const result = ref(null);
    const edges = ref([]);
    const error = ref('');
    const loading = ref(false);
    const loadingMore = ref(false);
    const suggestions = ref([]);
    const highlighted = ref(-1);
    const showSuggestions = ref(false);
    const labels = reactive({});
    let lastHash = stateHash(state);
    let sequence = 0;
    let typingTimer = null;
    let suggestTimer = null;
    let suggestSequence = 0;

    async function load() {
      const mine = ++sequence;
      const typed = performance.getEntriesByName('tm-input', 'mark').length > 0;
      loading.value = true;
      error.value = '';
      try {
        const data = await gql(SEARCH, { input: searchInput(state), first: PAGE });
        if (mine !== sequence) return;
        result.value = data.search;
        edges.value = data.search.edges;
        for (const facet of data.search.facets) {
          for (const value of facet.values) labels[facet.dimension + ':' + value.value] = value.label;
        }
        await nextTick();
        if (typed) {
          // how long from the last keystroke to the results on screen (read by the browser test)
          performance.mark('tm-results');
          performance.measure('tm-search', 'tm-input', 'tm-results');
          performance.clearMarks('tm-input');
        }
      } catch (e) {
        if (mine === sequence) error.value = e.message;
      } finally {
        if (mine === sequence) loading.value = false;
      }
    }

    async function loadMore() {
      if (!result.value?.pageInfo.hasNextPage || loadingMore.value) return;
      loadingMore.value = true;
      const mine = sequence;
      try {
        const data = await gql(MORE, { input: searchInput(state), first: PAGE, after: result.value.pageInfo.endCursor });
        if (mine !== sequence) return;
        edges.value = edges.value.concat(data.search.edges);
        result.value = { ...result.value, pageInfo: data.search.pageInfo };
      } catch (e) {
        if (mine !== sequence) return;
        if (!isStaleCursor(e)) {
          error.value = e.message;
          return;
        }
        // the cursor's snapshot expired (two minutes without paging) or lost a node: the same search again from
        // the first page, as many results as are shown plus one more page (if the cluster is down, this fails too
        // and says so)
        try {
          const first = Math.min(MAX_FIRST, edges.value.length + PAGE);
          const data = await gql(MORE, { input: searchInput(state), first, after: null });
          if (mine !== sequence) return;
          edges.value = data.search.edges;
          result.value = { ...result.value, pageInfo: data.search.pageInfo };
        } catch (again) {
          if (mine === sequence) error.value = again.message;
        }
      } finally {
        loadingMore.value = false;
      }
    }

    /** Writes the search into the hash and runs it (push: a new history entry, e.g. a facet click). */
    function commit(push) {
      lastHash = stateHash(state);
      navigate(lastHash, !push);
      load();
    }

    function onInput() {
      performance.clearMarks('tm-input');
      performance.clearMarks('tm-results');
      performance.clearMeasures('tm-search');
      performance.mark('tm-input');
      clearTimeout(typingTimer);
      clearTimeout(suggestTimer);
      typingTimer = setTimeout(() => commit(false), 150);
      suggestTimer = setTimeout(suggest, 120);
    }

    async function suggest() {
      const prefix = state.q.trim();
      const mine = ++suggestSequence;
      if (!prefix) {
        suggestions.value = [];
        return;
      }
      try {
        const data = await gql(SUGGEST, { prefix });
        if (mine !== suggestSequence) return;
        suggestions.value = data.suggest;
        highlighted.value = -1;
        showSuggestions.value = document.activeElement?.dataset?.testid === 'search-box';
      } catch {
        suggestions.value = [];
      }
    }

    function pick(suggestion) {
      showSuggestions.value = false;
      if (suggestion.kind === 'TITLE' && suggestion.id) {
        navigate(href('/item/' + encodeURIComponent(suggestion.id)));
        return;
      }
      state.q = suggestion.text;
      clearTimeout(typingTimer);
      commit(true);
    }

    function onKey(event) {
      const list = suggestions.value;
      if (event.key === 'ArrowDown' && list.length) {
        showSuggestions.value = true;
        highlighted.value = (highlighted.value + 1) % list.length;
        event.preventDefault();
      } else if (event.key === 'ArrowUp' && list.length) {
        highlighted.value = (highlighted.value - 1 + list.length) % list.length;
        event.preventDefault();
      } else if (event.key === 'Enter') {
        if (showSuggestions.value && highlighted.value >= 0) {
          pick(list[highlighted.value]);
        } else {
          showSuggestions.value = false;
          clearTimeout(typingTimer);
          commit(true);
        }
      } else if (event.key === 'Escape') {
        showSuggestions.value = false;
      }
    }

    function hideSuggestionsSoon() {
      setTimeout(() => { showSuggestions.value = false; }, 150);
    }

    function toggle(dimension, value) {
      const list = state.filters[DIMENSIONS[dimension]];
      const at = list.indexOf(value);
      if (at >= 0) list.splice(at, 1); else list.push(value);
      commit(true);
    }

    function isOn(dimension, value) {
      return state.filters[DIMENSIONS[dimension]].includes(value);
    }

    function setSort() {
      commit(true);
    }

    function clearAll() {
      for (const field of FIELDS) state.filters[field] = [];
      commit(true);
    }

    const chips = computed(() => {
      const list = [];
      for (const [dimension, field] of Object.entries(DIMENSIONS)) {
        for (const value of state.filters[field]) {
          list.push({ dimension, value, label: labels[dimension + ':' + value] ?? value });
        }
      }
      return list;
    });

    const facets = computed(() => {
      if (!result.value) return [];
      const order = Object.keys(DIMENSIONS);
      return [...result.value.facets]
        .filter((facet) => facet.values.length > 0)
        .sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension));
    });
    // wide screens open the main facets; on a phone they start folded so the results come first
    const wide = window.matchMedia('(min-width: 821px)').matches;
    const openFacets = reactive({ CHAIN: wide, CITY: wide, MATURITY: wide });

    function titleHtml(edge) {
      const h = edge.highlights.find((x) => x.field === 'title');
      return h ? h.fragments.join('') : escapeHtml(edge.node.title);
    }

    function snippetHtml(edge) {
      const h = edge.highlights.find((x) => x.field === 'summary') || edge.highlights.find((x) => x.field === 'description');
      if (h) return h.fragments.join('…');
      return escapeHtml(edge.node.summary || '');
    }

    function keywordsHtml(edge) {
      const h = edge.highlights.find((x) => x.field === 'keywords');
      const marked = h ? h.fragments : [];
      const plain = (edge.node.keywords || []).filter((k) => !marked.some((m) => m.replace(/<\/?em>/g, '') === escapeHtml(k)));
      return marked.concat(plain.map(escapeHtml)).slice(0, 6);
    }

    // back/forward or an edited address: read the search from the hash again
    const stop = watch(() => route.full, () => {
      if (route.path === '/search' && route.full !== lastHash) {
        Object.assign(state, readState(route.query));
        lastHash = stateHash(state);
        load();
      }
    });
    onBeforeUnmount(() => {
      stop();
      clearTimeout(typingTimer);
      clearTimeout(suggestTimer);
    });
    onMounted(load);

    return {
      state, result, edges, error, loading, loadingMore, suggestions, highlighted, showSuggestions, chips, facets,
      openFacets, SORTS, MATURITY, SUPPLY_TYPE, price, href, onInput, onKey, pick, hideSuggestionsSoon, toggle, isOn,
      setSort, clearAll, loadMore, titleHtml, snippetHtml, keywordsHtml, load,
    };
  },
  template: `
  <section class="search-page">
    <div class="searchbar card">
      <div class="search-input">
        <input type="search" v-model="state.q" @input="onInput" @keydown="onKey" @focus="showSuggestions = suggestions.length > 0"
               @blur="hideSuggestionsSoon" placeholder="输入技术需求或关键词，如：动力电池回收" aria-label="搜索科技成果和技术能力"
               data-testid="search-box" autocomplete="off">
        <ul v-if="showSuggestions && suggestions.length" class="suggestions" data-testid="suggestions" role="listbox">
          <li v-for="(s, i) in suggestions" :key="s.kind + s.text" :class="{on: i === highlighted}" @mousedown.prevent="pick(s)" role="option">
            <span class="kind">{{ s.kind === 'CHAIN' ? '产业链' : s.kind === 'KEYWORD' ? '关键词' : '成果' }}</span>{{ s.text }}
          </li>
        </ul>
      </div>
      <label class="sort">排序
        <select v-model="state.sort" @change="setSort" data-testid="sort">
          <option v-for="(label, value) in SORTS" :key="value" :value="value">{{ label }}</option>
        </select>
      </label>
    </div>

    <div v-if="chips.length" class="chips" data-testid="chips">
      <span class="muted">已选：</span>
      <button v-for="c in chips" :key="c.dimension + c.value" class="chip removable" @click="toggle(c.dimension, c.value)"
              :data-chip="c.dimension + ':' + c.value" :title="'移除 ' + c.label">{{ c.label }} <span aria-hidden="true">×</span></button>
      <button class="link" @click="clearAll">清除全部</button>
    </div>

    <p v-if="error" class="error" role="alert" data-testid="error">{{ error }}</p>

    <div class="search-layout">
      <aside class="facets" v-if="facets.length">
        <details v-for="f in facets" :key="f.dimension" class="facet card" :open="openFacets[f.dimension]"
                 @toggle="openFacets[f.dimension] = $event.target.open" :data-facet-group="f.dimension">
          <summary>{{ f.label }}</summary>
          <ul>
            <li v-for="v in f.values.slice(0, 10)" :key="v.value">
              <button class="facet-value" :class="{on: isOn(f.dimension, v.value)}" @click="toggle(f.dimension, v.value)"
                      :data-facet="f.dimension" :data-value="v.value">
                <span class="facet-label">{{ v.label }}</span><span class="count">{{ v.count }}</span>
              </button>
            </li>
          </ul>
        </details>
      </aside>

      <div class="results">
        <p class="summary" v-if="result">
          共找到 <strong data-testid="total">{{ result.totalCount }}</strong> 项
          <span v-if="loading" class="muted">（更新中…）</span>
        </p>
        <p v-else-if="loading" class="muted">正在搜索…</p>
        <ol class="result-list" data-testid="results">
          <li v-for="e in edges" :key="e.node.id" class="result card" :data-id="e.node.id">
            <div class="result-head">
              <span class="tag" :class="e.node.__typename === 'Achievement' ? 'tag-ach' : 'tag-cap'">{{ e.node.__typename === 'Achievement' ? '成果' : '能力' }}</span>
              <a class="result-title" :href="href('/item/' + encodeURIComponent(e.node.id))" v-html="titleHtml(e)"></a>
            </div>
            <p class="snippet" v-html="snippetHtml(e)"></p>
            <p class="keywords" v-if="e.node.keywords && e.node.keywords.length">
              <span v-for="(k, i) in keywordsHtml(e)" :key="i" class="kw" v-html="k"></span>
            </p>
            <p class="meta">
              <span v-if="e.node.institution">{{ e.node.institution.name }}</span>
              <span v-if="e.node.institution?.city || e.node.city">{{ e.node.institution?.city || e.node.city }}</span>
              <span v-if="e.node.chain">{{ e.node.chain.name }}</span>
              <span v-if="e.node.maturity">{{ MATURITY[e.node.maturity] }}</span>
              <span v-if="e.node.__typename === 'Achievement'">{{ price(e.node.price) }}</span>
              <span v-if="e.node.team">{{ e.node.team }}</span>
              <span v-if="e.node.publishedDate">{{ e.node.publishedDate }}</span>
            </p>
          </li>
        </ol>
        <p v-if="result && !edges.length && !loading" class="card notice">没有找到符合条件的成果，换个说法或去掉一些筛选条件试试。</p>
        <button v-if="result?.pageInfo.hasNextPage" class="button wide" @click="loadMore" :disabled="loadingMore" data-testid="load-more">
          {{ loadingMore ? '正在加载…' : '加载更多' }}
        </button>
      </div>
    </div>
  </section>`,
};
