/*
 * <sp-echart>: the browser half of com.salespact.base.ui.chart.EChart.
 *
 * The server sets the property `config` to a JSON string {theme, locale, option} (see EChartJson.java).
 * - The ECharts instance is created when the element is connected (and has a size), disposed on disconnect.
 * - A new config with the same structure (only `data` arrays differ) is merged into the live chart with
 *   setOption, so values animate; a structurally different option replaces the old one (notMerge) on the
 *   same instance. A theme change re-creates the instance.
 * - A ResizeObserver keeps the chart at the element's size.
 * - After each render the element gets data-rendered="true" (removed while a new option is rendering), and
 *   data-option-version counts the options applied.
 * - `{"spFormat": {...}}` placeholders in the option become formatter functions (Intl.NumberFormat).
 * - A click on a data item fires `sp-chart-click` with detail {seriesName, seriesIndex, name, dataIndex, value}.
 */
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Pie, dataset, markArea and markPoint are not used by the Java API yet; registered so that adding them
// needs no frontend bundle rebuild.
echarts.use([
  BarChart,
  GaugeChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

function numberFormat(spec, locale) {
  const d = spec.decimals;
  const opts = {};
  switch (spec.kind) {
    case 'number':
      opts.minimumFractionDigits = d;
      opts.maximumFractionDigits = d;
      break;
    case 'compactNumber':
      opts.notation = 'compact';
      opts.maximumFractionDigits = d;
      break;
    case 'money':
      opts.style = 'currency';
      opts.currency = spec.currency;
      opts.minimumFractionDigits = d;
      opts.maximumFractionDigits = d;
      break;
    case 'compactMoney':
      opts.style = 'currency';
      opts.currency = spec.currency;
      opts.notation = 'compact';
      opts.minimumFractionDigits = 0;
      opts.maximumFractionDigits = d;
      break;
    case 'percent':
    case 'percentPoints':
      opts.style = 'percent';
      opts.minimumFractionDigits = 0;
      opts.maximumFractionDigits = d;
      break;
    default:
      opts.maximumFractionDigits = 2;
  }
  try {
    return new Intl.NumberFormat(locale || undefined, opts);
  } catch (e) {
    return new Intl.NumberFormat(undefined, opts);
  }
}

function makeFormatter(spec, locale) {
  const nf = numberFormat(spec, locale);
  const scale = spec.kind === 'percentPoints' ? 0.01 : 1;
  const prefix = spec.prefix || '';
  const format = (v) => {
    if (Array.isArray(v)) {
      v = v[v.length - 1];
    }
    if (v !== null && typeof v === 'object' && 'value' in v) {
      v = v.value;
    }
    if (v === null || v === undefined || v === '' || v === '-' || Number.isNaN(Number(v))) {
      return prefix + '–';
    }
    return prefix + nf.format(Number(v) * scale);
  };
  if (spec.input === 'params') {
    return (params) => format(params !== null && typeof params === 'object' && !Array.isArray(params) ? params.value : params);
  }
  return (value) => format(value);
}

/** Replaces every {spFormat: {...}} placeholder with a formatter function (in place). */
function resolveFormatters(node, locale) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      node[i] = resolveFormatters(node[i], locale);
    }
    return node;
  }
  if (node !== null && typeof node === 'object') {
    if (node.spFormat && Object.keys(node).length === 1) {
      return makeFormatter(node.spFormat, locale);
    }
    for (const key of Object.keys(node)) {
      node[key] = resolveFormatters(node[key], locale);
    }
  }
  return node;
}

/** The option's structure: everything but the data arrays. Equal structure → merge; else replace. */
function structureOf(option) {
  return JSON.stringify(option, (key, value) => (key === 'data' ? undefined : value));
}

class SpEChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; width: 100%; height: 300px; min-width: 0; min-height: 0; }
        :host([hidden]) { display: none; }
        #chart { position: absolute; inset: 0; }
      </style>
      <div id="chart" part="chart"></div>`;
    this._container = root.getElementById('chart');
    this._config = null;
    this._chart = null;
    this._theme = null;
    this._structure = null;
    this._version = 0;
    this._resizeObserver = null;
    this._resizeFrame = 0;
    this._dirty = false; // a config arrived while the chart could not render (no size)
  }

  /** JSON string {theme, locale, option}, set by the server. */
  get config() {
    return this._config;
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  /** The live ECharts instance (for browser tests and debugging), or null. */
  get chart() {
    return this._chart;
  }

  connectedCallback() {
    // A property set before this element was upgraded shadows the accessor: re-apply it.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    if (!this._resizeObserver) {
      this._resizeObserver = new ResizeObserver(() => this._scheduleResize());
      this._resizeObserver.observe(this);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._resizeFrame) {
      cancelAnimationFrame(this._resizeFrame);
      this._resizeFrame = 0;
    }
    this._dispose();
  }

  _dispose() {
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
    this._theme = null;
    this._structure = null;
    this.removeAttribute('data-rendered');
  }

  _hasSize() {
    return this._container.clientWidth > 0 && this._container.clientHeight > 0;
  }

  _scheduleResize() {
    if (this._resizeFrame) {
      return;
    }
    this._resizeFrame = requestAnimationFrame(() => {
      this._resizeFrame = 0;
      if (!this.isConnected) {
        return;
      }
      if (this._chart && !this._dirty) {
        this._chart.resize();
      } else {
        this._render();
      }
    });
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return; // connectedCallback will call again
    }
    if (!this._hasSize()) {
      this._dirty = true; // the ResizeObserver calls again once there is room
      return;
    }
    const resized = this._dirty;
    this._dirty = false;
    let config;
    try {
      config = JSON.parse(this._config);
    } catch (e) {
      console.error('sp-echart: invalid config JSON', e);
      return;
    }
    const theme = config.theme === 'dark' ? 'dark' : 'light';
    const option = config.option || {};
    const structure = structureOf(option);
    resolveFormatters(option, config.locale);

    if (this._chart && this._theme !== theme) {
      this._dispose();
    }
    let merge = false;
    if (!this._chart) {
      this._chart = echarts.init(this._container, theme === 'dark' ? 'dark' : null);
      this._theme = theme;
      this._chart.on('finished', () => this.setAttribute('data-rendered', 'true'));
      this._chart.on('click', (params) => {
        let value = params.value;
        if (Array.isArray(value)) {
          value = value[value.length - 1];
        }
        this.dispatchEvent(
          new CustomEvent('sp-chart-click', {
            detail: {
              seriesName: params.seriesName ?? null,
              seriesIndex: params.seriesIndex ?? -1,
              name: params.name ?? null,
              dataIndex: params.dataIndex ?? -1,
              value: typeof value === 'number' && Number.isFinite(value) ? value : null,
            },
          }),
        );
      });
    } else {
      merge = this._structure === structure;
      if (resized) {
        this._chart.resize(); // it was hidden: catch up with the current size
      }
    }
    this._structure = structure;
    this.removeAttribute('data-rendered');
    this._chart.setOption(option, { notMerge: !merge });
    this._version += 1;
    this.setAttribute('data-option-version', String(this._version));
  }
}

if (!customElements.get('sp-echart')) {
  customElements.define('sp-echart', SpEChart);
}
