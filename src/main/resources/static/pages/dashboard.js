// 数据看板: ECharts over the platform's statistics. Anyone sees the catalogue's aggregates (catalogStats, and the
// counts per chain, city and maturity that search's facets give over the whole catalogue).
import { ref, reactive, onMounted, onBeforeUnmount, nextTick } from 'vue';
import { gql } from '../assets/graphql.js';
import { MATURITY, DEMAND_STATUS, num } from '../assets/labels.js';
import { session, hasRole, whenLoaded } from '../assets/session.js';

const SUPPLY = `query SupplyStats {
  catalogStats { achievements capabilities byCluster { cluster name count } }
  marketStats {
    supply { total byChain { key label count } byCity { key label count } byMaturity { key label count } }
    demand { total }
  }
}`;

const TRANSFER = `query TransferStats($from: Date!, $to: Date!) {
  byMonth: transferStats(from: $from, to: $to, groupBy: MONTH) { contracts turnoverWan turnoverYi groups { key label contracts turnoverWan } }
  byCity: transferStats(from: $from, to: $to, groupBy: CITY) { groups { key label contracts turnoverWan } }
  pipelineStats(from: $from, to: $to) { stages { stage demands conversionFromPrevious conversionFromStart medianDaysFromPrevious } }
}`;

/** For experts and administrators: who brought the contracts, and where the demands stand. */
const STAFF = `query StaffStats($from: Date!, $to: Date!) {
  byExpert: transferStats(from: $from, to: $to, groupBy: EXPERT) { groups { key label contracts turnoverWan } }
  open: expertQueue(filter: {statuses: [OPEN]}, first: 1) { totalCount }
  matching: expertQueue(filter: {statuses: [MATCHING]}, first: 1) { totalCount }
  negotiating: expertQueue(filter: {statuses: [IN_NEGOTIATION]}, first: 1) { totalCount }
  contracted: expertQueue(filter: {statuses: [CONTRACTED]}, first: 1) { totalCount }
  closed: expertQueue(filter: {statuses: [CLOSED]}, first: 1) { totalCount }
}`;

const STAGE = { SUBMITTED: '提交需求', REVIEWED: '专家审核', RECOMMENDED: '发出推荐', ACCEPTED: '企业接受', CONTRACTED: '签订合同' };

/** The last 18 months up to today, as transferStats takes them. */
function range() {
  const now = new Date();
  const start = new Date(now.getFullYear(), now.getMonth() - 17, 1);
  const day = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: day(start), to: day(now) };
}

const PALETTE = ['#1f5fbf', '#2f9e8f', '#e0a030', '#d05a5a', '#7a5cc2', '#4a9bd6', '#8fb339', '#c77b3a', '#5c6b8a', '#b04f8c'];

/** ECharts, loaded once from its WebJar (an ES module, no build step). */
let echartsModule = null;
async function loadECharts() {
  if (!echartsModule) {
    echartsModule = await import('/webjars/echarts/dist/echarts.esm.min.js');
    // the page's ECharts, e.g. for echarts.getInstanceByDom(element) from the browser's console or a browser test
    window.echarts = echartsModule;
  }
  return echartsModule;
}

function bar(title, labels, values, { horizontal = false, unit = '项', color = PALETTE[0] } = {}) {
  const category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal || labels.length <= 6 ? 0 : 30 } };
  const value = { type: 'value', name: unit };
  return {
    color: [color],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: horizontal ? 110 : 48, right: 24, top: 36, bottom: horizontal ? 24 : 64 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ name: title, type: 'bar', data: values, barMaxWidth: 28, label: { show: true, position: horizontal ? 'right' : 'top' } }],
  };
}

function pie(title, entries) {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    series: [{
      name: title, type: 'pie', radius: ['38%', '66%'], center: ['50%', '52%'], avoidLabelOverlap: true,
      label: { formatter: '{b}\n{c}' }, data: entries,
    }],
  };
}

function round(value) {
  return Math.round(value * 100) / 100;
}

