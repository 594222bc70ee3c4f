package org.oneplan.platform.print;

/**
 * A printable HTML page under its classification banner, shown at the top and the foot as marking rules
 * ask. Every text given to it is escaped; only the page's own markup is written raw.
 */
public final class PrintablePage {

    private static final String STYLE = "body{font-family:serif;margin:2cm}.banner{text-align:center;font-weight:bold;"
            + "border:2px solid #000;padding:4px;margin:8px 0}table{border-collapse:collapse;width:100%}"
            + "td,th{border:1px solid #555;padding:4px;vertical-align:top}@media print{.banner{position:static}}";

    private final StringBuilder html = new StringBuilder();
    private final String banner;

    private PrintablePage(String title, String classification) {
        banner = "<div class=\"banner\">" + escape(classification) + "</div>";
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>")
                .append(banner);
    }

    public static PrintablePage titled(String title, String classification) {
        return new PrintablePage(title, classification);
    }

    public PrintablePage heading(int level, String text) {
        html.append("<h")
                .append(level)
                .append('>')
                .append(escape(text))
                .append("</h")
                .append(level)
                .append('>');
        return this;
    }

    public PrintablePage paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    /** A table of label/value rows. */
    public PrintablePage table(String... labelsAndValues) {
        html.append("<table>");
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            html.append("<tr><th>")
                    .append(escape(labelsAndValues[i]))
                    .append("</th><td>")
                    .append(escape(labelsAndValues[i + 1]))
                    .append("</td></tr>");
        }
        html.append("</table>");
        return this;
    }

    public PrintablePage list(Iterable<String> items) {
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
        return this;
    }

    public String render() {
        return html + banner + "</body></html>";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
