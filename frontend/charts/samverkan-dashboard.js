// The dashboard's panels: markup drawn on the server (every text escaped there) and the options of its charts, sent
// once and kept only here, so that an open dashboard costs the server one element. The chart/table toggles work here
// too, and a click on a chart opens its address the way a link of the app does.
import './samverkan-chart.js';

/** Only addresses of the item list (filtered, or one item) are followed. */
const LIST = /^action-items(\?[^#]*|\/[0-9]{1,18})?$/;

class SamverkanDashboard extends HTMLElement {
  set content(value) {
    this._content = value;
    this._render();
  }

  get content() {
    return this._content;
  }

  connectedCallback() {
    // a value set before this module was loaded sits on the instance: take it over
    if (Object.prototype.hasOwnProperty.call(this, 'content')) {
      const value = this.content;
      delete this.content;
      this.content = value;
    }
    if (!this._listening) {
      this._listening = true;
      this.addEventListener('click', (event) => this._toggle(event));
      this.addEventListener('chart-click', (event) => this._open(event.detail && event.detail.href));
    }
  }

  _render() {
    const content = this._content;
    if (!content || this._shown === content) {
      return;
    }
    this._shown = content;
    this.innerHTML = content.html;
    const options = JSON.parse(content.options);
    this.querySelectorAll('samverkan-chart[data-chart]').forEach((chart) => {
      chart.option = options[Number(chart.getAttribute('data-chart'))];
    });
  }

  /** A panel's toggle shows its table (pressed) or its chart; the other is hidden. */
  _toggle(event) {
    const button = event.target.closest && event.target.closest('button.panel-toggle');
    if (!button || !this.contains(button)) {
      return;
    }
    const panel = button.closest('.chart-panel');
    const table = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(table));
    panel.querySelector('.panel-chart').hidden = table;
    panel.querySelector('.panel-table').hidden = !table;
  }

  /** Opens an address of the item list like a link of the app: Vaadin's router takes the click, no reload. */
  _open(href) {
    if (!href || !LIST.test(href)) {
      return;
    }
    const link = document.createElement('a');
    link.href = href;
    link.setAttribute('router-link', '');
    link.hidden = true;
    this.appendChild(link);
    link.click();
    link.remove();
  }
}

if (!customElements.get('samverkan-dashboard')) {
  customElements.define('samverkan-dashboard', SamverkanDashboard);
}
