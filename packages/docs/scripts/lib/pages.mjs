// The site's pages, in navigation order. Every guide/*.md must be listed here, and only those. Labels are
// short so that the header's links fit one row at a laptop's width (and one scrolling row on a phone).
export const guidePages = [
  { source: "index.md", output: "index.html", label: "Overview" },
  { source: "install.md", output: "install.html", label: "Install" },
  { source: "sending.md", output: "sending.html", label: "Sending" },
  { source: "reading.md", output: "reading.html", label: "Reading" },
  { source: "errors.md", output: "errors.html", label: "Errors & retries" },
  { source: "timeouts.md", output: "timeouts.html", label: "Timeouts" },
  { source: "observing.md", output: "observing.html", label: "Middleware & logging" },
  { source: "proxies.md", output: "proxies.html", label: "Proxies" },
  { source: "testing.md", output: "testing.html", label: "Testing" },
];

export const referencePageFile = "reference.html";
