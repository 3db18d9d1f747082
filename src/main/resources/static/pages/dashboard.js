// 数据看板: ECharts over the platform's statistics. Anyone sees the catalogue's aggregates (catalogStats, and the
// counts per chain, city and maturity that search's facets give over the whole catalogue).
import { ref, onMounted, onBeforeUnmount, nextTick } from 'vue';
import { gql } from '../assets/graphql.js';
import { MATURITY, num } from '../assets/labels.js';

const SUPPLY = `query SupplyStats {
  catalogStats { achievements capabilities byCluster { cluster name count } }
  search(input: {}, first: 1) { totalCount facets { dimension values { value label count } } }
}`;

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

export default {
  setup() {
    const error = ref('');
    const kpis = ref(null);
    const charts = [];
    const elements = {};

    function ref_(name) {
      return (element) => { if (element) elements[name] = element; };
    }

    function draw(echarts, name, option) {
      const element = elements[name];
      if (!element) return;
      const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(option, true);
      charts.push(chart);
    }

    function resize() {
      charts.forEach((chart) => chart.resize());
    }

    async function load() {
      try {
        const [echarts, data] = await Promise.all([loadECharts(), gql(SUPPLY)]);
        const stats = data.catalogStats;
        const facets = Object.fromEntries(data.search.facets.map((f) => [f.dimension, f.values]));
        kpis.value = {
          achievements: stats.achievements, capabilities: stats.capabilities, clusters: stats.byCluster.length,
          chains: (facets.CHAIN || []).length,
        };
        await nextTick();
        draw(echarts, 'cluster', pie('按产业集群', stats.byCluster.map((c) => ({ name: c.name, value: c.count }))));
        const chains = (facets.CHAIN || []).slice(0, 12);
        draw(echarts, 'chain', bar('按产业链', chains.map((v) => v.label), chains.map((v) => v.count), { horizontal: true }));
        const cities = (facets.CITY || []).slice(0, 12);
        draw(echarts, 'city', bar('按城市', cities.map((v) => v.label), cities.map((v) => v.count), { color: PALETTE[1] }));
        const order = Object.keys(MATURITY);
        const maturities = [...(facets.MATURITY || [])].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
        draw(echarts, 'maturity', bar('按成熟度', maturities.map((v) => v.label), maturities.map((v) => v.count), { color: PALETTE[2] }));
      } catch (e) {
        error.value = e.message;
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
    return { error, kpis, ref_, num };
  },
  template: `
  <section class="dashboard">
    <h1>数据看板</h1>
    <p v-if="error" class="error" role="alert">{{ error }}</p>
    <div class="kpis" v-if="kpis">
      <div class="card kpi"><div class="value" data-kpi="achievements">{{ num(kpis.achievements) }}</div><div class="label">科技成果（项）</div></div>
      <div class="card kpi"><div class="value" data-kpi="capabilities">{{ num(kpis.capabilities) }}</div><div class="label">技术能力清单（条）</div></div>
      <div class="card kpi"><div class="value">{{ kpis.clusters }}</div><div class="label">覆盖产业集群（个）</div></div>
      <div class="card kpi"><div class="value">{{ kpis.chains }}</div><div class="label">覆盖产业链（条）</div></div>
    </div>
    <div class="dash-grid">
      <section class="card"><h2>成果按产业集群</h2><div class="chart" :ref="ref_('cluster')" data-chart="cluster"></div></section>
      <section class="card"><h2>供给按产业链（前 12）</h2><div class="chart" :ref="ref_('chain')" data-chart="chain"></div></section>
      <section class="card"><h2>供给按城市（前 12）</h2><div class="chart" :ref="ref_('city')" data-chart="city"></div></section>
      <section class="card"><h2>成果按成熟度</h2><div class="chart" :ref="ref_('maturity')" data-chart="maturity"></div></section>
    </div>
  </section>`,
};
