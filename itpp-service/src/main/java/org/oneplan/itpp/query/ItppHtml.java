package org.oneplan.itpp.query;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agreed document (outputs 1 to 3) as a printable HTML page under its classification banner. */
public final class ItppHtml {

    private ItppHtml() {}

    public static String render(ItppDocument itpp) {
        String banner = "<div class=\"banner\">" + escape(itpp.classification()) + "</div>";
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ITPP ")
                .append(escape(itpp.partnerCode()))
                .append(' ')
                .append(itpp.cycleStartYear())
                .append('-')
                .append(itpp.cycleEndYear())
                .append("</title><style>")
                .append("body{font-family:serif;margin:2cm}.banner{text-align:center;font-weight:bold;")
                .append("border:2px solid #000;padding:4px;margin:8px 0}table{border-collapse:collapse;width:100%}")
                .append(
                        "td,th{border:1px solid #555;padding:4px;vertical-align:top}@media print{.banner{position:static}}")
                .append("</style></head><body>")
                .append(banner)
                .append("<h1>Individually Tailored Partnership Programme</h1>")
                .append("<p>Partner: <b>")
                .append(escape(itpp.partnerCode()))
                .append("</b> &middot; Cycle ")
                .append(itpp.cycleStartYear())
                .append('-')
                .append(itpp.cycleEndYear())
                .append(" &middot; Status: ")
                .append(itpp.status())
                .append(itpp.approvedAt() == null ? "" : " (" + itpp.approvedAt() + ")")
                .append(" &middot; Version ")
                .append(itpp.version())
                .append("</p>");

        html.append("<h2>1. Strategic objectives</h2><ol>");
        for (ItppDocument.Objective objective : itpp.objectives()) {
            html.append("<li><b>")
                    .append(escape(objective.title()))
                    .append("</b><br>Intended outcome: ")
                    .append(escape(objective.intendedOutcome()));
            if (objective.description() != null) {
                html.append("<br>").append(escape(objective.description()));
            }
            html.append("</li>");
        }
        html.append("</ol><h2>2. Partnership goals</h2>");
        for (ItppDocument.Goal goal : itpp.goals()) {
            html.append("<h3>")
                    .append(escape(goal.title()))
                    .append("</h3><table>")
                    .append(row("Expected outcome", goal.expectedOutcome()))
                    .append(row("Rationale", goal.rationale()))
                    .append(row("Objectives served", titles(itpp, goal.objectiveIds())))
                    .append("<tr><th>Milestones</th><td><ul>");
            for (ItppDocument.MilestoneState milestone : goal.milestones()) {
                html.append("<li>")
                        .append(milestone.dueDate())
                        .append(": ")
                        .append(escape(milestone.description()))
                        .append(milestone.progress() == null ? "" : " &mdash; " + milestone.progress())
                        .append("</li>");
            }
            html.append("</ul></td></tr>");
            if (!goal.indicators().isEmpty()) {
                html.append("<tr><th>Indicators</th><td><ul>");
                goal.indicators()
                        .forEach(indicator -> html.append("<li>")
                                .append(escape(indicator.description()))
                                .append(": ")
                                .append(indicator.baseline())
                                .append(' ')
                                .append(escape(indicator.unit()))
                                .append(" (")
                                .append(indicator.baselineYear())
                                .append(") &rarr; ")
                                .append(indicator.target())
                                .append(" (")
                                .append(indicator.targetYear())
                                .append(')')
                                .append(indicator.sexDisaggregated() ? ", by sex" : "")
                                .append("</li>"));
                html.append("</ul></td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h2>3. Activities</h2><table><tr><th>Activity</th><th>Type</th><th>Period</th>")
                .append("<th>Lead</th><th>Status</th><th>Goals</th></tr>");
        for (ItppDocument.Activity activity : itpp.activities()) {
            html.append("<tr><td>")
                    .append(escape(activity.title()))
                    .append(activity.pcmEventCode() == null ? "" : " (PCM " + escape(activity.pcmEventCode()) + ")")
                    .append("</td><td>")
                    .append(activity.type())
                    .append("</td><td>")
                    .append(activity.plannedFrom())
                    .append(" &ndash; ")
                    .append(activity.plannedUntil())
                    .append("</td><td>")
                    .append(escape(activity.lead().name()))
                    .append("</td><td>")
                    .append(activity.status())
                    .append("</td><td>")
                    .append(escape(goalTitles(itpp, activity.goalIds())))
                    .append("</td></tr>");
        }
        return html.append("</table>").append(banner).append("</body></html>").toString();
    }

    private static String row(String heading, String value) {
        return "<tr><th>" + heading + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String titles(ItppDocument itpp, List<UUID> objectiveIds) {
        return itpp.objectives().stream()
                .filter(o -> objectiveIds.contains(o.id()))
                .map(ItppDocument.Objective::title)
                .collect(Collectors.joining("; "));
    }

    private static String goalTitles(ItppDocument itpp, List<UUID> goalIds) {
        return itpp.goals().stream()
                .filter(g -> goalIds.contains(g.id()))
                .map(ItppDocument.Goal::title)
                .collect(Collectors.joining("; "));
    }

    static String escape(String text) {
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
