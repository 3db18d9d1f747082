// 我的需求 (enterprise members): the organisation's demands, a demand's details and its matches with their reasons
// as chips, filtered by the criteria the member requires; create, edit and close.
// #/demands, #/demands/new, #/demands/<id>?require=MATURITY_OK&edit=1
import { ref, computed, watch } from 'vue';
import { gql } from '../assets/graphql.js';
import { route, navigate, href } from '../assets/router.js';
import { MATURITY, TRANSFER_MODE, DEMAND_STATUS, REASON_KIND, RECOMMENDATION_STATUS, price, num } from '../assets/labels.js';
import DemandForm from './demand-form.js';
import Recommendations from './recommendations.js';

const MY_DEMANDS = `query MyDemands { myDemands(first: 50) { id title status city updatedAt chain { name } } }`;

const DEMAND = `query Demand($id: ID!) {
  demand(id: $id) {
    id title description keywords chain { code name } maturityAtLeast cooperationModes
    budget { negotiable minWan maxWan } city deadline status version ownerOrganization createdAt updatedAt
  }
}`;

const MATCHES = `query Matches($id: ID!, $require: [MatchReasonKind!], $after: String) {
  matchDemand(id: $id, require: $require, first: 10, after: $after) {
    totalCount
    edges { node { score reasons { kind label detail } recommendation { status expertName }
      item { __typename id title institution { name city } ... on Achievement { maturity price { negotiable minWan maxWan } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CLOSE = `mutation CloseDemand($input: CloseDemandInput!) {
  closeDemand(input: $input) { demand { id status version } userErrors { field code message } }
}`;

/** The criteria a member can require (TEXT always holds). */
const REQUIRABLE = ['SAME_CHAIN', 'MATURITY_OK', 'MODE_COMPATIBLE', 'WITHIN_BUDGET', 'SAME_CITY', 'SAME_CLUSTER'];

export default {
  components: { DemandForm, Recommendations },
  props: ['param'],
  setup(props) {
    const demands = ref([]);
    const listError = ref('');
    const demand = ref(null);
    const error = ref('');
    const matches = ref(null);
    const matchEdges = ref([]);
    const matchError = ref('');
    const loadingMatches = ref(false);
    /** The criteria the listed matches were asked with ('' for none): the list says what it shows. */
    const matchesFor = ref(null);
    const notice = ref('');
    const confirmClose = ref(false);

    const isNew = computed(() => props.param === 'new');
    const editing = computed(() => route.query.get('edit') === '1');
    const require = computed(() => route.query.getAll('require').filter((r) => REQUIRABLE.includes(r)));

    async function loadList() {
      listError.value = '';
      try {
        demands.value = (await gql(MY_DEMANDS)).myDemands;
      } catch (e) {
        listError.value = e.message;
      }
    }

    async function loadDemand() {
      demand.value = null;
      error.value = '';
      matches.value = null;
      matchEdges.value = [];
      matchesFor.value = null;
      confirmClose.value = false;
      if (!props.param || isNew.value) return;
      try {
        demand.value = (await gql(DEMAND, { id: props.param })).demand;
        loadMatches();
      } catch (e) {
        error.value = e.message;
      }
    }

    let sequence = 0;
    async function loadMatches(more = false) {
      if (!demand.value) return;
      const mine = more ? sequence : ++sequence;
      loadingMatches.value = true;
      matchError.value = '';
      try {
        const after = more ? matches.value.pageInfo.endCursor : null;
        const asked = require.value;
        const data = await gql(MATCHES, { id: demand.value.id, require: asked, after });
        if (mine !== sequence) return;
        matches.value = data.matchDemand;
        matchEdges.value = more ? matchEdges.value.concat(data.matchDemand.edges) : data.matchDemand.edges;
        matchesFor.value = asked.join(',');
      } catch (e) {
        if (mine === sequence) matchError.value = e.message;
      } finally {
        if (mine === sequence) loadingMatches.value = false;
      }
    }

    /** The demand and its matches again, in place (a recommendation changed its status or marks). */
    async function refresh() {
      try {
        demand.value = (await gql(DEMAND, { id: props.param })).demand;
        loadMatches();
        loadList();
      } catch {
        // the page keeps what it shows
      }
    }

    function toggleRequire(kind) {
      const next = require.value.includes(kind) ? require.value.filter((k) => k !== kind) : [...require.value, kind];
      navigate(href('/demands/' + encodeURIComponent(props.param), { require: next }));
    }

    async function saved(result) {
      notice.value = isNew.value ? '需求已发布，下面是平台为它找到的匹配成果。' : '修改已保存。';
      await loadList();
      navigate(href('/demands/' + encodeURIComponent(result.id)));
      if (!isNew.value && props.param === result.id) loadDemand();
    }

    async function close() {
      try {
        const data = await gql(CLOSE, { input: { id: demand.value.id, version: demand.value.version } });
        const payload = data.closeDemand;
        if (payload.userErrors.length) {
          error.value = payload.userErrors[0].code === 'CONFLICT' ? '这条需求刚被他人修改过，请刷新后再试。' : '这条需求不能关闭。';
          return;
        }
        notice.value = '需求已关闭。';
        await loadList();
        await loadDemand();
      } catch (e) {
        error.value = e.message;
      }
    }

    function budgetText(b) {
      if (!b) return '未填写';
      if (b.negotiable) return '面议';
      if (b.minWan != null && b.maxWan != null) return `${num(b.minWan)}–${num(b.maxWan)}万元`;
      if (b.maxWan != null) return `不超过${num(b.maxWan)}万元`;
      return `不低于${num(b.minWan)}万元`;
    }

    watch(() => props.param, () => { notice.value = notice.value && props.param ? notice.value : ''; loadDemand(); }, { immediate: true });
    watch(() => route.query.getAll('require').join(','), () => { if (demand.value) loadMatches(); });
    loadList();

    return {
      demands, listError, demand, error, matches, matchEdges, matchError, loadingMatches, matchesFor, notice, confirmClose, isNew,
      editing, require, REQUIRABLE, REASON_KIND, DEMAND_STATUS, MATURITY, TRANSFER_MODE, price, href, toggleRequire,
      saved, close, loadMatches, refresh, budgetText, route, navigate, RECOMMENDATION_STATUS,
    };
  },
  template: `
  <section class="demands-page two-pane">
    <aside>
      <div class="toolbar"><h1 style="margin:0;flex:1">我的需求</h1>
        <a class="button small" href="#/demands/new" data-testid="new-demand">发布需求</a></div>
      <p v-if="listError" class="error">{{ listError }}</p>
      <ul class="pane-list" data-testid="my-demands">
        <li v-for="d in demands" :key="d.id">
          <a :href="href('/demands/' + encodeURIComponent(d.id))" :class="{on: d.id === param}" :data-demand="d.id">
            <span class="status" :class="d.status">{{ DEMAND_STATUS[d.status] }}</span> {{ d.title }}
            <small class="muted" style="display:block">{{ [d.chain?.name, d.city].filter(Boolean).join(' · ') }}</small>
          </a>
        </li>
        <li v-if="!demands.length && !listError" class="muted">还没有需求，点“发布需求”开始。</li>
      </ul>
    </aside>

    <div class="pane-main">
      <p v-if="notice" class="ok" data-testid="notice">{{ notice }}</p>
      <DemandForm v-if="isNew" @saved="saved" @cancel="navigate('#/demands')"></DemandForm>
      <template v-else-if="param">
        <p v-if="error" class="error" role="alert">{{ error }}</p>
        <p v-else-if="!demand" class="muted">正在加载…</p>
        <template v-else>
          <DemandForm v-if="editing" :demand="demand" :key="demand.version" @saved="saved"
                      @cancel="navigate(href('/demands/' + encodeURIComponent(demand.id)))"></DemandForm>
          <article v-else class="card" data-testid="demand">
            <p><span class="status" :class="demand.status" data-testid="demand-status">{{ DEMAND_STATUS[demand.status] }}</span></p>
            <h1>{{ demand.title }}</h1>
            <p class="description">{{ demand.description }}</p>
            <dl class="fields">
              <template v-if="demand.keywords.length"><dt>关键词</dt><dd><span v-for="k in demand.keywords" :key="k" class="kw">{{ k }}</span></dd></template>
              <dt>产业链</dt><dd>{{ demand.chain?.name ?? '不限' }}</dd>
              <dt>成熟度至少</dt><dd>{{ demand.maturityAtLeast ? MATURITY[demand.maturityAtLeast] : '不限' }}</dd>
              <dt>合作方式</dt><dd>{{ demand.cooperationModes.map(m => TRANSFER_MODE[m]).join('、') || '不限' }}</dd>
              <dt>预算</dt><dd>{{ budgetText(demand.budget) }}</dd>
              <dt>城市</dt><dd>{{ demand.city ?? '—' }}</dd>
              <dt>截止日期</dt><dd>{{ demand.deadline ?? '—' }}</dd>
            </dl>
            <div class="toolbar" v-if="demand.status !== 'CLOSED'">
              <a class="button secondary small" :href="href('/demands/' + encodeURIComponent(demand.id), {edit: '1'})" data-testid="edit-demand">编辑</a>
              <button v-if="!confirmClose" class="button danger small" @click="confirmClose = true" data-testid="close-demand">关闭需求</button>
              <template v-else>
                <span>关闭后不再匹配，确定吗？</span>
                <button class="button danger small" @click="close" data-testid="confirm-close">确定关闭</button>
                <button class="link" @click="confirmClose = false">不关闭</button>
              </template>
            </div>
          </article>

          <Recommendations v-if="!editing" :demand-id="demand.id" @new-match="loadMatches()" @changed="refresh"></Recommendations>

          <section class="card" style="margin-top:1rem" data-testid="matches">
            <h2>匹配的成果与能力 <small class="muted" v-if="matches">共 {{ matches.totalCount }} 项</small></h2>
            <div class="chips">
              <span class="muted">只看：</span>
              <button v-for="kind in REQUIRABLE" :key="kind" class="chip" :class="{removable: require.includes(kind)}"
                      :style="require.includes(kind) ? '' : 'background:#fff;color:inherit;border-color:var(--line)'"
                      @click="toggleRequire(kind)" :data-require="kind" :aria-pressed="require.includes(kind)">
                {{ REASON_KIND[kind] }}<span v-if="require.includes(kind)"> ×</span>
              </button>
            </div>
            <p v-if="matchError" class="error">{{ matchError }}</p>
            <p v-if="loadingMatches && !matchEdges.length" class="muted">正在匹配…</p>
            <ol class="matches" data-testid="match-list" :class="{loading: loadingMatches}" :data-matches-for="matchesFor ?? false">
              <li v-for="e in matchEdges" :key="e.node.item.id" class="result" style="border-top:1px solid var(--line);padding-top:.6rem" :data-id="e.node.item.id">
                <span class="score" title="匹配得分">{{ e.node.score.toFixed(1) }}</span>
                <span class="tag" :class="e.node.item.__typename === 'Achievement' ? 'tag-ach' : 'tag-cap'">{{ e.node.item.__typename === 'Achievement' ? '成果' : '能力' }}</span>
                <a class="result-title" :href="href('/item/' + encodeURIComponent(e.node.item.id))">{{ e.node.item.title }}</a>
                <p class="meta">
                  <span v-if="e.node.item.institution">{{ e.node.item.institution.name }}</span>
                  <span v-if="e.node.item.maturity">{{ MATURITY[e.node.item.maturity] }}</span>
                  <span v-if="e.node.item.__typename === 'Achievement'">{{ price(e.node.item.price) }}</span>
                </p>
                <p v-if="e.node.recommendation" class="meta"><span class="status" :class="e.node.recommendation.status">专家已推荐 · {{ RECOMMENDATION_STATUS[e.node.recommendation.status] }}</span></p>
                <div class="reasons">
                  <span v-for="r in e.node.reasons" :key="r.kind" class="reason" :class="r.kind" :data-reason="r.kind" :title="r.detail || ''">{{ r.label }}</span>
                </div>
              </li>
            </ol>
            <p v-if="matches && !matchEdges.length && !loadingMatches" class="muted">没有同时满足所选条件的匹配，去掉一些“只看”条件试试。</p>
            <button v-if="matches?.pageInfo.hasNextPage" class="button secondary wide" @click="loadMatches(true)">加载更多</button>
          </section>
        </template>
      </template>
      <section v-else class="card notice">从左侧选择一条需求查看匹配结果，或发布一条新需求。</section>
    </div>
  </section>`,
};