function turnoverByMonth(groups) {
  return {
    color: [PALETTE[3], PALETTE[0]],
    tooltip: { trigger: 'axis' },
    legend: { data: ['成交额（万元）', '合同数（份）'], top: 0 },
    grid: { left: 56, right: 48, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: groups.map((g) => g.key), axisLabel: { rotate: 45 } },
    yAxis: [{ type: 'value', name: '万元' }, { type: 'value', name: '份', splitLine: { show: false } }],
    series: [
      { name: '成交额（万元）', type: 'bar', data: groups.map((g) => round(g.turnoverWan)), barMaxWidth: 22 },
      { name: '合同数（份）', type: 'line', yAxisIndex: 1, data: groups.map((g) => g.contracts), smooth: true },
    ],
  };
}

function funnel(stages) {
  const percent = (x) => (x == null ? '' : `${Math.round(x * 1000) / 10}%`);
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const s = stages[p.dataIndex];
        const lines = [`${p.name}：${s.demands} 条需求`];
        if (s.conversionFromPrevious != null) lines.push(`较上一环节 ${percent(s.conversionFromPrevious)}`);
        if (s.medianDaysFromPrevious != null) lines.push(`中位用时 ${Math.round(s.medianDaysFromPrevious * 10) / 10} 天`);
        return lines.join('<br>');
      },
    },
    series: [{
      name: '对接漏斗', type: 'funnel', sort: 'none', left: '8%', width: '84%', top: 10, bottom: 10, minSize: '12%', gap: 2,
      label: { position: 'inside', color: '#fff', fontWeight: 600, textBorderColor: 'rgba(0,0,0,.35)', textBorderWidth: 2, formatter: (p) => {
        const s = stages[p.dataIndex];
        return `${p.name} ${s.demands}` + (s.conversionFromPrevious != null ? `（${percent(s.conversionFromPrevious)}）` : '');
      } },
      data: stages.map((s) => ({ name: STAGE[s.stage] ?? s.stage, value: s.demands })),
    }],
  };
}

