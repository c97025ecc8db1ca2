// Credence's only script: progressive enhancement, the pages work without it.
// Elements with data-poll="URL" are refreshed from that URL every two seconds until it answers with data-done.
(function () {
    "use strict";
    function poll(element) {
        var url = element.getAttribute("data-poll");
        if (!url) return;
        fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html === null) return;
                var holder = document.createElement("div");
                holder.innerHTML = html;
                var fresh = holder.firstElementChild;
                if (!fresh) return;
                element.replaceWith(fresh);
                if (fresh.hasAttribute("data-poll") && !fresh.hasAttribute("data-done")) {
                    setTimeout(function () { poll(fresh); }, 2000);
                }
            })
            .catch(function () { setTimeout(function () { poll(element); }, 5000); });
    }
    document.querySelectorAll("[data-poll]").forEach(function (element) {
        if (!element.hasAttribute("data-done")) setTimeout(function () { poll(element); }, 2000);
    });
})();
