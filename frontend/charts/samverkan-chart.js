// A chart drawn by Apache ECharts (SVG), configured from the server with one JSON option. Only the parts the
// dashboard uses are imported, and only the dashboard loads this module: the login page stays light.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, VisualMapComponent, SVGRenderer]);

/**
 * <samverkan-chart option='{"series": ...}'>: the host carries the role and the text alternative (set by the
 * server); the chart inside is hidden from assistive technology, which gets the table alternative instead. A click
 * on a bar, point or cell whose data item has an "href" (or whose series has an "hrefTemplate" with {x} and {y} for
 * the ids of the cell's column and row) fires "chart-click" with that address.
 */
class SamverkanChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
  }

  set option(value) {
    this._option = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    // a property set before this module was loaded sits on the instance: take it over
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'chart-canvas';
      this._canvas.setAttribute('aria-hidden', 'true');
      this.appendChild(this._canvas);
    }
    if (!this._chart) {
      this._chart = echarts.init(this._canvas, null, { renderer: 'svg' });
      this._chart.on('click', (params) => {
        const href = this._href(params);
        if (href) {
          this.dispatchEvent(new CustomEvent('chart-click', { detail: { href } }));
        }
      });
      this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resize.observe(this._canvas);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
      this._resize = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  /** The data item's own address, or one made from its series' template and the ids of its column and row. */
  _href(params) {
    if (!params) {
      return null;
    }
    if (params.data && params.data.href) {
      return params.data.href;
    }
    const series = this._option && this._option.series && this._option.series[params.seriesIndex];
    if (series && series.hrefTemplate && Array.isArray(params.value)) {
      return series.hrefTemplate.replace('{x}', series.xIds[params.value[0]])
        .replace('{y}', series.yIds[params.value[1]]);
    }
    return null;
  }

  _render() {
    if (this._chart && this._option) {
      this._chart.setOption(this._option, true);
    }
  }
}

if (!customElements.get('samverkan-chart')) {
  customElements.define('samverkan-chart', SamverkanChart);
}