export default {
  setup() {
    const error = ref('');
    const kpis = reactive({ supply: null, demands: null, contracts: null, turnoverWan: null, from: '' });
    const errors = reactive({ supply: '', transfer: '', staff: '' });
    const staff = ref(false);
    const charts = [];
    const elements = {};

    function ref_(name) {
      return (element) => { if (element) elements[name] = element; };
    }

    function draw(echarts, name, option) {
      const element = elements[name];
      if (!element) return;
      const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
      // data-rendered: the chart has finished drawing (its animation is over)
      chart.on('finished', () => { element.dataset.rendered = 'true'; });
      chart.setOption(option, true);
      charts.push(chart);
    }

    function resize() {
      charts.forEach((chart) => chart.resize());
    }

    async function load() {
      const period = range();
      let echarts;
      try {
        echarts = await loadECharts();
      } catch {
        error.value = '图表组件加载失败，请刷新重试。';
        return;
      }
      await Promise.all([supplyCharts(echarts), transferCharts(echarts, period), staffCharts(echarts, period)]);
    }

    async function supplyCharts(echarts) {
      try {
        const data = await gql(SUPPLY);
        const stats = data.catalogStats;
        const supply = data.marketStats.supply;
        kpis.supply = stats.achievements + stats.capabilities;
        kpis.demands = data.marketStats.demand.total;
        await nextTick();
        draw(echarts, 'cluster', pie('按产业集群', stats.byCluster.map((c) => ({ name: c.name, value: c.count }))));
        const chains = supply.byChain.slice(0, 12);
        draw(echarts, 'chain', bar('按产业链', chains.map((v) => v.label), chains.map((v) => v.count), { horizontal: true }));
        const cities = supply.byCity.slice(0, 12);
        draw(echarts, 'city', bar('按城市', cities.map((v) => v.label), cities.map((v) => v.count), { color: PALETTE[1] }));
        const order = Object.keys(MATURITY);
        const maturities = supply.byMaturity.filter((v) => order.includes(v.key))
          .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
        draw(echarts, 'maturity', bar('按成熟度', maturities.map((v) => MATURITY[v.key]), maturities.map((v) => v.count), { color: PALETTE[2] }));
      } catch (e) {
        errors.supply = e.message;
      }
    }

    async function transferCharts(echarts, period) {
      try {
        const data = await gql(TRANSFER, period);
        kpis.contracts = data.byMonth.contracts;
        kpis.turnoverWan = data.byMonth.turnoverWan;
        kpis.from = period.from;
        await nextTick();
        draw(echarts, 'turnover', turnoverByMonth(data.byMonth.groups));
        const cities = data.byCity.groups.slice(0, 12);
        draw(echarts, 'turnover-city', bar('成交额', cities.map((g) => g.label), cities.map((g) => round(g.turnoverWan)), { unit: '万元', color: PALETTE[3] }));
        draw(echarts, 'funnel', funnel(data.pipelineStats.stages));
      } catch (e) {
        errors.transfer = e.message;
      }
    }

    async function staffCharts(echarts, period) {
      await whenLoaded();
      if (!hasRole('EXPERT') && !hasRole('ADMIN')) return;
      staff.value = true;
      try {
        const data = await gql(STAFF, period);
        await nextTick();
        const experts = data.byExpert.groups.slice(0, 10);
        draw(echarts, 'experts', bar('合同数', experts.map((g) => g.label), experts.map((g) => g.contracts), { horizontal: true, unit: '份', color: PALETTE[4] }));
        const keys = { open: 'OPEN', matching: 'MATCHING', negotiating: 'IN_NEGOTIATION', contracted: 'CONTRACTED', closed: 'CLOSED' };
        draw(echarts, 'demand-status', pie('需求状态', Object.entries(keys).map(([key, status]) => ({ name: DEMAND_STATUS[status], value: data[key].totalCount }))));
      } catch (e) {
        errors.staff = e.message;
      }
    }

    onMounted(() => {
      window.addEventListener('resize', resize);
      load();
    });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      charts.forEach((chart) => chart.dispose());
    });
    return { error, errors, kpis, staff, ref_, num, session };
  },
  template: `
  <section class="dashboard">
    <h1>数据看板</h1>
    <p v-if="error" class="error" role="alert">{{ error }}</p>
    <div class="kpis">
      <div class="card kpi"><div class="value" data-kpi="turnover">{{ kpis.turnoverWan == null ? '—' : num(kpis.turnoverWan) }}</div><div class="label">技术合同成交额（万元<template v-if="kpis.from">，{{ kpis.from.slice(0, 7) }} 起</template>）</div></div>
      <div class="card kpi"><div class="value" data-kpi="contracts">{{ kpis.contracts == null ? '—' : num(kpis.contracts) }}</div><div class="label">登记技术合同（份）</div></div>
      <div class="card kpi"><div class="value" data-kpi="supply">{{ kpis.supply == null ? '—' : num(kpis.supply) }}</div><div class="label">科技成果与技术能力（项）</div></div>
      <div class="card kpi"><div class="value" data-kpi="demands">{{ kpis.demands == null ? '—' : num(kpis.demands) }}</div><div class="label">企业技术需求（条）</div></div>
    </div>
    <p v-if="errors.transfer" class="error" role="alert">成交与对接数据：{{ errors.transfer }}</p>
    <p v-if="errors.supply" class="error" role="alert">供给数据：{{ errors.supply }}</p>
    <p v-if="errors.staff" class="error" role="alert">专家数据：{{ errors.staff }}</p>
    <div class="dash-grid">
      <section class="card wide-chart"><h2>技术合同成交额（按月）</h2><div class="chart" :ref="ref_('turnover')" data-chart="turnover"></div></section>
      <section class="card"><h2>对接漏斗与转化率</h2><div class="chart" :ref="ref_('funnel')" data-chart="funnel"></div></section>
      <section class="card"><h2>成交额按城市（万元）</h2><div class="chart" :ref="ref_('turnover-city')" data-chart="turnover-city"></div></section>
      <section class="card"><h2>成果按产业集群</h2><div class="chart" :ref="ref_('cluster')" data-chart="cluster"></div></section>
      <section class="card"><h2>供给按产业链（前 12）</h2><div class="chart" :ref="ref_('chain')" data-chart="chain"></div></section>
      <section class="card"><h2>供给按城市（前 12）</h2><div class="chart" :ref="ref_('city')" data-chart="city"></div></section>
      <section class="card"><h2>成果按成熟度</h2><div class="chart" :ref="ref_('maturity')" data-chart="maturity"></div></section>
      <template v-if="staff">
        <section class="card"><h2>专家排行（合同数）</h2><div class="chart" :ref="ref_('experts')" data-chart="experts"></div></section>
        <section class="card"><h2>需求状态</h2><div class="chart" :ref="ref_('demand-status')" data-chart="demand-status"></div></section>
      </template>
    </div>
    <p v-if="!session.me" class="muted small">专家和管理员登录后还可看到专家排行和需求状态。</p>
  </section>`,
};
