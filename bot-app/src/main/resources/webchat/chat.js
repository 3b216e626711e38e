// Connect Bot web chat. Plain script, no build step. Every text from the bot, the portal or the
// user is put into the page with textContent (never innerHTML), so nothing in it becomes markup.
(function () {
  'use strict';

  // The page's own words, per language, from the core's bundles (GET /api/chat/texts): fetched when
  // the page first needs a language, then kept.
  const TEXTS = {};

  const session = { locale: 'sv', signedIn: false, userName: null, csrfHeader: 'X-CSRF-TOKEN', csrfToken: '' };
  let idCounter = 0;
  let noticeTimer = null;
  const NOTICE_MS = 6000;

  const $ = (id) => document.getElementById(id);

  function t(key, ...args) {
    const text = (TEXTS[session.locale] || TEXTS.sv || {})[key];
    return typeof text === 'string' ? text.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)])) : text;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /**
   * An element showing one of the page's own words: it carries its key (and arguments), so that a
   * language switch translates it where it already stands in the conversation.
   */
  function pageWord(tag, className, key, ...args) {
    const node = el(tag, className, t(key, ...args));
    node.dataset.i18n = key;
    if (args.length) node.dataset.i18nArgs = JSON.stringify(args);
    return node;
  }

  // Amounts and other grouped numbers never wrap at their thousands space ("1 234,50 kr",
  // "SEK 1,234.50", "7,5 GB"): the spaces inside them become no-break spaces.
  function keepNumbersWhole(text) {
    return String(text)
      .replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0')
      .replace(/(\d) (?=(kr|SEK|GB|MB|%)(?![\p{L}\d]))/gu, '$1\u00a0')
      .replace(/\bSEK (?=-?\d)/g, 'SEK\u00a0');
  }

  function nextId(prefix) {
    idCounter += 1;
    return prefix + '-' + idCounter;
  }

  // A UUID v4 for each delivery; crypto.randomUUID needs a secure context, getRandomValues does not.
  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    const b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---- Server calls ------------------------------------------------------------------------

  async function getSession() {
    const response = await fetch('/api/chat/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 429) {
      // Too many new chats from this address: the server says so in the visitor's language.
      throw Object.assign(new Error('session 429'), { detail: (await response.json()).detail });
    }
    if (!response.ok) throw new Error('session ' + response.status);
    await applySession(await response.json());
  }

  async function loadTexts(locale) {
    if (TEXTS[locale]) return;
    const response = await fetch('/api/chat/texts?locale=' + encodeURIComponent(locale),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('texts ' + response.status);
    TEXTS[locale] = await response.json();
  }

  async function send(method, path, body, retried) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[session.csrfHeader] = session.csrfToken;
    const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 403 && !retried) {
      // The session (and with it the CSRF token) may have expired: fetch a fresh one, once.
      await getSession();
      return send(method, path, body, true);
    }
    return response;
  }

  // ---- Session and page state --------------------------------------------------------------

  async function applySession(data) {
    const locale = data.locale === 'en' ? 'en' : 'sv';
    await loadTexts(locale);
    const wasSignedIn = session.signedIn;
    session.locale = locale;
    session.signedIn = Boolean(data.signedIn);
    session.userName = data.userName || null;
    session.csrfHeader = data.csrfHeader || session.csrfHeader;
    session.csrfToken = data.csrfToken || '';
    session.quick = Array.isArray(data.quick) ? data.quick : null;
    translatePage();
    $('welcome').hidden = session.signedIn;
    $('chat').hidden = !session.signedIn;
    $('who').hidden = !session.signedIn;
    $('sign-out').hidden = !session.signedIn;
    $('who-name').textContent = session.userName || '';
    if (data.notice) showNotice(data.notice.text, data.notice.success);
    if (wasSignedIn && !session.signedIn) $('log').replaceChildren();
    if (session.signedIn && !wasSignedIn) restoreConversation();
  }

  // After a reload the conversation so far comes back from the server (this session's own turns),
  // so an open dialog's question is on screen again; the greeting comes first, as it did.
  async function restoreConversation() {
    let turns = [];
    try {
      const response = await fetch('/api/chat/history', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.ok) turns = (await response.json()).turns || [];
    } catch (e) {
      // Without the history the page starts afresh.
    }
    if ($('log').children.length > 0) return;
    addBotText(session.userName ? t('greeting', firstName(session.userName)) : t('greetingNoName'));
    turns.forEach((turn) => {
      addUserText(turn.said);
      appendMessage(false, renderBlocks(turn.reply));
    });
  }

  function firstName(name) {
    return String(name).split(/\s+/)[0];
  }

  function translatePage() {
    document.documentElement.lang = session.locale;
    document.querySelectorAll('[data-i18n]').forEach((node) => {
      node.textContent = t(node.dataset.i18n, ...(node.dataset.i18nArgs ? JSON.parse(node.dataset.i18nArgs) : []));
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-label]').forEach((node) => { node.setAttribute('aria-label', t(node.dataset.i18nLabel)); });
    document.querySelectorAll('.notice-close').forEach((node) => { node.setAttribute('aria-label', t('closeNotice')); });
    document.querySelectorAll('.lang').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.locale === session.locale));
    });
    document.title = t('title');
    renderQuick();
  }

  // Only the commands this user may use (the server asks the portal's rights); all before it says.
  function renderQuick() {
    const quick = $('quick');
    const labels = t('quick');
    quick.replaceChildren();
    (session.quick || Object.keys(labels)).filter((key) => labels[key]).map((key) => labels[key]).forEach((command) => {
      const button = el('button', null, command);
      button.type = 'button';
      button.addEventListener('click', () => sendText(command));
      quick.appendChild(button);
    });
  }

  function showNotice(text, success) {
    const notice = $('notice');
    const close = el('button', 'notice-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('closeNotice'));
    close.addEventListener('click', () => { notice.hidden = true; $('composer-text').focus(); });
    notice.replaceChildren(el('span', 'notice-text', text), close);
    notice.className = 'notice ' + (success ? 'is-success' : 'is-error');
    notice.hidden = false;
    clearTimeout(noticeTimer);
    // good news goes by itself; an error stays until closed
    if (success) noticeTimer = setTimeout(() => { notice.hidden = true; }, NOTICE_MS);
  }

  // ---- The conversation --------------------------------------------------------------------

  function appendMessage(fromUser, content) {
    const item = el('li', 'msg ' + (fromUser ? 'from-user' : 'from-bot'));
    const bubble = el('div', 'bubble');
    bubble.appendChild(fromUser ? pageWord('p', 'sender', 'you') : pageWord('p', 'sender', 'bot'));
    content.forEach((node) => bubble.appendChild(node));
    item.appendChild(bubble);
    const log = $('log');
    log.appendChild(item);
    // a reply taller than the conversation's window is read from its top, not its last line
    log.scrollTop = fromUser || item.offsetHeight <= log.clientHeight
      ? log.scrollHeight
      : item.offsetTop - log.offsetTop - 8;
    return item;
  }

  function addUserText(text) {
    return appendMessage(true, [el('p', 'block-text', text)]);
  }

  function addBotText(text, tone) {
    appendMessage(false, [el('p', 'block-text' + (tone ? ' tone-' + tone : ''), text)]);
  }

  function sendText(text) {
    if (!text.trim()) return Promise.resolve();
    return deliver('/api/chat/messages', { text }, text);
  }

  // Posts one delivery; on failure offers a retry that resends the same deliveryId, which the
  // core recognises, so a retry never does anything twice.
  async function deliver(path, body, echo, controls, options) {
    const payload = Object.assign({ deliveryId: uuid() }, body);
    if (path !== '/api/chat/messages') payload.echo = echo.slice(0, 300);
    const mine = addUserText(echo);
    await attempt(path, payload, mine, controls, options);
  }

  async function attempt(path, payload, mine, controls, options) {
    setBusy(true, controls);
    try {
      const response = await send('POST', path, payload);
      if (response.status === 400 || response.status === 413) {
        // Sending it again would not help: say so instead of offering a retry.
        addBotText(response.status === 413 ? t('tooLong') : t('badRequest'), 'error');
        return;
      }
      if (!response.ok) throw new Error('status ' + response.status);
      renderReply(await response.json(), options);
    } catch (e) {
      offerRetry(path, payload, mine, controls, options);
    } finally {
      setBusy(false, controls);
    }
  }

  function offerRetry(path, payload, mine, controls, options) {
    const box = el('p', 'failed');
    box.appendChild(pageWord('span', null, 'failed'));
    const retry = pageWord('button', 'bot-button', 'retry');
    retry.type = 'button';
    retry.addEventListener('click', () => {
      box.remove();
      attempt(path, payload, mine, controls, options);
    });
    box.appendChild(retry);
    mine.querySelector('.bubble').after(box);
  }

  function setBusy(busy, controls) {
    $('working').hidden = !busy;
    $('log').setAttribute('aria-busy', String(busy));
    (controls || []).forEach((control) => { control.disabled = busy; });
  }

  // ---- Rendering the bot's reply blocks ----------------------------------------------------

  const RENDERERS = {
    text: renderText,
    fields: renderFields,
    table: renderTable,
    choices: renderChoices,
    link: renderLink,
    form: renderForm,
    attachment: renderAttachment
  };

  function renderBlocks(reply) {
    return (reply.blocks || []).map((block) => {
      const render = RENDERERS[block.type];
      return render ? render(block) : el('p', 'block-text', '[' + block.type + ']');
    });
  }

  // A file asked for with a click (an invoice's PDF button) downloads at once: one click, not two.
  function renderReply(reply, options) {
    const item = appendMessage(false, renderBlocks(reply));
    const files = item.querySelectorAll('.block-attachment a');
    if (options && options.download && files.length === 1) files[0].click();
    refreshSignedIn();
  }

  // A reply may have signed the user out ("logga ut"), or in: keep the header true.
  async function refreshSignedIn() {
    try {
      await getSession();
    } catch (e) {
      // The header stays as it was; the next reply tries again.
    }
  }

  function renderText(block) {
    if (block.tone === 'heading') return el('h2', 'block-heading', block.text);
    return el('p', 'block-text' + (block.tone && block.tone !== 'normal' ? ' tone-' + block.tone : ''), keepNumbersWhole(block.text));
  }

  function renderFields(block) {
    const list = el('dl', 'block-fields');
    block.fields.forEach((field) => {
      list.appendChild(el('dt', null, field.label));
      list.appendChild(el('dd', null, keepNumbersWhole(field.value)));
    });
    return list;
  }

  function choiceButton(choice, group) {
    const button = el('button', 'bot-button' + (choice.emphasis && choice.emphasis !== 'default' ? ' ' + choice.emphasis : ''), choice.label);
    button.type = 'button';
    button.addEventListener('click', () => act(choice, group ? group() : [button]));
    return button;
  }

  function act(choice, controls) {
    return deliver('/api/chat/actions', { actionId: choice.actionId, value: choice.value }, '› ' + choice.label, controls,
      { download: true });
  }

  function renderTable(block) {
    const container = el('div', 'block-table-container');
    const wrap = el('div', 'table-wrap');
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', block.headers.join(', '));
    const table = el('table', 'block-table');
    const hasActions = block.rowActions && block.rowActions.length > 0;
    const headRow = el('tr');
    block.headers.forEach((header) => {
      const th = el('th', null, header);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    if (hasActions) {
      const th = el('th');
      th.scope = 'col';
      th.appendChild(pageWord('span', 'visually-hidden', 'actions'));
      headRow.appendChild(th);
    }
    table.appendChild(el('thead')).appendChild(headRow);
    const body = el('tbody');
    block.rows.forEach((row, index) => {
      const tr = el('tr');
      row.forEach((cell) => tr.appendChild(tableCell(cell)));
      if (hasActions) {
        const td = el('td');
        const action = block.rowActions[index];
        if (action) td.appendChild(choiceButton(action));
        tr.appendChild(td);
      }
      body.appendChild(tr);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    container.appendChild(wrap);
    if (block.paging) container.appendChild(renderPaging(block.paging));
    return container;
  }

  /**
   * A cell that wraps between words only: each word is kept whole (a date or ticket number is not
   * split at its hyphens, an amount not at its thousands space).
   */
  function tableCell(text) {
    const td = el('td');
    keepNumbersWhole(text).split(/([ \t\r\n]+)/).forEach((part) => {
      if (/^[ \t\r\n]+$/.test(part)) td.appendChild(document.createTextNode(part));
      else if (part) td.appendChild(el('span', 'word', part));
    });
    return td;
  }

  function renderPaging(paging) {
    const nav = el('nav', 'paging');
    nav.setAttribute('aria-label', t('pages'));
    nav.dataset.i18nLabel = 'pages';
    // the labels carry their own arrow (◀ Föregående, Nästa ▶): one is enough
    if (paging.previous) nav.appendChild(choiceButton(paging.previous));
    nav.appendChild(pageWord('span', 'paging-status', 'pageOf', paging.page, paging.totalPages, paging.totalItems));
    if (paging.next) nav.appendChild(choiceButton(paging.next));
    return nav;
  }

  function renderChoices(block) {
    const box = el('div', 'block-choices');
    const promptId = nextId('prompt');
    if (block.prompt) {
      const prompt = el('p', 'choices-prompt', block.prompt);
      prompt.id = promptId;
      box.appendChild(prompt);
    }
    if (block.style === 'select') {
      box.appendChild(renderSelect(block, promptId));
      return box;
    }
    const group = el('div', 'choices');
    group.setAttribute('role', 'group');
    if (block.prompt) group.setAttribute('aria-labelledby', promptId);
    const buttons = block.choices.map((choice) => choiceButton(choice, () => buttons));
    buttons.forEach((button) => group.appendChild(button));
    box.appendChild(group);
    return box;
  }

  function renderSelect(block, promptId) {
    const row = el('div', 'select-row');
    const select = el('select');
    select.id = nextId('select');
    if (block.prompt) select.setAttribute('aria-labelledby', promptId);
    else {
      select.setAttribute('aria-label', t('choose'));
      select.dataset.i18nLabel = 'choose';
    }
    const placeholder = pageWord('option', null, 'chooseOne');
    placeholder.value = '';
    select.appendChild(placeholder);
    block.choices.forEach((choice, index) => {
      const option = el('option', null, choice.label);
      option.value = String(index);
      select.appendChild(option);
    });
    const button = pageWord('button', 'bot-button primary', 'choose');
    button.type = 'button';
    button.addEventListener('click', () => {
      if (select.value === '') { select.focus(); return; }
      act(block.choices[Number(select.value)], [select, button]);
    });
    row.appendChild(select);
    row.appendChild(button);
    return row;
  }

  function safeUrl(url) {
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function renderLink(block) {
    const box = el('p', 'block-link');
    const href = safeUrl(block.url);
    if (!href) {
      box.textContent = block.label;
      return box;
    }
    const link = el('a', 'bot-button primary', block.label);
    link.href = href;
    box.appendChild(link);
    return box;
  }

  function renderForm(block) {
    const form = el('form', 'bot-form');
    form.noValidate = false;
    const fieldset = el('fieldset');
    fieldset.appendChild(el('legend', null, block.title));
    block.inputs.forEach((input) => fieldset.appendChild(renderInput(input)));
    const submit = el('button', 'bot-button primary', block.submitLabel);
    submit.type = 'submit';
    fieldset.appendChild(submit);
    form.appendChild(fieldset);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = {};
      block.inputs.forEach((input) => { values[input.name] = form.elements[input.name].value; });
      const controls = Array.from(form.elements);
      deliver('/api/chat/forms', { formId: block.formId, values }, t('submitted', block.title), controls)
        .then(() => controls.forEach((control) => { control.disabled = true; }));
    });
    return form;
  }

  function renderInput(input) {
    const field = el('div', 'form-field');
    const id = nextId('input');
    const label = el('label', null, input.label);
    label.htmlFor = id;
    if (input.required) {
      const mark = el('span', 'required', '*');
      mark.setAttribute('aria-hidden', 'true');
      label.appendChild(mark);
    }
    field.appendChild(label);
    let control;
    if (input.kind === 'select') {
      control = el('select');
      const placeholder = pageWord('option', null, 'chooseOne');
      placeholder.value = '';
      control.appendChild(placeholder);
      input.options.forEach((option) => {
        const node = el('option', null, option.label);
        node.value = option.value;
        control.appendChild(node);
      });
    } else if (input.kind === 'multiline') {
      control = el('textarea');
      control.rows = 4;
    } else {
      control = el('input');
      control.type = 'text';
    }
    control.id = id;
    control.name = input.name;
    control.required = Boolean(input.required);
    if (input.maxLength > 0 && input.kind !== 'select') control.maxLength = input.maxLength;
    if (input.initialValue !== null && input.initialValue !== undefined) control.value = input.initialValue;
    field.appendChild(control);
    return field;
  }

  function renderAttachment(block) {
    const box = el('p', 'block-attachment');
    const link = el('a', 'bot-button');
    link.appendChild(pageWord('span', null, 'download'));
    link.appendChild(document.createTextNode(' ' + (block.title || block.fileName)));
    link.href = block.url;
    link.setAttribute('download', block.fileName);
    link.type = block.contentType;
    box.appendChild(link);
    box.appendChild(el('span', 'file-meta', block.fileName + ', ' + formatSize(block.size)));
    return box;
  }

  function formatSize(bytes) {
    if (bytes < 1024) return bytes + ' B';
    const kb = bytes / 1024;
    if (kb < 1024) return Math.round(kb) + ' kB';
    return (kb / 1024).toFixed(1).replace('.', session.locale === 'sv' ? ',' : '.') + ' MB';
  }

  // ---- Messages the bot sends unasked (issue 8) -----------------------------------------------

  // A light poll: what was sent to this chat user since the last revision shown. A message seen
  // before (same id) was updated, and replaces what the page shows.
  const pushed = { revision: 0, timer: null };
  const PUSH_POLL_MS = 2000;

  async function pollPushed() {
    try {
      const response = await fetch('/api/chat/pushed?after=' + pushed.revision,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.ok) {
        const data = await response.json();
        (data.messages || []).forEach(showPushed);
        pushed.revision = data.revision || pushed.revision;
      }
    } catch (e) {
      // The next poll tries again.
    } finally {
      pushed.timer = setTimeout(pollPushed, PUSH_POLL_MS);
    }
  }

  function showPushed(message) {
    const nodes = renderBlocks(message.reply);
    const earlier = Array.from($('log').children).find((item) => item.dataset.pushId === message.messageId);
    if (earlier) {
      const bubble = earlier.querySelector('.bubble');
      bubble.replaceChildren(pageWord('p', 'sender', 'bot'));
      nodes.forEach((node) => bubble.appendChild(node));
      return;
    }
    appendMessage(false, nodes).dataset.pushId = message.messageId;
  }

  // ---- Wiring --------------------------------------------------------------------------------

  function wire() {
    const composer = $('composer');
    const text = $('composer-text');
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = text.value;
      if (!value.trim()) return;
      text.value = '';
      autoGrow(text);
      sendText(value).then(() => text.focus());
    });
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    text.addEventListener('input', () => autoGrow(text));
    document.querySelectorAll('.lang').forEach((button) => {
      button.addEventListener('click', () => changeLocale(button.dataset.locale));
    });
    $('sign-out').addEventListener('click', signOut);
  }

  function autoGrow(textarea) {
    textarea.style.height = 'auto';
    textarea.style.height = Math.min(textarea.scrollHeight, 160) + 'px';
  }

  async function changeLocale(locale) {
    try {
      const response = await send('PUT', '/api/chat/session/locale', { locale });
      if (response.ok) await applySession(await response.json());
    } catch (e) {
      showNotice(t('serverError'), false);
    }
  }

  // Out of the bot, and then out of the portal session the sign-in made (the portal sends the
  // browser back here), so that the next person at this computer must sign in themselves.
  async function signOut() {
    let portalSignOut = null;
    try {
      const response = await send('POST', '/api/chat/sign-out');
      const target = response.ok ? (await response.json()).portalSignOut : null;
      if (target) portalSignOut = safeUrl(target);
    } catch (e) {
      // signed out here all the same: the session is gone
    } finally {
      $('log').replaceChildren();
      $('notice').hidden = true;
    }
    if (portalSignOut) {
      window.location.assign(portalSignOut);
    } else {
      await getSession();
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    wire();
    getSession().then(pollPushed, async (e) => {
      $('welcome').hidden = false;
      if (!e.detail) {
        try {
          await loadTexts(session.locale);
        } catch (ignored) {
          // the page's words could not be had either: the page's own fallback says so in both languages
        }
      }
      showNotice(e.detail || t('serverError') || $('offline').textContent, false);
    });
  });
}());
