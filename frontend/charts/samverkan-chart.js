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

// ECharts has no Swedish: month and day names for time axes (the rest falls back to English, and our texts come
// from the server)
echarts.registerLocale('SV', {
  time: {
    month: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
      'november', 'december'],
    monthAbbr: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    dayOfWeek: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
    dayOfWeekAbbr: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  },
});

/**
 * <samverkan-chart option='{"series": ...}'>: the host carries the role and the text alternative (set by the
 * server); the chart inside is hidden from assistive technology, which gets the table alternative instead. A click
 * on a bar, point or cell whose data item has an "href" (or whose series has one, or has an "hrefTemplate" with {x} and
 * {y} for the ids of the cell's column and row) fires "chart-click" with that address (it bubbles up to the
 * dashboard, which opens it).
 */
class SamverkanChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
  }

  set option(value) {
    this._json = typeof value === 'string' ? value : JSON.stringify(value);
    this._option = JSON.parse(this._json);
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
      this._chart = echarts.init(this._canvas, null, { renderer: 'svg', locale: this._english() ? 'EN' : 'SV' });
      this._chart.on('click', (params) => {
        const href = this._href(params);
        if (href) {
          this.dispatchEvent(new CustomEvent('chart-click', { detail: { href }, bubbles: true }));
        }
      });
      this._resize = new ResizeObserver(() => {
        if (!this._chart) {
          return;
        }
        if (this._compact !== this._isCompact()) {
          this._render();
        }
        this._chart.resize();
      });
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

  /** The data item's own address (whole, or the end of the option's hrefBase), its series' address, or one made
   * from the series' template and the ids of its column and row. */
  _href(params) {
    if (!params) {
      return null;
    }
    if (params.data && params.data.href) {
      return params.data.href;
    }
    if (params.data && params.data.h !== undefined && this._option.hrefBase) {
      return this._option.hrefBase + params.data.h;
    }
    const series = this._option && this._option.series && this._option.series[params.seriesIndex];
    if (series && series.href) {
      return series.href;
    }
    if (series && series.hrefTemplate && Array.isArray(params.value)) {
      return series.hrefTemplate.replace('{x}', series.xIds[params.value[0]])
        .replace('{y}', series.yIds[params.value[1]]);
    }
    return null;
  }

  _english() {
    return this.getAttribute('data-lang') === 'en';
  }

  /** Numbers on value axes and in tooltips as the page's language writes them (1 234,5 in Swedish). */
  _localise(option) {
    const format = new Intl.NumberFormat(this._english() ? 'en' : 'sv', { maximumFractionDigits: 1 });
    const axes = [].concat(option.xAxis || [], option.yAxis || []);
    for (const axis of axes) {
      if (axis.type === 'value' && !(axis.axisLabel && axis.axisLabel.formatter)) {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: (value) => format.format(value) });
      }
    }
    if (option.tooltip && !option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = (value) => (typeof value === 'number' ? format.format(value) : value);
    }
    return option;
  }

  _isCompact() {
    return this._canvas ? this._canvas.clientWidth < 420 : false;
  }

  /** On a narrow screen: a one-line legend that scrolls, and narrower labels of categories. */
  _fit(option) {
    this._compact = this._isCompact();
    if (this._compact) {
      if (option.legend) {
        option.legend.type = 'scroll';
        option.legend.right = 0;
      }
      for (const axis of [].concat(option.xAxis || [], option.yAxis || [])) {
        if (axis.type === 'category' && axis.axisLabel && axis.axisLabel.width > 90) {
          axis.axisLabel.width = 90;
        }
      }
    }
    return option;
  }

  _render() {
    if (this._chart && this._json) {
      this._option = JSON.parse(this._json);
      this._chart.setOption(this._fit(this._localise(this._option)), true);
    }
  }
}

if (!customElements.get('samverkan-chart')) {
  customElements.define('samverkan-chart', SamverkanChart);
}
