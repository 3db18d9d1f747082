package org.techmatch.portal;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;

/** 数据看板: its ECharts charts, read from the page's ECharts instances. */
class DashboardPage {

	private final Browser browser;

	DashboardPage(Browser browser) {
		this.browser = browser;
	}

	/** Waits until the chart (data-chart) is drawn. */
	DashboardPage awaitChart(String name) {
		this.browser.until((d) -> Boolean.TRUE.equals(this.browser.script("""
				const el = document.querySelector('[data-chart="' + arguments[0] + '"]');
				const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
				return Boolean(chart && chart.getOption().series && chart.getOption().series.length);""", name)));
		return this;
	}

	/** Waits until these charts have finished drawing (their animations are over). */
	DashboardPage awaitRendered(String... names) {
		for (String name : names) {
			this.browser.until((d) -> "true"
				.equals(d.findElement(By.cssSelector("[data-chart='" + name + "']")).getDomAttribute("data-rendered")));
		}
		return this;
	}

	/**
	 * The data of the chart's first series as the chart holds it: {name, value} entries
	 * (pie) or the category axis' names with the values (bar).
	 */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> series(String name) {
		return (List<Map<String, Object>>) this.browser.script(
				"""
						const chart = window.echarts.getInstanceByDom(document.querySelector('[data-chart="' + arguments[0] + '"]'));
						const option = chart.getOption();
						const data = option.series[0].data;
						const axis = [].concat(option.xAxis || [], option.yAxis || []).find((a) => a.type === 'category');
						return data.map((d, i) => (d !== null && typeof d === 'object')
						    ? { name: String(d.name), value: Number(Array.isArray(d.value) ? d.value[1] : d.value) }
						    : { name: String(axis ? axis.data[i] : i), value: Number(d) });""",
				name);
	}

	/** How many pixels of the chart's canvas are drawn (not transparent, not white). */
	long paintedPixels(String name) {
		return ((Number) this.browser.script("""
				const canvas = document.querySelector('[data-chart="' + arguments[0] + '"] canvas');
				const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let painted = 0;
				for (let i = 0; i < pixels.length; i += 4) {
				  if (pixels[i + 3] > 0 && !(pixels[i] > 245 && pixels[i + 1] > 245 && pixels[i + 2] > 245)) painted++;
				}
				return painted;""", name)).longValue();
	}

}
