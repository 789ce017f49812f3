// The citizen's phone. Everything the bot sends is untrusted text: it is only ever put in the page
// with textContent, never as HTML. Conversations are kept in localStorage, as a phone keeps its chats.
// The switch plays the same citizen side on Zalo: a Zalo citizen's key is "zalo:<user id>", their
// events go to /zalo/webhook, and the bot's replies are read at the Zalo stand-in.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const root = $("phone");
  const standin = root.dataset.standin;
  const zaloStandin = root.dataset.zaloStandin;
  const ZALO = "zalo:";
  const channelOf = (psid) => (psid && psid.startsWith(ZALO) ? "zalo" : "messenger");
  const profile = JSON.parse($("profile").textContent);
  const STORE = "pakn-simulator-v1";
  const POLL_MS = 700;
  const TYPING_MS = 15000;
  const store = load();
  let typingUntil = 0;

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORE));
      if (saved && typeof saved.citizens === "object") return saved;
    } catch (_) { /* a broken store starts afresh */ }
    return { current: null, citizens: {}, channel: "messenger" };
  }
  const save = () => localStorage.setItem(STORE, JSON.stringify(store));
  const current = () => store.citizens[store.current];

  function addCitizen(psid, label) {
    if (!store.citizens[psid]) {
      const n = Object.keys(store.citizens).length + 1;
      store.citizens[psid] = { label: label || `Người dân ${n} (${psid.slice(-4)})`, items: [], cursor: 0 };
    }
    return store.citizens[psid];
  }

  function newCitizen() {
    // Meta's PSIDs and Zalo's user ids are long digit strings.
    const digits = String(Date.now()) + String(Math.floor(Math.random() * 1e4)).padStart(4, "0");
    const psid = store.channel === "zalo" ? ZALO + digits : digits;
    addCitizen(psid);
    select(psid);
  }

  function select(psid) {
    store.current = psid;
    save();
    renderCitizens();
    render();
    poll();
  }

  async function loadKnownCitizens() {
    try {
      const data = await (await fetch(root.dataset.citizens)).json();
      for (const c of data.citizens) addCitizen(c.psid, `PSID ${c.psid}`);
    } catch (_) { /* the list is a convenience */ }
    if (!store.current || !store.citizens[store.current]) return newCitizen();
    setChannel(channelOf(store.current));
  }

  function setChannel(channel) {
    if (channel === "zalo" && !zaloStandin) channel = "messenger";
    store.channel = channel;
    root.classList.toggle("zalo", channel === "zalo");
    for (const b of document.querySelectorAll(".channel-switch button")) {
      b.setAttribute("aria-pressed", String(b.dataset.channel === channel));
    }
    for (const id of ["channel-line", "get-started"]) $(id).textContent = $(id).dataset[channel];
    document.title = document.title.replace(/^Mô phỏng \S+/, `Mô phỏng ${channel === "zalo" ? "Zalo" : "Messenger"}`);
    if (channelOf(store.current) !== channel) {
      const mine = Object.keys(store.citizens).filter((psid) => channelOf(psid) === channel);
      return mine.length ? select(mine[mine.length - 1]) : newCitizen();
    }
    renderCitizens();
  }

  function renderCitizens() {
    const pick = $("citizen");
    const shown = Object.entries(store.citizens).filter(([psid]) => channelOf(psid) === (store.channel || "messenger"));
    pick.replaceChildren(...shown.map(([psid, c]) => {
      const option = document.createElement("option");
      option.value = psid;
      option.textContent = c.label;
      option.selected = psid === store.current;
      return option;
    }));
  }

  // ---- showing the thread ----
  function safeUrl(url) {
    try {
      const parsed = new URL(url, location.href);
      return ["http:", "https:"].includes(parsed.protocol) ? parsed.href : null;
    } catch (_) { return null; }
  }

  function bubbleFor(item) {
    const bubble = document.createElement("div");
    bubble.className = "bubble";
    const image = item.image && safeUrl(item.image);
    if (image) {
      bubble.classList.add("media");
      const img = document.createElement("img");
      img.src = image;
      img.alt = "Ảnh";
      img.onerror = () => { bubble.classList.remove("media"); bubble.textContent = "[ảnh]"; };
      bubble.append(img);
    } else if (item.file) {
      const name = document.createElement("span");
      name.className = "file-name";
      name.textContent = item.file;
      bubble.append(name);
    } else {
      bubble.textContent = item.text;
    }
    if (item.buttons && item.buttons.length) {
      const box = document.createElement("div");
      box.className = "buttons";
      for (const b of item.buttons) box.append(button(b.title, () => tapButton(b)));
      bubble.append(box);
    }
    return bubble;
  }

  function button(title, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = title;
    b.addEventListener("click", onClick);
    return b;
  }

  function render() {
    const c = current();
    const items = c ? c.items : [];
    $("intro").hidden = items.length > 0;
    $("messages").replaceChildren(...items.map((item, i) => {
      const li = document.createElement("li");
      li.className = `msg ${item.from}${item.failed ? " failed" : ""}`;
      li.title = item.at ? new Date(item.at).toLocaleString("vi-VN") : "";
      if (item.from === "bot") {
        const last = !items[i + 1] || items[i + 1].from !== "bot";
        const slot = document.createElement("div");
        slot.className = last ? "avatar small" : "slot";
        slot.textContent = last ? $("intro").querySelector(".avatar").textContent : "";
        li.append(slot);
      }
      li.append(bubbleFor(item));
      if (item.failed) {
        const note = document.createElement("span");
        note.className = "note";
        note.textContent = "Chưa gửi được";
        li.prepend(note);
      }
      return li;
    }));
    renderQuickReplies(items[items.length - 1]);
    $("typing").hidden = Date.now() > typingUntil;
    const thread = $("thread");
    thread.scrollTop = thread.scrollHeight;
  }

  function renderQuickReplies(last) {
    const replies = last && last.from === "bot" && last.quick_replies ? last.quick_replies : [];
    $("quick-replies").replaceChildren(...replies.filter((q) => q.content_type === "text" || !q.content_type)
      .map((q) => button(q.title, () => tapQuickReply(q))));
  }

  function renderIntro() {
    const breakers = (profile.ice_breakers && profile.ice_breakers[0].call_to_actions) || [];
    $("ice-breakers").replaceChildren(...breakers.map((q) => button(q.question,
      () => postback(q.payload, q.question))));
    const menu = (profile.persistent_menu && profile.persistent_menu[0].call_to_actions) || [];
    $("menu").replaceChildren(...menu.map((m) => {
      const b = button(m.title, () => { toggleMenu(false); postback(m.payload, m.title); });
      b.setAttribute("role", "menuitem");
      return b;
    }));
  }

  function showError(text) {
    $("error").textContent = text;
    $("error").hidden = !text;
  }

  // ---- what the citizen does ----
  async function act(action, item) {
    const c = current();
    if (!c) return;
    const psid = store.current;
    item = Object.assign({ from: "me", at: Date.now() }, item);
    c.items.push(item);
    typingUntil = Date.now() + TYPING_MS;
    showError("");
    save();
    render();
    try {
      const response = await fetch(root.dataset.send, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({ psid }, action)),
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(data.error || `Lỗi ${response.status}`);
    } catch (error) {
      item.failed = true;
      typingUntil = 0;
      // fetch() fails with a TypeError when nothing answers: the server is not running.
      const reason = error instanceof TypeError ? "máy chủ không trả lời (make run còn chạy không?)" : error.message;
      showError(`Không gửi được: ${reason}`);
    }
    save();
    render();
  }

  const tapQuickReply = (q) => act({ kind: "quick_reply", payload: q.payload, title: q.title }, { text: q.title });
  const postback = (payload, title) => act({ kind: "postback", payload, title }, { text: title });

  function tapButton(b) {
    if (b.type === "postback") return postback(b.payload, b.title);
    // Zalo's oa.query.show: the button sends its payload as the citizen's own text.
    if (b.type === "oa.query.show") return act({ kind: "text", text: b.payload }, { text: b.payload });
    const url = b.url && safeUrl(b.url);
    if (url) window.open(url, "_blank", "noopener");
  }

  function sendText(event) {
    event.preventDefault();
    const input = $("text");
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    act({ kind: "text", text }, { text });
  }

  function attachmentType(mime) {
    const kind = (mime || "").split("/")[0];
    return ["image", "video", "audio"].includes(kind) ? kind : "file";
  }

  async function sendFile(input) {
    const file = input.files[0];
    input.value = "";
    if (!file) return;
    const ext = (file.name.includes(".") ? file.name.split(".").pop() : "bin")
      .toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 8) || "bin";
    const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`;
    let url;
    try {
      const response = await fetch(`${standin}/cdn/${name}`, {
        method: "PUT", body: file, headers: { "Content-Type": file.type || "application/octet-stream" },
      });
      if (response.status === 413) throw new Error("tệp lớn quá");
      if (!response.ok) throw new Error(`lỗi ${response.status}`);
      url = (await response.json()).url;
    } catch (error) {
      return showError(`Không tải tệp lên được: ${error.message}`);
    }
    const type = attachmentType(file.type);
    act({ kind: "attachment", type, url }, type === "image" ? { image: url } : { file: file.name });
  }

  function toggleMenu(open) {
    const menu = $("menu");
    menu.hidden = open === undefined ? !menu.hidden : !open;
    $("menu-button").setAttribute("aria-expanded", String(!menu.hidden));
  }

  // ---- what the bot sent, read where it went: the Graph stand-in ----
  function itemFromSent(sent) {
    const message = sent.message || {};
    const item = { from: "bot", at: Math.round((sent.at || 0) * 1000), text: message.text || "" };
    if (message.quick_replies) item.quick_replies = message.quick_replies;
    const attachment = message.attachment;
    if (attachment && attachment.payload) {
      if (attachment.type === "image") item.image = attachment.payload.url;
      else if (attachment.type === "template") {
        item.text = attachment.payload.text || message.text || "";
        item.buttons = attachment.payload.buttons || [];
      } else item.file = attachment.payload.url || attachment.type;
    }
    return item;
  }

  let polling = null;
  let inFlight = false;
  async function poll() {
    clearTimeout(polling);
    if (inFlight) { polling = setTimeout(poll, 50); return; } // one reader, or replies show twice
    inFlight = true;
    const psid = store.current;
    const c = current();
    try {
      if (c) {
        const zalo = channelOf(psid) === "zalo";
        const who = zalo ? `user_id=${encodeURIComponent(psid.slice(ZALO.length))}` : `psid=${encodeURIComponent(psid)}`;
        const data = await (await fetch(`${zalo ? zaloStandin : standin}/_sent?${who}&after=${c.cursor}`)).json();
        if (data.next < c.cursor) c.cursor = 0; // the server restarted: its record starts again
        else if (psid === store.current) {
          for (const sent of data.messages) c.items.push(itemFromSent(sent));
          c.cursor = data.next;
          if (data.messages.length) {
            typingUntil = 0;
            save();
            render();
          }
        }
      }
    } catch (_) { /* the server is restarting: try again */ }
    inFlight = false;
    if (Date.now() > typingUntil) $("typing").hidden = true;
    polling = setTimeout(poll, POLL_MS);
  }

  $("composer").addEventListener("submit", sendText);
  $("get-started").addEventListener("click", () => postback(profile.get_started.payload, "Bắt đầu"));
  $("new-citizen").addEventListener("click", newCitizen);
  $("citizen").addEventListener("change", (e) => select(e.target.value));
  $("menu-button").addEventListener("click", () => toggleMenu());
  for (const b of document.querySelectorAll(".channel-switch button")) {
    b.addEventListener("click", () => setChannel(b.dataset.channel));
  }
  $("photo-button").addEventListener("click", () => $("photo-input").click());
  $("file-button").addEventListener("click", () => $("file-input").click());
  $("photo-input").addEventListener("change", (e) => sendFile(e.target));
  $("file-input").addEventListener("change", (e) => sendFile(e.target));
  renderIntro();
  render();
  loadKnownCitizens().then(poll);
})();
