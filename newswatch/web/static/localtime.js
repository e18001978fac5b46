// Every <time datetime> shown in the viewer's own time zone, with the zone named.
document.addEventListener("DOMContentLoaded", () => {
  const long = new Intl.DateTimeFormat(undefined, {year: "numeric", month: "short", day: "numeric", hour: "2-digit",
                                                  minute: "2-digit", timeZoneName: "short"});
  const day = new Intl.DateTimeFormat(undefined, {dateStyle: "medium", timeZone: "UTC"});
  for (const node of document.querySelectorAll("time[datetime]")) {
    const value = node.getAttribute("datetime");
    const moment = new Date(value);
    if (Number.isNaN(moment.getTime())) continue;
    node.title = value;
    node.textContent = value.length === 10 ? day.format(moment) : long.format(moment);
  }
});
