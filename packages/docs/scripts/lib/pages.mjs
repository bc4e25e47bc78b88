// The site's pages, in navigation order. Every guide/*.md must be listed here, and only those.
export const guidePages = [
  { source: "index.md", output: "index.html", label: "Overview" },
  { source: "install.md", output: "install.html", label: "Install & configure" },
  { source: "sending.md", output: "sending.html", label: "Sending messages" },
  { source: "errors.md", output: "errors.html", label: "Errors & retries" },
  { source: "timeouts.md", output: "timeouts.html", label: "Timeouts & cancelling" },
  { source: "testing.md", output: "testing.html", label: "Testing with the mock server" },
];

export const referencePageFile = "reference.html";
