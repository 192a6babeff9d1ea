// Sets the colour theme before the page is painted (loaded blocking in <head>, so there is no flash
// of the wrong theme): the reader's choice if they made one (the header's toggle stores it), else
// the system's. A file, not an inline script: the site's Content-Security-Policy allows no inline script.
(function () {
  var systemDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  var stored = null;
  try {
    stored = window.localStorage.getItem("help-center:theme");
  } catch {
    // Storage refused (a private window, blocked cookies): follow the system.
  }
  var dark = stored ? stored === "dark" : systemDark;
  document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
})();
