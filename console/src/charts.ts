import { onBeforeUnmount, type Ref, watch } from 'vue';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart kinds the dashboard draws (tree-shaken ECharts).
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, DataZoomComponent, CanvasRenderer]);

/** An ECharts instance on `el`, redrawn whenever `option` changes, disposed with the page. */
export function useChart(el: Ref<HTMLElement | null>, option: () => echarts.EChartsCoreOption | null): void {
  let chart: echarts.ECharts | null = null;
  const resize = () => chart?.resize();
  watch(
    [el, option],
    ([node, opt]) => {
      if (!node || !opt) return;
      chart ??= echarts.init(node, undefined, { renderer: 'canvas' });
      chart.setOption(opt, true);
    },
    { flush: 'post' },
  );
  window.addEventListener('resize', resize);
  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize);
    chart?.dispose();
  });
}

export const PALETTE = ['#b3261e', '#1d5fd1', '#2e9d5b', '#e6a23c', '#7b61ff', '#13a8a8', '#8c6d46', '#d4558a', '#5a6b7b', '#97a63a', '#3f3f9f'];
