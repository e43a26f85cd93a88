// Inlined by PageSetup into the head of every page, before Vaadin's own scripts; TEXTS is the page language's texts
// (ComponentTexts.clientDefaults). Plain script: no bundle, no build step.
(function (texts) {
  'use strict';

  var isObject = function (value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  };
  var merge = function (base, own) {
    var result = Object.assign({}, base);
    Object.keys(own).forEach(function (key) {
      result[key] = isObject(own[key]) && isObject(result[key]) ? merge(result[key], own[key]) : own[key];
    });
    return result;
  };

  // Vaadin's built-in texts in the page's language. A component defined with an i18n object takes ours as its
  // defaults: what the server sets with setI18n still wins. The few with plain English properties (the password
  // field's "Show password", the connection indicator) get ours when they first connect.
  var localize = function (name, cls) {
    var own = texts.components[name];
    if (name === 'vaadin-connection-indicator') {
      patchConnected(cls, function () {
        this.onlineText = texts.connection.online;
        this.offlineText = texts.connection.offline;
        this.reconnectingText = texts.connection.reconnecting;
      });
    } else if (own && 'defaultI18n' in cls) {
      var english = cls.defaultI18n;
      Object.defineProperty(cls, 'defaultI18n', {
        configurable: true,
        get: function () { return merge(english, own); }
      });
    } else if (own) {
      patchConnected(cls, function () {
        this.i18n = merge(this.i18n || {}, own);
      });
    }
  };
  var patchConnected = function (cls, once) {
    var connected = cls.prototype.connectedCallback;
    cls.prototype.connectedCallback = function () {
      if (!this.__samverkanLocalized) {
        this.__samverkanLocalized = true;
        once.call(this);
      }
      if (connected) {
        return connected.apply(this, arguments);
      }
    };
  };
  var registry = window.customElements;
  var define = registry.define;
  registry.define = function (name, cls, options) {
    if (typeof cls === 'function' && /^vaadin-/.test(name)) {
      try {
        localize(name, cls);
      } catch (e) {
        console.warn('Samverkan: cannot localize ' + name, e);
      }
    }
    return define.call(this, name, cls, options);
  };

  // Focus for keyboard and screen reader users: the page's main heading (or else its main content) takes focus when
  // the skip link is used and after each navigation, so the new page is announced and Tab continues from there.
  var focusMain = function () {
    var main = document.querySelector('main');
    var target = (main && main.querySelector('h1')) || document.querySelector('h1') || main;
    if (!target) {
      return false;
    }
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus({ preventScroll: false });
    return document.activeElement === target;
  };
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a.skip-link') : null;
    if (link) {
      event.preventDefault();
      focusMain();
    }
  });

  window.Samverkan = { focusMain: focusMain, texts: texts };
})(TEXTS);
