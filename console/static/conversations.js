// Live updates of the conversations view without reloading: poll a small JSON address, write text
// nodes only (what citizens type is never parsed as markup). The Content-Security-Policy forbids
// inline scripts, hence this file.
(function () {
  function poll(url, seconds, apply) {
    function tick() {
      fetch(url(), {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (r) {
          if (r.redirected) {  // the session ended (idle): show the login page, which comes back here
            window.location.reload();
            return null;
          }
          return r.ok ? r.json() : null;
        })
        .then(function (data) { if (data) apply(data); })
        .catch(function () {})
        .finally(function () { window.setTimeout(tick, seconds * 1000); });
    }
    window.setTimeout(tick, seconds * 1000);
  }

  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function showList(table) {
    var body = document.getElementById("conversation-rows");
    poll(function () { return table.dataset.poll; }, Number(table.dataset.seconds), function (data) {
      body.textContent = "";
      data.conversations.forEach(function (c) {
        var row = document.createElement("tr");
        row.dataset.id = c.id;
        var link = document.createElement("a");
        link.href = c.url;
        link.textContent = "#" + c.id;
        var first = cell(row, "");
        first.appendChild(link);
        [[c.urgent, "urgent", table.dataset.urgent], [c.escalated, "escalated", table.dataset.escalated]]
          .forEach(function (mark) {
            if (!mark[0]) return;
            var tag = document.createElement("span");
            tag.className = "tag " + mark[1];
            tag.textContent = mark[2];
            first.appendChild(document.createTextNode(" "));
            first.appendChild(tag);
          });
        cell(row, c.channel);
        cell(row, c.since);
        cell(row, c.waited);
        cell(row, c.last);
        cell(row, c.reason + " · " + (c.answered ? "Đã trả lời" : "Chưa trả lời") +
                  (c.page_inbox ? " · hộp thư trang" : ""));
        body.appendChild(row);
      });
      document.getElementById("no-conversations").hidden = data.conversations.length > 0;
    });
  }

  function showThread(thread) {
    poll(function () { return thread.dataset.poll + "?after=" + thread.dataset.after; },
         Number(thread.dataset.seconds), function (data) {
      data.messages.forEach(function (m) {
        var box = document.createElement("div");
        box.className = "msg " + m.direction + " kind-" + m.kind;
        box.dataset.id = m.id;
        var meta = document.createElement("div");
        meta.className = "meta";
        meta.textContent = m.who + " · " + m.at + (m.failed ? " · Không gửi được" : "");
        var text = document.createElement("div");
        text.className = "text";
        text.textContent = m.text;
        box.appendChild(meta);
        box.appendChild(text);
        thread.appendChild(box);
        thread.dataset.after = m.id;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.querySelector("table.conversations[data-poll]");
    if (table) showList(table);
    var thread = document.getElementById("thread");
    if (thread && thread.dataset.poll) showThread(thread);
  });
})();
