// 专家工作台 (EXPERT): the queue with filters and live updates (queueEvents), claim and release, a demand beside its
// candidate matches with a recommend button and a note, and the pipeline board of the expert's recommendations by
// stage with the moves between stages and the contract form.
// #/expert?tab=queue&demand=<id>&unassigned=1&chains=…&cities=…  ·  #/expert?tab=board
import { ref, reactive, computed, watch, onBeforeUnmount } from 'vue';
import { gql } from '../assets/graphql.js';
import { subscribe } from '../assets/live.js';
import { route, navigate, href } from '../assets/router.js';
import { session } from '../assets/session.js';
import {
  DEMAND_STATUS, MATURITY, TRANSFER_MODE, RECOMMENDATION_STATUS, DECLINE_REASON, CONTRACT_TYPE, price, num,
} from '../assets/labels.js';

const QUEUE = `query Queue($filter: QueueFilter, $after: String) {
  expertQueue(filter: $filter, first: 20, after: $after) {
    totalCount
    edges { node { recommendationCount
      demand { id title status city createdAt ownerOrganization chain { name } assignment { expertId expertName } } } }
    pageInfo { hasNextPage endCursor }
  }
  clusters { code name chains { code name } }
}`;

const DEMAND = `query ExpertDemand($id: ID!) {
  demand(id: $id) {
    id title description keywords status city deadline version ownerOrganization createdAt
    chain { name } maturityAtLeast cooperationModes budget { negotiable minWan maxWan }
    assignment { expertId expertName assignedAt }
  }
  matchDemand(id: $id, first: 10) {
    totalCount
    edges { node { score reasons { kind label detail } recommendation { recommendationId status expertName }
      item { __typename id title institution { name city } ... on Achievement { maturity price { negotiable minWan maxWan } } } } }
  }
}`;

const BOARD_DEMANDS = `query BoardDemands($filter: QueueFilter, $after: String) {
  expertQueue(filter: $filter, first: 100, after: $after) { edges { node { demand { id } } } pageInfo { hasNextPage endCursor } }
}`;

/** The board follows the expert's most recent demands. */
const BOARD_SIZE = 48;

const CARD = `fragment Card on Recommendation {
  id status note version expertName supplyId supply { id title } declineReason
  contract { valueWan typeLabel signedOn registrationNumber } demand { id title ownerOrganization }
}`;

const CLAIM = `mutation Claim($input: AssignDemandInput!) { assignDemand(input: $input) { demand { id version } userErrors { field code message } } }`;
const RELEASE = `mutation Release($input: AssignDemandInput!) { releaseDemand(input: $input) { demand { id version } userErrors { field code message } } }`;
const RECOMMEND = `mutation Recommend($input: RecommendInput!) {
  recommend(input: $input) { recommendation { id status } userErrors { field code message } }
}`;
const ADVANCE = `mutation Advance($input: AdvanceRecommendationInput!) {
  advanceRecommendation(input: $input) {
    recommendation { id status version contract { valueWan typeLabel signedOn registrationNumber } }
    userErrors { field code message }
  }
}`;

const QUEUE_EVENTS = `subscription QueueEvents { queueEvents { id type demandId note occurredAt demand { id title } } }`;

/** Board columns, in pipeline order. */
const STAGES = ['PROPOSED', 'SENT', 'ACCEPTED', 'CONTACTED', 'NEGOTIATING', 'CONTRACTED', 'DECLINED', 'CLOSED_NO_DEAL'];
/** The expert's moves from each status (advanceRecommendation); CLOSED_NO_DEAL from any status that is not final. */
const MOVES = { PROPOSED: ['SENT'], ACCEPTED: ['CONTACTED'], CONTACTED: ['NEGOTIATING'], NEGOTIATING: ['CONTRACTED'] };
const FINAL = ['DECLINED', 'CONTRACTED', 'CLOSED_NO_DEAL'];

