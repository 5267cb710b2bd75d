"""The "Save to Bowout" bookmarklet: the few lines that run on a job page when the user clicks
the bookmark.

It copies the page's raw ``application/ld+json`` blocks, its OpenGraph and description tags,
its title and its address into the *fragment* of Bowout's capture page and opens that page.
A fragment never leaves the browser (no server, Bowout's included, sees it in a request or a
log); the capture page's own script posts it to Bowout with the CSRF token, and the page
removes it from the address bar and the history. Nothing is parsed here: the one parser is on
the server (``intake.posting``).
"""

import json
import re

# The JSON the bookmarklet carries, at most: URLs this long open in every current browser.
# A larger page keeps only its JobPosting blocks, then none (the server says what was cut).
MAX_PAYLOAD_CHARS = 100_000

SOURCE = """
(function () {
  var cap = %(cap)s, d = document, blocks = [], meta = {};
  d.querySelectorAll('script[type*="ld+json"]').forEach(function (s) {
    blocks.push(s.textContent);
  });
  d.querySelectorAll('meta[property^="og:"],meta[name^="og:"],meta[name="description"]')
    .forEach(function (m) {
      var key = (m.getAttribute("property") || m.getAttribute("name") || "").toLowerCase();
      if (key && !(key in meta)) meta[key] = (m.getAttribute("content") || "").slice(0, 5000);
    });
  if (d.documentElement.lang) meta["html:lang"] = d.documentElement.lang.slice(0, 35);
  var data = {v: 1, u: location.href, t: d.title.slice(0, 500), m: meta, b: blocks};
  var text = JSON.stringify(data);
  if (text.length > cap) {
    data.b = blocks.filter(function (b) { return b.indexOf("JobPosting") !== -1; });
    data.cut = 1;
    text = JSON.stringify(data);
  }
  if (text.length > cap) {
    data.b = [];
    text = JSON.stringify(data);
  }
  window.open(%(capture_url)s + "#" + encodeURIComponent(text), "_blank", "noopener");
})();
"""


def code(capture_url: str) -> str:
    """The bookmarklet's ``javascript:`` address, pointing at this Bowout's capture page.
    ``noopener``: the job page gets no handle on the Bowout tab it opens."""
    script = SOURCE % {"cap": MAX_PAYLOAD_CHARS, "capture_url": json.dumps(capture_url)}
    compact = re.sub(r"\s*\n\s*", "", script.strip())
    return "javascript:" + compact