const USER_ERRORS = {
  CONFLICT: '刚刚被其他专家抢先一步或已有变化，已为您刷新。',
  NOT_ASSIGNED: '请先认领这条需求。',
  DUPLICATE: '这项成果已经推荐过了。',
  CLOSED: '这条需求已关闭或已签约。',
  INVALID_TRANSITION: '当前状态下不能这样推进。',
  NOT_FOUND: '没有找到这条记录。',
};

function userError(errors) {
  const first = errors[0];
  if (USER_ERRORS[first.code]) return USER_ERRORS[first.code];
  if (first.field && first.field.startsWith('contract')) return '合同信息不完整或不正确：金额需大于 0，签订日期不能晚于今天。';
  return '提交的内容有误，请检查后重试。';
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default {
  setup() {
    const tab = computed(() => route.query.get('tab') === 'board' ? 'board' : 'queue');
    const selectedId = computed(() => route.query.get('demand'));
    const filter = reactive({
      scope: route.query.get('scope') || 'all', chain: route.query.get('chain') || '', city: route.query.get('city') || '',
      status: route.query.get('status') || '',
    });
    const queue = ref(null);
    const entries = ref([]);
    const clusters = ref([]);
    const queueError = ref('');
    const liveQueue = ref(false);
    const newInQueue = ref(0);
    const selected = ref(null);
    const matches = ref([]);
    const detailError = ref('');
    const message = ref('');
    const messageOk = ref(false);
    const noteFor = ref(null);
    const note = ref('');
    const busy = ref(false);
    const board = ref([]);
    const boardError = ref('');
    const moving = ref(null);
    const contract = reactive({ valueWan: '', type: 'LICENSE', signedOn: today(), registrationNumber: '' });
    const closeReason = ref('OTHER');

    const me = computed(() => session.me?.id);

    function queueFilter() {
      const f = {};
      if (filter.scope === 'mine') f.assignedTo = me.value;
      if (filter.scope === 'unassigned') f.unassigned = true;
      if (filter.chain) f.chains = [filter.chain];
      if (filter.city.trim()) f.cities = [filter.city.trim()];
      if (filter.status) f.statuses = [filter.status];
      return f;
    }

    function applyFilter() {
      newInQueue.value = 0;
      navigate(href('/expert', { tab: 'queue', scope: filter.scope === 'all' ? '' : filter.scope, chain: filter.chain,
        city: filter.city.trim(), status: filter.status, demand: selectedId.value || '' }), true);
      loadQueue();
    }

    async function loadQueue() {
      try {
        const data = await gql(QUEUE, { filter: queueFilter() });
        queue.value = data.expertQueue;
        entries.value = data.expertQueue.edges.map((e) => e.node);
        clusters.value = data.clusters;
        queueError.value = '';
      } catch (e) {
        queueError.value = e.message;
      }
    }

    async function loadDetail() {
      selected.value = null;
      matches.value = [];
      detailError.value = '';
      noteFor.value = null;
      if (!selectedId.value) return;
      try {
        const data = await gql(DEMAND, { id: selectedId.value });
        selected.value = data.demand;
        matches.value = data.matchDemand.edges.map((e) => e.node);
      } catch (e) {
        detailError.value = e.message;
      }
    }

    function select(id) {
      navigate(href('/expert', { ...Object.fromEntries(route.query), demand: id }));
    }

    async function mutate(document, input, field) {
      busy.value = true;
      message.value = '';
      messageOk.value = false;
      try {
        const payload = (await gql(document, { input }))[field];
        if (payload.userErrors.length) {
          message.value = userError(payload.userErrors);
          return null;
        }
        return payload;
      } catch (e) {
        message.value = e.message;
        return null;
      } finally {
        busy.value = false;
      }
    }

    async function claim(demand) {
      const done = await mutate(CLAIM, { demandId: demand.id }, 'assignDemand');
      if (done) {
        message.value = '已认领，可以开始推荐了。';
        messageOk.value = true;
      }
      await Promise.all([loadQueue(), loadDetail()]);
    }

    async function release(demand) {
      const done = await mutate(RELEASE, { demandId: demand.id }, 'releaseDemand');
      if (done) {
        message.value = '已释放，需求回到待认领队列。';
        messageOk.value = true;
      }
      await Promise.all([loadQueue(), loadDetail()]);
    }

    async function recommend(match) {
      const input = { demandId: selected.value.id, supplyId: match.item.id, send: true };
      if (note.value.trim()) input.note = note.value.trim();
      const done = await mutate(RECOMMEND, input, 'recommend');
      if (done) {
        message.value = '推荐已发送给企业。';
        messageOk.value = true;
        noteFor.value = null;
        note.value = '';
      }
      await loadDetail();
    }

    async function loadBoard() {
      boardError.value = '';
      try {
        // the queue lists oldest first: walk it to its end and keep the newest demands
        const filter = { assignedTo: me.value, statuses: ['OPEN', 'MATCHING', 'IN_NEGOTIATION', 'CONTRACTED'] };
        let all = [];
        let after = null;
        for (let page = 0; page < 20; page++) {
          const data = await gql(BOARD_DEMANDS, { filter, after });
          all = all.concat(data.expertQueue.edges.map((e) => e.node.demand));
          if (!data.expertQueue.pageInfo.hasNextPage) break;
          after = data.expertQueue.pageInfo.endCursor;
        }
        const demands = all.slice(-BOARD_SIZE).reverse();
        // each demand's recommendations under its own alias, six demands per request: the API refuses a request with
        // more than 20 fields that reach Elasticsearch (recommendations, and each one's demand and supply item)
        const chunks = [];
        for (let i = 0; i < demands.length; i += 6) chunks.push(demands.slice(i, i + 6));
        const answers = await Promise.all(chunks.map((chunk) => {
          const fields = chunk.map((d, i) => `r${i}: recommendations(demandId: ${JSON.stringify(d.id)}) { ...Card }`).join('\n');
          return gql(`query Board { ${fields} } ${CARD}`).then((result) => chunk.flatMap((d, i) => result['r' + i]));
        }));
        // the search behind the board may not show a move made here a moment ago yet: a card never goes back to a
        // version this page already moved it from
        const held = new Map(board.value.map((card) => [card.id, card]));
        board.value = answers.flat().map((card) => (superseded.has(card.id + '@' + card.version) && held.has(card.id) ? held.get(card.id) : card));
      } catch (e) {
        boardError.value = e.message;
      }
    }

    /** Recommendations (id@version) this page has moved on from: versions are opaque, only equality means something. */
    const superseded = new Set();
    let boardReload = null;
    /** Reads the board again in a moment (once, however many moves were made meanwhile). */
    function reloadBoardSoon() {
      clearTimeout(boardReload);
      boardReload = setTimeout(loadBoard, 1200);
    }
    onBeforeUnmount(() => clearTimeout(boardReload));

    const columns = computed(() => STAGES.map((stage) => ({ stage, cards: board.value.filter((r) => r.status === stage) }))
      .filter((c) => c.cards.length || !['DECLINED', 'CLOSED_NO_DEAL'].includes(c.stage)));

    function moves(r) {
      return FINAL.includes(r.status) ? [] : [...(MOVES[r.status] || []), 'CLOSED_NO_DEAL'];
    }

    function startMove(r, to) {
      message.value = '';
      if (to === 'CONTRACTED' || to === 'CLOSED_NO_DEAL') {
        moving.value = { id: r.id, to };
        return;
      }
      advance(r, to);
    }

    async function advance(r, to) {
      const input = { id: r.id, version: r.version, to };
      if (to === 'CONTRACTED') {
        const value = Number(contract.valueWan);
        if (!(value > 0)) {
          message.value = '请填写合同金额（万元，大于 0）。';
          return;
        }
        input.contract = { valueWan: value, type: contract.type, signedOn: contract.signedOn };
        if (contract.registrationNumber.trim()) input.contract.registrationNumber = contract.registrationNumber.trim();
      }
      if (to === 'CLOSED_NO_DEAL') input.reason = closeReason.value;
      const done = await mutate(ADVANCE, input, 'advanceRecommendation');
      if (done) {
        // the card moves at once; the board is read again a moment later (the search behind it refreshes each second)
        superseded.add(r.id + '@' + r.version);
        Object.assign(board.value.find((card) => card.id === r.id) ?? {}, done.recommendation);
        reloadBoardSoon();
        message.value = `已推进到“${RECOMMENDATION_STATUS[to]}”。`;
        messageOk.value = true;
        moving.value = null;
        contract.valueWan = '';
        contract.registrationNumber = '';
      }
      else await loadBoard();
    }

    // the queue as it changes: new demands, claims and releases by anyone, without a reload
    const stopQueue = subscribe(QUEUE_EVENTS, {}, {
      onNext: () => {
        newInQueue.value += 1;
        if (tab.value === 'queue') loadQueue();
      },
      onError: (text) => { queueError.value = text; },
      onStatus: (up) => { liveQueue.value = up; },
    });
    onBeforeUnmount(stopQueue);

    watch(tab, () => (tab.value === 'board' ? loadBoard() : loadQueue()), { immediate: true });
    watch(selectedId, loadDetail, { immediate: true });

    function age(createdAt) {
      const days = Math.floor((Date.now() - new Date(createdAt).getTime()) / 86400000);
      return days <= 0 ? '今天' : `${days} 天前`;
    }

    return {
      tab, selectedId, filter, queue, entries, clusters, queueError, liveQueue, newInQueue, selected, matches, detailError,
      message, messageOk, noteFor, note, busy, columns, boardError, moving, contract, closeReason, me, applyFilter, select, claim,
      release, recommend, moves, startMove, advance, age, href, price, num,
      DEMAND_STATUS, MATURITY, TRANSFER_MODE, RECOMMENDATION_STATUS, DECLINE_REASON, CONTRACT_TYPE, BOARD_SIZE,
    };
  },
  template: `
  <section class="expert-page">
    <div class="toolbar">
      <h1 style="margin:0;flex:1">专家工作台</h1>
      <nav class="tabs">
        <a :href="href('/expert', {tab: 'queue'})" :class="{on: tab === 'queue'}" data-tab="queue" @click="newInQueue = 0">需求队列
          <span v-if="newInQueue" class="badge" data-testid="queue-badge" :title="newInQueue + ' 条新动态'">{{ newInQueue }}</span></a>
        <a :href="href('/expert', {tab: 'board'})" :class="{on: tab === 'board'}" data-tab="board">对接看板</a>
      </nav>
    </div>
    <p v-if="message" :class="messageOk ? 'ok' : 'notice warn'" data-testid="expert-message">{{ message }}</p>

    <template v-if="tab === 'queue'">
      <form class="card filters" @submit.prevent="applyFilter" data-testid="queue-filters">
        <select v-model="filter.scope" @change="applyFilter" aria-label="范围" data-filter="scope">
          <option value="all">全部需求</option><option value="unassigned">待认领</option><option value="mine">我认领的</option>
        </select>
        <select v-model="filter.status" @change="applyFilter" aria-label="状态">
          <option value="">待审核（待匹配、匹配中）</option>
          <option v-for="s in ['OPEN', 'MATCHING', 'IN_NEGOTIATION', 'CONTRACTED']" :key="s" :value="s">{{ DEMAND_STATUS[s] }}</option>
        </select>
        <select v-model="filter.chain" @change="applyFilter" aria-label="产业链">
          <option value="">全部产业链</option>
          <optgroup v-for="c in clusters" :key="c.code" :label="c.name">
            <option v-for="chain in c.chains" :key="chain.code" :value="chain.code">{{ chain.name }}</option>
          </optgroup>
        </select>
        <input v-model="filter.city" placeholder="城市，如 郑州" aria-label="城市" @change="applyFilter">
        <small class="muted live" :data-live="liveQueue">{{ liveQueue ? '● 实时更新' : '○ 连接中…' }}</small>
      </form>
      <p v-if="queueError" class="error">{{ queueError }}</p>

      <div class="two-pane expert-panes">
        <aside>
          <p class="muted small" v-if="queue">共 {{ queue.totalCount }} 条，最早提交的在前</p>
          <ul class="pane-list" data-testid="queue">
            <li v-for="e in entries" :key="e.demand.id">
              <a :href="href('/expert', {tab: 'queue', demand: e.demand.id})" :class="{on: e.demand.id === selectedId}" :data-demand="e.demand.id">
                <span class="status" :class="e.demand.status">{{ DEMAND_STATUS[e.demand.status] }}</span> {{ e.demand.title }}
                <small class="muted" style="display:block">
                  {{ [e.demand.ownerOrganization, e.demand.chain?.name, e.demand.city].filter(Boolean).join(' · ') }} · {{ age(e.demand.createdAt) }}
                </small>
                <small style="display:block">
                  <span v-if="e.demand.assignment" :class="e.demand.assignment.expertId === me ? 'mine' : 'muted'">认领：{{ e.demand.assignment.expertName }}</span>
                  <span v-else class="muted">待认领</span>
                  <span class="muted"> · 推荐 {{ e.recommendationCount }}</span>
                </small>
              </a>
            </li>
            <li v-if="queue && !entries.length" class="muted">没有符合条件的需求。</li>
          </ul>
        </aside>

        <div class="pane-main">
          <p v-if="detailError" class="error">{{ detailError }}</p>
          <section v-if="!selectedId" class="card notice">从左侧选择一条需求，查看详情和候选成果。</section>
          <div v-else-if="selected" class="side-by-side">
            <article class="card" data-testid="expert-demand">
              <p><span class="status" :class="selected.status">{{ DEMAND_STATUS[selected.status] }}</span></p>
              <h2>{{ selected.title }}</h2>
              <p class="muted small">{{ selected.ownerOrganization }}</p>
              <p class="description">{{ selected.description }}</p>
              <dl class="fields">
                <dt>产业链</dt><dd>{{ selected.chain?.name ?? '不限' }}</dd>
                <dt>成熟度</dt><dd>{{ selected.maturityAtLeast ? MATURITY[selected.maturityAtLeast] + '及以上' : '不限' }}</dd>
                <dt>合作方式</dt><dd>{{ selected.cooperationModes.map(m => TRANSFER_MODE[m]).join('、') || '不限' }}</dd>
                <dt>预算</dt><dd>{{ selected.budget ? price({negotiable: selected.budget.negotiable, minWan: selected.budget.minWan, maxWan: selected.budget.maxWan}) : '未填写' }}</dd>
                <dt>城市</dt><dd>{{ selected.city ?? '—' }}</dd>
                <dt>认领</dt><dd>{{ selected.assignment ? selected.assignment.expertName : '无人认领' }}</dd>
              </dl>
              <div class="toolbar">
                <button v-if="!selected.assignment" class="button small" :disabled="busy" @click="claim(selected)" data-testid="claim">认领</button>
                <button v-else-if="selected.assignment.expertId === me" class="button secondary small" :disabled="busy" @click="release(selected)" data-testid="release">释放</button>
              </div>
            </article>
            <section class="card" data-testid="candidates">
              <h2>候选成果 <small class="muted">按匹配度</small></h2>
              <ol class="matches">
                <li v-for="m in matches" :key="m.item.id" :data-id="m.item.id" style="border-top:1px solid var(--line);padding-top:.6rem">
                  <span class="score">{{ m.score.toFixed(1) }}</span>
                  <a class="result-title" :href="href('/item/' + encodeURIComponent(m.item.id))" target="_blank">{{ m.item.title }}</a>
                  <p class="meta"><span v-if="m.item.institution">{{ m.item.institution.name }}</span>
                    <span v-if="m.item.maturity">{{ MATURITY[m.item.maturity] }}</span>
                    <span v-if="m.item.__typename === 'Achievement'">{{ price(m.item.price) }}</span></p>
                  <div class="reasons"><span v-for="r in m.reasons" :key="r.kind" class="reason" :class="r.kind" :title="r.detail || ''">{{ r.label }}</span></div>
                  <p v-if="m.recommendation" class="meta"><span class="status" :class="m.recommendation.status">已推荐 · {{ RECOMMENDATION_STATUS[m.recommendation.status] }}</span></p>
                  <template v-else-if="selected.assignment && selected.assignment.expertId === me">
                    <button v-if="noteFor !== m.item.id" class="button secondary small" @click="noteFor = m.item.id; note = ''" data-testid="recommend">推荐给企业</button>
                    <div v-else class="recommend-form">
                      <textarea v-model="note" rows="2" placeholder="给企业的推荐说明，如：工艺成熟，已在同类企业中试" data-testid="recommend-note" style="width:100%"></textarea>
                      <div class="toolbar">
                        <button class="button small" :disabled="busy" @click="recommend(m)" data-testid="send-recommendation">发送推荐</button>
                        <button class="link" @click="noteFor = null">取消</button>
                      </div>
                    </div>
                  </template>
                </li>
              </ol>
            </section>
          </div>
          <p v-else class="muted">正在加载…</p>
        </div>
      </div>
    </template>

    <template v-else>
      <p v-if="boardError" class="error">{{ boardError }}</p>
      <p class="muted small">看板显示您最近认领的 {{ BOARD_SIZE }} 条需求上的推荐，按对接阶段排列。</p>
      <div class="board" data-testid="board">
        <section v-for="c in columns" :key="c.stage" class="column card" :data-stage="c.stage">
          <h2><span class="status" :class="c.stage">{{ RECOMMENDATION_STATUS[c.stage] }}</span> <small class="muted">{{ c.cards.length }}</small></h2>
          <article v-for="r in c.cards" :key="r.id" class="board-card" :data-recommendation="r.id" :data-demand="r.demand.id">
            <a :href="href('/item/' + encodeURIComponent(r.supplyId))" class="result-title">{{ r.supply?.title ?? r.supplyId }}</a>
            <p class="muted small">需求：{{ r.demand.title }}（{{ r.demand.ownerOrganization }}）</p>
            <p v-if="r.declineReason" class="muted small">原因：{{ DECLINE_REASON[r.declineReason] }}</p>
            <p v-if="r.contract" class="ok small">{{ r.contract.typeLabel }} {{ num(r.contract.valueWan) }} 万元 · {{ r.contract.signedOn }}</p>
            <div class="toolbar">
              <button v-for="to in moves(r)" :key="to" class="button small" :class="{secondary: to === 'CLOSED_NO_DEAL'}"
                      :disabled="busy" @click="startMove(r, to)" :data-move="to">{{ to === 'CLOSED_NO_DEAL' ? '未成交' : '推进到' + RECOMMENDATION_STATUS[to] }}</button>
            </div>
            <form v-if="moving && moving.id === r.id && moving.to === 'CONTRACTED'" class="contract-form" @submit.prevent="advance(r, 'CONTRACTED')" data-testid="contract-form">
              <label>合同金额（万元）<input v-model="contract.valueWan" inputmode="decimal" data-contract="valueWan"></label>
              <label>合同类型<select v-model="contract.type" data-contract="type"><option v-for="(label, code) in CONTRACT_TYPE" :key="code" :value="code">{{ label }}</option></select></label>
              <label>签订日期<input type="date" v-model="contract.signedOn" data-contract="signedOn"></label>
              <label>登记号（可不填）<input v-model="contract.registrationNumber" data-contract="registrationNumber"></label>
              <div class="toolbar"><button class="button small" :disabled="busy" type="submit" data-testid="save-contract">登记合同</button>
                <button class="link" type="button" @click="moving = null">取消</button></div>
            </form>
            <form v-if="moving && moving.id === r.id && moving.to === 'CLOSED_NO_DEAL'" @submit.prevent="advance(r, 'CLOSED_NO_DEAL')">
              <label>未成交原因<select v-model="closeReason"><option v-for="(label, code) in DECLINE_REASON" :key="code" :value="code">{{ label }}</option></select></label>
              <div class="toolbar"><button class="button danger small" :disabled="busy" type="submit">确认未成交</button>
                <button class="link" type="button" @click="moving = null">取消</button></div>
            </form>
          </article>
          <p v-if="!c.cards.length" class="muted small">暂无</p>
        </section>
      </div>
    </template>
  </section>`,
};
